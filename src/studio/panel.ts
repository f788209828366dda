/**
 * What a panel of the studio is. A panel is one file in `panels/` and one line
 * in the shell's list (studio-app.ts): it reads and changes the work only
 * through the store, speaks in words of its own (English and Spanish), and
 * imports no other panel (scripts/check-studio.js fails when one does).
 * What several panels use (a code box, a download) is here.
 */
import { html, type TemplateResult, type nothing } from 'lit';
import { wordsEs } from '../shared/messages.es.js';
import type { Problem } from '../shared/validate.js';
import type { Path } from './document.js';
import { placeOf } from './place.js';
import type { StudioStore } from './store.js';
import { STUDIO_STRINGS, type StudioStrings, type UiLang } from './strings.js';

/** What the form shows, shared: an import opens what it added, a check opens the way to its field. */
export interface FormView {
  /** Paths (as text) of the items shown open. */
  open: ReadonlySet<string>;
  /** How many items of a long list are shown, by the list's path (as text). */
  shown: ReadonlyMap<string, number>;
}

/** What the shell gives a panel. */
export interface Studio {
  readonly store: StudioStore;
  /** The studio's language (the shell keeps it current). */
  lang: UiLang;
  /** Says `words` to screen readers (the shell's live region). */
  say(words: string): void;
  /** Moves focus to the element with this id after the next render. */
  focus(id: string): void;
  /** Renders again: for what a panel keeps of its own (a view opened, a width chosen). */
  update(): void;
  /** Resolves once the studio has rendered what is pending. */
  rendered(): Promise<unknown>;
  /** Opens the form on the way to `path` and moves focus there. */
  show(path: Path): void;
  /** What the form shows; replaced, never changed in place (then update()). */
  view: FormView;
}

/** A panel made for one studio: its own state lives in its closure. */
export interface PanelView {
  render(): TemplateResult | typeof nothing;
  /** After the studio rendered: for what a template cannot say (a live element's properties). */
  updated?(): void;
}

export interface Panel {
  /** Where it sits: the page's header, the bar under it, the content column (with the form), or beside it (checks, preview, code). */
  column: 'header' | 'start' | 'content' | 'side';
  create(studio: Studio): PanelView;
}

/** A panel's words in the studio's language, from its own table. */
export const wordsOf = <T>(table: Readonly<Record<UiLang, T>>, studio: Studio): T => table[studio.lang];

/** The studio's shared words (the shell's). */
export const shared = (studio: Studio): StudioStrings => STUDIO_STRINGS[studio.lang];

/** A problem's words in the studio's language. */
export const problemText = (studio: Studio, problem: Problem): string => (studio.lang === 'es' ? wordsEs(problem) : problem.message);

/** A path as the form names it: "Question 1 › Answer". */
export const placeText = (studio: Studio, path: string): string =>
  placeOf(studio.store.shapes[studio.store.name]!, studio.store.doc, path, studio.lang, shared(studio).item);

/** Copies a code box; where the clipboard is refused (an http page), selects it for the keyboard instead. */
export async function copyBox(studio: Studio, id: string): Promise<void> {
  const box = document.getElementById(id);
  if (!(box instanceof HTMLTextAreaElement)) return;
  try {
    await navigator.clipboard.writeText(box.value);
    studio.say(shared(studio).copied);
  } catch {
    box.focus();
    box.select();
    studio.say(shared(studio).copyFailed);
  }
}

/** Saves text as a file: made on this page, nothing is requested. */
export function download(studio: Studio, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  studio.say(shared(studio).downloaded(name));
}

/** A code box with its label, its instructions and a Copy button. */
export function codeBox(studio: Studio, id: string, label: string, how: string, text: string): TemplateResult {
  return html`<div class="code">
    <label for=${id}>${label}</label>
    <p class="help" id="${id}-how">${how}</p>
    <textarea id=${id} readonly rows="4" spellcheck="false" aria-describedby="${id}-how" .value=${text}></textarea>
    <button type="button" id="${id}-copy" @click=${() => void copyBox(studio, id)}>
      ${shared(studio).copy}<span class="visually-hidden">: ${label}</span>
    </button>
  </div>`;
}
