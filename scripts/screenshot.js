// Dev aid: `node scripts/screenshot.js URL out.png [width]` — a full-page screenshot in headless Chromium.
import { chromium } from 'playwright-core';
import { findChrome, chromeArgs } from './find-chrome.js';

const [url, out, width = '1000'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
