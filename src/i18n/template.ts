/**
 * Every interface string a site may replace, from the English tables: the
 * bundle's (en.ts) and each chunk's own. A string that takes values is written
 * with placeholders ("Question {n} of {total}"); one whose English changes at
 * 1 as plural forms ({ "one": …, "other": … }). scripts/strings.js writes the
 * template (schemas/strings.en.json) and the shape the translate chunk checks
 * against (strings-shape.json) from it, in Node, where the functions keep
 * their parameters' names. Neither the bundle nor the studio loads it.
 */
import { en } from './en.js';
import { RESULTS_STRINGS } from '../quiz/results.js';
import { EXTRAS_STRINGS } from '../quiz/extras.js';
import { SEARCH_STRINGS } from '../resource-list/search.js';
import { DETAILS_STRINGS } from '../resource-list/details.js';
import { HOURS_STRINGS } from '../resource-list/hours.js';
import { NEAR_STRINGS } from '../resource-list/distance.js';
import { TOOL_STRINGS } from '../resource-list/tools.js';
import { TIPS_STRINGS } from '../quick-exit/tips.js';
import { KIND_STRINGS } from '../helpline/catalog.js';

/** The English tables by section: the bundle's, then the chunks' (each chunk looks its section up by this name). */
export const TABLES: Record<string, unknown> = {
  ...en,
  results: RESULTS_STRINGS.en,
  hints: EXTRAS_STRINGS.en,
  search: SEARCH_STRINGS.en,
  details: DETAILS_STRINGS.en,
  hours: HOURS_STRINGS.en,
  near: NEAR_STRINGS.en,
  tools: TOOL_STRINGS.en,
  tips: TIPS_STRINGS.en,
  kinds: KIND_STRINGS.en,
};

/** A string as a translator sees it: text, or plural forms. */
export type TemplateText = string | Record<string, string>;
/** Text (0), a text with placeholders ("n,total"), a list, or a table of them. */
export type Shape = 0 | string | Shape[] | { [key: string]: Shape };
export type Template = TemplateText | Template[] | { [key: string]: Template };

/** A function's parameter names, from its source: `(n, total) => …` gives ["n", "total"]. */
function paramsOf(fn: (...values: never[]) => string): string[] {
  return (fn.toString().split('=>')[0] ?? '')
    .replace(/[()\s]/g, '')
    .split(',')
    .filter(Boolean);
}

/** One value of a table: its template text and its shape. */
function read(value: unknown, where: string): { text: Template; shape: Shape } {
  if (typeof value === 'string') return { text: value, shape: 0 };
  if (typeof value === 'function') {
    const fn = value as (...values: (string | number)[]) => string;
    const names = paramsOf(fn);
    if (!names.length) throw new Error(`${where}: a function without parameters`);
    const text = fn(...names.map((n) => `{${n}}`));
    const [first, ...rest] = names as [string, ...string[]];
    const one = fn(1, ...rest.map((n) => `{${n}}`));
    // Its English changes at 1: plural forms, the number written as its placeholder.
    const plural = one !== text.replace(`{${first}}`, '1');
    return { text: plural ? { one: one.replace(/\b1\b/, `{${first}}`), other: text } : text, shape: names.join(',') };
  }
  if (Array.isArray(value)) {
    const items = value.map((v, i) => read(v, `${where}[${i}]`));
    return { text: items.map((i) => i.text), shape: items.map((i) => i.shape) };
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, read(v, `${where}.${k}`)] as const);
    return {
      text: Object.fromEntries(entries.map(([k, r]) => [k, r.text])),
      shape: Object.fromEntries(entries.map(([k, r]) => [k, r.shape])),
    };
  }
  throw new Error(`${where}: not text, a function, a list or a table`);
}

/** The template a translator fills in, and the shape strings are checked against. */
export function buildTemplate(): { template: Record<string, Template>; shape: Record<string, Shape> } {
  const { text, shape } = read(TABLES, 'strings');
  return { template: text as Record<string, Template>, shape: shape as Record<string, Shape> };
}
