// Writes the README's theming reference (tokens and parts of every element)
// from custom-elements.json, so the two never drift. `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const lines = [];
for (const el of elements) {
  lines.push(`### \`<${el.tagName}>\``, '');
  if (el.cssProperties?.length) {
    lines.push('| custom property | what it styles |', '| --- | --- |');
    for (const p of el.cssProperties) lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    lines.push('');
  }
  if (el.cssParts?.length) {
    lines.push('| part | what it is |', '| --- | --- |');
    for (const p of el.cssParts) lines.push(`| \`::part(${p.name})\` | ${cell(p.description)} |`);
    lines.push('');
  }
}
const block = `<!-- theming:start (generated from custom-elements.json by npm run manifest) -->\n${lines.join('\n').trim()}\n<!-- theming:end -->`;
const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(/<!-- theming:start[\s\S]*?<!-- theming:end -->/, block);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md theming reference is stale: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('README.md theming reference is up to date.');
} else {
  writeFileSync('README.md', next);
}
