// The element registry (src/elements.ts) for Node scripts: loaded through
// Vite's module runner, where Lit runs on its own DOM shim, so the scripts read
// the same list the bundle defines instead of keeping their own.
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';

/** @returns {Promise<{ name: string, tag: string, attributes: string[] }[]>} */
export async function loadElements() {
  const server = await createServer({
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true },
  });
  try {
    const { ELEMENTS } = await server.ssrLoadModule('/src/elements.ts');
    return ELEMENTS.map(({ name, element }) => ({ name, tag: `hr-${name}`, attributes: [...element.observedAttributes] }));
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(await loadElements(), null, 2));
