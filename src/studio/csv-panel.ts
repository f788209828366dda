import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { en } from '../i18n/en.js';
import type { CsvImport, Table, Target } from './import/csv.js';
import { STUDIO_STRINGS, type UiLang } from './strings.js';
import { textOf, fieldKey } from './field-text.js';
import { resourceListFields } from '../resource-list/resource-list.fields.js';

type Csv = typeof import('./import/csv.js');

/** What the panel hands the studio: the entries, and whether they replace the directory or join its end. */
export interface CsvImportDetail {
  entries: Record<string, unknown>[];
  mode: 'replace' | 'add';
}

/**
 * Importing a spreadsheet into the directory: read the CSV (a file or a
 * paste), map its columns and its unknown services, then replace the
 * directory or add to it. Its own state; the studio hears `studio-import`.
 * Light DOM, styled by the page.
 */
export class StudioCsv extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    table: { state: true },
    mapping: { state: true },
    services: { state: true },
    report: { state: true },
    rejected: { state: true },
  };

  declare lang: UiLang;
  declare table: Table | undefined;
  declare mapping: Target[];
  /** A service as written → the id it maps to ('' keeps it as written). */
  declare services: Map<string, string>;
  declare report: string;
  declare rejected: CsvImport['rejected'];

  #csv: Csv | undefined;
  #unknown = new Map<string, number>();

  constructor() {
    super();
    this.lang = 'en';
    this.table = undefined;
    this.mapping = [];
    this.services = new Map();
    this.report = '';
    this.rejected = [];
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  async #read(text: string): Promise<void> {
    const csv = (this.#csv ??= await import('./import/csv.js'));
    const table = csv.parseTable(text);
    const s = STUDIO_STRINGS[this.lang];
    if (!table.headers.length || !table.rows.length) {
      this.table = undefined;
      this.report = s.csvEmpty;
      return;
    }
    this.table = table;
    this.mapping = csv.guessMapping(table.headers);
    this.#findUnknown();
    this.rejected = [];
    this.report = s.csvRead(table.rows.length, table.headers.length);
  }

  #findUnknown(): void {
    const column = this.mapping.indexOf('services');
    this.#unknown = column >= 0 && this.table && this.#csv ? this.#csv.unknownServices(this.table, column) : new Map();
    this.services = new Map([...this.#unknown.keys()].map((k) => [k, this.services.get(k) ?? '']));
  }

  async #file(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (file) await this.#read(await file.text());
  }

  #import(mode: 'replace' | 'add'): void {
    if (!this.table || !this.#csv) return;
    const written = new Map([...this.services].filter(([, id]) => id));
    const { entries, rejected } = this.#csv.rowsToEntries(this.table, this.mapping, written);
    this.rejected = rejected;
    this.report = STUDIO_STRINGS[this.lang].csvDone(entries.length, rejected.length);
    this.dispatchEvent(new CustomEvent<CsvImportDetail>('studio-import', { detail: { entries, mode }, bubbles: true }));
  }

  #renderMapping(table: Table): TemplateResult {
    const s = STUDIO_STRINGS[this.lang];
    const item = resourceListFields.fields.resources.item;
    const targetLabel = (t: Exclude<Target, ''>): string =>
      t === 'zip' ? s.zip : textOf(fieldKey(item.name, t), item.fields[t], this.lang).label;
    return html`<fieldset class="mapping">
      <legend>${s.csvMapping}</legend>
      ${table.headers.map((header, c) => {
        const first = table.rows
          .slice(0, 3)
          .map((r) => r[c] ?? '')
          .filter(Boolean)
          .join(' · ');
        return html`<div class="field">
          <label for="csv-map-${c}">${s.csvColumn} “${header || c + 1}”</label>
          <p class="help" id="csv-first-${c}">${s.csvFirstValues}: ${first || '—'}</p>
          <select
            id="csv-map-${c}"
            aria-describedby="csv-first-${c}"
            @change=${(e: Event) => {
              const target = (e.target as HTMLSelectElement).value as Target;
              // One column per field: another column that had it lets go.
              this.mapping = this.mapping.map((t, i) => (i === c ? target : t === target && target ? '' : t));
              this.#findUnknown();
            }}
          >
            <option value="" ?selected=${!this.mapping[c]}>${s.csvLeaveOut}</option>
            ${this.#csv!.TARGETS.map((t) => html`<option value=${t} ?selected=${this.mapping[c] === t}>${targetLabel(t)}</option>`)}
          </select>
        </div>`;
      })}
    </fieldset>`;
  }

  #renderServices(): TemplateResult | typeof nothing {
    const s = STUDIO_STRINGS[this.lang];
    if (!this.services.size) return nothing;
    return html`<fieldset class="services">
      <legend>${s.csvServices}</legend>
      <p class="help">${s.csvServicesHelp}</p>
      ${[...this.services].map(
        ([written, id], i) => html`<div class="field">
          <label for="csv-svc-${i}">${written} <span class="required">(${s.csvRows(this.#unknown.get(written) ?? 0)})</span></label>
          <select
            id="csv-svc-${i}"
            @change=${(e: Event) => (this.services = new Map(this.services).set(written, (e.target as HTMLSelectElement).value))}
          >
            <option value="" ?selected=${!id}>${s.csvKeep}</option>
            ${Object.entries(en.services).map(([known, label]) => html`<option value=${known} ?selected=${id === known}>${label}</option>`)}
          </select>
        </div>`,
      )}
    </fieldset>`;
  }

  override render(): TemplateResult {
    const s = STUDIO_STRINGS[this.lang];
    const table = this.table;
    const shown = this.rejected.slice(0, 50);
    return html`<details class="import">
      <summary>${s.csvImport}</summary>
      <p class="help">${s.csvHelp}</p>
      <div class="field">
        <label for="csv-file">${s.csvFile}</label>
        <input id="csv-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" @change=${(e: Event) => void this.#file(e.target as HTMLInputElement)} />
      </div>
      <div class="field">
        <label for="csv-text">${s.csvPaste}</label>
        <textarea id="csv-text" rows="5" spellcheck="false"></textarea>
        <button type="button" id="csv-read" @click=${() => void this.#read((this.querySelector('#csv-text') as HTMLTextAreaElement).value)}>${s.csvReadButton}</button>
      </div>
      <p role="status" class="csv-report">${this.report}</p>
      ${
        table
          ? html`${this.#renderMapping(table)} ${this.#renderServices()}
            <div class="item-actions">
              <button type="button" id="csv-replace" ?disabled=${!this.mapping.includes('name')} @click=${() => this.#import('replace')}>${s.csvReplace(table.rows.length)}</button>
              <button type="button" id="csv-add" ?disabled=${!this.mapping.includes('name')} @click=${() => this.#import('add')}>${s.csvAdd(table.rows.length)}</button>
            </div>
            ${this.mapping.includes('name') ? nothing : html`<p class="help">${s.csvNeedsName}</p>`}`
          : nothing
      }
      ${
        shown.length
          ? html`<ul class="rejected" aria-label=${s.csvRejected}>
            ${shown.map((r) => html`<li>${s.csvRow(r.row)}: ${r.reason === 'empty' ? s.csvEmptyRow : r.reason}</li>`)}
            ${this.rejected.length > shown.length ? html`<li>${s.csvMore(this.rejected.length - shown.length)}</li>` : nothing}
          </ul>`
          : nothing
      }
    </details>`;
  }
}
