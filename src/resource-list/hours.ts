/**
 * Structured opening hours: is a place open at an instant, until when, and
 * when it opens next; and its week as text. A chunk of its own, loaded only
 * when a directory's data has structured hours. It imports nothing (only
 * types), so nothing it needs is split out of the bundle.
 *
 * Everything is computed on the place's wall clock, in its IANA time zone:
 * "open 09:00 to 17:00" means 9 to 5 on the clocks where the place is, on
 * every day, including the days daylight saving starts and ends, whatever
 * the visitor's own time zone. Times are shown on the place's clock too,
 * named with its zone when the visitor's clock differs.
 */
import type { Speech } from '../shared/localize-controller.js';
import type { OpeningHours, Resource, SpecialHours } from './resource-types.js';
import type { Lang } from '../shared/localize.js';

/** What a place's hours say now. Here, not in the bundle's tables: only pages with structured hours need them. */
export interface HoursStrings {
  open: string;
  closed: string;
  /** `day` when it is not today or tonight. */
  closes: (time: string, day?: string) => string;
  opens: (time: string, day?: string) => string;
  opensTomorrow: (time: string) => string;
  always: string;
  /** A day open from midnight to midnight, in the week's list. */
  allDay: string;
}

/** "a la 1:00", "a las 17:00": la una is singular. */
const aLas = (time: string): string => `${/^0?1\D/.test(time) ? 'a la' : 'a las'} ${time}`;

export const HOURS_STRINGS: Record<Lang, HoursStrings> = {
  en: {
    open: 'Open now',
    closed: 'Closed',
    closes: (time, day) => `closes ${day ? `${day} ` : ''}${time}`,
    opens: (time, day) => `opens ${day ? `${day} ` : ''}${time}`,
    opensTomorrow: (time) => `opens tomorrow ${time}`,
    always: 'Open 24 hours',
    allDay: 'open 24 hours',
  },
  es: {
    open: 'Abierto ahora',
    closed: 'Cerrado',
    closes: (time, day) => `cierra ${day ? `el ${day} ` : ''}${aLas(time)}`,
    opens: (time, day) => `abre ${day ? `el ${day} ` : ''}${aLas(time)}`,
    opensTomorrow: (time) => `abre mañana ${aLas(time)}`,
    always: 'Abierto las 24 horas',
    allDay: 'abierto las 24 horas',
  },
};

// The same list as DAYS in resource-list.fields.ts (a test checks): this chunk imports nothing from the bundle.
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY = 1440;

/** A wall-clock moment: days since 1970-01-01 (a Thursday) and minutes into that day. */
interface Wall {
  day: number;
  minute: number;
}

const parts = new Map<string, Intl.DateTimeFormat>();
/** The last wall clock read per zone, by the minute: "Open now" asks it of every place, and most share a zone. */
const read = new Map<string, { minute: number; wall: Wall }>();

/** The wall clock in `zone` at `instant`. */
function wallClock(instant: Date, zone: string): Wall {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = read.get(zone);
  if (last?.minute === minute) return last.wall;
  let format = parts.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    parts.set(zone, format);
  }
  const n: Record<string, number> = {};
  for (const p of format.formatToParts(instant)) n[p.type] = Number(p.value);
  const wall = { day: Date.UTC(n.year!, n.month! - 1, n.day!) / 864e5, minute: (n.hour! % 24) * 60 + n.minute! };
  read.set(zone, { minute, wall });
  return wall;
}

/** "09:30" → 570; "24:00" → 1440. */
const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const days = new Map<string, number>();
/** Days since 1970-01-01 of an ISO date (parsing dates is slow; a directory repeats a few). */
function dayOf(iso: string): number {
  let day = days.get(iso);
  if (day === undefined) days.set(iso, (day = Date.parse(`${iso}T00:00Z`) / 864e5));
  return day;
}

const weekday = (day: number): number => (day + 4) % 7;

/** schema.org's "closed all day": opens and closes both at midnight, or no times at all. */
const closedAllDay = (s: { opens?: string; closes?: string }): boolean =>
  !s.opens || !s.closes || (minutes(s.opens) === 0 && minutes(s.closes) === 0);

/** A day's opening, in minutes from that day's midnight; one that closes at or before it opens runs past midnight. */
function span(opens: string, closes: string): [number, number] {
  const from = minutes(opens);
  let to = minutes(closes);
  if (to <= from) to += DAY;
  // "00:00" to "23:59" is how schema.org writes a whole day.
  if (to === DAY - 1 && from === 0) to = DAY;
  return [from, to];
}

