// The studio's house rules, read from its import graph (`npm test`):
// - no panel imports another panel (src/studio/panels/, and src/<element>/<element>.studio.ts: each stands alone);
// - every panel file is on a page (named in the shell's ORDER, or ON_A_SITE in WordPress), and every name there has its file;
// - the store has no DOM: nothing it imports, all the way down, uses lit or the page (document, window, …).
// Then it proves it can fail: a copy of src/ with a panel importing another (in panels/ and in an element's folder),
// a page global under the store and a panel left out of ORDER must give exactly those four complaints.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ts from 'typescript';
import { dirname, join, relative, resolve } from 'node:path';

const PAGE = new Set(['document', 'window', 'customElements', 'localStorage', 'sessionStorage', 'navigator', 'location']);

/**
 * A file as the rules read it, parsed by TypeScript (so words in comments and strings are only words): what it
 * imports at run time (static, side-effect, re-exports and dynamic imports; `import type` is erased and skipped), the
 * patterns it globs (`import.meta.glob`), and the first use of the page it makes (`document.title`, `instanceof
 * HTMLElement`), if any.
 */
function read(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports = [];
  const globs = [];
  let page;
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      if (!typeOnly) imports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) imports.push(node.arguments[0].text);
      else if (node.expression.getText(source) === 'import.meta.glob') globs.push(node.arguments[0].text);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && PAGE.has(node.expression.text)) {
      page ??= node.getText(source);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
      const right = node.right.getText(source);
      if (/^(HTML\w*Element|Element|Node)$/.test(right)) page ??= node.getText(source);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, globs, page };
}

/** A relative specifier as the file it names (`.js` written for `.ts`). */
function resolveIn(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const path = resolve(dirname(from), spec);
  for (const candidate of [path.replace(/\.js$/, '.ts'), path, `${path}.ts`])
    if (existsSync(candidate) && !candidate.endsWith('.json')) return candidate;
  return undefined;
}

/** The files a glob pattern of `from` matches (`*` within one folder name or file name). */
function globbed(from, pattern) {
  const parts = resolve(dirname(from), pattern).split('/');
  let found = ['/'];
  for (const part of parts.filter(Boolean)) {
    const match = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    found = found.flatMap((dir) => {
      if (!part.includes('*')) return existsSync(join(dir, part)) ? [join(dir, part)] : [];
      try {
        return readdirSync(dir)
          .filter((name) => match.test(name))
          .map((name) => join(dir, name));
      } catch {
        return [];
      }
    });
  }
  return found;
}

/** The rules' complaints about the sources under `src`. */
export function check(root) {
  const src = resolve(root);
  const studio = join(src, 'studio');
  const panels = join(studio, 'panels');
  const problems = [];
  const names = readdirSync(panels).filter((f) => f.endsWith('.ts'));
  // What an element brings to the studio (src/<element>/<element>.studio.ts) are panels too.
  const brought = readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(src, d.name, `${d.name}.studio.ts`)))
    .map((d) => join(src, d.name, `${d.name}.studio.ts`));
  const isPanel = (file) => dirname(file) === panels || brought.includes(file);
  // The import panel's one job is to host the importers elements bring: its glob of them is not a panel importing panels.
  const hostsImporters = (file, pattern) => file === join(panels, 'import.ts') && pattern.endsWith('.studio.ts');
  for (const file of [...names.map((name) => join(panels, name)), ...brought]) {
    const { imports, globs } = read(file);
    const targets = [
      ...imports.map((spec) => resolveIn(file, spec)),
      ...globs.filter((pattern) => !hostsImporters(file, pattern)).flatMap((pattern) => globbed(file, pattern)),
    ];
    for (const target of targets)
      if (target && target !== file && isPanel(target))
        problems.push(`${relative(studio, file)} imports ${relative(studio, target)}: a panel stands alone`);
  }
  // The page's panels in ORDER; in WordPress (ON_A_SITE) a list of its own.
  const shell = readFileSync(join(studio, 'studio-app.ts'), 'utf8');
  const lists = [...shell.matchAll(/const (ORDER|ON_A_SITE) = \[([^\]]*)\]/g)].map((m) => [
    m[1],
    [...m[2].matchAll(/'([^']+)'/g)].map((n) => n[1]),
  ]);
  const listed = lists.flatMap(([, list]) => list);
  for (const name of names)
    if (!listed.includes(name.replace(/\.ts$/, ''))) problems.push(`panels/${name} is not in the shell's ORDER: it is never shown`);
  for (const [list, members] of lists)
    for (const name of members) if (!names.includes(`${name}.ts`)) problems.push(`${list} names "${name}", which has no file in panels/`);

  const seen = new Set();
  const walk = (file, via) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { imports, page } = read(file);
    if (page) problems.push(`the store needs the page: ${via.join(' → ')} uses ${page}`);
    for (const spec of imports) {
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
    /store\.ts → studio\/theme\.ts uses document\.title$/,
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
