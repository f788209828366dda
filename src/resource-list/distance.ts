/**
 * "Near me": the visitor's position and distances, a chunk of its own loaded
 * when a visitor asks to sort by distance, so pages that never do, never load it.
 */
import type { Speech } from '../shared/localize-controller.js';
import type { TemplateResult, html as litHtml } from 'lit';
import type { Lang } from '../shared/localize.js';
import type { Resource } from './resource-types.js';

/** What "near me" says. Here, not in the bundle's tables: only a visitor who asks sees it. */
export interface NearStrings {
  locating: string;
  on: string;
  denied: string;
  failed: string;
  away: (distance: string) => string;
  /** The radius choice. */
  within: string;
  anyDistance: string;
}

export const NEAR_STRINGS: Record<Lang, NearStrings> = {
  en: {
    locating: 'Finding your location…',
    on: 'Sorted by distance from you. Your location stays on this device.',
    denied: 'We could not use your location. That’s okay: you can search by city or area instead.',
    failed: 'We could not find your location. You can search by city or area instead.',
    away: (distance) => `${distance} away`,
    within: 'Within',
    anyDistance: 'Any distance',
  },
  es: {
    locating: 'Buscando tu ubicación…',
    on: 'Ordenado por distancia. Tu ubicación no sale de este dispositivo.',
    denied: 'No pudimos usar tu ubicación. No pasa nada: puedes buscar por ciudad o zona.',
    failed: 'No pudimos encontrar tu ubicación. Puedes buscar por ciudad o zona.',
    away: (distance) => `a ${distance}`,
    within: 'A menos de',
    anyDistance: 'Cualquier distancia',
  },
};

/** The radius choices, in the visitor's unit (miles or kilometres). */
export const RADII = [5, 10, 25, 50, 100] as const;

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

/** A distance in the visitor's unit, written as the page's language writes numbers (`locale`: "vi", "es-MX"). */
export function formatDistance(km: number, visitor: string, locale: string): string {
  const miles = usesMiles(visitor);
  const value = miles ? km / 1.609344 : km;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: miles ? 'mile' : 'kilometer',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** The visitor's own conventions: miles or kilometres follow their browser's region. */
const visitorLocale = (lang: Lang): string => navigator.language || lang;
const KM_PER_MILE = 1.609344;

/** A place within `radius` (in the visitor's unit); places that serve everywhere always are, places with no coordinates never. */
export function within(from: Point, r: Resource, radius: number, lang: Lang): boolean {
  if (r.coverage === 'national' || r.coverage === 'online') return true;
  if (r.lat === undefined || r.lng === undefined) return false;
  return distanceKm(from, { lat: r.lat, lng: r.lng }) <= radius * (usesMiles(visitorLocale(lang)) ? KM_PER_MILE : 1);
}

/** "3.2 mi away", under a card's name. */
export function badge(html: typeof litHtml, from: Point, r: Resource, speech: Speech): TemplateResult | string {
  if (r.lat === undefined || r.lng === undefined) return '';
  const distance = formatDistance(distanceKm(from, { lat: r.lat, lng: r.lng }), visitorLocale(speech.lang), speech.locale);
  return html`<p class="badge">${speech.words(NEAR_STRINGS, 'near').away(distance)}</p>`;
}

/** "Within 10 mi", once the list is sorted by distance: a radius in the visitor's unit, 0 for any. */
export function radiusChoice(html: typeof litHtml, speech: Speech, radius: number, set: (radius: number) => void): TemplateResult {
  const s = speech.words(NEAR_STRINGS, 'near');
  const unit = new Intl.NumberFormat(speech.locale, { style: 'unit', unit: usesMiles(visitorLocale(speech.lang)) ? 'mile' : 'kilometer' });
  return html`<label class="radius">${s.within}
    <select @change=${(e: Event) => set(Number((e.target as HTMLSelectElement).value))}>
      <option value="0" .selected=${!radius}>${s.anyDistance}</option>
      ${RADII.map((r) => html`<option value=${r} .selected=${r === radius}>${unit.format(r)}</option>`)}
    </select></label
  >`;
}
