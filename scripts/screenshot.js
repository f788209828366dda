// Dev aid: `node scripts/screenshot.js URL out.png [width] [selector]` — a screenshot in headless Chromium,
// of the full page or of the first element matching the selector.
import { chromium } from 'playwright-core';
import { findChrome, chromeArgs } from './find-browsers.js';

const [url, out, width = '1000', selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
