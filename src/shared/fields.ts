/**
 * Each element's data shape, declared once as a field specification. From it
 * come the validator (read() below), the JSON Schemas in `schemas/`
 * (scripts/schemas.js), the schema test's field lists, and the studio's
 * forms (src/studio/form.ts).
 *
 * `label` and `description` are for people: the schemas, the studio and the
 * docs read them. The bundle leaves them out (see vite.config.ts).
 */
import { isWebUrl } from './links.js';
import { LIMITS, at, describe, fail, warn, isEmail, isPhone, isRealDate, isTimeZone, plain, quote, readText, record } from './validate.js';
import type { Json, Problem, Validation } from './validate.js';
import type { Code } from './messages.js';

export type Kind =
  'line' | 'text' | 'url' | 'phone' | 'email' | 'date' | 'time' | 'zone' | 'bool' | 'number' | 'enum' | 'tags' | 'list' | 'object';

/** What people read about a field or shape: the schema's title and description, and the studio's label and help to come. */
export interface Doc {
  /** A few words: "Pass mark". */
  label?: string;
  /** A sentence or two on what it does. The schema adds what "optional" or "required" means. */
  description?: string;
}

export interface Field extends Doc {
  kind: Kind;
  /** Missing, null or blank is a problem. */
  required?: boolean;
  /**
   * A bad value is left out and its entry kept (a warning): a broken link
   * should not hide a clinic's phone number. Otherwise the entry it belongs to
   * is left out (an error).
   */
  keep?: boolean;
  /** Characters for text (default: 300 for a line, 5,000 for text); the largest number; the most items of a list. */
  max?: number;
  /** The smallest number; the fewest items of a list whose items must all be valid. */
  min?: number;
  /** `enum`, `tags`: the values allowed. */
  values?: readonly string[];
  /** `list`: the shape of each item; `object`: the shape of the value. */
  item?: Shape;
  /** `list`: what one item is called in messages ("question"). */
  noun?: string;
  /** `list`: every item must be valid, else the list is a problem. Otherwise invalid items are left out. */
  all?: boolean;
  /** `list`: each item keeps its place in the data under this key, counting items left out (for events that name it). */
  indexAs?: string;
  /** `list`: how many items must have `field: true`, e.g. the correct choices. */
  count?: { field: string; min: number; max?: number; code: Code };
}

export interface Shape extends Doc {
  /** The name of its definition in the JSON Schema. */
  name: string;
  fields: Record<string, Field>;
  /** A plain string stands for `{ [shorthand]: string }`: a choice can be its text alone. */
  shorthand?: string;
  /**
   * Fields that depend on a `key` field's value: a quiz question's type. When
   * the key is absent, `infer` picks the case: `then` when `field` is true or
   * false, else `otherwise`.
   */
  variants?: {
    key: string;
    infer: { field: string; then: string; otherwise: string };
    cases: Record<string, Record<string, Field>>;
  };
  /** Two fields that go together: both or neither. */
  together?: readonly [string, string];
  /** For each rule, at least one of its fields must be usable. */
  needsOne?: readonly { fields: readonly string[]; code: Code }[];
}

/**
 * An element's attributes a site owner sets (not its data): what the studio
 * offers beside the data form. Keyed by the HTML attribute's name; the
 * element's own default stands when an attribute is not set.
 */
export type Attributes = Readonly<Record<string, Field>>;

/** The root of an element's data. */
export interface DataSpec extends Shape {
  /** The list a bare array stands for: `[...]` is `{ [list]: [...] }`. The data is usable when it has a valid item. */
  list?: string;
}

/** The problems at `path` added since `from` only leave out that value: warnings. Problems inside it stay as they are. */
function downgrade(problems: Problem[], from: number, path: string): void {
  for (let i = from; i < problems.length; i++) if (problems[i]!.path === path) problems[i]!.severity = 'warning';
}

