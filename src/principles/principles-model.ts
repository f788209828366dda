import { read } from '../shared/fields.js';
import { slug } from '../shared/links.js';
import type { Validation } from '../shared/validate.js';
import { LAYOUTS, principlesFields } from './principles.fields.js';
import type { Principle, PrinciplesData } from './principles-types.js';

export type { Principle, PrinciplesData };
export { MAX_PRINCIPLES } from './principles.fields.js';

/** A principle ready to show: its fragment id is always set and unique. */
export interface ShownPrinciple extends Principle {
  id: string;
}

export interface ShownPrinciples extends PrinciplesData {
  principles: ShownPrinciple[];
}

export type Layout = (typeof LAYOUTS)[number];

export function validatePrinciples(raw: unknown): Validation<ShownPrinciples> {
  const { value: data, problems } = read<PrinciplesData>(principlesFields, raw);
  if (!data) return { value: undefined, problems };
  // Fragment ids given so far, and for each base the next number to try: many equal titles stay linear.
  const taken = new Set<string>();
  const next = new Map<string, number>();
  const principles = data.principles.map((p) => {
    const base = slug(p.id ?? p.title) || 'principle';
    let id = base;
    let n = next.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${n++}`;
    next.set(base, n);
    taken.add(id);
    return { ...p, id };
  });
  return { value: { ...data, principles }, problems };
}

/** The layout named by an attribute value; anything unknown falls back to the list. */
export function toLayout(value: string | null | undefined): Layout {
  return (LAYOUTS as readonly string[]).includes(value ?? '') ? (value as Layout) : 'list';
}
