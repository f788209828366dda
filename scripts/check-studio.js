// The studio's house rules, read from its import graph (`npm test`):
// - no panel imports another panel (src/studio/panels/, and src/<element>/<element>.studio.ts: each stands alone);
// - every panel file is on the page (named in the shell's ORDER), and every name there has its file;
// - the store has no DOM: nothing it imports, all the way down, uses lit or the page (document, window, …).
// Then it proves it can fail: a copy of src/ with a panel importing another (in panels/ and in an element's folder),
// a page global under the store and a panel left out of ORDER must give exactly those four complaints.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/** What a file imports at run time (static, side-effect and dynamic imports; `import type` is erased and skipped). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) if (!m[1]) found.push(m[2]);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found;
}

/** A relative specifier as the file it names (`.js` written for `.ts`). */
function resolveIn(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const path = resolve(dirname(from), spec);
  for (const candidate of [path.replace(/\.js$/, '.ts'), path, `${path}.ts`])
    if (existsSync(candidate) && !candidate.endsWith('.json')) return candidate;
  return undefined;
}

const PAGE_GLOBALS =
  /(?<![\w$./'"-])(document|window|customElements|localStorage|sessionStorage|navigator)\s*\.|\binstanceof\s+(HTMLElement|Element|Node)\b/;
/** Code without its comments, which may name the page freely. */
const code = (file) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');

/** The rules' complaints about the sources under `src`. */
export function check(src) {
  const studio = join(src, 'studio');
  const panels = join(studio, 'panels');
  const problems = [];
  const names = readdirSync(panels).filter((f) => f.endsWith('.ts'));
  // What an element brings to the studio (src/<element>/<element>.studio.ts) are panels too.
  const brought = readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(src, d.name, `${d.name}.studio.ts`)))
    .map((d) => join(src, d.name, `${d.name}.studio.ts`));
  const isPanel = (file) => dirname(file) === panels || brought.includes(file);
  for (const file of [...names.map((name) => join(panels, name)), ...brought]) {
    for (const spec of importsOf(file)) {
      const target = resolveIn(file, spec);
      if (target && isPanel(target)) problems.push(`${relative(studio, file)} imports ${relative(studio, target)}: a panel stands alone`);
    }
  }
  const order = /const ORDER = \[([^\]]*)\]/.exec(readFileSync(join(studio, 'studio-app.ts'), 'utf8'));
  const listed = order ? [...order[1].matchAll(/'([^']+)'/g)].map((m) => m[1]) : [];
  for (const name of names)
    if (!listed.includes(name.replace(/\.ts$/, ''))) problems.push(`panels/${name} is not in the shell's ORDER: it is never shown`);
  for (const name of listed) if (!names.includes(`${name}.ts`)) problems.push(`ORDER names "${name}", which has no file in panels/`);

  const seen = new Set();
  const walk = (file, via) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (PAGE_GLOBALS.test(code(file)))
      problems.push(`the store needs the page: ${via.join(' → ')} uses ${PAGE_GLOBALS.exec(code(file)).slice(1).find(Boolean)}`);
    for (const spec of importsOf(file)) {
      if (spec === 'lit' || spec.startsWith('lit/')) problems.push(`the store needs the page: ${via.join(' → ')} imports ${spec}`);
      const target = resolveIn(file, spec);
      if (target) walk(target, [...via, relative(src, target)]);
    }
  };
  walk(join(studio, 'store.ts'), ['studio/store.ts']);
  return problems;
}

const problems = check('src');
for (const p of problems) console.error(`studio: ${p}`);
if (problems.length) process.exit(1);

// The rules fail when they should: four planted breaks, four complaints.
const copy = mkdtempSync(join(tmpdir(), 'hr-studio-rules-'));
try {
  cpSync('src', copy, { recursive: true });
  const plant = (path, line) => writeFileSync(join(copy, path), `${line}\n${readFileSync(join(copy, path), 'utf8')}`);
  plant('studio/panels/checks.ts', "import { panel as theme } from './theme.js';\nvoid theme;");
  plant('quiz/quiz.studio.ts', "import { importers as directory } from '../resource-list/resource-list.studio.js';\nvoid directory;");
  plant('studio/theme.ts', 'export const pageTitle = (): string => document.title;');
  writeFileSync(join(copy, 'studio/panels/stray.ts'), "export const panel = { column: 'side', create: () => ({ render: () => '' }) };\n");
  const planted = check(copy);
  const expected = [
    /^panels\/checks\.ts imports panels\/theme\.ts/,
    /^\.\.\/quiz\/quiz\.studio\.ts imports \.\.\/resource-list\/resource-list\.studio\.ts/,
    /^panels\/stray\.ts is not in the shell's ORDER/,
    /store\.ts → studio\/theme\.ts uses document$/,
  ];
  const missed = expected.filter((pattern) => !planted.some((p) => pattern.test(p)));
  if (missed.length || planted.length !== expected.length) {
    console.error(`studio rules: the planted breaks gave ${JSON.stringify(planted)}; missed ${missed.join(', ')}`);
    process.exit(1);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
console.log('studio: panels stand alone, all are shown, and the store needs no page (and each rule fails when broken)');
