// Writes each element's reference into its page (docs/elements/<name>.md: attributes, events, custom properties,
// parts) from custom-elements.json, docs/theming.md's links to them, and its "Reserved space" table from each
// element's `static reserve`, so none drifts. `--check` only compares.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadElements, loadSource } from './elements.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text = '') => `\`${text.replace(/\|/g, '\\|')}\``;
const page = (el) => `docs/elements/${el.tagName.replace(/^hr-/, '')}.md`;

/** An element's reference, from its JSDoc: attributes, events, custom properties (tokens) and parts. */
function reference(el) {
  const lines = ['## Reference', '', "Generated from the element's JSDoc (`custom-elements.json`) by `npm run manifest`.", ''];
  const table = (title, head, rows) => {
    if (rows.length) lines.push(`### ${title}`, '', head, head.replace(/[^|]+/g, ' --- '), ...rows, '');
  };
  table(
    'Attributes',
    '| attribute | type | default | what it does |',
    (el.attributes ?? []).map(
      (a) => `| ${code(a.name)} | ${code(a.type?.text ?? '')} | ${a.default ? code(a.default) : ''} | ${cell(a.description)} |`,
    ),
  );
  table(
    'Events',
    '| event | type | when |',
    (el.events ?? []).map((e) => `| ${code(e.name)} | ${code(e.type?.text ?? '')} | ${cell(e.description)} |`),
  );
  table(
    'Custom properties',
    '| custom property | what it styles |',
    (el.cssProperties ?? []).map((p) => `| ${code(p.name)} | ${cell(p.description)} |`),
  );
  table(
    'Parts',
    '| part | what it is |',
    (el.cssParts ?? []).map((p) => `| \`::part(${p.name})\` | ${cell(p.description)} |`),
  );
  return `<!-- api:start (generated from custom-elements.json by npm run manifest) -->\n${lines.join('\n').trim()}\n<!-- api:end -->`;
}

// Theming links to each element's tokens and parts, on its own page.
const block = `<!-- theming:start (generated from custom-elements.json by npm run manifest) -->\n${elements
  .map((el) => `- [\`<${el.tagName}>\`](${page(el).replace('docs/', '')}#custom-properties): its custom properties and parts`)
  .join('\n')}\n<!-- theming:end -->`;

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

// Every message a site owner may see in the console, by code, with «…» for what it names.
const [{ MESSAGES }] = await loadSource('/src/shared/messages.ts');
const messages = [
  '| code | what the console says |',
  '| --- | --- |',
  ...Object.entries(MESSAGES).map(([name, say]) => {
    const params = (/^\(([^)]*)\)/.exec(say.toString())?.[1] ?? '')
      .split(',')
      .map((p) => p.trim().replace(/[:=].*$/, ''))
      .filter(Boolean);
    return `| ${code(name)} | ${cell(say(...params.map((p) => `«${p}»`)))} |`;
  }),
].join('\n');
const messagesBlock = `<!-- messages:start (generated from src/shared/messages.ts by npm run manifest) -->\n${messages}\n<!-- messages:end -->`;

/** Each page generated into, and what it should hold. */
const pages = [
  [
    'docs/theming.md',
    (text) =>
      text
        .replace(/<!-- theming:start[\s\S]*?<!-- theming:end -->/, block)
        .replace(/<!-- reserve:start[\s\S]*?<!-- reserve:end -->/, reserveBlock),
  ],
  [
    'docs/troubleshooting.md',
    (text) =>
      /<!-- messages:start/.test(text)
        ? text.replace(/<!-- messages:start[\s\S]*?<!-- messages:end -->/, messagesBlock)
        : `${text.trimEnd()}\n\n${messagesBlock}\n`,
  ],
  ...elements.map((el) => [
    page(el),
    (text) =>
      /<!-- api:start/.test(text)
        ? text.replace(/<!-- api:start[\s\S]*?<!-- api:end -->/, reference(el))
        : `${text.trimEnd()}\n\n${reference(el)}\n`,
  ]),
];
const stale = [];
for (const [path, write] of pages) {
  // A new element's page starts as its title and summary (npm run create, then npm run manifest).
  const el = elements.find((e) => page(e) === path);
  const text = existsSync(path) || !el ? readFileSync(path, 'utf8') : `# \`<${el.tagName}>\`\n\n${el.summary ?? el.description ?? ''}\n`;
  const next = write(text);
  if (next === text && existsSync(path)) continue;
  if (process.argv.includes('--check')) stale.push(path);
  else writeFileSync(path, next);
}
if (stale.length) {
  console.error(`The generated reference is stale in ${stale.join(', ')}: run \`npm run manifest\` and commit the result.`);
  process.exit(1);
}
console.log(
  `docs/: each element's reference, every console message, the theming links and the reserved space table are ${process.argv.includes('--check') ? 'up to date' : 'written'}.`,
);
