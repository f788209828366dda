// Records what each engine puts on the clipboard when a person selects part of
// a page and presses Ctrl+C, as the studio's paste tests replay it: for each
// part of test/fixtures/clipboard/sources.html (seed 001's list as a post
// renders it, the whole article, a table, Google Docs' and Word's markup), a
// real copy, then a real paste into a textarea whose paste event keeps the
// clipboard's text/html and text/plain. Writes
// test/fixtures/clipboard/<engine>-<part>.json. Run by hand when an engine
// changes (under xvfb-run for WebKit): node scripts/record-clipboard.js [engine…]
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { launch } from './wp/engines.js';

const PARTS = ['list', 'article', 'table', 'docs', 'word'];
const engines = process.argv.length > 2 ? process.argv.slice(2) : ['chromium', 'firefox', 'webkit'];
const page = readFileSync('test/fixtures/clipboard/sources.html');
const server = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

let failed = 0;
for (const engine of engines) {
  const browser = await launch(/** @type {'chromium' | 'firefox' | 'webkit'} */ (engine));
  try {
    const tab = await browser.open(url);
    for (const part of PARTS) {
      await tab.evaluate((id) => {
        window.__pasted = null;
        const sink = document.getElementById('sink');
        sink.value = '';
        sink.onpaste = (e) => {
          window.__pasted = {
            types: [...e.clipboardData.types],
            html: e.clipboardData.getData('text/html'),
            text: e.clipboardData.getData('text/plain'),
          };
        };
        sink.blur();
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(id));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      }, part);
      await tab.press('Control', 'c');
      await tab.evaluate(() => document.getElementById('sink').focus());
      await tab.press('Control', 'v');
      let pasted = null;
      for (let i = 0; i < 20 && !pasted; i++) {
        pasted = await tab.evaluate(() => window.__pasted);
        if (!pasted) await new Promise((done) => setTimeout(done, 100));
      }
      if (!pasted?.html) {
        failed++;
        console.error(`${engine} ${part}: no text/html was pasted (${pasted ? pasted.types.join(', ') : 'no paste event'})`);
        continue;
      }
      const file = `test/fixtures/clipboard/${engine}-${part}.json`;
      writeFileSync(file, `${JSON.stringify({ engine, part, ...pasted }, null, 2)}\n`);
      console.log(`${file}: ${pasted.html.length} characters of HTML, ${pasted.text.length} of text`);
    }
  } finally {
    await browser.close();
  }
}
server.close();
process.exitCode = failed ? 1 : 0;
