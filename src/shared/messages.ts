/**
 * The words of every problem the validators find, by code. A chunk of its
 * own: the readers record a code and its values, and the words load only when
 * a page has a problem to report (see HrElement.report), so pages with good
 * data never download them. The studio and the tests load them at once
 * (`setWords`). It imports nothing (only types), so nothing it needs is split
 * out of the bundle.
 *
 * Values are already made safe to show (quoted, clipped) where they were found.
 */
import type { Problem } from './validate.js';

export type Value = string | number;

/** The allowed values (a line each), quoted and joined: `"a", "b" or "c"`, with the language's "or". */
export const either = (values: Value, or = 'or'): string =>
  `${values}`
    .split('\n')
    .map((v) => JSON.stringify(v))
    .join(', ')
    .replace(/, ([^,]*)$/, ` ${or} $1`);

/** A value as `describe()` in validate.ts gives it (its kind, and itself when shown): "text "x"", "a list". */
const what = (kind: Value, shown: Value): string =>
  shown !== ''
    ? `${kind} ${shown}`
    : (({ list: 'a list', object: 'an object', null: 'null', undefined: 'undefined' } as Record<string, string>)[kind] ?? `a ${kind}`);

export const MESSAGES = {
  required: () => 'required',
  requiredBool: () => 'choose true or false',
  listRequired: (noun: Value) => `required: a list of ${noun}s`,
  notList: (noun: Value, kind: Value, shown: Value) => `must be a list of ${noun}s, got ${what(kind, shown)}`,
  listSize: (min: Value, max: Value, noun: Value, n: Value) => `needs ${min} to ${max} ${noun}s, got ${n}`,
  listLong: (n: Value, noun: Value, max: Value) => `has ${n} ${noun}s; only the first ${max} are shown`,
  noneValid: (noun: Value) => `no valid ${noun} left to show`,
  noneGiven: (noun: Value) => `needs at least one ${noun}`,
  single: (n: Value) => `mark exactly one choice right (this question has one right answer); ${n} are marked`,
  multiple: () => 'mark at least one choice right',
  reach: () => 'needs a way to reach it: a phone number (to call, text, TTY or video call) or a web address',
  nameOrId: () => 'needs a name, or the id of a national line such as "988"',
  url: (got: Value) => `must be an http or https address, got ${got}; it is not shown`,
  phone: (got: Value) => `is not a phone number in digits: ${got}`,
  email: (got: Value) => `is not an email address: ${got}`,
  date: (got: Value) => `must be a real date written like "2026-03-31", got ${got}`,
  time: (got: Value) => `must be a time written like "09:30" or "17:00", got ${got}`,
  zone: (got: Value) => `must be a time zone name like "America/New_York", got ${got}`,
  notTags: (kind: Value, shown: Value) => `must be a list of text, got ${what(kind, shown)}`,
  manyTags: (n: Value, max: Value) => `has ${n} entries; at most ${max} are allowed`,
  /** `values`: the allowed ones, a line each. */
  oneOf: (values: Value, got: Value) => `must be ${either(values)}, got ${got}`,
  notText: (kind: Value, shown: Value) => `must be text, got ${what(kind, shown)}`,
  tooLong: (n: Value, max: Value) => `is ${n} characters long; at most ${max} are allowed`,
  notBool: (kind: Value, shown: Value) => `must be true or false, got ${what(kind, shown)}`,
  range: (min: Value, max: Value, kind: Value, shown: Value) => `must be a number from ${min} to ${max}, got ${what(kind, shown)}`,
  notNumber: (kind: Value, shown: Value) => `must be a number, got ${what(kind, shown)}`,
  notObject: (kind: Value, shown: Value) => `must be an object, got ${what(kind, shown)}`,
  unknownString: () => 'is not one of the interface strings (see schemas/strings.en.json); it is ignored',
  placeholder: (name: Value, names: Value) => `${name} is not a placeholder of this string (it has: ${names}); it is shown as written`,
  plural: (forms: Value) => `plural forms are ${forms}; this one is ignored`,
  langCode: (got: Value) => `must be a language code like "vi" or "pt-BR", got ${got}; its strings are ignored`,
  together: (a: Value, b: Value) => `${a} and ${b} go together`,
  manyFilters: (n: Value, noun: Value, max: Value) => `name ${n} ${noun}; the ${max} most common are filters`,
  badSrc: (src: Value) => `${src} is not a valid address`,
  srcScheme: (src: Value) => `only http and https addresses are loaded, got ${src}`,
  jsonLong: (where: Value, n: Value, max: Value) => `${where} is ${n} characters long; at most ${max} are read`,
  notJson: (where: Value, error: Value, curly: Value) =>
    `${where} is not valid JSON: ${error}${curly ? ' (it has curly “smart” quotes; JSON needs straight quotes ")' : ''}`,
  unreadable: (error: Value) => `could not be read: ${error}`,
  unloaded: () => 'could not be loaded',
  /** An exception's own words (a failed fetch). */
  raw: (text: Value) => `${text}`,
  exitHref: (got: Value, href: Value) => `must be an http or https address, got ${got}; using ${href}`,
  // Said in the console, outside any data.
  more: (n: Value) => `… and ${n} more problems, all in the hr-error event`,
  noWidget: (name: Value, known: Value) => `data-hr-widget=${name} names no widget; use one of: ${known}.`,
  notInside: (holder: Value, name: Value) => `a <${holder}> cannot show <hr-${name}> inside it, so it went after it. Use a <div>.`,
  trustedTypes: () =>
    `the Content-Security-Policy refuses the Trusted Types policy "lit-html". Add: trusted-types lit-html 'allow-duplicates'`,
  taken: (tags: Value) => `${tags} already defined, probably by another copy of hr-widgets on this page. The first one is kept.`,
} satisfies Record<string, (...values: Value[]) => string>;

export type Code = keyof typeof MESSAGES;

/** Every language's table has a word for every code, taking the same values. */
export type Messages = { [C in Code]: (typeof MESSAGES)[C] };

/** A problem's words, from its code and values (or its own words, for an exception's message). */
export const words = (problem: Problem): string => wordsIn(MESSAGES, problem);

/** A problem's words from a language's table. */
export function wordsIn(table: Messages, problem: Problem): string {
  const say = problem.code && (table as Record<string, (...values: Value[]) => string>)[problem.code];
  return say ? say(...(problem.values ?? [])) : problem.message;
}
