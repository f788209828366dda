/**
 * What every import shares: a paste copied from a page read as its lines, and
 * the last question, asked the same way: replace what is there, or add at the
 * end. Replacing comes first while the content is still the built-in one (what
 * an author importing most likely wants then).
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

/** Clipboard HTML longer than this (characters) is left to the browser, which pastes its plain text. */
const MAX_PASTE_HTML = 10_000_000;

/**
 * A paste copied from a page or a word processor: its HTML read as the lines the importers read (bullets, table
 * cells, the addresses of links), put where the text would have gone, for the author to see before reading it.
 */
export async function pasteHtml(e: ClipboardEvent): Promise<void> {
  const markup = e.clipboardData?.getData('text/html');
  if (!markup || markup.length > MAX_PASTE_HTML) return;
  e.preventDefault();
  const box = e.target as HTMLTextAreaElement;
  const [start, end] = [box.selectionStart, box.selectionEnd];
  const { htmlToText } = await import('./import/html-text.js');
  box.setRangeText(htmlToText(markup), start, end, 'end');
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The text typed in the import box beside a button (the box in the same disclosure). */
export const typed = (e: Event): string =>
  ((e.target as HTMLElement).closest('details')!.querySelector('textarea') as HTMLTextAreaElement).value;
