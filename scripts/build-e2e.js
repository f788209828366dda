// Builds the React and Vue host pages of e2e/ into dist/e2e/, importing
// `hr-widgets` the way an agency's build would: the package's own entry.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  resolve: { alias: { 'hr-widgets': `${root}dist/esm/index.js` } },
  build: {
    outDir: 'dist/e2e',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: { 'react-app': 'e2e/react-app.ts', 'vue-app': 'e2e/vue-app.ts' }, formats: ['es'] },
  },
});
