// `npm run pictures`: a picture of each element on its built-in content, for its page in docs/elements/
// (docs/elements/<name>.png), taken in headless Chromium from the release's own demo page, served from
// tmp/release/ as a site would serve it. Run after `npm test` (or `npm run release` and its --check).
// Pictures depend on the machine's fonts: they are made on demand and committed, not compared in tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './find-browsers.js';
import { serveFolder } from './serve-folder.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const ROOT = `tmp/release/hr-widgets-${version}`;
if (!existsSync(join(ROOT, 'demo/index.html'))) throw new Error(`${ROOT} is missing: run \`node scripts/release.js --check\` first.`);
const server = await serveFolder(ROOT);
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
try {
  const page = await browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await page.goto(`${server.url}demo/index.html`, { waitUntil: 'networkidle' });
  // The quick exit floats over everything: out of the way for the others, then pictured on its own, in its corner.
  const exit = page.locator('hr-quick-exit').first();
  await exit.evaluate((el) => (el.style.visibility = 'hidden'));
  for (const name of ['quiz', 'resource-list', 'principles', 'helpline']) {
    const element = page.locator(`hr-${name}`).first();
    await element.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    // Where it is on the page (boundingBox is the window's): the picture is of the whole page, clipped to it.
    const box = await element.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    });
    // The top of a long one (the directory) is enough: a picture, not the whole list.
    await page.screenshot({ path: `docs/elements/${name}.png`, fullPage: true, clip: { ...box, height: Math.min(box.height, 900) } });
    console.log(`docs/elements/${name}.png`);
  }
  await exit.evaluate((el) => (el.style.visibility = ''));
  const button = await exit.locator('button, a').first().boundingBox();
  const margin = 16;
  await page.screenshot({
    path: 'docs/elements/quick-exit.png',
    clip: { x: button.x - 160, y: button.y - margin, width: button.width + 160 + margin, height: button.height + 2 * margin },
  });
  console.log('docs/elements/quick-exit.png');
} finally {
  await browser.close();
  server.close();
}