/** The openings (absolute wall minutes) that start on `day`: its special hours if any apply, else its weekly ones. */
function openingsOn(day: number, weekly: readonly OpeningHours[], special: readonly SpecialHours[]): [number, number][] {
  const base = day * DAY;
  const exceptions = special.filter((s) => dayOf(s.validFrom) <= day && day <= dayOf(s.validThrough ?? s.validFrom));
  const rules = exceptions.length ? exceptions : weekly.filter((w) => w.dayOfWeek.includes(DAYS[weekday(day)]!) && inForce(w, day));
  return rules.filter((r) => !closedAllDay(r)).map((r) => span(r.opens!, r.closes!).map((m) => base + m) as [number, number]);
}

const inForce = (w: OpeningHours, day: number): boolean =>
  (!w.validFrom || dayOf(w.validFrom) <= day) && (!w.validThrough || day <= dayOf(w.validThrough));

export interface HoursStatus {
  open: boolean;
  /** Open through the whole coming week without a break. */
  always?: boolean;
  /** When it closes (open) or opens (closed), on the place's wall clock; none when it opens in no day of the week ahead. */
  next?: Wall;
}

/**
 * Open or closed at `instant`, and the next change within a week. Openings
 * that touch or overlap (Monday to midnight, Tuesday from midnight) are one.
 */
export function status(r: Pick<Resource, 'openingHours' | 'specialHours'>, zone: string, instant: Date): HoursStatus {
  const now = wallClock(instant, zone);
  const at = now.day * DAY + now.minute;
  const openings: [number, number][] = [];
  // From yesterday (an overnight opening may still run) to a week ahead.
  for (let day = now.day - 1; day <= now.day + 8; day++) openings.push(...openingsOn(day, r.openingHours ?? [], r.specialHours ?? []));
  openings.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const o of openings) {
    const last = merged[merged.length - 1];
    if (last && o[0] <= last[1]) last[1] = Math.max(last[1], o[1]);
    else merged.push([...o]);
  }
  const wall = (m: number): Wall => ({ day: Math.floor(m / DAY), minute: m % DAY });
  const current = merged.find(([from, to]) => from <= at && at < to);
  if (current) {
    return current[1] >= (now.day + 8) * DAY ? { open: true, always: true } : { open: true, next: wall(current[1]) };
  }
  const upcoming = merged.find(([from]) => from > at && from < (now.day + 7) * DAY + DAY);
  return { open: false, next: upcoming && wall(upcoming[0]) };
}

/**
 * Whether a place is open at `instant`: what status() says, for less. Only
 * openings that start yesterday or today can span now (none lasts two days),
 * so "Open now" over a long directory looks at two days, not nine.
 */
export function openAt(r: Pick<Resource, 'openingHours' | 'specialHours'>, zone: string, instant: Date): boolean {
  const now = wallClock(instant, zone);
  const at = now.day * DAY + now.minute;
  const spans = (day: number) => openingsOn(day, r.openingHours ?? [], r.specialHours ?? []);
  return [...spans(now.day - 1), ...spans(now.day)].some(([from, to]) => from <= at && at < to);
}

/**
 * The visitor's conventions for a page in `locale`: the page's own when it
 * names a region (en-GB), else the visitor's when it is a variant of the
 * page's language (en-GB writes 17:00, es-US 5:00 p. m.), else the language's own.
 */
export function localeFor(locale: string, visitor: string): string {
  return !locale.includes('-') && visitor.toLowerCase().split('-')[0] === locale.toLowerCase() ? visitor : locale;
}

/** Formats wall-clock times and days of a place for one page. */
export class Clock {
  readonly #time: Intl.DateTimeFormat;
  readonly #hour: Intl.DateTimeFormat;
  readonly #day: Intl.DateTimeFormat;
  readonly #zone: Intl.DateTimeFormat;
  readonly #twelve: boolean;
  readonly #zones = new Map<string, Intl.DateTimeFormat>();

  constructor(
    locale: string,
    private readonly t: HoursStrings,
  ) {
    // Wall clocks are formatted as UTC instants: the place's zone is applied before, never by Intl.
    const utc = { timeZone: 'UTC' } as const;
    this.#time = new Intl.DateTimeFormat(locale, { ...utc, hour: 'numeric', minute: '2-digit' });
    this.#hour = new Intl.DateTimeFormat(locale, { ...utc, hour: 'numeric' });
    this.#day = new Intl.DateTimeFormat(locale, { ...utc, weekday: 'long' });
    this.#zone = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' });
    this.#twelve = this.#time.resolvedOptions().hour12 === true;
  }

