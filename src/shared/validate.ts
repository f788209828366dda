/**
 * Small readers for untrusted JSON. Each one reports what is wrong at an exact
 * path (`questions[2].choices`) and returns undefined, so that a validator can
 * skip the bad part and keep everything that was valid.
 */

import { isWebUrl } from './links.js';

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

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'string' ? 'text' : typeof value} ${JSON.stringify(value)}`;
}

export function record(value: unknown, path: string, problems: Problem[]): Json | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  problems.push({ path: path || '(root)', message: `must be an object, got ${describe(value)}` });
  return undefined;
}

const printable = (code: number): boolean => code > 32 && code < 127;

/** `value.trim() || undefined`, without allocating for the common case: long lists read many strings. */
function trimmed(value: string): string | undefined {
  if (value.length && printable(value.charCodeAt(0)) && printable(value.charCodeAt(value.length - 1))) return value;
  return value.trim() || undefined;
}

/** Optional text: missing, null and blank give undefined; any other non-string is a problem. */
export function text(obj: Json, key: string, path: string, problems: Problem[]): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return trimmed(value);
  problems.push({ path: at(path, key), message: `must be text, got ${describe(value)}` });
  return undefined;
}

export function requiredText(obj: Json, key: string, path: string, problems: Problem[]): string | undefined {
  const found = text(obj, key, path, problems);
  if (found === undefined && !problems.some((p) => p.path === at(path, key))) {
    problems.push({ path: at(path, key), message: 'required' });
  }
  return found;
}

/**
 * A web address. One that is not http(s) is reported and left out, but the
 * entry it belongs to is kept: the rest of it is still useful.
 */
export function webUrl(obj: Json, key: string, path: string, problems: Problem[]): string | undefined {
  const value = text(obj, key, path, problems);
  if (value === undefined || isWebUrl(value)) return value;
  problems.push({ path: at(path, key), message: `must be an http or https address, got ${JSON.stringify(value)}; it is not shown` });
  return undefined;
}

/** A phone number as people write it ("(215) 634-5272", "988"): text with at least one digit. */
export function phone(obj: Json, key: string, path: string, problems: Problem[]): string | undefined {
  const value = text(obj, key, path, problems);
  if (value && !/\d/.test(value)) {
    problems.push({ path: at(path, key), message: `has no digits: ${JSON.stringify(value)}` });
    return undefined;
  }
  return value;
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

/** A list of texts; non-text entries are reported and left out. */
export function texts(obj: Json, key: string, path: string, problems: Problem[]): string[] | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path: at(path, key), message: `must be a list of text, got ${describe(value)}` });
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    const found = typeof item === 'string' ? trimmed(item) : undefined;
    if (found) out.push(found);
    else problems.push({ path: at(at(path, key), i), message: `must be text, got ${describe(item)}` });
  });
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
): T[] {
  const value = obj[key];
  const where = at(path, key);
  if (!Array.isArray(value)) {
    problems.push({ path: where, message: value === undefined ? `required: a list of ${noun}s` : `must be a list, got ${describe(value)}` });
    return [];
  }
  const out: T[] = [];
  value.forEach((item, i) => {
    const found = read(item, at(where, i), i);
    if (found !== undefined) out.push(found);
  });
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
): { root: Json; list: T[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const root = record(wrapList(raw, key), '', problems) ?? {};
  const list = problems.length ? [] : items(root, key, '', problems, (item, path, index) => read(item, path, problems, index), noun);
  return { root, list, problems };
}
