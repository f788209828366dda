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
export default defineConfig({
  plugins: [demoHome],
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  resolve: { conditions: ['production'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
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
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
