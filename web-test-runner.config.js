import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import * as puppeteerCore from 'puppeteer-core';
import { ENGINE_NAMES, chromeArgs, find } from './scripts/find-browsers.js';
import { countReporter } from './scripts/count-reporter.js';
import { keysCommand } from './scripts/keys-command.js';
import { webkitLauncher } from './scripts/webkit-launcher.js';

// BROWSERS=firefox (or a comma-separated list) runs some engines alone; the
// test command runs each engine in turn through scripts/test-browsers.js.
const engines = (process.env.BROWSERS || ENGINE_NAMES.join(',')).split(',').map((name) => name.trim().toLowerCase());
for (const name of engines) if (!ENGINE_NAMES.includes(name)) throw new Error(`BROWSERS: unknown engine "${name}"; use ${ENGINE_NAMES.join(', ')}`);

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
  if (match) {
    await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
    ctx.url = match[2];
  }
  return next();
}

// `/__echo-request` answers with principles naming the cookie and referrer it
// was sent: lets tests prove that `src` is fetched without either.
async function echoRequest(ctx, next) {
  if (ctx.path !== '/__echo-request') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify([{ title: `cookie: ${ctx.get('cookie') || 'none'}` }, { title: `referrer: ${ctx.get('referer') || 'none'}` }]);
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

export default {
  middleware: [delay, echoRequest],
  files: ['test/**/*.test.ts'],
  // Lit's production build: no dev-mode warnings in the console under test.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    forcedColors,
    keysCommand,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: engines.map((name) => launchers[name]()),
  // A floor under the sources' coverage (Lion keeps one too): code no test reaches is a question to ask.
  // V8 coverage comes from Chromium only.
  coverage: engines.includes('chromium'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 95, branches: 85, functions: 95, lines: 95 },
  },
  // Two cores: one page at a time keeps timings and focus behaviour steady.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countReporter()],
};
