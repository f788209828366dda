/** The studio's import panel: content the author already has, read into the form. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProseEntry } from './import/prose.js';
import { replaceOrAdd, type ImportMode } from './replace-or-add.js';
import type { StudioStrings } from './strings.js';

export interface ImportContext {
  s: StudioStrings;
  /** The element being made: each has its own import, or none yet. */
  name: string;
  /** What the last import said. */
  report: string;
  /** Directory entries found in prose, waiting for the author to confirm them. */
  found: readonly ProseEntry[] | undefined;
  chosen: ReadonlySet<number>;
  /** Whether the directory is still the built-in one: then replacing it is what the author most likely wants. */
  builtIn: boolean;
  /** The names of the directory's entries, for the places already in it. */
  existing: readonly string[];
  /** How many questions were read from text, waiting for "replace or add". */
  quizFound: number | undefined;
  addQuiz(mode: ImportMode): void;
  readQuiz(text: string): void;
  readProse(text: string): void;
  choose(index: number, on: boolean): void;
  addChosen(mode: ImportMode): void;
}

/** The entry number (from 1) of a place already in the directory by its name, or 0. */
export const alreadyIn = (existing: readonly string[], name: string): number =>
  existing.findIndex((n) => n.trim().toLowerCase() === name.trim().toLowerCase()) + 1;

/** Clipboard HTML longer than this (characters) is left to the browser, which pastes its plain text. */
const MAX_PASTE_HTML = 10_000_000;

/**
 * A paste copied from a page or a word processor: its HTML read as the lines the importers read (bullets, table
 * cells, the addresses of links), put where the text would have gone, for the author to see before reading it.
 */
async function pasteHtml(e: ClipboardEvent): Promise<void> {
  const markup = e.clipboardData?.getData('text/html');
  if (!markup || markup.length > MAX_PASTE_HTML) return;
  e.preventDefault();
  const box = e.target as HTMLTextAreaElement;
  const [start, end] = [box.selectionStart, box.selectionEnd];
  const { htmlToText } = await import('./import/html-text.js');
  box.setRangeText(htmlToText(markup), start, end, 'end');
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

const typed = (e: Event): string => ((e.target as HTMLElement).closest('details')!.querySelector('textarea') as HTMLTextAreaElement).value;

/** One found entry as the author checks it: what was read, in a line or two. */
function summary(s: StudioStrings, entry: ProseEntry): string {
  const place = [entry.address, entry.city, entry.region].filter(Boolean).join(', ');
  return [entry.phone, entry.email, entry.url, place, entry.coverage === 'national' ? s.values['national'] : '']
    .filter(Boolean)
    .join(' · ');
}

function renderFound(ctx: ImportContext): TemplateResult | typeof nothing {
  const { s, found } = ctx;
  if (!found?.length) return nothing;
  const n = ctx.chosen.size;
  return html`<fieldset class="found">
    <legend>${s.foundEntries(found.length)}</legend>
    <ul>
      ${found.map(
        (entry, i) => html`<li class="field check">
          <input type="checkbox" id="found-${i}" .checked=${ctx.chosen.has(i)} @change=${(e: Event) => ctx.choose(i, (e.target as HTMLInputElement).checked)} />
          <label for="found-${i}">${entry.name}</label>
          <p class="help">
            ${summary(s, entry)}${!ctx.builtIn && alreadyIn(ctx.existing, entry.name) ? html` · <strong>${s.alreadyIn(alreadyIn(ctx.existing, entry.name))}</strong>` : nothing}
          </p>
        </li>`,
      )}
    </ul>
    ${replaceOrAdd({ id: 'import', builtIn: ctx.builtIn, replace: s.importReplace(n), add: s.importAdd(n), pick: ctx.addChosen, disabled: !n })}
  </fieldset>`;
}

export function renderImport(ctx: ImportContext): TemplateResult | typeof nothing {
  const { s } = ctx;
  if (ctx.name === 'quiz') {
    return html`<details class="import">
      <summary>${s.importQuiz}</summary>
      <label for="import-text">${s.importPaste}</label>
      <p class="help" id="import-help">${s.importQuizHelp}</p>
      <p class="help">${s.forExample}</p>
      <pre class="help example">${s.importQuizExample}</pre>
      <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help" @paste=${pasteHtml}></textarea>
      <button type="button" id="import-read" @click=${(e: Event) => ctx.readQuiz(typed(e))}>${s.importRead}</button>
      <p role="status" class="import-report">${ctx.report}</p>
      ${
        ctx.quizFound
          ? replaceOrAdd({
              id: 'quiz',
              builtIn: ctx.builtIn,
              replace: s.quizReplace(ctx.quizFound),
              add: s.quizAdd(ctx.quizFound),
              pick: ctx.addQuiz,
            })
          : nothing
      }
    </details>`;
  }
  if (ctx.name === 'resource-list') {
    return html`<details class="import">
      <summary>${s.importProse}</summary>
      <label for="import-text">${s.importProsePaste}</label>
      <p class="help" id="import-help">${s.importProseHelp}</p>
      <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help" @paste=${pasteHtml}></textarea>
      <button type="button" id="import-read" @click=${(e: Event) => ctx.readProse(typed(e))}>${s.importFind}</button>
      <p role="status" class="import-report">${ctx.report}</p>
      ${renderFound(ctx)}
    </details>`;
  }
  return nothing;
}
