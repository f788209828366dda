// The interface strings a site may replace (src/i18n/template.ts, from the
// English tables of the bundle and each chunk):
// - schemas/strings.en.json: the template a translator fills in;
// - schemas/strings.schema.json: the JSON Schema of a `strings` object;
// - src/i18n/strings-shape.json: the keys and placeholders the translate
//   chunk checks a site's strings against.
// `--check` (in the test command) fails when a file is stale.
import { loadSource } from './elements.js';
import { writeGenerated } from './generated.js';

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

const [{ buildTemplate }] = await loadSource('/src/i18n/template.ts');
const { template, shape } = buildTemplate();

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

const stale = await writeGenerated(
  [
    ['schemas/strings.en.json', template],
    ['schemas/strings.schema.json', schema],
    ['src/i18n/strings-shape.json', shape],
  ],
  'npm run strings',
);
if (process.argv.includes('--check') && !stale) console.log('The strings template, its schema and shape match the string tables.');
process.exit(stale ? 1 : 0);
