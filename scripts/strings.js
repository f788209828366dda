// The interface strings a site may replace, from the English tables (the
// bundle's, src/i18n/en.ts, and each chunk's own):
// - schemas/strings.en.json: the template a translator fills in;
// - schemas/strings.schema.json: the JSON Schema of a `strings` object;
// - src/i18n/strings-shape.json: the keys and placeholders the translate
//   chunk checks a site's strings against.
// A string that takes values is written with placeholders ("Question {n} of
// {total}"); one whose English changes at 1 is written as plural forms
// ({ "one": …, "other": … }). `--check` (in the test command) fails when a file
// is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { loadSource } from './elements.js';

/** The chunks' own tables: the section a site names, the module, its export (keyed by language). */
export const CHUNK_TABLES = [
  ['results', '/src/quiz/results.ts', 'RESULTS_STRINGS'],
  ['hints', '/src/quiz/extras.ts', 'EXTRAS_STRINGS'],
  ['search', '/src/resource-list/search.ts', 'SEARCH_STRINGS'],
  ['details', '/src/resource-list/details.ts', 'DETAILS_STRINGS'],
  ['hours', '/src/resource-list/hours.ts', 'HOURS_STRINGS'],
  ['near', '/src/resource-list/distance.ts', 'NEAR_STRINGS'],
  ['tools', '/src/resource-list/tools.ts', 'TOOL_STRINGS'],
  ['tips', '/src/quick-exit/tips.ts', 'TIPS_STRINGS'],
];

/** A function's parameter names, from its source: `(n, total) => …` gives ["n", "total"]. */
function paramsOf(fn) {
  const head = fn.toString().split('=>')[0] ?? '';
  return head
    .replace(/[()\s]/g, '')
    .split(',')
    .filter(Boolean);
}

/** One value of a table: its template text, and its shape (0 for text, "a,b" for placeholders). */
function read(value, where) {
  if (typeof value === 'string') return { text: value, shape: 0 };
  if (typeof value === 'function') {
    const names = paramsOf(value);
    if (!names.length) throw new Error(`${where}: a function without parameters`);
    const text = value(...names.map((n) => `{${n}}`));
    const [first, ...rest] = names;
    const one = value(1, ...rest.map((n) => `{${n}}`));
    // Its English changes at 1: plural forms, the number written as its placeholder.
    const plural = one !== text.replace(`{${first}}`, '1');
    return { text: plural ? { one: one.replace(/\b1\b/, `{${first}}`), other: text } : text, shape: names.join(',') };
  }
  if (Array.isArray(value)) {
    const items = value.map((v, i) => read(v, `${where}[${i}]`));
    return { text: items.map((i) => i.text), shape: items.map((i) => i.shape) };
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, read(v, `${where}.${k}`)]);
    return {
      text: Object.fromEntries(entries.map(([k, r]) => [k, r.text])),
      shape: Object.fromEntries(entries.map(([k, r]) => [k, r.shape])),
    };
  }
  throw new Error(`${where}: not text, a function, a list or an object`);
}

const PLURAL = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The JSON Schema of one value's shape. */
function schemaOf(shape, text) {
  if (shape === 0) return { type: 'string', examples: [text] };
  if (typeof shape === 'string') {
    const names = shape
      .split(',')
      .map((n) => `{${n}}`)
      .join(', ');
    return {
      description: `Placeholders: ${names}. Plural forms by the first one's number are an object of CLDR categories.`,
      anyOf: [
        { type: 'string' },
        {
          type: 'object',
          required: ['other'],
          properties: Object.fromEntries(PLURAL.map((p) => [p, { type: 'string' }])),
          additionalProperties: false,
        },
      ],
      examples: [text],
    };
  }
  if (Array.isArray(shape)) return { type: 'array', maxItems: shape.length, prefixItems: shape.map((s, i) => schemaOf(s, text[i])) };
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, schemaOf(s, text[k])])),
    additionalProperties: false,
  };
}

const [{ en }, ...chunks] = await loadSource('/src/i18n/en.ts', ...CHUNK_TABLES.map(([, path]) => path));
const tables = { ...en };
CHUNK_TABLES.forEach(([section, , name], i) => (tables[section] = chunks[i][name].en));
const { text: template, shape } = read(tables, 'strings');

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://hr-widgets.dev/schemas/strings.schema.json',
  title: 'hr-widgets interface strings',
  description:
    'Interface strings by language code ("vi", "es", "en-US"): any part of schemas/strings.en.json, translated or reworded. Strings left out fall back to the built-in ones (English for a language without them).',
  type: 'object',
  propertyNames: { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  additionalProperties: { $ref: '#/$defs/strings' },
  $defs: { strings: schemaOf(shape, template) },
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, value] of [
  ['schemas/strings.en.json', template],
  ['schemas/strings.schema.json', schema],
  ['src/i18n/strings-shape.json', shape],
]) {
  const text = await format(JSON.stringify(value), { ...(await resolveConfig(file)), filepath: file });
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current === text) continue;
  if (check) {
    console.error(`${file} is not what the string tables say. Run: npm run strings`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
if (check && !stale) console.log('The strings template, its schema and shape match the string tables.');
process.exit(stale ? 1 : 0);
