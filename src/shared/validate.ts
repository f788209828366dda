/**
 * Small readers for untrusted JSON. Each one reports what is wrong at an exact
 * path (`questions[2].choices`) and returns undefined, so that a validator can
 * skip the bad part and keep everything that was valid.
 */

import { isWebUrl, splitPhone } from './links.js';

export interface Problem {
  /** Where the problem is, e.g. `resources[12].name`. */
  path: string;
  /** What is wrong, in words a site owner can act on. */
  message: string;
}

export interface Validation<T> {
  /** What can be shown; undefined when nothing usable was found. */
  value: T | undefined;
  problems: Problem[];
}

export type Json = Record<string, unknown>;

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

/** What a value is, in a few words, for a message. Never throws, whatever the value. */
export function describe(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return `text ${quote(value as string)}`;
  if (type === 'number' || type === 'boolean') return `${type} ${String(value)}`;
  if (value === null || value === undefined) return String(value);
  if (type !== 'object') return `a ${type}`;
  return Array.isArray(value) ? 'a list' : 'an object';
}

export function record(value: unknown, path: string, problems: Problem[]): Json | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  problems.push({ path: path || '(root)', message: `must be an object, got ${describe(value)}` });
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

/**
 * Optional text: missing, null and blank give undefined; any other non-string
 * is a problem, and so is text longer than `max` characters.
 */
export function text(obj: Json, key: string, path: string, problems: Problem[], max = LIMITS.text): string | undefined {
  const value = obj[key];
  return value === undefined || value === null ? undefined : readText(value, at(path, key), problems, max);
}

function readText(value: unknown, path: string, problems: Problem[], max: number): string | undefined {
  if (typeof value !== 'string') {
    problems.push({ path, message: `must be text, got ${describe(value)}` });
    return undefined;
  }
  if (value.length > max) {
    problems.push({ path, message: `is ${value.length} characters long; at most ${max} are allowed` });
    return undefined;
  }
  return trimmed(value);
}

/** One-line text: a name, title or label. */
export const line = (obj: Json, key: string, path: string, problems: Problem[]): string | undefined =>
  text(obj, key, path, problems, LIMITS.line);

export function requiredText(obj: Json, key: string, path: string, problems: Problem[], max = LIMITS.line): string | undefined {
  const before = problems.length;
  const found = text(obj, key, path, problems, max);
  if (found === undefined && problems.length === before) problems.push({ path: at(path, key), message: 'required' });
  return found;
}

/**
 * A web address. One that is not http(s) is reported and left out, but the
 * entry it belongs to is kept: the rest of it is still useful.
 */
export function webUrl(obj: Json, key: string, path: string, problems: Problem[]): string | undefined {
  const found = text(obj, key, path, problems, 2000);
  if (!found) return undefined;
  const value = plain(found);
  if (isWebUrl(value)) return value;
  problems.push({ path: at(path, key), message: `must be an http or https address, got ${quote(found)}; it is not shown` });
  return undefined;
}

/**
 * A phone number as people write it ("(215) 634-5272", "988", "+1 555 010 4477
 * ext. 2"): digits and the usual separators, so that what a link shows is
 * what it dials. Invisible characters are dropped first: a right-to-left
 * override must not make "889" read "988".
 */
export function phone(obj: Json, key: string, path: string, problems: Problem[]): string | undefined {
  const found = text(obj, key, path, problems, 40);
  if (!found) return undefined;
  const value = plain(found);
  const { number } = splitPhone(value);
  if (/\d/.test(number) && /^\+?[\d\s().\/-]+$/.test(number)) return value;
  problems.push({ path: at(path, key), message: `is not a phone number in digits: ${quote(found)}` });
  return undefined;
}

