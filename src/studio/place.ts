/**
 * A place in the data in the author's words, for the checks: the path
 * `questions[0].answer` is "Question 1 › Answer", as the form labels them.
 * The JSON view keeps the paths.
 */
import type { Field, Shape } from '../shared/fields.js';
import { isObject, parsePath, variantOf } from './document.js';
import { fieldKey, textOf } from './field-text.js';
import type { UiLang } from './strings.js';

/** `item`: an item of a list in words, as the form titles it (the studio's `s.item`: "Question 1"). */
export function placeOf(spec: Shape, doc: unknown, path: string, lang: UiLang, item: (noun: string, n: number) => string): string {
  if (path === '' || path === '(root)') return textOf(spec.name, spec, lang).label;
  const words: string[] = [];
  let shape: Shape | undefined = spec;
  let node: unknown = doc;
  const keys = parsePath(path);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (typeof key === 'number' || !shape) {
      // An index outside a list the spec knows (a bare array's item): its number alone.
      words.push(typeof key === 'number' ? String(key + 1) : key);
      node = undefined;
      continue;
    }
    const variant: string | undefined = isObject(node) ? variantOf(shape, node) : undefined;
    const own: Field | undefined = shape.fields[key];
    const field: Field | undefined = own ?? (variant ? shape.variants?.cases[variant]?.[key] : undefined);
    if (!field) {
      words.push(key);
      shape = undefined;
      continue;
    }
    const label = textOf(fieldKey(shape.name, key, own ? undefined : variant), field, lang).label;
    const next = keys[i + 1];
    node = isObject(node) ? node[key] : undefined;
    if (field.kind === 'list' && field.item && typeof next === 'number') {
      // "Question 1", not "Questions › 1".
      words.push(item(textOf(field.item.name, field.item, lang).label, next + 1));
      node = Array.isArray(node) ? node[next] : undefined;
      shape = field.item;
      i++;
      continue;
    }
    words.push(label);
    shape = field.kind === 'object' ? field.item : undefined;
  }
  return words.join(' › ');
}
