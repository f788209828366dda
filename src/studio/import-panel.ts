/** The studio's import panel: content the author already has, read into the form. */
import { html, nothing, type TemplateResult } from 'lit';
import type { StudioStrings } from './strings.js';

export interface ImportContext {
  s: StudioStrings;
  /** The element being made: each has its own import, or none yet. */
  name: string;
  /** What the last import said. */
  report: string;
  read(text: string): void;
}

export function renderImport(ctx: ImportContext): TemplateResult | typeof nothing {
  const { s } = ctx;
  if (ctx.name !== 'quiz') return nothing;
  return html`<details class="import">
    <summary>${s.importQuiz}</summary>
    <label for="import-text">${s.importPaste}</label>
    <p class="help" id="import-help">${s.importQuizHelp}</p>
    <p class="help">${s.forExample}</p>
    <pre class="help example">${s.importQuizExample}</pre>
    <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help"></textarea>
    <button type="button" id="import-read" @click=${(e: Event) => ctx.read(((e.target as HTMLElement).closest('details')!.querySelector('textarea') as HTMLTextAreaElement).value)}>
      ${s.importRead}
    </button>
    <p role="status" class="import-report">${ctx.report}</p>
  </details>`;
}
