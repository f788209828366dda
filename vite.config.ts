import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';

// `npm start` serves the project root; its home page is the demo.
const demoHome: Plugin = {
  name: 'demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.writeHead(302, { Location: '/demo/' }).end();
    });
  },
};

// One config for the demo server (`npm start`) and the bundle (`npm run build`).
// The bundle's build folds what only costs bytes, on the syntax tree, so that
// code and strings are never touched by mistake:
// - css`` templates lose comments and white space (selectors and values stay
//   as written);
// - html`` templates lose line breaks and indentation (a run of white space
//   with a line break becomes one space: what the browser renders anyway);
// - a field specification's `label`, `description` and schema `name` text is
//   left out: the schemas, the studio and the docs read the sources.
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
const FIELD_DOCS = new Set(['label', 'description', 'name']);

const minifyCss = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // After a colon only: a space before one is a descendant selector (".a :focus").
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    // "0.5rem" is ".5rem"; not inside a word, a colour or a longer number.
    .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
const minifyHtml = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

const isText = (node: Node | undefined): boolean =>
  node?.type === 'TemplateLiteral' || (node?.type === 'Literal' && typeof node['value'] === 'string');

const foldForBundle: Plugin = {
  name: 'fold-for-bundle',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const fields = id.endsWith('.fields.ts');
    if (!fields && !code.includes('css`') && !code.includes('html`')) return null;
    const out = new MagicString(code);
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      const tag = n.type === 'TaggedTemplateExpression' ? (n['tag'] as Node)['name'] : undefined;
      if (tag === 'css' || tag === 'html' || tag === 'svg') {
        const minify = tag === 'css' ? minifyCss : minifyHtml;
        for (const quasi of (n['quasi'] as Node)['quasis'] as Node[]) {
          const raw = code.slice(quasi.start, quasi.end);
          const min = minify(raw);
          if (min !== raw) out.overwrite(quasi.start, quasi.end, min || ' ');
        }
      }
      if (fields && n.type === 'ObjectExpression') {
        const properties = n['properties'] as Node[];
        properties.forEach((p, i) => {
          const key = p['key'] as Node | undefined;
          const name = key && !p['computed'] ? (key['name'] ?? key['value']) : undefined;
          // Only text: a field may be named "label" or "description" too, and its spec is an object.
          if (p.type !== 'Property' || !FIELD_DOCS.has(name as string) || !isText(p['value'] as Node)) return visit(p);
          // With the comma after it (or before it, for the last one).
          const next = properties[i + 1];
          out.remove(p.start, next ? next.start : p.end);
          if (!next && i > 0) out.remove(properties[i - 1]!.end, p.start);
        });
        return;
      }
      for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
    };
    visit(this.parse(code));
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
  },
};

// The help-line catalog's `sources` and `ours` are for the people who check it (npm run catalog), not for visitors.
const catalogForVisitors: Plugin = {
  name: 'catalog-for-visitors',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/helpline/catalog.json')) return null;
    const catalog = JSON.parse(code) as Record<string, Record<string, unknown>>;
    for (const entry of Object.values(catalog)) {
      delete entry['sources'];
      delete entry['ours'];
    }
    return { code: JSON.stringify(catalog), map: null };
  },
};

export default defineConfig({
  plugins: [demoHome, foldForBundle, catalogForVisitors],
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  resolve: { conditions: ['production'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // tsc writes dist/esm after this build; stale chunks must not linger.
    emptyOutDir: true,
    sourcemap: true,
    // Terser after the built-in minifier: about 250 bytes gzip smaller on this bundle (npm run size). Without
    // comma sequences it is smallest. Measured cost: first cards at 10,000 entries about 10% slower than the
    // built-in minifier alone (npm run bench, A/B, noisy): the price of staying in the size budget for now.
    minify: 'terser',
    terserOptions: { module: true, compress: { passes: 2, sequences: false } },
    lib: {
      entry: { 'hr-widgets': 'src/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        // A pure annotation only helps a later minifier; nothing runs after this one.
        comments: { annotation: false },
        entryFileNames: '[name].js',
        // "quiz-default-…js" rather than four "default-content-…js".
        chunkFileNames: (chunk) => {
          const element = /src\/([\w-]+)\/default-content\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return `chunks/${element ? `${element}-default` : '[name]'}-[hash].js`;
        },
      },
    },
  },
});
