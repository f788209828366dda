// What every benchmark shares: the project served over HTTP on a free port,
// headless Chromium (the engine the DevTools timings come from), and medians.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/find-browsers.js';
import { generateResources } from '../demo/generate-resources.js';

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

/** A directory of `count` made-up entries with every field filled, as one JSON file: what the phone bench fetches. */
export const directoryJson = (count) => JSON.stringify(generateResources(count, 1, { full: true }));

const gzipped = new Map();
const generated = new Map();

/** Starts the server (gzip-compressed, as any host serves files) and the browser; `stop()` ends both. */
export async function start() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const data = /^\/bench\/data\/(\d+)\.json$/.exec(path);
      // Made and compressed once, as a host serves a static file: a request never waits on the server's own work.
      if (data && !generated.has(path)) generated.set(path, Buffer.from(directoryJson(Number(data[1]))));
      const body = data ? generated.get(path) : await readFile(join(root, path));
      const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream' };
      if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return res.writeHead(200, headers).end(body);
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(path));
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

/** A fresh page on Lighthouse's mobile profile: CPU 4× slower, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, no cache. */
export async function phonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}
