/**
 * "Near me": the visitor's position and distances, a chunk of its own loaded
 * when a visitor asks to sort by distance, so pages that never do, never load it.
 */
import type { Lang } from '../shared/localize.js';
import type { Resource } from './resource-types.js';

export interface Point {
  lat: number;
  lng: number;
}

const EARTH_KM = 6371;

/** How asking for the visitor's position ended. */
export type Located = 'on' | 'denied' | 'failed';

/**
 * Asks the browser for the visitor's position, once, coarse: it stays in
 * memory on this device and is never sent anywhere.
 */
export function locate(done: (result: Located, origin?: Point) => void): void {
  if (!('geolocation' in navigator)) return done('failed');
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => done('on', { lat: coords.latitude, lng: coords.longitude }),
    (error) => done(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
    { enableHighAccuracy: false, maximumAge: 10 * 60 * 1000, timeout: 20000 },
  );
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** Matches ordered nearest first; resources without coordinates keep their order after them. */
export function byDistance(resources: readonly Resource[], matches: readonly number[], from: Point): number[] {
  const placed: [number, number][] = [];
  const rest: number[] = [];
  for (const i of matches) {
    const r = resources[i]!;
    if (r.lat !== undefined && r.lng !== undefined) placed.push([i, distanceKm(from, { lat: r.lat, lng: r.lng })]);
    else rest.push(i);
  }
  return [...placed.sort((a, b) => a[1] - b[1]).map(([i]) => i), ...rest];
}

/** Miles where people measure in miles (US, UK, Liberia, Myanmar), else kilometres. */
export function usesMiles(locale: string): boolean {
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  return region ? ['US', 'GB', 'LR', 'MM'].includes(region) : locale.toLowerCase().startsWith('en');
}

export function formatDistance(km: number, locale: string, lang: Lang): string {
  const miles = usesMiles(locale);
  const value = miles ? km / 1.609344 : km;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: miles ? 'mile' : 'kilometer',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
