// Writes schemas/<name>.schema.json for every element from its field
// specification (src/<name>/<name>.fields.ts). `--check` (in the test
// command) fails when a schema is not what the specification says.
import { loadSource } from './elements.js';
import { writeGenerated } from './generated.js';

const [{ ELEMENTS }, { toJsonSchema }] = await loadSource('/src/elements.ts', '/src/shared/json-schema.ts');
const stale = await writeGenerated(
  ELEMENTS.map(({ name, fields }) => [`schemas/${name}.schema.json`, toJsonSchema(fields, name)]),
  'npm run schemas',
);
if (process.argv.includes('--check') && !stale) console.log('schemas/ matches the field specifications.');
process.exit(stale ? 1 : 0);
