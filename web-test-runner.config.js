import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import * as puppeteerCore from 'puppeteer-core';
import { ENGINE_NAMES, chromeArgs, find } from './scripts/find-browsers.js';
import { countReporter } from './scripts/count-reporter.js';
import { keysCommand } from './scripts/keys-command.js';
import { webkitLauncher } from './scripts/webkit-launcher.js';

// BROWSERS=firefox (or a comma-separated list) runs some engines alone; the
// test command runs each engine in turn through scripts/test-browsers.js.
const engines = (process.env.BROWSERS || ENGINE_NAMES.join(',')).split(',').map((name) => name.trim().toLowerCase());
for (const name of engines)
  if (!ENGINE_NAMES.includes(name)) throw new Error(`BROWSERS: unknown engine "${name}"; use ${ENGINE_NAMES.join(', ')}`);

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: find('chromium'), headless: true, args: chromeArgs } }),
  // Over WebDriver BiDi, through the same puppeteer-core; passing it keeps V8 coverage to Chromium.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: find('firefox'),
        headless: true,
        // A closed network: no update, telemetry or captive-portal checks.
        extraPrefsFirefox: {
          'network.captive-portal-service.enabled': false,
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          // Reduced motion on: puppeteer cannot emulate it over BiDi, so Firefox tests that state.
          'ui.prefersReducedMotion': 1,
        },
      },
    }),
  webkit: () => webkitLauncher(find('webkit')),
};

// `/__delay/300/test/fixtures/x.json` answers after 300 ms: lets tests race two `src` loads.
async function delay(ctx, next) {
  const match = /^\/__delay\/(\d+)(\/.*)$/.exec(ctx.url);
  if (!match) return next();
  await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
  ctx.url = match[2];
  await next();
  // Late every time: a page opened again must not find it in the cache.
  ctx.set('Cache-Control', 'no-store');
}

// `/__offline/dist/hr-widgets.js` is the bundle with every chunk beside it failing to load (a 404), as on a
// connection that drops after the first file: what the page shows without any download. `/__nocatalog/…`
// fails only the help-line catalog's chunk.
async function offline(ctx, next) {
  const match = /^\/__(offline|nocatalog)(\/.*)$/.exec(ctx.url);
  if (!match) return next();
  if (match[1] === 'offline' ? match[2].includes('/chunks/') : match[2].includes('/chunks/catalog-')) {
    ctx.status = 404;
    return;
  }
  ctx.url = match[2];
  return next();
}

// `?csp` on a page serves it under a strict Content-Security-Policy with Trusted Types: one page, both modes.
async function strictCsp(ctx, next) {
  await next();
  if (ctx.query.csp !== undefined) ctx.set('Content-Security-Policy', "default-src 'self'; require-trusted-types-for 'script'");
}

// `/__echo-request` answers with principles naming the cookie and referrer it
// was sent: lets tests prove that `src` is fetched without either.
async function echoRequest(ctx, next) {
  if (ctx.path !== '/__echo-request') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify([{ title: `cookie: ${ctx.get('cookie') || 'none'}` }, { title: `referrer: ${ctx.get('referer') || 'none'}` }]);
}

