import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

// Safe: the tags come from this fixed list, never from data.
const TAGS: StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** Clamps a `heading-level` attribute to 1–6; the default is 2. */
export function toHeadingLevel(value: unknown): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : 2;
}

/** A real `<hN>` so an element fits the host page's outline. */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const tag = TAGS[toHeadingLevel(level) - 1];
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static-html tag, not a binding
  return html`<${tag} part=${part} id=${ifDefined(id)}>${content}</${tag}>`;
}
