/**
 * Advice for authors, beyond what the validator requires: words that
 * stigmatize, text that is hard to read, stale or duplicate directory
 * entries, and quiz parts that cannot work as meant. Never blocks anything:
 * each note is a hint beside its field. Pure functions; the studio words them.
 */
import type { Field, Shape } from '../shared/fields.js';
import { at, type Json } from '../shared/validate.js';
import { asObject, isObject } from './document.js';
import { TERMS, type Term } from './data/terms.js';

export type Lang = 'en' | 'es';

export type Note =
  | { path: string; kind: 'term'; term: string; suggest: string }
  | { path: string; kind: 'reading'; lang: Lang; score: number; hardest: string }
  | { path: string; kind: 'stale'; count: number; total: number }
  | { path: string; kind: 'digits'; digits: number }
  | { path: string; kind: 'duplicate'; of: number; phone: boolean }
  | { path: string; kind: 'unreachable' }
  | { path: string; kind: 'explanation' }
  | { path: string; kind: 'band'; questions: number };

// ---- Words -----------------------------------------------------------------

const LETTER = '\\p{L}\\p{N}';
/**
 * One expression per language, every term an alternative in a group of its
 * own: a text is scanned once, whatever the length of the list (a directory
 * has tens of thousands of texts).
 */
const compiled = new Map<Lang, { re: RegExp; terms: Term[] }>();
function termsFor(lang: Lang): { re: RegExp; terms: Term[] } {
  let found = compiled.get(lang);
  if (!found) {
    const terms = TERMS.filter((t) => t.lang === lang);
    const alternatives = terms.map((t) => `(${t.pattern.replace(/\((?!\?)/g, '(?:')})`).join('|');
    found = { terms, re: new RegExp(`(?<![${LETTER}])(?:${alternatives})(?![${LETTER}])`, 'giu') };
    compiled.set(lang, found);
  }
  return found;
}

/** Spans of text inside quotation marks: “…”, "…", «…», and ‘…’ opened after a space. Quoting a word is not using it. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/“[^”]*”|"[^"]*"|«[^»]*»|(?<=^|[\s(])‘[^’]*’|(?<=^|[\s(])'[^']*'(?![\p{L}])/gu)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** Each stigmatizing term in `text`, outside quotation marks, with what to say instead. */
export function findTerms(text: string, lang: Lang): { term: string; suggest: string; index: number }[] {
  const { re, terms } = termsFor(lang);
  const found: { term: string; suggest: string; index: number }[] = [];
  let quoted: [number, number][] | undefined;
  for (const m of text.matchAll(re)) {
    quoted ??= quotedSpans(text);
    if (quoted.some(([from, to]) => m.index >= from && m.index < to)) continue;
    // The group that matched names the term.
    const term = terms[m.slice(1).findIndex((group) => group !== undefined)]!;
    found.push({ term: m[0], suggest: term.suggest, index: m.index });
  }
  return found;
}

// ---- Reading level -----------------------------------------------------------

const words = (sentence: string): string[] => sentence.match(/[\p{L}’'-]+/gu) ?? [];

/** Sentences: ends of sentences and line breaks; an initial's period ("U.S.", "e.g.") ends none. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    const merged: string[] = [];
    for (const piece of line.split(/(?<=[.!?…])\s+/u)) {
      const last = merged[merged.length - 1];
      if (last !== undefined && /(?:^|[\s(])(?:\p{L}\.)+$/u.test(last)) merged[merged.length - 1] = `${last} ${piece}`;
      else merged.push(piece);
    }
    out.push(...merged);
  }
  return out.map((s) => s.trim()).filter((s) => words(s).length > 0);
}

/** English syllables, by the usual vowel-group count (good to a syllable or so per word). */
export function syllablesEn(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0]!).replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

const STRONG = /[aeoáéóíú]/;
/** Spanish syllables: vowel groups, with a hiatus (two strong vowels, or a stressed í or ú) splitting a group. */
export function syllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  let count = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    count++;
    for (let i = 1; i < group.length; i++) if (STRONG.test(group[i - 1]!) && STRONG.test(group[i]!)) count++;
  }
  return Math.max(1, count);
}

