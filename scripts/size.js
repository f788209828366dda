// Size budgets of what site owners load, gzip level 9:
//   dist/hr-widgets.js (every element, Lit inside) ≤ 24 KiB (24,576 B); every chunk beside it ≤ 8 KB.
// `node scripts/size.js` checks the built dist/ (npm test does this).
// `npm run size` also builds each element alone and writes the table into docs/size.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { loadElements } from './elements.js';

const KB = 1000;
const BUNDLE_BUDGET = 24_576;
const CHUNK_BUDGET = 8 * KB;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const rows = [['dist/hr-widgets.js', gz('dist/hr-widgets.js'), BUNDLE_BUDGET]];
for (const chunk of readdirSync('dist/chunks')
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  rows.push([`dist/chunks/${chunk}`, gz(`dist/chunks/${chunk}`), CHUNK_BUDGET]);
}
let over = 0;
// One request: the bundle must not import a chunk before it runs (a module both the bundle and a lazy chunk
// import gets split out into a shared chunk unless the bundle keeps it).
if (/^import\b|\bimport\s*[{*\w][^(]*?from\s*["']/m.test(readFileSync('dist/hr-widgets.js', 'utf8'))) {
  console.error('dist/hr-widgets.js imports another file before it runs: a module was split out of the bundle.');
  over++;
}
// A chunk that imported a module of the bundle would load the bundle a second time under another address
// (a CMS adds ?ver=… to script addresses): chunks import nothing; the elements hand them what they need.
for (const chunk of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  if (/^import\b|\bimport\s*[{*\w][^(]*?from\s*["']|\bfrom\s*["']\.\.\//m.test(readFileSync(`dist/chunks/${chunk}`, 'utf8'))) {
    console.error(`dist/chunks/${chunk} imports a module: chunks must import nothing.`);
    over++;
  }
}
// The studio is a page of its own: none of its code belongs in what visitors load.
if (readFileSync('dist/hr-widgets.js', 'utf8').includes('studio-app')) {
  console.error('dist/hr-widgets.js holds studio code.');
  over++;
}
for (const [file, size, budget] of rows) {
  const ok = size <= budget;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${kb(size).padStart(8)} of ${kb(budget).padStart(7)}  ${file}`);
}
// The studio's first load: its page and what the page links (the code editor and built-in content come later).
const studioPage = readFileSync('dist-studio/index.html', 'utf8');
const studioFiles = ['index.html', ...[...studioPage.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1])];
const studioLoad = studioFiles.reduce((sum, file) => sum + gz(`dist-studio/${file}`), 0);
console.log(`     ${kb(studioLoad).padStart(8)}             the studio's first load (${studioFiles.length} files; no budget)`);
const editorChunk = readdirSync('dist-studio/assets').find((f) => /^json-view-.*\.js$/.test(f));
const editorSize = editorChunk ? gz(`dist-studio/assets/${editorChunk}`) : 0;
console.log(`     ${kb(editorSize).padStart(8)}             + the studio's code editor, when its JSON view is opened`);
if (over) {
  console.error(`\n${over} file(s) over the size budget.`);
  process.exit(1);
}

if (process.argv.includes('--readme')) {
  const elements = (await loadElements()).map(({ name, tag }) => [`<${tag}>`, `src/${name}/define.ts`]);
  const lines = ['| what a page loads | gzip |', '| --- | ---: |', `| everything: \`dist/hr-widgets.js\` | ${kb(rows[0][1])} |`];
  for (const [name, entry] of elements) {
    const outDir = `node_modules/.cache/hr-size/${name.replace(/\W/g, '')}`;
    await build({
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, sourcemap: false, lib: { entry, formats: ['es'] } },
    });
    lines.push(`| \`${name}\` alone, Lit inside | ${kb(gz(`${outDir}/define.js`))} |`);
  }
  // What each chunk is, and which pages load it.
  const CHUNKS = {
    es: 'Spanish strings (Spanish pages only)',
    distance: 'the visitor\'s position, distances and the radius, once a visitor taps "near me"',
    search: "search and filters, once a visitor reaches for a directory's controls",
    details: 'opening hours, payment and who a place serves, on directories whose data has them',
    messages: 'the words of problems, on pages whose data has one to report',
    tools: '"Directions, save or share", once a visitor opens it on a card',
    'fetch-json': 'reading a `src` response (pages that use `src`; fetched alongside the data)',
    results: "a quiz's feedback and results, from a visitor's first answer",
    extras: 'quiz hints and pictures, on quizzes whose data has them',
    persist: 'quiz progress kept through a reload, where `persist` is set',
    catalog: 'the catalog of national help lines, on pages that show one (the built-in lines too)',
    'tips-view': '"Browse more safely" of `<hr-quick-exit tips>`',
    translate: "a site's own interface strings, or a language without built-in ones",
    upgrade: 'upgrading `data-hr-widget` placeholders, on pages that have one',
  };
  for (const [file, size] of rows.slice(1)) {
    const name = /chunks\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1] ?? file;
    const element = /^([\w-]+)-default$/.exec(name)?.[1];
    const what = element ? `built-in content of \`<hr-${element}>\` (pages that show it)` : (CHUNKS[name] ?? name);
    lines.push(`| + ${what} | ${kb(size)} |`);
  }
  lines.push(`| the studio's first load (a page for authors, not visitors) | ${kb(studioLoad)} |`);
  lines.push(`| + the studio's code editor (CodeMirror), when its JSON view is opened | ${kb(editorSize)} |`);
  const readme = readFileSync('docs/size.md', 'utf8');
  const table = `<!-- size:start (generated by npm run size) -->\n${lines.join('\n')}\n<!-- size:end -->`;
  writeFileSync('docs/size.md', readme.replace(/<!-- size:start[\s\S]*?<!-- size:end -->/, table));
  console.log(`\n${table}`);
}
