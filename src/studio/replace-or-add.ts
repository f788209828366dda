/**
 * Every import's last question, asked the same way: replace what is there, or
 * add at the end. Replacing comes first while the content is still the
 * built-in one (what an author importing most likely wants then).
 */
import { html, type TemplateResult } from 'lit';

export type ImportMode = 'replace' | 'add';

export function replaceOrAdd(options: {
  /** The buttons' ids: `<id>-replace`, `<id>-add`. */
  id: string;
  builtIn: boolean;
  replace: string;
  add: string;
  pick: (mode: ImportMode) => void;
  disabled?: boolean;
}): TemplateResult {
  const { id, builtIn, pick, disabled = false } = options;
  const replace = html`<button type="button" id="${id}-replace" ?disabled=${disabled} @click=${() => pick('replace')}>${options.replace}</button>`;
  const add = html`<button type="button" id="${id}-add" ?disabled=${disabled} @click=${() => pick('add')}>${options.add}</button>`;
  return html`<div class="item-actions">${builtIn ? [replace, add] : [add, replace]}</div>`;
}
