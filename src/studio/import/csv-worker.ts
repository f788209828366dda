/**
 * The spreadsheet import, off the page's thread: a 50,000-row sheet is read,
 * mapped and checked here while the page stays responsive, with progress
 * along the way. The table stays in the worker; the page gets what it shows.
 */
import { guessMapping, parseTable, rowsToEntries, unknownServices, type Table, type Target } from './csv.js';
import { words } from '../../shared/messages.js';
import { setWords } from '../../shared/validate.js';

// Rows left out are listed with the validator's words.
setWords(words);

export type CsvRequest =
  | { type: 'read'; text: string }
  | { type: 'services'; mapping: Target[] }
  | { type: 'import'; mapping: Target[]; services: [string, string][] };

export type CsvResponse =
  | { type: 'table'; headers: string[]; first: string[][]; rows: number; mapping: Target[] }
  | { type: 'services'; unknown: [string, number][] }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; entries: Record<string, unknown>[]; rejected: { row: number; reason: string }[] };

const post = (message: CsvResponse): void => self.postMessage(message);
let table: Table = { headers: [], rows: [] };

const unknown = (mapping: Target[]): [string, number][] => {
  const column = mapping.indexOf('services');
  return column < 0 ? [] : [...unknownServices(table, column)];
};

self.onmessage = (event: MessageEvent<CsvRequest>): void => {
  const request = event.data;
  if (request.type === 'read') {
    table = parseTable(request.text);
    const mapping = guessMapping(table.headers);
    post({ type: 'table', headers: table.headers, first: table.rows.slice(0, 3), rows: table.rows.length, mapping });
    post({ type: 'services', unknown: unknown(mapping) });
  } else if (request.type === 'services') {
    post({ type: 'services', unknown: unknown(request.mapping) });
  } else {
    const { entries, rejected } = rowsToEntries(table, request.mapping, new Map(request.services), (done, total) =>
      post({ type: 'progress', done, total }),
    );
    post({ type: 'done', entries, rejected });
  }
};