/** Flesch–Kincaid grade level (English): years of US schooling. */
export function fleschKincaid(text: string): number {
  const s = sentences(text);
  const w = s.flatMap(words);
  if (!w.length) return 0;
  const syllables = w.reduce((n, word) => n + syllablesEn(word), 0);
  return 0.39 * (w.length / s.length) + 11.8 * (syllables / w.length) - 15.59;
}

/**
 * Fernández-Huerta reading ease (Spanish), Flesch's formula refit for
 * Spanish: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per
 * sentence. 100 is very easy, 60 to 70 plain, under 50 hard.
 */
export function fernandezHuerta(text: string): number {
  const s = sentences(text);
  const w = s.flatMap(words);
  if (!w.length) return 100;
  const syllables = w.reduce((n, word) => n + syllablesEs(word), 0);
  return 206.84 - 0.6 * ((syllables / w.length) * 100) - 1.02 * (w.length / s.length);
}

/** The aims: NIH asks health writing for 8th grade or lower; Fernández-Huerta 60 or more is plain Spanish. */
export const READING_AIM = { en: 8, es: 60 } as const;

/**
 * The reading level of a text and its hardest sentence, when it is harder
 * than the aim; undefined when it is fine or too short to judge.
 */
export function readingNote(text: string, lang: Lang): { score: number; hardest: string } | undefined {
  const all = sentences(text);
  // Both formulas need some text: under 30 words, one long word swings the grade by years.
  if (all.flatMap(words).length < 30) return undefined;
  const score = lang === 'en' ? fleschKincaid(text) : fernandezHuerta(text);
  const hard = lang === 'en' ? score > READING_AIM.en : score < READING_AIM.es;
  if (!hard) return undefined;
  // The sentence that raises it most: the hardest one of a few words or more.
  const rank = (s: string): number => (lang === 'en' ? fleschKincaid(s) : -fernandezHuerta(s));
  const hardest = all.filter((s) => words(s).length >= 5).sort((a, b) => rank(b) - rank(a))[0] ?? all[0]!;
  return { score: Math.round(score * 10) / 10, hardest };
}

// ---- The whole document ------------------------------------------------------

/** Short numbers that are whole: N11 lines and 988. */
const SHORT_LINES = new Set(['211', '311', '411', '511', '611', '711', '811', '911', '988']);
const YEAR = 365 * 24 * 60 * 60 * 1000;

/** Every note for a document of a spec, in the author's language; `today` for freshness (tests fix it). */
export function authorNotes(shape: Shape, doc: unknown, lang: Lang, today = new Date()): Note[] {
  const notes: Note[] = [];
  walk(shape, doc, '', lang, notes);
  if (isObject(doc)) {
    directoryNotes(doc, notes, today);
    quizNotes(doc, notes);
  }
  return notes;
}

const merged = new WeakMap<Shape, Map<string, Record<string, Field>>>();
/** A shape's fields with its variant's; without a declared type, every case's (a text is checked whichever it turns out to be). Made once per shape. */
function fieldsOf(shape: Shape, variant: string | undefined): Record<string, Field> {
  let byVariant = merged.get(shape);
  if (!byVariant) merged.set(shape, (byVariant = new Map()));
  let fields = byVariant.get(variant ?? '');
  if (!fields) {
    const cases = variant ? [shape.variants!.cases[variant] ?? {}] : Object.values(shape.variants?.cases ?? {});
    byVariant.set(variant ?? '', (fields = Object.assign({}, shape.fields, ...cases) as Record<string, Field>));
  }
  return fields;
}

