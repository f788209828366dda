/**
 * A directory from a spreadsheet: CSV or TSV text (a file or a paste) read
 * with PapaParse (quoted fields, line breaks inside them, a BOM, ";" or tab
 * separators, Windows line ends), columns mapped to the directory's fields
 * (guessed from common English and Spanish headers, then the author's
 * choice), a services column mapped to the known service ids, and the rows
 * turned into entries, with a reason for each row that is not. And back: the
 * directory as CSV, so a sheet can stay the source of truth.
 */
import Papa from 'papaparse';
import { en } from '../../i18n/en.js';
import { es } from '../../i18n/es.js';
import { resourceListFields } from '../../resource-list/resource-list.fields.js';
import type { Target } from './targets.js';
import { usable } from './usable.js';

export interface Table {
  headers: string[];
  rows: string[][];
}

export { TARGETS, type Target } from './targets.js';

export function parseTable(text: string): Table {
  const { data } = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const [headers = [], ...rows] = data;
  return { headers: headers.map((h) => h.trim()), rows };
}

/** Header words, lower-cased and without accents or punctuation, for each target. */
const HEADERS: Record<Exclude<Target, ''>, string[]> = {
  name: [
    'name',
    'organization',
    'organisation',
    'agency',
    'provider',
    'program',
    'program name',
    'site',
    'nombre',
    'organizacion',
    'agencia',
    'programa',
  ],
  description: ['description', 'about', 'details', 'summary', 'notes', 'descripcion', 'detalles', 'notas'],
  services: ['services', 'service', 'services offered', 'servicios', 'servicio'],
  phone: ['phone', 'telephone', 'tel', 'phone number', 'main phone', 'telefono', 'numero'],
  sms: ['sms', 'text', 'text line', 'texto', 'mensaje de texto'],
  email: ['email', 'e mail', 'mail', 'email address', 'correo', 'correo electronico'],
  url: ['website', 'url', 'web', 'web site', 'link', 'sitio web', 'pagina', 'pagina web'],
  address: ['address', 'street', 'address 1', 'street address', 'address1', 'direccion', 'calle'],
  city: ['city', 'town', 'ciudad', 'municipio', 'localidad'],
  region: ['state', 'province', 'region', 'county', 'area', 'estado', 'provincia', 'region', 'condado'],
  zip: ['zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'codigo postal', 'cp'],
  coverage: ['coverage', 'service area', 'cobertura'],
  id: ['id', 'listing id', 'record id', 'identificador'],
  payment: ['payment', 'payment accepted', 'insurance', 'fees', 'cost', 'pago', 'seguro', 'costo'],
  populations: ['populations', 'population', 'populations served', 'serves', 'eligibility', 'poblacion', 'atiende a'],
  status: ['status', 'estado del servicio'],
  timeZone: ['time zone', 'timezone', 'tz', 'zona horaria'],
  hours: ['hours', 'opening hours', 'hours of operation', 'schedule', 'horario', 'horas'],
  languages: ['languages', 'language', 'languages spoken', 'idiomas', 'idioma'],
  lat: ['latitude', 'lat', 'latitud'],
  lng: ['longitude', 'lng', 'lon', 'long', 'longitud'],
  verified: ['verified', 'last verified', 'updated', 'last updated', 'date verified', 'verificado', 'actualizado'],
};

const plainWords = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A target for each column, guessed from its header; each target is used once, by the first column that names it. */
export function guessMapping(headers: readonly string[]): Target[] {
  const used = new Set<Target>();
  return headers.map((header) => {
    const words = plainWords(header);
    const target = (Object.keys(HEADERS) as Exclude<Target, ''>[]).find((t) => !used.has(t) && HEADERS[t].includes(words)) ?? '';
    if (target) used.add(target);
    return target;
  });
}

/** Known service ids by every way of writing them: the id, and its English and Spanish labels. */
const SERVICE_NAMES = new Map<string, string>();
for (const [id, label] of Object.entries(en.services)) {
  SERVICE_NAMES.set(plainWords(id), id);
  SERVICE_NAMES.set(plainWords(label), id);
  const spanish = es.services[id];
  if (spanish) SERVICE_NAMES.set(plainWords(spanish), id);
}

/** The services one cell lists: separated by ";", "," or "|". */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A known id for a service as written, or undefined. */
export const serviceId = (written: string): string | undefined => SERVICE_NAMES.get(plainWords(written));

/** Every service written in a column that is not a known id, with how many rows use it. */
export function unknownServices(table: Table, column: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of table.rows) for (const s of splitList(row[column] ?? '')) if (!serviceId(s)) out.set(s, (out.get(s) ?? 0) + 1);
  return out;
}

export interface CsvImport {
  entries: Record<string, unknown>[];
  /** Rows that became no entry (1-based, counting the header row as 1), and why. */
  rejected: { row: number; reason: string }[];
}

/** Each field's kind, from the directory's field specification: it decides how a cell is read. */
const KINDS: Record<string, string> = Object.fromEntries(
  Object.entries(resourceListFields.fields.resources.item.fields).map(([k, f]) => [k, f.kind]),
);

/**
 * The rows as directory entries. `services` maps a service as written to an
 * id (or to itself, kept as typed); a known one maps without asking.
 */
export function rowsToEntries(
  table: Table,
  mapping: readonly Target[],
  services: ReadonlyMap<string, string> = new Map(),
  progress?: (done: number, total: number) => void,
): CsvImport {
  const entries: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  const rejected: CsvImport['rejected'] = [];
  table.rows.forEach((row, r) => {
    const entry: Record<string, unknown> = {};
    let zip = '';
    mapping.forEach((target, c) => {
      const cell = (row[c] ?? '').trim().replace(/^'(?=[=@])/, '');
      if (!target || !cell) return;
      if (target === 'zip') zip = cell;
      else if (target === 'services') entry['services'] = splitList(cell).map((s) => serviceId(s) ?? services.get(s) ?? s);
      else if (KINDS[target] === 'tags') entry[target] = splitList(cell);
      else if (KINDS[target] === 'number') entry[target] = Number(cell.replace(',', '.'));
      else if (KINDS[target] === 'enum') entry[target] = cell.toLowerCase();
      else entry[target] = cell;
    });
    if (zip) entry['address'] = entry['address'] ? `${String(entry['address'])}, ${zip}` : zip;
    if (!Object.keys(entry).length) return rejected.push({ row: r + 2, reason: 'empty' });
    entries.push(entry);
    rowOf.push(r + 2);
    if (progress && r % 2000 === 1999) progress(r + 1, table.rows.length);
  });
  // The element's own validator decides which rows are usable, with its messages.
  const { kept, failed } = usable(entries);
  for (const [i, reason] of failed) rejected.push({ row: rowOf[i]!, reason });
  rejected.sort((a, b) => a.row - b.row);
  return { entries: kept, rejected };
}

/** The directory as CSV: one column per field, lists joined with "; ". */
export function toCsv(resources: readonly unknown[]): string {
  const fields = Object.keys(resourceListFields.fields.resources.item.fields);
  const rows = resources.map((r) => {
    const entry = (r && typeof r === 'object' ? r : {}) as Record<string, unknown>;
    return fields.map((f) => {
      const v = entry[f];
      return Array.isArray(v) ? v.join('; ') : v === undefined || v === null ? '' : String(v);
    });
  });
  // A cell a spreadsheet would run as a formula gets a leading "'" (read back off on import). Phone numbers' "+" stays.
  return `${Papa.unparse({ fields, data: rows }, { newline: '\r\n', escapeFormulae: /^[=@\t\r]/ })}\r\n`;
}
