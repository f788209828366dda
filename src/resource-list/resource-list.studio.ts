/**
 * What the directory brings to the studio (found there by this file's name):
 * places written as prose (a list copied from a page), and a spreadsheet or an
 * Open Referral package (`<studio-csv>`, read in a worker). Nothing is added
 * until the author says "replace" or "add".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CsvImportDetail } from '../studio/csv-panel.js';
import { getAt, isObject } from '../studio/document.js';
import type { ProseEntry } from '../studio/import/prose.js';
import { shared, wordsOf, type Panel, type Studio } from '../studio/panel.js';
import { addEntries, pasteHtml, replaceOrAdd, typed, type ImportMode } from '../studio/replace-or-add.js';

interface Words {
  importProse: string;
  importProsePaste: string;
  importProseHelp: string;
  importFind: string;
  foundEntries: (n: number) => string;
  importReplace: (n: number) => string;
  importAdd: (n: number) => string;
  alreadyIn: (n: number) => string;
  foundNone: string;
}

const en: Words = {
  importProse: 'Import places from text',
  importProsePaste: 'Paste a list of places, as written on a web page or in a document',
  importProseHelp:
    'Copy the list from a web page or a document and paste it here: its bullets and links come with it. Or write each place on its own line: its name, a colon and what it offers, then its phone, email, web address and "Location:" on the next lines. "Operates nationally" marks it national. Words that fit no field go into its description. You check each one before it is added.',
  importFind: 'Find the places',
  foundEntries: (n) => (n === 1 ? 'Found 1 place: check it' : `Found ${n} places: check each one`),
  importReplace: (n) => (n === 1 ? 'Replace the directory with this place' : `Replace the directory with these ${n} places`),
  importAdd: (n) => (n === 1 ? 'Add this place at the end' : `Add these ${n} places at the end`),
  alreadyIn: (n) => `Already in the directory: entry ${n}`,
  foundNone: 'No places found. Put each one on its own line, "Name: what it offers", with its phone or email on the next line.',
};

const es: Words = {
  importProse: 'Importar lugares desde texto',
  importProsePaste: 'Pegue una lista de lugares, tal como está en una página web o un documento',
  importProseHelp:
    'Copie la lista de una página web o un documento y péguela aquí: sus viñetas y enlaces vienen con ella. O escriba cada lugar en su propia línea: su nombre, dos puntos y lo que ofrece, y luego su teléfono, correo, sitio web y "Location:" en las líneas siguientes. "Operates nationally" lo marca como nacional. Las palabras que no caben en ningún campo van a su descripción. Usted revisa cada uno antes de agregarlo.',
  importFind: 'Buscar los lugares',
  foundEntries: (n) => (n === 1 ? 'Se encontró 1 lugar: revíselo' : `Se encontraron ${n} lugares: revise cada uno`),
  importReplace: (n) => (n === 1 ? 'Reemplazar el directorio con este lugar' : `Reemplazar el directorio con estos ${n} lugares`),
  importAdd: (n) => (n === 1 ? 'Agregar este lugar al final' : `Agregar estos ${n} lugares al final`),
  alreadyIn: (n) => `Ya está en el directorio: entrada ${n}`,
  foundNone:
    'No se encontraron lugares. Ponga cada uno en su propia línea, "Nombre: lo que ofrece", con su teléfono o correo en la línea siguiente.',
};

const WORDS = { en, es };

/** The entry number (from 1) of a place already in the directory by its name, or 0. */
const alreadyIn = (existing: readonly string[], name: string): number =>
  existing.findIndex((n) => n.trim().toLowerCase() === name.trim().toLowerCase()) + 1;

/** The names of the directory's entries. */
function names(studio: Studio): string[] {
  const resources = getAt(studio.store.doc, ['resources']);
  return Array.isArray(resources) ? resources.map((r) => (isObject(r) && typeof r.name === 'string' ? r.name : '')) : [];
}

