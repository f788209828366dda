// The element registry (src/elements.ts) for Node scripts: loaded through
// Vite's module runner, where Lit runs on its own DOM shim, so the scripts read
// the same list the bundle defines instead of keeping their own.
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';

/** Loads TypeScript modules of src/ (paths from the project root) in Node. */
export async function loadSource(...paths) {
  const server = await createServer({
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true },
  });
  try {
    const modules = [];
    for (const path of paths) modules.push(await server.ssrLoadModule(path));
    return modules;
  } finally {
    await server.close();
  }
}

/** @returns {Promise<{ name: string, tag: string, attributes: string[], fields: object, reserve?: number[] }[]>} */
export async function loadElements() {
  const [{ ELEMENTS }] = await loadSource('/src/elements.ts');
  return ELEMENTS.map(({ name, element, fields }) => ({
    name,
    tag: `hr-${name}`,
    attributes: [...element.observedAttributes],
    fields,
    reserve: element.reserve && [...element.reserve],
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { tag, attributes } of await loadElements()) console.log(`<${tag}> ${attributes.join(' ')}`);
}
