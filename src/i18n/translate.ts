/**
 * Interface strings a site gives: a language the library has no table for, or
 * its own words for ours. A chunk, loaded only when a page gives strings (an
 * element's `strings`, or a page's `<script type="application/json"
 * data-hr-strings>`) or speaks a language without built-in strings. It imports
 * nothing from the bundle; it checks the strings against their shape
 * (strings-shape.json, made by scripts/strings.js from the English tables).
 */
import shapeJson from './strings-shape.json';
import { PLURAL, isLangCode } from './codes.js';
import type { Strings } from './en.js';
import type { Shape } from './template.js';
import type { Problem } from '../shared/validate.js';
import type { Code } from '../shared/messages.js';

export type Text = string | ((...values: (string | number)[]) => string);
/** One language's strings as given, checked and made ready: sections of keys. */
export interface Words {
  [key: string]: Text | Words | Words[] | undefined;
}

const SHAPE = shapeJson as unknown as { [section: string]: Shape };

const isTable = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const at = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`);
/** What a value is, as `describe()` in shared/validate.ts says it (kind, shown), without importing the bundle. */
const got = (value: unknown): [string, string] =>
  typeof value === 'string'
    ? ['text', JSON.stringify(value.slice(0, 80))]
    : Array.isArray(value)
      ? ['list', '']
      : value === null
        ? ['null', '']
        : [typeof value, typeof value === 'number' || typeof value === 'boolean' ? String(value) : ''];

function note(problems: Problem[], path: string, code: Code, severity: Problem['severity'], ...values: (string | number)[]): undefined {
  problems.push({ path, message: '', severity, code, values });
  return undefined;
}

/** A string with placeholders, filled in; a placeholder with no value is left empty, and the spaces around it close up. */
function fill(text: string, names: string[], values: (string | number)[]): string {
  return text
    .replace(/\{(\w+)\}/g, (whole, name: string) => (names.includes(name) ? String(values[names.indexOf(name)] ?? '') : whole))
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/g, '');
}

/** A text a string may be, with its placeholders checked: one it does not have is kept as written, and said. */
function text(value: unknown, names: string[], path: string, problems: Problem[]): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return note(problems, path, 'notText', 'error', ...got(value));
  for (const [, name] of value.matchAll(/\{(\w+)\}/g)) {
    if (!names.includes(name!))
      note(problems, path, 'placeholder', 'warning', `{${name}}`, names.map((n) => `{${n}}`).join(', ') || 'none');
  }
  return value;
}

/** A site's value for one string, checked against its shape and made ready to use. */
function read(shape: Shape, value: unknown, path: string, problems: Problem[], code: string): Text | Words | Words[] | undefined {
  if (shape === 0) return text(value, [], path, problems);
  if (typeof shape === 'string') {
    const names = shape.split(',');
    if (!isTable(value)) {
      const t = text(value, names, path, problems);
      return t === undefined ? undefined : (...values) => fill(t, names, values);
    }
    // Plural forms, chosen by the first value's number in the language's own rules.
    const forms: Record<string, string> = {};
    for (const [key, form] of Object.entries(value)) {
      if (!PLURAL.includes(key)) note(problems, at(path, key), 'plural', 'warning', PLURAL.join(', '));
      else if (text(form, names, at(path, key), problems) !== undefined) forms[key] = form as string;
    }
    if (!forms['other']) return note(problems, at(path, 'other'), 'required', 'error');
    const rules = new Intl.PluralRules(code);
    return (...values) => fill(forms[rules.select(Number(values[0]))] ?? forms['other']!, names, values);
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return note(problems, path, 'notList', 'error', 'item', ...got(value)) as undefined;
    value.slice(shape.length).forEach((_, i) => note(problems, at(path, shape.length + i), 'unknownString', 'warning'));
    // A list may leave items out (null): those keep the built-in words.
    return value
      .slice(0, shape.length)
      .map((item: unknown, i) => (item === null ? undefined : read(shape[i]!, item, at(path, i), problems, code)) as Words);
  }
  if (!isTable(value)) return note(problems, path, 'notObject', 'error', ...got(value));
  const out: Words = {};
  for (const [key, item] of Object.entries(value)) {
    if (Object.hasOwn(shape, key)) out[key] = read(shape[key]!, item, at(path, key), problems, code);
    else note(problems, at(path, key), 'unknownString', 'warning');
  }
  return out;
}

/** Strings by language code (lower case), as given: JSON text (an attribute, a script) or an object (a property). */
function byLanguage(raw: unknown, path: string, problems: Problem[]): Map<string, Words> {
  const out = new Map<string, Words>();
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (error) {
      note(problems, path, 'notJson', 'error', path, error instanceof Error ? error.message : String(error), 0);
      return out;
    }
  }
  if (!isTable(value)) {
    note(problems, path, 'notObject', 'error', ...got(value));
    return out;
  }
  for (const [key, words] of Object.entries(value)) {
    const code = key.trim().toLowerCase();
    if (!isLangCode(code)) note(problems, at(path, key), 'langCode', 'error', JSON.stringify(key));
    else out.set(code, read(SHAPE as Shape, words, at(path, key), problems, code) as Words);
  }
  return out;
}

/** `over` laid over `base`: tables key by key, lists item by item; anything else `over` replaces. */
function mixIn<T>(base: T, over: unknown): T {
  if (over === undefined) return base;
  if (Array.isArray(base) && Array.isArray(over)) return base.map((b: unknown, i) => mixIn(b, over[i])) as T;
  if (!isTable(base) || !isTable(over)) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mixIn(out[key], value);
  return out as T;
}

/** The words for `code`: its own, over those of its base language ("pt-br" over "pt"). */
function wordsFor(table: Map<string, Words>, code: string): Words | undefined {
  const base = code.split('-')[0]!;
  const general = base === code ? undefined : table.get(base);
  return general ? mixIn(general, table.get(code)) : table.get(code);
}

let page: { raw: string; table: Map<string, Words>; problems: Problem[] } | undefined;
const own = new WeakMap<object, { table: Map<string, Words>; problems: Problem[] }>();
const ownText = new Map<unknown, { table: Map<string, Words>; problems: Problem[] }>();
const noted = new Set<string>();

/** An element's strings, read once per value: its problems are reported once. */
function readOwn(raw: unknown): { table: Map<string, Words>; problems: Problem[] } {
  // Objects by identity, anything else (JSON text, a stray number) by value: each is read, and reported, once.
  const object = typeof raw === 'object' && raw !== null;
  let found = object ? own.get(raw) : ownText.get(raw);
  if (!found) {
    const problems: Problem[] = [];
    found = { table: byLanguage(raw, 'strings', problems), problems };
    if (object) own.set(raw, found);
    else ownText.set(raw, found);
    return found;
  }
  return { table: found.table, problems: [] };
}

/** A chunk's own table with the site's words for its section in. */
export type Mix = <T>(table: T, section: string) => T;

export interface Localized {
  /** The bundle's tables with the site's words in. */
  t: Strings;
  /** The site's words, by section. */
  over: Words | undefined;
  mix: Mix;
  /** Problems not reported before: the page's once, an element's once per value. */
  problems: Problem[];
}

/** What was made for each element's strings (or none: the built-in table stands for them), by language and page strings. */
const made = new WeakMap<object, Map<string, Omit<Localized, 'problems'>>>();

/**
 * The strings an element shows in language `code`: its own (`strings`), over
 * the page's, over the built-in table `base` (English for a language without one).
 */
export function localize(code: string, base: Strings, ownRaw: unknown, pageRaw: string | undefined): Localized {
  const problems: Problem[] = [];
  if (pageRaw && page?.raw !== pageRaw) {
    const found: Problem[] = [];
    page = { raw: pageRaw, table: byLanguage(pageRaw, '(page strings)', found), problems: found };
    problems.push(...found);
  }
  const given = ownRaw === undefined || ownRaw === null || ownRaw === '' ? undefined : readOwn(ownRaw);
  if (given) problems.push(...given.problems);
  // The same words make the same tables: an update that changes nothing builds nothing.
  const holder = isTable(ownRaw) ? ownRaw : base;
  const key = `${code}\u0000${pageRaw ?? ''}\u0000${typeof ownRaw === 'string' ? ownRaw : ''}`;
  let byKey = made.get(holder);
  if (!byKey) made.set(holder, (byKey = new Map()));
  let done = byKey.get(key);
  if (!done) {
    const fromPage = pageRaw && page ? wordsFor(page.table, code) : undefined;
    const over = fromPage ? mixIn(fromPage, given && wordsFor(given.table, code)) : given && wordsFor(given.table, code);
    const t = mixIn(base, over && Object.fromEntries(Object.keys(base).map((section) => [section, over[section]])));
    // A chunk's table with the site's words in, made once per table: cards are drawn again on each keystroke.
    const mixed = new WeakMap<object, unknown>();
    const mix: Mix = (table, section) => {
      if (!over?.[section] || !isTable(table)) return table;
      if (!mixed.has(table)) mixed.set(table, mixIn(table, over[section]));
      return mixed.get(table) as typeof table;
    };
    byKey.set(key, (done = { t, over, mix }));
    const lang = code.split('-')[0]!;
    if (lang && lang !== 'en' && lang !== 'es' && !noted.has(code)) {
      noted.add(code);
      console.warn(
        `hr-widgets: lang "${code}" has no built-in interface strings: ${over ? 'the site’s strings are shown where given, English elsewhere' : 'English is shown; strings can translate it (see the README)'}.`,
      );
    }
  }
  return { ...done, problems };
}