function readList(field: Field, obj: Json, key: string, path: string, problems: Problem[]): Json[] | undefined {
  const value = obj[key];
  const where = at(path, key);
  const noun = field.noun ?? 'item';
  if (!Array.isArray(value)) {
    if (value !== undefined || field.required) {
      if (value === undefined) fail(problems, where, 'listRequired', noun);
      else fail(problems, where, 'notList', noun, ...describe(value));
    }
    return undefined;
  }
  const max = field.max ?? Infinity;
  if (field.all && (value.length < (field.min ?? 1) || value.length > max)) {
    fail(problems, where, 'listSize', field.min!, max, noun, value.length);
    return undefined;
  }
  // Past the limit nothing is read: a list of a million broken entries costs no more than the limit.
  const count = Math.min(value.length, max);
  if (value.length > max) warn(problems, where, 'listLong', value.length, noun, max);
  const out: Json[] = [];
  for (let i = 0; i < count; i++) {
    const found = readShape(field.item!, value[i], at(where, i), problems);
    if (found && field.indexAs) found[field.indexAs] = i;
    if (found) out.push(found);
  }
  if (field.all && out.length < value.length) return undefined;
  if (!out.length) {
    fail(problems, where, value.length ? 'noneValid' : 'noneGiven', noun);
    return undefined;
  }
  const rule = field.count;
  if (rule) {
    const n = out.filter((item) => item[rule.field] === true).length;
    if (n < rule.min || n > (rule.max ?? Infinity)) {
      fail(problems, where, rule.code, n);
      return undefined;
    }
  }
  return out;
}

/**
 * Text with a format: its length limit and its check. What to say when it
 * fails has the kind's name as its code (src/shared/messages.ts). Invisible characters are dropped before the check and from the
 * value kept: they would hide what a link really does.
 */
const FORMATS: Partial<Record<Kind, [max: number, ok: (value: string, raw: string) => boolean]>> = {
  url: [2000, isWebUrl],
  phone: [40, isPhone],
  email: [254, isEmail],
  date: [40, (_, raw) => isRealDate(raw)],
  time: [8, (_, raw) => /^(([01]\d|2[0-3]):[0-5]\d|24:00)(:00)?$/.test(raw)],
  zone: [60, isTimeZone],
};

/** The most characters a text field takes: its own `max`, its format's, or the limit for a line or a text. */
export const textLimit = (field: Field): number =>
  field.max ?? FORMATS[field.kind]?.[0] ?? (field.kind === 'text' ? LIMITS.text : LIMITS.line);

/** A short list of one-line texts (services, languages): an entry that is not text is a problem. */
function readTags(value: unknown, where: string, problems: Problem[], values?: readonly string[]): string[] | undefined {
  if (!Array.isArray(value)) return fail(problems, where, 'notTags', ...describe(value));
  if (value.length > LIMITS.tags) return fail(problems, where, 'manyTags', value.length, LIMITS.tags);
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    const before = problems.length;
    const found = readText(item, at(where, i), problems, LIMITS.line);
    if (found && values && !values.includes(found)) fail(problems, at(where, i), 'oneOf', values.join('\n'), quote(found));
    else if (found) out.push(found);
    else if (problems.length === before) fail(problems, at(where, i), 'notText', ...describe(item));
  });
  // An empty list says nothing: it counts as absent.
  return out.length ? out : undefined;
}

/**
 * Reads one field of `obj`: missing and null are absent, and so is blank
 * text. Undefined when it is absent or unusable (and then a problem says why).
 */
function readField(field: Field, obj: Json, key: string, path: string, problems: Problem[]): unknown {
  const { kind, values, min = -Infinity, max } = field;
  if (kind === 'list') return readList(field, obj, key, path, problems);
  const raw = obj[key];
  const before = problems.length;
  // An object with nothing filled in is absent, as blank text is (the studio leaves one when its fields are cleared).
  if (kind === 'object') {
    if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Object.values(raw).some((v) => v !== null && v !== '')))
      return readShape(field.item!, raw, at(path, key), problems);
    return field.required ? fail(problems, at(path, key), 'required') : undefined;
  }
  // Absent costs nothing: thousands of entries leave most fields out.
  let value: unknown;
  if (raw !== undefined && raw !== null) {
    const where = at(path, key);
    const format = FORMATS[kind];
    if (kind === 'bool') {
      value = typeof raw === 'boolean' ? raw : fail(problems, where, 'notBool', ...describe(raw));
    } else if (kind === 'number') {
      const top = max ?? Infinity;
      value =
        typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= top
          ? raw
          : min > -Infinity
            ? fail(problems, where, 'range', min, top, ...describe(raw))
            : fail(problems, where, 'notNumber', ...describe(raw));
    } else if (kind === 'tags') {
      value = readTags(raw, where, problems, values);
    } else {
      const text = readText(raw, where, problems, textLimit(field));
      value = text;
      if (text && format) {
        const clean = plain(text);
        value = format[1](clean, text) ? clean : fail(problems, where, kind as Code, quote(text));
      } else if (text && values && !values.includes(text)) {
        value = fail(problems, where, 'oneOf', values.join('\n'), quote(text));
      }
    }
  }
  if (value === undefined && field.required && problems.length === before) {
    fail(problems, at(path, key), kind === 'bool' ? 'requiredBool' : 'required');
  }
  return value;
}

