import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from './fields.js';

/** The `heading-level` attribute, for the studio's settings (not read at run time: the bundle leaves it out). */
export const headingLevel = {
  kind: 'number',
  min: 1,
  max: 6,
  label: 'Heading level',
  description: "The level of the title's heading (1 to 6), to fit the page's outline. Default 2.",
} as const satisfies Field;

/** Clamps a `heading-level` attribute to 1–6; the default is 2. */
function toHeadingLevel(value: unknown): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : 2;
}

/** A real `<hN>` so an element fits the host page's outline. */
export function heading(level: number, content: unknown, part: string): TemplateResult {
  switch (toHeadingLevel(level)) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}

/**
 * The title and intro any element's data may have, as one header: the title
 * at `heading-level`, and the level for the headings under it.
 */
export function header(headingLevel: unknown, title?: string, intro?: string): [header: TemplateResult, itemLevel: number] {
  const level = toHeadingLevel(headingLevel);
  return [
    html`${title ? heading(level, title, 'title') : nothing}${intro ? html`<p class="intro" part="intro">${intro}</p>` : nothing}`,
    title ? Math.min(level + 1, 6) : level,
  ];
}