/** Imported entries added as the author chose, said in words; the form closes what it had open (paths moved). */
function added(studio: Studio, entries: readonly unknown[], mode: ImportMode): string {
  const s = shared(studio);
  const label = mode === 'replace' ? s.entriesReplaced(entries.length) : s.entriesAdded(entries.length);
  addEntries(studio.store, entries, mode, label);
  studio.view = { ...studio.view, open: new Set() };
  return label;
}

const prose: Panel = {
  column: 'content',
  create(studio) {
    const { store } = studio;
    let report = '';
    /** Places read from prose, waiting for the author to confirm them, and those chosen. */
    let found: ProseEntry[] | undefined;
    let chosen = new Set<number>();
    const builtIn = (): boolean => !store.edited.has(store.name);

    async function read(text: string): Promise<void> {
      const { parseProse } = await import('../studio/import/prose.js');
      found = parseProse(text);
      // A place the directory already has (by name) is not chosen, unless the directory is the built-in one, replaced.
      const existing = builtIn() ? [] : names(studio);
      chosen = new Set(found.flatMap((entry, i) => (alreadyIn(existing, entry.name) ? [] : [i])));
      report = found.length ? '' : wordsOf(WORDS, studio).foundNone;
      studio.update();
    }

    function add(mode: ImportMode): void {
      report = added(
        studio,
        (found ?? []).filter((_, i) => chosen.has(i)),
        mode,
      );
      found = undefined;
      chosen = new Set();
      studio.update();
    }

    /** One found entry as the author checks it: what was read, in a line or two. */
    const summary = (entry: ProseEntry): string =>
      [
        entry.phone,
        entry.email,
        entry.url,
        [entry.address, entry.city, entry.region].filter(Boolean).join(', '),
        entry.coverage === 'national' ? shared(studio).values['national'] : '',
      ]
        .filter(Boolean)
        .join(' · ');

    function renderFound(s: Words): TemplateResult | typeof nothing {
      if (!found?.length) return nothing;
      const n = chosen.size;
      // Only while places wait to be added: a directory of 50,000 is not walked on every keystroke.
      const existing = builtIn() ? [] : names(studio);
      return html`<fieldset class="found">
        <legend>${s.foundEntries(found.length)}</legend>
        <ul>
          ${found.map(
            (entry, i) => html`<li class="field check">
              <input
                type="checkbox"
                id="found-${i}"
                .checked=${chosen.has(i)}
                @change=${(e: Event) => {
                  chosen = new Set(chosen);
                  if ((e.target as HTMLInputElement).checked) chosen.add(i);
                  else chosen.delete(i);
                  studio.update();
                }}
              />
              <label for="found-${i}">${entry.name}</label>
              <p class="help">
                ${summary(entry)}${alreadyIn(existing, entry.name) ? html` · <strong>${s.alreadyIn(alreadyIn(existing, entry.name))}</strong>` : nothing}
              </p>
            </li>`,
          )}
        </ul>
        ${replaceOrAdd({ id: 'import', builtIn: builtIn(), replace: s.importReplace(n), add: s.importAdd(n), pick: add, disabled: !n })}
      </fieldset>`;
    }

    return {
      render() {
        const s = wordsOf(WORDS, studio);
        return html`<details class="import">
          <summary>${s.importProse}</summary>
          <label for="import-text">${s.importProsePaste}</label>
          <p class="help" id="import-help">${s.importProseHelp}</p>
          <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help" @paste=${pasteHtml}></textarea>
          <button type="button" id="import-read" @click=${(e: Event) => void read(typed(e))}>${s.importFind}</button>
          <p role="status" class="import-report">${report}</p>
          ${renderFound(s)}
        </details>`;
      },
    };
  },
};

/** A spreadsheet or an Open Referral package: `<studio-csv>` reads it in a worker, and says which entries it made. */
const spreadsheet: Panel = {
  column: 'content',
  create: (studio) => ({
    render: () =>
      html`<studio-csv
        .lang=${studio.lang}
        .builtIn=${!studio.store.edited.has(studio.store.name)}
        @studio-import=${({ detail }: CustomEvent<CsvImportDetail>) => void added(studio, detail.entries, detail.mode)}
      ></studio-csv>`,
  }),
};

/** The studio's importers for this element, in their order. */
export const importers: Panel[] = [prose, spreadsheet];