// Hostile servers for `src`: `PUT /__stash/<key>` keeps a body that `GET` then
// returns; `/__hang` never answers; `/__trickle` sends a byte a second, forever;
// `/__huge/<MB>` sends that many megabytes of JSON.
const stash = new Map();
async function hostileServers(ctx, next) {
  const match = /^\/__(stash|hang|trickle|huge)(?:\/([\w.-]+))?/.exec(ctx.path);
  if (!match) return next();
  const [, kind, key] = match;
  if (kind === 'stash' && ctx.method === 'PUT') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    stash.set(key, Buffer.concat(chunks).toString('utf8'));
    ctx.status = 204;
    return;
  }
  if (kind === 'stash') {
    ctx.type = 'application/json';
    ctx.body = stash.get(key) ?? 'null';
    return;
  }
  const closed = new Promise((resolve) => ctx.req.on('close', resolve));
  if (kind === 'hang') {
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 120_000))]);
    ctx.status = 204;
    return;
  }
  ctx.type = 'application/json';
  const stream = new PassThrough();
  ctx.body = stream;
  if (kind === 'trickle') {
    stream.write('[');
    const timer = setInterval(() => stream.write(' '), 1000);
    void closed.then(() => clearInterval(timer));
    setTimeout(() => clearInterval(timer), 120_000);
    return;
  }
  // huge: a list of one entry repeated, written in pieces.
  const piece = `${JSON.stringify({ title: 'x'.repeat(1000), name: 'x' })},`;
  let left = Number(key) * 1_000_000;
  stream.write('[');
  const pump = () => {
    while (left > 0) {
      left -= piece.length;
      if (!stream.write(piece)) return void stream.once('drain', pump);
    }
    stream.end('{}]');
  };
  pump();
}

// `executeServerCommand('forced-colors', { active })`: Windows high contrast,
// which the stock emulate-media command offers only under Playwright.
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Puppeteer's own helper refuses this feature; the DevTools protocol takes it.
    const cdp = page.createCDPSession ? await page.createCDPSession() : await page.target().createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
    return true;
  },
};

// esbuild compiles the sources; what the build wrote (dist/, dist-studio/) is served as built, so the
// bundle and the studio are tested byte for byte. (Re-lowering a minified build once broke PapaParse in it.)
function sourcesOnly(plugin) {
  const wrapped = Object.create(plugin);
  wrapped.transform = function (context) {
    return /^\/dist(?:-studio)?\//.test(context.path) ? undefined : plugin.transform.call(this, context);
  };
  return wrapped;
}

// Data the sources import as a module (the help-line catalog): what Vite does in the build. Only under src/: schemas are fetched as JSON.
const jsonModules = {
  name: 'json-modules',
  transform(context) {
    if (!/^\/src\/.*\.json$/.test(context.path)) return undefined;
    return { body: `export default ${context.body};`, headers: { 'content-type': 'text/javascript' } };
  },
};

// PapaParse ships one UMD file; Vite's build turns it into a module, and this does the same for the tests.
const papaparseAsModule = {
  name: 'papaparse-as-module',
  transform(context) {
    if (!context.path.endsWith('/papaparse/papaparse.js')) return undefined;
    return {
      body: `const module = { exports: {} };\n(function (module, exports) {\n${context.body}\n})(module, module.exports);\nexport default module.exports;\n`,
    };
  },
};

export default {
  middleware: [strictCsp, delay, offline, echoRequest, hostileServers],
  files: ['test/**/*.test.ts'],
  // Lit's production build: no dev-mode warnings in the console under test.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    papaparseAsModule,
    jsonModules,
    forcedColors,
    keysCommand,
    sourcesOnly(esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })),
  ],
  browsers: engines.map((name) => launchers[name]()),
  // A floor under the sources' coverage (Lion keeps one too): code no test reaches is a question to ask.
  // V8 coverage comes from Chromium only.
  // Only for the whole suite: a run of a few files (--files) cannot reach the floor.
  coverage: engines.includes('chromium') && !process.argv.includes('--files'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 95, branches: 85, functions: 95, lines: 95 },
  },
  // Two cores: one page at a time keeps timings and focus behaviour steady.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // HR_ONLY=<name>: the data-contract suite runs for that element alone (scripts/create-test.js).
  ...(process.env.HR_ONLY && {
    testRunnerHtml: (framework) =>
      `<!doctype html><html><body><script>window.HR_ONLY = ${JSON.stringify(process.env.HR_ONLY)};</script><script type="module" src="${framework}"></script></body></html>`,
  }),
  reporters: [defaultReporter(), countReporter()],
};
