// Writes schemas/<name>.schema.json for every element from its field
// specification (src/<name>/<name>.fields.ts). `--check` (in the test
// command) fails when a schema is not what the specification says.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { loadSource } from './elements.js';

const check = process.argv.includes('--check');
const [{ ELEMENTS }, { toJsonSchema }] = await loadSource('/src/elements.ts', '/src/shared/json-schema.ts');
let stale = 0;
for (const { name, fields } of ELEMENTS) {
  const file = `schemas/${name}.schema.json`;
  const text = await format(JSON.stringify(toJsonSchema(fields, name)), { ...(await resolveConfig(file)), filepath: file });
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A new element: no schema yet.
  }
  if (current === text) continue;
  if (check) {
    console.error(`${file} is not what src/${name}/ declares. Run: npm run schemas`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
if (check && !stale) console.log('schemas/ matches the field specifications.');
process.exit(stale ? 1 : 0);
