/**
 * The catalog's freshness check (`npm run catalog`, in the test command):
 * every fact a visitor acts on names the page that states it and the day a
 * person compared the two, within the last year. Plain logic, for the script
 * and the tests; nothing a visitor loads imports it.
 */
import type { CatalogLine, CatalogSource } from './helpline-model.js';

/** Facts that can change and that a visitor acts on: each needs a source. */
export const FACTS = [
  'phone',
  'press',
  'sms',
  'keyword',
  'tty',
  'videophone',
  'emergency',
  'chat',
  'url',
  'also',
  'hours',
  'openingHours',
  'timeZone',
  'languages',
] as const;
/** Words a source may also back; not required. */
const WORDS = ['name', 'note', 'kind'];
const LANGS = ['en', 'es'] as const;
/** How long a check holds. */
export const MAX_AGE_DAYS = 365;
const DAY = 864e5;

export interface CatalogReport {
  /** Each entry's facts with their source, source date and `verified`, for a person to read. */
  lines: string[];
  /** What fails the check, each saying what to re-check and where. */
  problems: string[];
  /** The oldest `verified`. */
  oldestVerified?: string;
  /** Facts stated by dated pages, the oldest first, each with the date of the newest page that states it. */
  oldest: { id: string; path: string; date: string; url: string }[];
  /** What people re-checking should know, by entry and facts. */
  notes: string[];
}

/** A real day written YYYY-MM-DD: not 2026-02-31, which some engines roll over and others refuse. */
function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(value)) return false;
  const day = new Date(`${value}T00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** The facts an entry states: `phone`, or `es.keyword` for a language's own. */
function factsOf(entry: CatalogLine): Map<string, string> {
  const facts = new Map<string, string>();
  const add = (path: string, value: unknown) =>
    value !== undefined && facts.set(path, typeof value === 'string' ? value : JSON.stringify(value).replace(/"/g, ''));
  for (const key of FACTS) add(key, (entry as Record<string, unknown>)[key]);
  for (const lang of LANGS) for (const key of FACTS) add(`${lang}.${key}`, (entry[lang] as Record<string, unknown>)[key]);
  return facts;
}

/** `keyword` for `es.keyword`: a fact without its language. */
const bare = (path: string): string => path.replace(/^\w+\./, '');
/**
 * A source naming `hours` backs `en.hours` and `es.hours` too: one fact in two languages. A language's value beside a
 * value for all (`es.keyword` AYUDA beside `keyword` HOME) is another fact, with a source of its own.
 */
const backs = (source: CatalogSource, path: string, facts: Map<string, string>): boolean =>
  source.facts.includes(path) || (path !== bare(path) && !facts.has(bare(path)) && source.facts.includes(bare(path)));

export function checkCatalog(catalog: Record<string, CatalogLine>, today = new Date()): CatalogReport {
  const report: CatalogReport = { lines: [], problems: [], oldest: [], notes: [] };
  const fail = (text: string) => report.problems.push(text);
  for (const [id, entry] of Object.entries(catalog)) {
    const sources = (Array.isArray(entry.sources) ? entry.sources : []).map((s) => ({
      ...s,
      facts: Array.isArray(s.facts) ? s.facts : [],
    }));
    const facts = factsOf(entry);
    report.lines.push(`${id}: ${entry.en?.name}`);
    for (const [path, value] of facts) {
      const backing = sources.filter((s) => backs(s, path, facts));
      if (!backing.length)
        fail(`${id}: ${path} (${value}) has no source. Find the page that states it and add it to "sources", or leave the fact out.`);
      for (const s of backing)
        report.lines.push(`  ${path.padEnd(13)} ${value.padEnd(16)} ${s.url} · page ${s.sourceDate ?? 'undated'} · verified ${s.verified}`);
      // A fact is as old as the newest dated page that states it; one stated only by undated pages has no known age.
      const dates = backing.flatMap((s) => s.sourceDate ?? []).sort();
      const newest = dates.at(-1);
      if (newest) report.oldest.push({ id, path, date: newest, url: backing.find((s) => s.sourceDate === newest)!.url });
    }
    for (const s of sources) if (s.note) report.notes.push(`${id} ${s.facts.join(', ')}: ${s.note}`);
    for (const path of entry.ours ?? []) report.lines.push(`  ${path.padEnd(13)} our own words (a translation), not the operator's`);
    sources.forEach((s, i) => {
      const where = `${id}: sources[${i}] (${s.facts.join(', ')})`;
      if (!/^https?:\/\/[^\s/]+/.test(s.url ?? '')) fail(`${where}: needs the address of the page that states these facts.`);
      for (const path of s.facts)
        if (!facts.has(path) && ![...facts.keys()].some((f) => bare(f) === path) && !WORDS.includes(bare(path)))
          fail(`${where}: names ${path}, which the entry does not have. Remove it from the source.`);
      if (!isDate(s.verified)) {
        fail(`${where}: "verified" must be the day a person compared these facts with ${s.url}, like "2026-12-07".`);
        return;
      }
      const age = (today.getTime() - Date.parse(s.verified)) / DAY;
      if (age < -1) fail(`${where}: "verified" ${s.verified} is in the future.`);
      if (age > MAX_AGE_DAYS)
        fail(
          `${where}: last verified ${s.verified}, over 12 months ago. Compare ${s.facts.join(', ')} with ${s.url} again (or a newer page of the operator's), correct what changed, and set "verified" to the day you checked.`,
        );
      if (s.sourceDate !== undefined && !/^\d{4}(-\d\d){0,2}$/.test(s.sourceDate))
        fail(`${where}: "sourceDate" is the page's own date, like "2023-10-14", "2023-10" or "2023".`);
      if (!report.oldestVerified || s.verified < report.oldestVerified) report.oldestVerified = s.verified;
    });
  }
  report.oldest.sort((a, b) => a.date.localeCompare(b.date));
  return report;
}
