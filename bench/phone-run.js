// The phone profile: a 10,000-entry directory fetched from `src` by
// <hr-resource-list>, against List.js 2.3 and a List.js-style page that fetch
// the same file, on Lighthouse's mobile profile applied through the DevTools protocol
// (CPU slowed 4×, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), files
// served gzip-compressed, cold loads. Prints medians and the ratio, and the
// floor: a page with no library that shows the first name as soon as its
// bytes arrive.
import { gzipSync } from 'node:zlib';
import { RUNS, directoryJson, median, phonePage, start } from './harness.js';

const COUNT = Number(process.env.BENCH_PHONE_COUNT ?? 10000);
const { base, browser, stop } = await start();

async function firstCards(impl) {
  const loads = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await phonePage(browser);
    await page.goto(`${base}/bench/phone-${impl}.html?n=${COUNT}`);
    loads.push(await page.waitForFunction(() => window.firstCards, undefined, { timeout: 120_000 }).then((h) => h.jsonValue()));
    await context.close();
  }
  return median(loads);
}

// The file is made and compressed once before the runs, as a host has it ready.
await fetch(`${base}/bench/data/${COUNT}.json`, { headers: { 'accept-encoding': 'gzip' } });
const ours = await firstCards('ours');
const baseline = await firstCards('baseline');
// The library itself (a devDependency), as TARGETS.md measures it.
const listjs = await firstCards('listjs');
const floor = await firstCards('floor');
await stop();

const ms = (x) => `${Math.round(x).toLocaleString('en-US')} ms`;
console.log(
  `\n<hr-resource-list> on the phone profile: ${COUNT.toLocaleString('en-US')} entries from src (every field filled, ${Math.round(gzipSync(directoryJson(COUNT)).length / 1000)} KB gzip), cold loads, navigation start → first entry painted (median of ${RUNS}):` +
    `\n| hr-resource-list | List.js 2.3 | ratio | List.js-style page (DOM by hand) | ratio | the floor (no library, first bytes) | target |` +
    `\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |` +
    `\n| ${ms(ours)} | ${ms(listjs)} | ${(listjs / ours).toFixed(1)}× | ${ms(baseline)} | ${(baseline / ours).toFixed(1)}× | ${ms(floor)} | ≤ 1,200 ms, ≥ 10× List.js |`,
);