/** The variant an object is, or undefined (with a problem) when it names none. */
function variantOf(shape: Shape, obj: Json, path: string, problems: Problem[]): string | undefined {
  const { key, cases } = shape.variants!;
  const before = problems.length;
  const declared = readField({ kind: 'enum', values: Object.keys(cases) }, obj, key, path, problems);
  if (problems.length > before) return undefined;
  return (declared as string | undefined) ?? impliedCase(shape, obj);
}

/** The variant an object without a declared one is read as: `then` when the `infer` field is true or false, else `otherwise`. */
export const impliedCase = ({ variants }: Shape, obj: Json): string =>
  typeof obj[variants!.infer.field] === 'boolean' ? variants!.infer.then : variants!.infer.otherwise;

const listed = new WeakMap<object, [string, Field][]>();
/** A shape's fields (after `base`'s, for a variant) as a list, made once: thousands of entries are read with one shape. */
function entries(fields: Record<string, Field>, base?: Record<string, Field>): [string, Field][] {
  let list = listed.get(fields);
  if (!list) listed.set(fields, (list = Object.entries({ ...base, ...fields })));
  return list;
}

/**
 * Reads an object of a shape. The fields whose problems leave the object out
 * come first: when one fails, the object is left out (undefined), and the
 * fields that would only be left out are not read, so their warnings do not
 * pile up. The root is never left out for a field: only its list decides.
 */
function readShape(shape: Shape, raw: unknown, path: string, problems: Problem[], root = false): Json | undefined {
  const obj = record(shape.shorthand && typeof raw === 'string' ? { [shape.shorthand]: raw } : raw, path, problems);
  if (!obj) return undefined;
  // Every key, in the spec's order, on every object: thousands of entries share one shape, which keeps V8 fast.
  const out: Json = {};
  let fields = entries(shape.fields);
  if (shape.variants) {
    // The variant first: its fields join the shape's own.
    const variant = variantOf(shape, obj, path, problems);
    if (!variant) return undefined;
    out[shape.variants.key] = variant;
    fields = entries(shape.variants.cases[variant]!, shape.fields);
  }
  let failed = false;
  for (const [key, field] of fields) {
    const from = problems.length;
    const value = (out[key] = field.keep && !root ? undefined : readField(field, obj, key, path, problems));
    if (problems.length === from) continue;
    // At the root, only a required list with nothing valid in it fails: the rest is shown without the value.
    if (root) {
      if (!field.required || value !== undefined) downgrade(problems, from, at(path, key));
    } else if (field.kind !== 'list' || value === undefined) {
      // A list that keeps its valid items has not failed; anything else with a problem has.
      failed = true;
    }
  }
  const { together, needsOne } = shape;
  if (together && !failed && (out[together[0]] === undefined) !== (out[together[1]] === undefined)) {
    fail(problems, at(path, together[out[together[0]] === undefined ? 0 : 1]), 'together', ...together);
    failed = true;
  }
  if (root) return out;
  if (failed) return undefined;
  for (const [key, field] of fields) {
    if (!field.keep) continue;
    const from = problems.length;
    out[key] = readField(field, obj, key, path, problems);
    downgrade(problems, from, at(path, key));
  }
  const missing = needsOne?.find((rule) => rule.fields.every((key) => out[key] === undefined));
  if (missing) {
    fail(problems, path, missing.code);
    return undefined;
  }
  return out;
}

/**
 * Validates untrusted data against an element's spec. The value is undefined
 * when nothing can be shown: the root is not an object, or its list has no
 * valid item.
 */
export function read<T>(spec: DataSpec, raw: unknown): Validation<T> {
  const problems: Problem[] = [];
  const value = readShape(spec, spec.list && Array.isArray(raw) ? { [spec.list]: raw } : raw, '', problems, true);
  // The object has the spec's fields, each of its declared kind: the shape that T describes.
  return { value: value && (!spec.list || value[spec.list]) ? (value as T) : undefined, problems };
}

/** Every property name a spec reads, anywhere in the data. */
export function fieldNames(shape: Shape, into = new Set<string>()): Set<string> {
  const all = [shape.fields, ...Object.values(shape.variants?.cases ?? {})];
  if (shape.variants) into.add(shape.variants.key);
  for (const fields of all) {
    for (const [key, field] of Object.entries(fields)) {
      into.add(key);
      if (field.item) fieldNames(field.item, into);
    }
  }
  return into;
}
