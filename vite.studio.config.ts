import { defineConfig, type Plugin } from 'vite';

/**
 * Writes which packages the build carries (`third-party*.json`, one per bundle: the page's and each worker's), so
 * what ships with the studio (the WordPress plugin) carries their licences and no more.
 */
function thirdParty(file: string): Plugin {
  return {
    name: 'third-party',
    generateBundle(_, bundle) {
      const names = new Set<string>();
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          for (const id of Object.keys(chunk.modules)) {
            const found = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
            if (found) names.add(found[1]!);
          }
      this.emitFile({ type: 'asset', fileName: file, source: JSON.stringify([...names].sort()) });
    },
  };
}

// The studio, built into a folder of static files any host can serve (`dist-studio/`, relative links
// throughout). `npm start` serves it from the sources at /studio/ beside the demo.
export default defineConfig({
  root: 'studio',
  base: './',
  resolve: { conditions: ['production'] },
  plugins: [thirdParty('third-party.json')],
  worker: { plugins: () => [thirdParty('third-party-worker.json')] },
  build: { outDir: '../dist-studio', emptyOutDir: true, target: 'es2022' },
});
