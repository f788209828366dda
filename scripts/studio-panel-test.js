// Proves a new studio panel is one file plus one line (npm test runs this): in a copy of the project, a panel file
// is written to src/studio/panels/ and its name added to the shell's ORDER, touching nothing else; the studio is
// built, opened in Chromium, and the panel is on the page, after the code, reading the work from the store and
// changing it through the store (Undo takes its change back). The copy is removed afterwards.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolder } from './serve-folder.js';
import { build } from 'vite';
import { chromeArgs, findChrome } from './find-browsers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'hr-panel-'));
const PANEL = `/** A panel made by the test: the element's name, and a button that changes the title. */
import { html } from 'lit';
import type { Panel } from '../panel.js';

export const panel: Panel = {
  column: 'side',
  create: (studio) => ({
    render: () => html\`<section id="hello" aria-label="Hello">
      <p id="hello-name">\${studio.store.name}</p>
      <button type="button" id="hello-set" @click=\${() => studio.store.setDoc({ ...(studio.store.doc as object), title: 'Hello' }, { label: 'Hello' })}>
        Hello
      </button>
    </section>\`,
  }),
};
`;

let browser;
let server;
try {
  for (const file of execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split(
    '\n',
  )) {
    if (!file || !existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  // The one file, and the one line.
  writeFileSync(join(copy, 'src/studio/panels/hello.ts'), PANEL);
  const shell = join(copy, 'src/studio/studio-app.ts');
  const before = readFileSync(shell, 'utf8');
  const after = before.replace(/('export',?)(\n?)(\s*)\]/, (_, last, newline, indent) =>
    newline ? `${last}\n${indent}  'hello',\n${indent}]` : `${last}, 'hello']`,
  );
  const added = after.split('\n').length - before.split('\n').length;
  if (after === before || added > 1) throw new Error(`the shell's ORDER did not take the panel in one line (${added} lines added)`);
  writeFileSync(shell, after);
  execFileSync('node', ['scripts/check-studio.js'], { cwd: copy, stdio: 'inherit' });

  await build({
    configFile: false,
    logLevel: 'error',
    root: join(copy, 'studio'),
    base: './',
    resolve: { conditions: ['production'] },
    build: { outDir: join(copy, 'out'), emptyOutDir: true, target: 'es2022' },
  });
  server = await serveFolder(join(copy, 'out'));
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}index.html`);
  await page.waitForSelector('#hello-name');
  const shown = await page.evaluate(() => ({
    name: document.querySelector('#hello-name').textContent,
    afterCode: !!(
      document.querySelector('#export-h').compareDocumentPosition(document.querySelector('#hello')) & Node.DOCUMENT_POSITION_FOLLOWING
    ),
  }));
  if (shown.name !== 'quiz' || !shown.afterCode) throw new Error(`the panel is not where it should be: ${JSON.stringify(shown)}`);
  await page.click('#hello-set');
  await page.waitForFunction(() => document.querySelector('#f-title')?.value === 'Hello');
  await page.click('#undo');
  await page.waitForFunction(() => document.querySelector('#f-title')?.value !== 'Hello');
  if (errors.length) throw new Error(`errors on the page: ${errors.join('; ')}`);
  console.log(
    'ok   a panel added as one file and one line is rendered after the code, and changes the work through the store (undone by Undo)',
  );
} finally {
  await browser?.close();
  server?.close();
  rmSync(copy, { recursive: true, force: true });
}
