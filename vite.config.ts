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
// Lit's css`` templates keep their indentation in the bundle; fold it away.
// Only whitespace and comments go: selectors and values are left as written.
const minifyCss: Plugin = {
  name: 'minify-lit-css',
  apply: 'build',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('css`')) return null;
    return code.replace(/css`([^`]*)`/g, (_, body: string) => {
      const min = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        // After a colon only: a space before one is a descendant selector (".a :focus").
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${min}\``;
    });
  },
};

export default defineConfig({
  plugins: [demoHome, minifyCss],
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  resolve: { conditions: ['production'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // tsc writes dist/esm after this build; stale chunks must not linger.
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: { 'hr-widgets': 'src/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        // Library mode leaves ES output unminified unless asked here.
        minify: true,
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
