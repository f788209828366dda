/**
 * The author's data as plain JSON values, changed only by copying along a
 * path: every edit gives a new document, so the form, the JSON view and the
 * preview always show one and the same value.
 */
import { impliedCase, type Field, type Shape } from '../shared/fields.js';
import { at, type Json } from '../shared/validate.js';

export type Path = readonly (string | number)[];

/** A JSON object: not null, not a list. */
export const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** An item as its fields are read: a bare string of a shape with a shorthand is that one field; anything else not an object is empty. */
export const asObject = (value: unknown, shape: Shape): Json =>
  typeof value === 'string' && shape.shorthand ? { [shape.shorthand]: value } : isObject(value) ? value : {};

/** The path as problems name it: `questions[2].choices`. */
export const pathText = (path: Path): string => path.reduce<string>((out, key) => at(out, key), '');

/** A path as problems name it, back to keys: `questions[2].choices` → ['questions', 2, 'choices']. */
export function parsePath(text: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return keys;
}

/** The value at `path`, or undefined. */
export function getAt(doc: unknown, path: Path): unknown {
  let value = doc;
  for (const key of path) {
    if (typeof key === 'number') value = Array.isArray(value) ? value[key] : undefined;
    else value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  }
  return value;
}

/**
 * A copy of `doc` with `value` at `path`; undefined removes the key. Missing
 * objects on the way are made. `shorthand` names the field a bare string
 * stands for (a quiz choice's "text"), so editing another field keeps it.
 */
export function setAt(doc: unknown, path: Path, value: unknown, shorthand?: string): unknown {
  if (!path.length) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof key === 'number') {
    const list = Array.isArray(doc) ? [...(doc as unknown[])] : [];
    list[key] = setAt(list[key], rest, value, shorthand);
    return list;
  }
  const base = typeof doc === 'string' && shorthand ? { [shorthand]: doc } : doc;
  const obj: Json = isObject(base) ? { ...base } : {};
  const next = setAt(obj[key], rest, value, shorthand);
  if (next === undefined) delete obj[key];
  // Defined, not assigned: a key named "__proto__" is data, never the prototype.
  else Object.defineProperty(obj, key, { value: next, enumerable: true, writable: true, configurable: true });
  return obj;
}

/** A list's items at `path` (an empty list when there is none). */
const listAt = (doc: unknown, path: Path): unknown[] => {
  const list = getAt(doc, path);
  return Array.isArray(list) ? list : [];
};

/** A copy with `item` added to the list at `path`, at `index` (default: the end). */
export function insertAt(doc: unknown, path: Path, item: unknown, index?: number): unknown {
  const list = [...listAt(doc, path)];
  list.splice(index ?? list.length, 0, item);
  return setAt(doc, path, list);
}

/** A copy without the item at `index` of the list at `path`. */
export function removeAt(doc: unknown, path: Path, index: number): unknown {
  return setAt(
    doc,
    path,
    listAt(doc, path).filter((_, i) => i !== index),
  );
}

/** A copy with the item at `from` moved to `to` in the list at `path`. */
export function moveAt(doc: unknown, path: Path, from: number, to: number): unknown {
  const list = [...listAt(doc, path)];
  if (to < 0 || to >= list.length || from === to) return doc;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setAt(doc, path, list);
}

/**
 * A new, empty object of a shape: its required lists hold the fewest items
 * they may, its required text is blank. The checks then say what is still
 * to fill in.
 */
export function emptyOf(shape: Shape): Json {
  const out: Json = {};
  // A shape with variants starts as the one its data would be read as without a key.
  const variant = shape.variants && shape.variants.cases[impliedCase(shape, {})];
  for (const [key, field] of Object.entries({ ...shape.fields, ...variant })) {
    if (!field.required) continue;
    out[key] = emptyValue(field);
  }
  return out;
}

function emptyValue(field: Field): unknown {
  if (field.kind === 'list') return Array.from({ length: Math.max(field.min ?? 1, 1) }, () => emptyOf(field.item!));
  if (field.kind === 'bool') return false;
  if (field.kind === 'number') return field.min ?? 0;
  if (field.kind === 'enum') return field.values?.[0] ?? '';
  if (field.kind === 'tags') return [];
  return '';
}

/** The case a shape with variants is in: its declared key, else what the validator would infer. */
export function variantOf(shape: Shape, obj: Json): string | undefined {
  const v = shape.variants;
  if (!v) return undefined;
  const declared = obj[v.key];
  return typeof declared === 'string' && Object.hasOwn(v.cases, declared) ? declared : impliedCase(shape, obj);
}
