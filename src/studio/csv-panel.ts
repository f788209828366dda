import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { replaceOrAdd, type ImportMode } from './replace-or-add.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { en } from '../i18n/en.js';
import type { CsvRequest, CsvResponse } from './import/csv-worker.js';
import { TARGETS, type Target } from './import/targets.js';
import { STUDIO_STRINGS, type UiLang } from './strings.js';
import { textOf, fieldKey } from './field-text.js';
import { resourceListFields } from '../resource-list/resource-list.fields.js';

/** What the panel shows of a table: the worker keeps the rows. */
interface TableView {
  headers: string[];
  first: string[][];
  rows: number;
}

/** What the panel hands the studio: the entries, and whether they replace the directory or join its end. */
export interface CsvImportDetail {
  entries: Record<string, unknown>[];
  mode: ImportMode;
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
    builtIn: { type: Boolean },
    table: { state: true },
    mapping: { state: true },
    services: { state: true },
    report: { state: true },
    rejected: { state: true },
    busy: { state: true },
    progress: { state: true },
    hsds: { state: true },
    hsdsReport: { state: true },
  };

  declare lang: UiLang;
  /** Whether the directory is still the built-in one: then Replace comes first. */
  declare builtIn: boolean;
  declare table: TableView | undefined;
  declare mapping: Target[];
  /** A service as written → the id it maps to ('' keeps it as written). */
  declare services: Map<string, string>;
  declare report: string;
  declare rejected: { row: number; reason: string }[];
  /** What the worker is doing: reading the table, or making entries of its rows. */
  declare busy: '' | 'reading' | 'importing';
  declare progress: { done: number; total: number } | undefined;
  /** Entries read from an Open Referral package, waiting for Replace or Add. */
  declare hsds: Record<string, unknown>[] | undefined;
  declare hsdsReport: string;

  #worker: Worker | undefined;
  #unknown = new Map<string, number>();
  #mode: ImportMode = 'replace';

  constructor() {
    super();
    this.lang = 'en';
    this.builtIn = true;
    this.table = undefined;
    this.mapping = [];
    this.services = new Map();
    this.report = '';
    this.rejected = [];
    this.busy = '';
    this.progress = undefined;
    this.hsds = undefined;
    this.hsdsReport = '';
  }

  /** An Open Referral package: its CSV files (named by table) or a JSON file, read into entries the validator accepts. */
  async #readHsds(input: HTMLInputElement): Promise<void> {
    const s = STUDIO_STRINGS[this.lang];
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    const [{ entriesFromTables, readCsv, tableOf, tablesFromJson }, { usable }] = await Promise.all([
      import('./import/hsds.js'),
      import('./import/usable.js'),
    ]);
    const tables: Record<string, Record<string, string>[]> = {};
    let used = 0;
    try {
      for (const file of files) {
        const text = await file.text();
        if (/\.json$/i.test(file.name)) {
          Object.entries(tablesFromJson(JSON.parse(text))).forEach(([name, rows]) => (tables[name] = [...(tables[name] ?? []), ...rows]));
          used++;
        } else {
          const table = tableOf(file.name);
          if (!table) continue;
          tables[table] = readCsv(text);
          used++;
        }
      }
    } catch {
      this.hsds = undefined;
      this.hsdsReport = s.hsdsUnreadable;
      return;
    }
    const entries = entriesFromTables(tables);
    // The element's validator decides, as for a spreadsheet.
    this.hsds = usable(entries).kept;
    this.hsdsReport = this.hsds.length ? s.hsdsRead(used, entries.length, this.hsds.length) : s.hsdsNone;
  }

  #importHsds(mode: ImportMode): void {
    if (!this.hsds) return;
    this.dispatchEvent(new CustomEvent<CsvImportDetail>('studio-import', { detail: { entries: this.hsds, mode }, bubbles: true }));
    this.hsdsReport = STUDIO_STRINGS[this.lang].hsdsDone(this.hsds.length);
    this.hsds = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #send(request: CsvRequest): void {
    if (!this.#worker) {
      this.#worker = new Worker(new URL('./import/csv-worker.ts', import.meta.url), { type: 'module' });
      this.#worker.onmessage = (event: MessageEvent<CsvResponse>) => this.#receive(event.data);
      this.#worker.onerror = () => {
        this.#worker?.terminate();
        this.#worker = undefined;
        this.busy = '';
        this.report = STUDIO_STRINGS[this.lang].csvFailed;
      };
    }
    this.#worker.postMessage(request);
  }

  #receive(message: CsvResponse): void {
    const s = STUDIO_STRINGS[this.lang];
    if (message.type === 'table') {
      this.busy = '';
      if (!message.headers.length || !message.rows) {
        this.table = undefined;
        this.report = s.csvEmpty;
        return;
      }
      this.table = { headers: message.headers, first: message.first, rows: message.rows };
      this.mapping = message.mapping;
      this.rejected = [];
      this.report = s.csvRead(message.rows, message.headers.length);
    } else if (message.type === 'services') {
      this.#unknown = new Map(message.unknown);
      this.services = new Map([...this.#unknown.keys()].map((k) => [k, this.services.get(k) ?? '']));
    } else if (message.type === 'progress') {
      this.progress = { done: message.done, total: message.total };
    } else {
      this.busy = '';
      this.progress = undefined;
      this.rejected = message.rejected;
      this.report = s.csvDone(message.entries.length, message.rejected.length);
      this.dispatchEvent(
        new CustomEvent<CsvImportDetail>('studio-import', { detail: { entries: message.entries, mode: this.#mode }, bubbles: true }),
      );
    }
  }

  /** Stops the worker: nothing changes, and the table must be read again. */
  #cancel(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.busy = '';
    this.progress = undefined;
    this.table = undefined;
    this.report = STUDIO_STRINGS[this.lang].csvCancelled;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #read(text: string): void {
    this.table = undefined;
    this.services = new Map();
    this.rejected = [];
    this.busy = 'reading';
    this.report = STUDIO_STRINGS[this.lang].csvReading;
    this.#send({ type: 'read', text });
  }

  async #file(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (file) this.#read(await file.text());
  }

  #import(mode: ImportMode): void {
    if (!this.table) return;
    this.#mode = mode;
    this.busy = 'importing';
    this.progress = { done: 0, total: this.table.rows };
    this.report = STUDIO_STRINGS[this.lang].csvImporting;
    this.#send({ type: 'import', mapping: this.mapping, services: [...this.services].filter(([, id]) => id) });
  }

  #renderMapping(table: TableView): TemplateResult {
    const s = STUDIO_STRINGS[this.lang];
    const item = resourceListFields.fields.resources.item;
    const targetLabel = (t: Exclude<Target, ''>): string =>
      t === 'zip' ? s.zip : textOf(fieldKey(item.name, t), item.fields[t], this.lang).label;
    return html`<fieldset class="mapping">
      <legend>${s.csvMapping}</legend>
      ${table.headers.map((header, c) => {
        const first = table.first
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
              this.#send({ type: 'services', mapping: this.mapping });
            }}
          >
            <option value="" .selected=${!this.mapping[c]}>${s.csvLeaveOut}</option>
            ${TARGETS.map((t) => html`<option value=${t} .selected=${this.mapping[c] === t}>${targetLabel(t)}</option>`)}
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
            <option value="" .selected=${!id}>${s.csvKeep}</option>
            ${Object.entries(en.services).map(([known, label]) => html`<option value=${known} .selected=${id === known}>${label}</option>`)}
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
        <button type="button" id="csv-read" ?disabled=${Boolean(this.busy)} @click=${() => this.#read((this.querySelector('#csv-text') as HTMLTextAreaElement).value)}>
          ${s.csvReadButton}
        </button>
      </div>
      <p role="status" class="csv-report">${this.report}</p>
      ${
        this.busy
          ? html`<div class="busy">
            <progress
              id="csv-progress"
              aria-label=${s.csvProgress}
              max=${ifDefined(this.progress?.total)}
              value=${ifDefined(this.progress?.done)}
            ></progress>
            <button type="button" id="csv-cancel" @click=${() => this.#cancel()}>${s.csvCancel}</button>
          </div>`
          : nothing
      }
      ${
        table && !this.busy
          ? html`${this.#renderMapping(table)} ${this.#renderServices()}
            ${replaceOrAdd({
              id: 'csv',
              builtIn: this.builtIn,
              replace: s.csvReplace(table.rows),
              add: s.csvAdd(table.rows),
              pick: (mode) => this.#import(mode),
              disabled: !this.mapping.includes('name'),
            })}
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
    </details>
      <details class="import">
        <summary>${s.hsdsImport}</summary>
        <p class="help" id="hsds-help">${s.hsdsHelp}</p>
        <div class="field">
          <label for="hsds-files">${s.hsdsFiles}</label>
          <input
            id="hsds-files"
            type="file"
            multiple
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="hsds-help"
            @change=${(e: Event) => void this.#readHsds(e.target as HTMLInputElement)}
          />
        </div>
        <p role="status" class="hsds-report">${this.hsdsReport}</p>
        ${
          this.hsds?.length
            ? replaceOrAdd({
                id: 'hsds',
                builtIn: this.builtIn,
                replace: s.csvReplace(this.hsds.length),
                add: s.csvAdd(this.hsds.length),
                pick: (mode) => this.#importHsds(mode),
              })
            : nothing
        }
      </details>`;
  }
}