  /** "5 PM", "5:30 PM", "17:00". */
  time(minute: number): string {
    const date = new Date(Date.UTC(2000, 0, 1, 0, minute % DAY));
    // A 12-hour clock says "5 PM", not "5:00 PM"; a 24-hour one keeps "17:00".
    return (this.#twelve && minute % 60 === 0 ? this.#hour : this.#time).format(date);
  }

  dayName(day: number): string {
    return this.#day.format(new Date(day * 864e5));
  }

  /** The zone's short name ("EST", "GMT-5") at an instant. */
  zoneName(zone: string, instant: Date): string {
    // Building a formatter is slow, and every card of a directory names the same zone.
    let format = this.#zones.get(zone);
    if (!format)
      this.#zones.set(
        zone,
        (format = new Intl.DateTimeFormat(this.#zone.resolvedOptions().locale, { timeZone: zone, timeZoneName: 'short' })),
      );
    return format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  }

  /**
   * "Open now · closes 5 PM", "Closed · opens tomorrow 9 AM", "Open 24 hours".
   * `visitorZone` differs from the place's: times say whose clock they are on.
   */
  describe(s: HoursStatus, zone: string, instant: Date, visitorZone: string): string {
    const { t } = this;
    if (s.always) return t.always;
    if (!s.next) return t.closed;
    const today = wallClock(instant, zone).day;
    let when = this.time(s.next.minute);
    if (offsetMinutes(zone, instant) !== offsetMinutes(visitorZone, instant)) when += ` ${this.zoneName(zone, instant)}`;
    const ahead = s.next.day - today;
    // Closing past midnight is still tonight; anything later names its day.
    if (s.open) return `${t.open} · ${t.closes(when, ahead > 1 ? this.dayName(s.next.day) : undefined)}`;
    const opens = ahead === 0 ? t.opens(when) : ahead === 1 ? t.opensTomorrow(when) : t.opens(when, this.dayName(s.next.day));
    return `${t.closed} · ${opens}`;
  }

  /**
   * The usual week, days with the same hours grouped:
   * "Monday–Friday 9 AM–5 PM; Saturday 10 AM–2 PM". Days with no hours are left out.
   */
  week(weekly: readonly OpeningHours[]): string {
    // Starting Monday, in every language this library speaks.
    const order = [1, 2, 3, 4, 5, 6, 0];
    const rows = order.map((d) => {
      const spans = weekly
        .filter((w) => w.dayOfWeek.includes(DAYS[d]!) && !w.validFrom && !w.validThrough && !closedAllDay(w))
        .map((w) => span(w.opens!, w.closes!))
        .sort((a, b) => a[0] - b[0]);
      return spans.map(([from, to]) => (to - from >= DAY ? this.t.allDay : `${this.time(from)}–${this.time(to)}`)).join(', ');
    });
    const out: string[] = [];
    for (let i = 0; i < 7;) {
      let j = i;
      while (j + 1 < 7 && rows[j + 1] === rows[i]) j++;
      // 1970-01-04 (day 3) was a Sunday: day 3 + d is weekday d.
      const name = (k: number): string => this.dayName(3 + order[k]!);
      // "Lunes–viernes": each group starts with a capital, whatever the language writes mid-sentence.
      const days = i === j ? name(i) : `${name(i)}–${name(j)}`;
      if (rows[i]) out.push(`${days.charAt(0).toLocaleUpperCase() + days.slice(1)} ${rows[i]}`);
      i = j + 1;
    }
    return out.join('; ');
  }
}

/** The zone's offset from UTC at an instant, in minutes. */
function offsetMinutes(zone: string, instant: Date): number {
  const wall = wallClock(instant, zone);
  const asUtc = wall.day * DAY + wall.minute;
  return asUtc - Math.floor(instant.getTime() / 60000);
}

/** By the words, then the locale: a French page without French words formats its times in French. */
const clocks = new WeakMap<HoursStrings, Map<string, Clock>>();
/** The visitor's own time zone. */
export const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * What a card says about a place's hours at `instant`: "Open now · closes
 * 5 PM", whether it is open, and its usual week. Undefined for a place without
 * structured hours. `zone` is the directory's; the place's own wins, and the
 * visitor's stands in for both.
 */
export function hoursNow(
  r: Pick<Resource, 'openingHours' | 'specialHours' | 'timeZone'>,
  zone: string | undefined,
  speech: Speech,
  instant = new Date(),
): { text: string; open: boolean; week: string } | undefined {
  if (!r.openingHours && !r.specialHours) return undefined;
  // One clock per table of words: a site's strings make a table of their own.
  const words = speech.words(HOURS_STRINGS, 'hours');
  const locale = localeFor(speech.locale, navigator.language);
  let mine = clocks.get(words);
  if (!mine) clocks.set(words, (mine = new Map()));
  let clock = mine.get(locale);
  if (!clock) mine.set(locale, (clock = new Clock(locale, words)));
  const where = r.timeZone ?? zone ?? visitorZone;
  const now = status(r, where, instant);
  return { text: clock.describe(now, where, instant, visitorZone), open: now.open, week: clock.week(r.openingHours ?? []) };
}