function walk(shape: Shape, value: unknown, path: string, lang: Lang, notes: Note[]): void {
  if (!isObject(value) && !(typeof value === 'string' && shape.shorthand)) return;
  const obj = asObject(value, shape);
  const declared = shape.variants ? obj[shape.variants.key] : undefined;
  const variant = typeof declared === 'string' && Object.hasOwn(shape.variants!.cases, declared) ? declared : undefined;
  const fields = fieldsOf(shape, variant);
  for (const key in fields) {
    const field = fields[key]!;
    const v = obj[key];
    // Nothing is built for an absent field: a directory's entries leave most of them out.
    if (field.kind === 'list' && field.item && Array.isArray(v))
      v.forEach((item, i) => walk(field.item!, item, at(at(path, key), i), lang, notes));
    if (field.kind === 'object') walk(field.item!, v, at(path, key), lang, notes);
    if (typeof v !== 'string' || (field.kind !== 'line' && field.kind !== 'text')) continue;
    const where = at(path, key);
    for (const hit of findTerms(v, lang)) notes.push({ path: where, kind: 'term', term: hit.term, suggest: hit.suggest });
    if (field.kind === 'text') {
      const reading = readingNote(v, lang);
      if (reading) notes.push({ path: where, kind: 'reading', lang, ...reading });
    }
  }
}

/** The fields of a directory entry that let a visitor reach the place. */
const REACH = ['phone', 'sms', 'email', 'url', 'address'];

const digitsOf = (phone: unknown): string => (typeof phone === 'string' ? phone.replace(/\D/g, '') : '');

function directoryNotes(doc: Json, notes: Note[], today: Date): void {
  const list = Array.isArray(doc['resources']) ? 'resources' : Array.isArray(doc['lines']) ? 'lines' : undefined;
  if (!list) return;
  const entries = doc[list] as unknown[];
  const seen = new Map<string, number>();
  let stale = 0;
  entries.forEach((entry: unknown, i) => {
    if (!isObject(entry)) return;
    for (const key of ['phone', 'sms', 'tty']) {
      const digits = digitsOf(entry[key]);
      if (digits && digits.length < 7 && !SHORT_LINES.has(digits))
        notes.push({ path: `${list}[${i}].${key}`, kind: 'digits', digits: digits.length });
    }
    const name = typeof entry['name'] === 'string' ? entry['name'].trim().toLowerCase() : '';
    const id = `${name}|${digitsOf(entry['phone'])}`;
    if (name && seen.has(id))
      notes.push({ path: `${list}[${i}]`, kind: 'duplicate', of: seen.get(id)! + 1, phone: !!digitsOf(entry['phone']) });
    else if (name) seen.set(id, i);
    if (list === 'resources') {
      // A card with no way to reach the place: an import may have left its only contact behind.
      if (!REACH.some((key) => typeof entry[key] === 'string' && entry[key].trim()))
        notes.push({ path: `${list}[${i}]`, kind: 'unreachable' });
      const verified = typeof entry['verified'] === 'string' ? Date.parse(entry['verified']) : NaN;
      if (!(today.getTime() - verified <= YEAR)) stale++;
    }
  });
  if (stale) notes.push({ path: list, kind: 'stale', count: stale, total: entries.length });
}

function quizNotes(doc: Json, notes: Note[]): void {
  const questions = doc['questions'];
  if (!Array.isArray(questions)) return;
  questions.forEach((q: unknown, i) => {
    if (isObject(q) && !(typeof q['explanation'] === 'string' && q['explanation'].trim()))
      notes.push({ path: `questions[${i}].explanation`, kind: 'explanation' });
  });
  const results = doc['results'];
  const n = questions.length;
  if (!Array.isArray(results) || !n) return;
  // The scores a visitor can get: k of n, rounded as the quiz rounds them.
  const scores = Array.from({ length: n + 1 }, (_, k) => Math.round((k / n) * 100));
  const mins = results.map((r: unknown) => (isObject(r) && typeof r['minPercent'] === 'number' ? r['minPercent'] : NaN));
  mins.forEach((min, i) => {
    if (Number.isNaN(min)) return;
    const next = Math.min(...mins.filter((m) => m > min), Infinity);
    if (!scores.some((s) => s >= min && s < next)) notes.push({ path: `results[${i}].minPercent`, kind: 'band', questions: n });
  });
}
