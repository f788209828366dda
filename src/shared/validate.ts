/**
 * Small readers for untrusted JSON. Each one reports what is wrong at an exact
 * path (`questions[2].choices`) and returns undefined, so that a validator can
 * skip the bad part and keep everything that was valid.
 */

import { splitPhone } from './links.js';
import type { Code } from './messages.js';

/**
 * What a problem costs: an `error` leaves out the entry it is in (a question,
 * a resource), or all the data when it is at the root; a `warning` leaves out
 * only the value named, and the rest is shown.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Where the problem is, e.g. `resources[12].name`. */
  path: string;
  /** What is wrong, in words a site owner can act on. */
  message: string;
  severity: Severity;
  /** Which problem it is, for code that reads problems: `notText`, `required`, … (see src/shared/messages.ts). */
  code?: Code;
  /** The values its words name, already quoted. */
  values?: (string | number)[];
}

export interface Validation<T> {
  /** What can be shown; undefined when nothing usable was found. */
  value: T | undefined;
  problems: Problem[];
}

export type Json = Record<string, unknown>;

/** The words of problems, once loaded. */
let words: ((problem: Problem) => string) | undefined;

/**
 * Adds a problem (the reader that called this decides later whether it is
 * only a warning); returns undefined, the value read. Its words come from its
 * code: at once where they are loaded, else when it is reported (withWords).
 */
export function fail(problems: Problem[], path: string, code: Code, ...values: (string | number)[]): undefined {
  const problem: Problem = { path, message: '', severity: 'error', code, values };
  problem.message = words?.(problem) ?? '';
  problems.push(problem);
  return undefined;
}

/** A problem that leaves out only the value it names. */
export function warn(problems: Problem[], path: string, code: Code, ...values: (string | number)[]): void {
  fail(problems, path, code, ...values);
  problems[problems.length - 1]!.severity = 'warning';
}

/** Loads the words of problems (a chunk of their own) and gives these theirs. Offline, a problem says its code. */
export function withWords(problems: Problem[]): Promise<Problem[]> {
  return import('./messages.js')
    .then(
      (m) => setWords(m.words),
      () => undefined,
    )
    .then(() => {
      for (const p of problems) p.message ||= said(p);
      return problems;
    });
}

/** What a problem says now: its words once they have loaded, else its code and values (`notJson: data attribute, …`). */
export const said = (p: Problem): string => p.message || words?.(p) || `${p.code}${p.values?.length ? `: ${p.values.join(', ')}` : ''}`;

/** Says something to the site owner in the console, once its words have loaded. */
export function tell(level: 'error' | 'warn', code: Code, ...values: (string | number)[]): void {
  const told: Problem[] = [];
  fail(told, '', code, ...values);
  void withWords(told).then(() => {
    const line = `hr-widgets: ${told[0]!.message}`;
    if (level === 'warn') console.warn(line);
    else console.error(line);
  });
}

/** Problems found from now on have their words at once: for the studio and the tests, which load them first. */
export function setWords(say: (problem: Problem) => string): void {
  words = say;
}

export const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * How much the elements read. Far above what a person would write or read on
 * one page, and low enough that no input holds the page for long.
 */
export const LIMITS = {
  /** Characters of JSON text read from an attribute, a script or `src`. */
  json: 20_000_000,
  /** Characters in one text field. */
  text: 5_000,
  /** Characters in a name, title, label or other one-line field. */
  line: 300,
  /** Entries in a short list inside an entry (services, languages). */
  tags: 50,
};

/** Format and control characters (bidi overrides, zero-width spaces): never shown raw in a message. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Text cut to `max` characters, with "…" when cut: messages never repeat megabytes of data. */
export const clip = (value: string, max: number): string => (value.length > max ? `${value.slice(0, max)}…` : value);

/** Data quoted in a message: clipped, and with invisible characters shown as "�" (a console would obey a bidi override). */
export function quote(value: string, max = 80): string {
  return JSON.stringify(clip(value, max)).replace(INVISIBLE, '\ufffd');
}

/** Format and control characters removed: for anything that becomes a link's text, number or address. */
export function plain(value: string): string {
  return value.replace(INVISIBLE, '');
}

/**
 * What a value is, for a message: its kind and, for text, numbers and
 * booleans, the value itself (quoted, clipped). Each language puts them into
 * words (see `what` in messages.ts). Never throws, whatever the value.
 */
export function describe(value: unknown): [kind: string, shown: string] {
  const type = value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
  if (type === 'string') return ['text', quote(value as string)];
  return [type, type === 'number' || type === 'boolean' ? String(value) : ''];
}

export function record(value: unknown, path: string, problems: Problem[]): Json | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  fail(problems, path || '(root)', 'notObject', ...describe(value));
  return undefined;
}

const printable = (code: number): boolean => code > 32 && code < 127;
/** Something a person can see: text of only spaces or zero-width characters is blank. */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}]/u;
const SPACES = /\s\s|[\t\n\r\f\v]/;

/**
 * Trimmed, with runs of white space made one space (as the page shows them,
 * so "North  County" and "North County" are one region); undefined when
 * nothing visible is left. Plain text skips the work: long lists read many strings.
 */
function trimmed(value: string): string | undefined {
  let out = value;
  if (!(out.length && printable(out.charCodeAt(0)) && printable(out.charCodeAt(out.length - 1)))) out = out.trim();
  if (!VISIBLE.test(out)) return undefined;
  return SPACES.test(out) ? out.replace(/\s+/g, ' ') : out;
}

/** Text of at most `max` characters, trimmed; undefined (and a problem unless it was blank) otherwise. */
export function readText(value: unknown, path: string, problems: Problem[], max: number): string | undefined {
  if (typeof value !== 'string') {
    fail(problems, path, 'notText', ...describe(value));
    return undefined;
  }
  if (value.length > max) {
    fail(problems, path, 'tooLong', value.length, max);
    return undefined;
  }
  return trimmed(value);
}

/**
 * A phone number as people write it ("(215) 634-5272", "988", "+1 555 010 4477
 * ext. 2"): digits and the usual separators, so that what a link shows is
 * what it dials. Checked without invisible characters: a right-to-left
 * override must not make "889" read "988".
 */
export function isPhone(value: string): boolean {
  const { number } = splitPhone(value);
  return /\d/.test(number) && /^\+?[\d\s().\/-]+$/.test(number);
}

// Bounded by its length limit; the domain's parts cannot overlap, so the match is linear.
const EMAIL = /^[^\s@<>()[\]\\,;:"?#&%/]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/**
 * An email address, for a `mailto:` link: one that carries a query
 * (`?cc=…&body=…`) or anything else a mail program would read as more than an
 * address is not one.
 */
export const isEmail = (value: string): boolean => EMAIL.test(value);

const zones = new Set<string>();

/** An IANA time zone name this browser knows, like "America/New_York". Known ones are remembered: a formatter is slow to build, and 10,000 entries share a few zones. */
export function isTimeZone(value: string): boolean {
  if (zones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    zones.add(value);
    return true;
  } catch {
    return false;
  }
}

/** A calendar date written YYYY-MM-DD that exists: "2026-02-30" does not. */
export function isRealDate(value: string): boolean {
  if (realDates.has(value)) return true;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  // A day or month past its end rolls over ("2026-02-30" becomes March 2): the date read back differs.
  const real = /^\d{4}-\d\d-\d\d$/.test(value) && new Date(Date.UTC(y, m - 1, d)).toISOString().startsWith(value);
  if (real) realDates.add(value);
  return real;
}
// Checked once each: a long directory repeats the same few dates.
const realDates = new Set<string>();
