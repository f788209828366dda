// Every `part` an element's templates can render is documented (`@csspart`,
// hence in custom-elements.json and docs/theming.md), and every documented part is
// one it renders. Read from the sources with the TypeScript compiler: literal
// `part="…"` in html`` templates, string arguments given to a parameter named
// `part` (heading(level, text, 'title')), and the parts of the functions an
// element calls (header(), the data controller's render(), its chunks').
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { loadElements } from './elements.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const documented = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) documented.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((p) => p.name)));
  }
}

const elements = await loadElements();
const files = elements.map(({ name }) => `src/${name}/hr-${name}.ts`);
const program = ts.createProgram(files, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
});
const checker = program.getTypeChecker();
const PART = /\bpart="([^"$]+)"/g;

/** The declaration a call goes to, following imports. */
function declarationOf(call) {
  let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  let declaration = symbol?.declarations?.[0];
  // A function handed over as a value (a chunk gets `heading` from the element): the function its type names.
  if (declaration && (ts.isBindingElement(declaration) || ts.isParameter(declaration) || ts.isPropertySignature(declaration))) {
    declaration = checker.getTypeAtLocation(call.expression).getSymbol()?.declarations?.[0] ?? declaration;
  }
  if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return declaration.initializer;
  return declaration;
}

const seen = new Map();
/** Parts rendered by a node's templates, and by the shared functions it calls. */
function partsOf(node) {
  if (seen.has(node)) return seen.get(node);
  const parts = new Set();
  seen.set(node, parts);
  const visit = (child) => {
    if (ts.isTemplateLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) {
      const text = child.getText();
      for (const match of text.matchAll(PART)) match[1].split(/\s+/).forEach((p) => parts.add(p));
    }
    if (ts.isCallExpression(child)) {
      const target = declarationOf(child);
      const parameters = target && 'parameters' in target ? target.parameters : [];
      parameters.forEach((parameter, i) => {
        const arg = child.arguments[i];
        if (parameter.name.getText() === 'part' && arg && ts.isStringLiteralLike(arg)) parts.add(arg.text);
      });
      // Shared code, and the element's chunks (search.ts, tools.ts…), render parts of their own for the element that calls them.
      if (target && target.getSourceFile().fileName.includes('/src/') && 'body' in target && target.body) {
        partsOf(target.body).forEach((p) => parts.add(p));
      }
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return parts;
}

let problems = 0;
for (const { tag } of elements) {
  const name = tag.slice(3);
  const rendered = partsOf(program.getSourceFile(`src/${name}/hr-${name}.ts`));
  const docs = documented.get(tag) ?? new Set();
  const undocumented = [...rendered].filter((p) => !docs.has(p));
  const stale = [...docs].filter((p) => !rendered.has(p));
  if (undocumented.length) console.error(`<${tag}> renders parts its JSDoc does not list (@csspart): ${undocumented.join(', ')}`);
  if (stale.length) console.error(`<${tag}> documents parts it never renders: ${stale.join(', ')}`);
  problems += undocumented.length + stale.length;
}
if (problems) process.exit(1);
console.log(`Every part each element renders is documented, and only those (${elements.length} elements).`);
