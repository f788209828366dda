import { slug } from '../shared/links.js';
import { line, readRoot, record, requiredText, text, type Problem, type Validation } from '../shared/validate.js';
import type { Principle, PrinciplesData } from './principles-types.js';

export type { Principle, PrinciplesData };

/** A principle ready to show: its fragment id is always set and unique. */
export interface ShownPrinciple extends Principle {
  id: string;
}

export interface ShownPrinciples extends PrinciplesData {
  principles: ShownPrinciple[];
}

/** More than one page can hold and a reader can take in. */
export const MAX_PRINCIPLES = 100;

export const LAYOUTS = ['list', 'cards', 'accordion'] as const;
export type Layout = (typeof LAYOUTS)[number];

export function validatePrinciples(raw: unknown): Validation<ShownPrinciples> {
  const ids: Ids = { taken: new Set(), next: new Map() };
  const {
    root,
    list: principles,
    problems,
  } = readRoot(raw, 'principles', 'principle', (item, path, found) => readPrinciple(item, path, found, ids), MAX_PRINCIPLES);
  const value = principles.length
    ? { title: line(root, 'title', '', problems), intro: text(root, 'intro', '', problems), principles }
    : undefined;
  return { value, problems };
}

/** Fragment ids given so far, and for each base the next number to try: many equal titles stay linear. */
interface Ids {
  taken: Set<string>;
  next: Map<string, number>;
}

function readPrinciple(raw: unknown, path: string, problems: Problem[], ids: Ids): ShownPrinciple | undefined {
  const obj = record(raw, path, problems);
  if (!obj) return undefined;
  const title = requiredText(obj, 'title', path, problems);
  if (!title) return undefined;
  const base = slug(line(obj, 'id', path, problems) ?? title) || 'principle';
  let id = base;
  let n = ids.next.get(base) ?? 2;
  while (ids.taken.has(id)) id = `${base}-${n++}`;
  ids.next.set(base, n);
  ids.taken.add(id);
  return { id, title, description: text(obj, 'description', path, problems) };
}

/** The layout named by an attribute value; anything unknown falls back to the list. */
export function toLayout(value: string | null | undefined): Layout {
  return (LAYOUTS as readonly string[]).includes(value ?? '') ? (value as Layout) : 'list';
}
