import { defineConfig } from 'vite';

// The studio, built into a folder of static files any host can serve (`dist-studio/`, relative links
// throughout). `npm start` serves it from the sources at /studio/ beside the demo.
export default defineConfig({
  root: 'studio',
  base: './',
  resolve: { conditions: ['production'] },
  build: { outDir: '../dist-studio', emptyOutDir: true, target: 'es2022' },
});
