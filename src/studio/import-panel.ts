/** The studio's import panel: content the author already has, read into the form. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProseEntry } from './import/prose.js';
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
  readQuiz(text: string): void;
  readProse(text: string): void;
  choose(index: number, on: boolean): void;
  addChosen(): void;
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
  return html`<fieldset class="found">
    <legend>${s.foundEntries(found.length)}</legend>
    <ul>
      ${found.map(
        (entry, i) => html`<li class="field check">
          <input type="checkbox" id="found-${i}" .checked=${ctx.chosen.has(i)} @change=${(e: Event) => ctx.choose(i, (e.target as HTMLInputElement).checked)} />
          <label for="found-${i}">${entry.name}</label>
          <p class="help">${summary(s, entry)}</p>
        </li>`,
      )}
    </ul>
    <button type="button" id="import-add" ?disabled=${!ctx.chosen.size} @click=${() => ctx.addChosen()}>${s.addChosen(ctx.chosen.size)}</button>
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
      <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help"></textarea>
      <button type="button" id="import-read" @click=${(e: Event) => ctx.readQuiz(typed(e))}>${s.importRead}</button>
      <p role="status" class="import-report">${ctx.report}</p>
    </details>`;
  }
  if (ctx.name === 'resource-list') {
    return html`<details class="import">
      <summary>${s.importProse}</summary>
      <label for="import-text">${s.importProsePaste}</label>
      <p class="help" id="import-help">${s.importProseHelp}</p>
      <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help"></textarea>
      <button type="button" id="import-read" @click=${(e: Event) => ctx.readProse(typed(e))}>${s.importFind}</button>
      <p role="status" class="import-report">${ctx.report}</p>
      ${renderFound(ctx)}
    </details>`;
  }
  return nothing;
}
