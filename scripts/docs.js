// Writes docs/theming.md's reference (tokens and parts of every element)
// from custom-elements.json, and its "Reserved space" table from each
// element's `static reserve`, so neither drifts. `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadElements } from './elements.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const lines = [];
for (const el of elements) {
  lines.push(`## \`<${el.tagName}>\``, '');
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

const reserved = (await loadElements()).filter((e) => e.reserve);
const reserve = [
  "| element | a site's data (`--hr-reserve`) | built-in content, wide | ≤ 48rem | ≤ 30rem |",
  '| --- | ---: | ---: | ---: | ---: |',
  ...reserved.map(({ tag, reserve: [data, ...content] }) => `| \`<${tag}>\` | ${data}rem | ${content.map((h) => `${h}rem`).join(' | ')} |`),
  '',
  '```css',
  ...reserved.map(({ tag, reserve: [data] }) => `${tag}:not(:defined) { display: block; min-height: ${data}rem; }`),
  'hr-quick-exit:not(:defined) { display: none; }',
  '```',
].join('\n');
const reserveBlock = `<!-- reserve:start (generated from each element's static reserve by npm run manifest) -->\n${reserve}\n<!-- reserve:end -->`;

const PAGE = 'docs/theming.md';
const readme = readFileSync(PAGE, 'utf8');
const next = readme
  .replace(/<!-- theming:start[\s\S]*?<!-- theming:end -->/, block)
  .replace(/<!-- reserve:start[\s\S]*?<!-- reserve:end -->/, reserveBlock);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error(`${PAGE}: the theming reference or reserved space table is stale: run \`npm run manifest\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${PAGE}: the theming reference and reserved space table are up to date.`);
} else {
  writeFileSync(PAGE, next);
}
