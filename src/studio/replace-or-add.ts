/**
 * Every import's last question, asked the same way: replace what is there, or
 * add at the end. Replacing comes first while the content is still the
 * built-in one (what an author importing most likely wants then).
 */
import { html, type TemplateResult } from 'lit';
import { getAt, isObject, setAt } from './document.js';
import type { StudioStore } from './store.js';

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

/** Imported directory entries: the directory's new entries, or more of them at its end (a blank entry left by "Empty" goes). */
export function addEntries(store: StudioStore, entries: readonly unknown[], mode: ImportMode, label: string): void {
  const current = getAt(store.doc, ['resources']);
  const blank = (r: unknown): boolean => isObject(r) && Object.values(r).every((v) => v === '' || v === undefined);
  const kept = mode === 'add' && Array.isArray(current) ? current.filter((r) => !blank(r)) : [];
  store.setDoc(setAt(store.doc, ['resources'], [...kept, ...entries]), { label, path: ['resources', kept.length] });
}
