// What every benchmark shares: the project served over HTTP on a free port,
// headless Chromium (the engine the DevTools timings come from), and medians.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/find-browsers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Starts the server and the browser; `stop()` ends both. */
export async function start() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    browser,
    stop: async () => {
      await browser.close();
      server.close();
    },
  };
}
