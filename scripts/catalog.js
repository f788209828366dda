// The help-line catalog's check (`npm run catalog`, in the test command):
// prints every fact with the page it comes from, that page's date and the day
// it was verified; fails when a fact has no source or a check is over a year
// old, saying what to re-check and where. The logic is src/helpline/catalog-check.ts.
import { readFileSync } from 'node:fs';
import { loadSource } from './elements.js';

const [{ checkCatalog }] = await loadSource('/src/helpline/catalog-check.ts');
const catalog = JSON.parse(readFileSync('src/helpline/catalog.json', 'utf8'));
const report = checkCatalog(catalog);
const quiet = process.argv.includes('--quiet');
if (!quiet) console.log(report.lines.join('\n'));
console.log(`\nHelp-line catalog: ${Object.keys(catalog).length} lines, every fact last verified on or after ${report.oldestVerified}.`);
if (report.notes.length) console.log(`Re-check first:\n${report.notes.map((note) => `  ${note}`).join('\n')}`);
if (report.oldest.length) {
  console.log('Then the facts on the oldest pages (each as of the newest page that states it):');
  for (const { id, path, date, url } of report.oldest.slice(0, 5)) console.log(`  ${date.padEnd(10)}  ${id} ${path}: ${url}`);
}
if (report.problems.length) {
  console.error(`\n${report.problems.length} problem(s) in src/helpline/catalog.json:\n${report.problems.map((p) => `- ${p}`).join('\n')}`);
  process.exitCode = 1;
}