// Bounded by its length limit; the domain's parts cannot overlap, so the match is linear.
const EMAIL = /^[^\s@<>()[\]\\,;:"?#&%/]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/**
 * An email address, for a `mailto:` link: one that carries a query
 * (`?cc=…&body=…`) or anything else a mail program would read as more than an
 * address is a problem.
 */
export function email(obj: Json, key: string, path: string, problems: Problem[]): string | undefined {
  const found = text(obj, key, path, problems, 254);
  if (!found) return undefined;
  const value = plain(found);
  if (EMAIL.test(value)) return value;
  problems.push({ path: at(path, key), message: `is not an email address: ${quote(found)}` });
  return undefined;
}

/** A calendar date written YYYY-MM-DD that exists: "2026-02-30" does not. */
export function isoDate(obj: Json, key: string, path: string, problems: Problem[]): string | undefined {
  const found = text(obj, key, path, problems, 40);
  if (!found) return undefined;
  const [y, m, d] = found.split('-').map(Number) as [number, number, number];
  // A day or month past its end rolls over ("2026-02-30" becomes March 2): the date read back differs.
  if (/^\d{4}-\d\d-\d\d$/.test(found) && new Date(Date.UTC(y, m - 1, d)).toISOString().startsWith(found)) return found;
  problems.push({ path: at(path, key), message: `must be a real date written like "2026-03-31", got ${quote(found)}` });
  return undefined;
}

export function bool(obj: Json, key: string, path: string, problems: Problem[]): boolean | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  problems.push({ path: at(path, key), message: `must be true or false, got ${describe(value)}` });
  return undefined;
}

export function num(
  obj: Json,
  key: string,
  path: string,
  problems: Problem[],
  range: [min: number, max: number] = [-Infinity, Infinity],
): number | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= range[0] && value <= range[1]) return value;
  const want = Number.isFinite(range[0]) ? `a number from ${range[0]} to ${range[1]}` : 'a number';
  problems.push({ path: at(path, key), message: `must be ${want}, got ${describe(value)}` });
  return undefined;
}

/** A short list of one-line texts (services, languages); non-text entries are reported and left out. */
export function texts(obj: Json, key: string, path: string, problems: Problem[]): string[] | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path: at(path, key), message: `must be a list of text, got ${describe(value)}` });
    return undefined;
  }
  if (value.length > LIMITS.tags) {
    problems.push({ path: at(path, key), message: `has ${value.length} entries; at most ${LIMITS.tags} are allowed` });
    return undefined;
  }
  const out: string[] = [];
  const where = at(path, key);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const before = problems.length;
    const found = readText(item, at(where, i), problems, LIMITS.line);
    if (found) out.push(found);
    else if (problems.length === before) problems.push({ path: at(where, i), message: `must be text, got ${describe(item)}` });
  }
  return out;
}

/**
 * Reads a list of items with `read`, keeping the valid ones. A list that is
 * missing, not a list, or left with no valid item is a problem.
 */
export function items<T>(
  obj: Json,
  key: string,
  path: string,
  problems: Problem[],
  read: (value: unknown, path: string, index: number) => T | undefined,
  noun: string,
  max: number,
): T[] {
  const value = obj[key];
  const where = at(path, key);
  if (!Array.isArray(value)) {
    problems.push({
      path: where,
      message: value === undefined ? `required: a list of ${noun}s` : `must be a list, got ${describe(value)}`,
    });
    return [];
  }
  // Past the limit nothing is read: a list of a million broken entries costs no more than the limit.
  const count = Math.min(value.length, max);
  if (value.length > max) problems.push({ path: where, message: `has ${value.length} ${noun}s; only the first ${max} are shown` });
  const out: T[] = [];
  for (let i = 0; i < count; i++) {
    const found = read(value[i], at(where, i), i);
    if (found !== undefined) out.push(found);
  }
  if (out.length === 0) {
    problems.push({ path: where, message: value.length ? `no valid ${noun} left to show` : `needs at least one ${noun}` });
  }
  return out;
}

/** The contract accepts a bare array where the object form has one list. */
export function wrapList(raw: unknown, key: string): unknown {
  return Array.isArray(raw) ? { [key]: raw } : raw;
}

/**
 * Every element's data has the same form: an object with one list (or that
 * list alone). Reads the root and the list's valid items; `list` is empty when
 * nothing can be shown.
 */
export function readRoot<T>(
  raw: unknown,
  key: string,
  noun: string,
  read: (item: unknown, path: string, problems: Problem[], index: number) => T | undefined,
  max: number,
): { root: Json; list: T[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const root = record(wrapList(raw, key), '', problems) ?? {};
  const list = problems.length ? [] : items(root, key, '', problems, (item, path, index) => read(item, path, problems, index), noun, max);
  return { root, list, problems };
}
