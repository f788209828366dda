// The three engines, one small interface, for tests of pages served by
// WordPress: open a page, run a function in it, close. Chromium through
// playwright-core, Firefox through puppeteer-core over WebDriver BiDi, WebKit
// through WebKitGTK's WebDriver (under xvfb-run when there is no display), as
// web-test-runner.config.js drives them.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromeArgs, find } from '../find-browsers.js';

/**
 * @typedef {object} Tab
 * @property {<T>(fn: (...args: any[]) => T | Promise<T>, ...args: unknown[]) => Promise<T>} evaluate runs fn in the page
 * @property {(modifier: 'Control', key: string) => Promise<void>} press a key with a modifier held, as a person types it (Ctrl+C)
 * @property {() => Promise<void>} close
 */

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** @param {number} port */
async function waitForPort(port) {
  for (const end = Date.now() + 30_000; Date.now() < end;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within 30 s`);
}

/**
 * Starts an engine.
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 * @returns {Promise<{ open: (url: string) => Promise<Tab>, close: () => Promise<void> }>}
 */
export async function launch(engine) {
  if (engine !== 'webkit') {
    // Playwright's and puppeteer's pages answer the same calls.
    const browser =
      engine === 'chromium'
        ? await chromium.launch({ executablePath: find('chromium'), args: chromeArgs })
        : await puppeteer.launch({
            browser: 'firefox',
            executablePath: find('firefox'),
            headless: true,
            extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'app.update.enabled': false },
          });
    return {
      open: async (url) => {
        const page = await browser.newPage();
        await page.goto(url);
        return {
          evaluate: (fn, ...args) => page.evaluate(fn, args),
          press: async (modifier, key) => {
            await page.keyboard.down(modifier);
            await page.keyboard.press(key);
            await page.keyboard.up(modifier);
          },
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  }
  const port = await freePort();
  const driver = [find('webkit'), `--port=${port}`];
  const command = process.env.DISPLAY ? driver : ['xvfb-run', '-a', ...driver];
  // Its own process group: stopping it stops Xvfb and the browser too.
  const child = spawn(command[0], command.slice(1), {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1', LANG: 'en_US.UTF-8' },
  });
  const kill = () => {
    try {
      process.kill(-(child.pid ?? 0), 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', kill);
  await waitForPort(port);
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    connectionRetryTimeout: 60_000,
    connectionRetryCount: 1,
    capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
  });
  return {
    // One window: pages are opened one after another.
    open: async (url) => {
      await browser.url(url);
      return {
        evaluate: (fn, ...args) => browser.execute(fn, args),
        // The modifier is held to the end of the sequence.
        press: (modifier, key) => browser.keys([modifier, key]),
        close: async () => {},
      };
    },
    close: async () => {
      await browser.deleteSession().catch(() => {});
      kill();
    },
  };
}
