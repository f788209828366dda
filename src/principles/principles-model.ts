import { slug } from '../shared/links.js';
import { readRoot, record, requiredText, text, type Problem, type Validation } from '../shared/validate.js';
import type { Principle, PrinciplesData } from './principles-types.js';

export type { Principle, PrinciplesData };

/** A principle ready to show: its fragment id is always set and unique. */
export interface ShownPrinciple extends Principle {
  id: string;
}

export interface ShownPrinciples extends PrinciplesData {
  principles: ShownPrinciple[];
}

export const LAYOUTS = ['list', 'cards', 'accordion'] as const;
export type Layout = (typeof LAYOUTS)[number];

export function validatePrinciples(raw: unknown): Validation<ShownPrinciples> {
  const taken = new Set<string>();
  const { root, list: principles, problems } = readRoot(raw, 'principles', 'principle', (item, path, found) => readPrinciple(item, path, found, taken));
  const value = principles.length
    ? { title: text(root, 'title', '', problems), intro: text(root, 'intro', '', problems), principles }
    : undefined;
  return { value, problems };
}

function readPrinciple(raw: unknown, path: string, problems: Problem[], taken: Set<string>): ShownPrinciple | undefined {
  const obj = record(raw, path, problems);
  if (!obj) return undefined;
  const title = requiredText(obj, 'title', path, problems);
  if (!title) return undefined;
  const base = slug(text(obj, 'id', path, problems) ?? title) || 'principle';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return { id, title, description: text(obj, 'description', path, problems) };
}

/** The layout named by an attribute value; anything unknown falls back to the list. */
export function toLayout(value: string | null | undefined): Layout {
  return (LAYOUTS as readonly string[]).includes(value ?? '') ? (value as Layout) : 'list';
}
