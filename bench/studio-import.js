// `npm run bench` (after the build): the studio's spreadsheet import of 50,000
// rows, in headless Chromium, as an author does it: paste, read, replace. Reports
// the median time from "Read the table" to the first page of entries in the form,
// and the longest task the page ran meanwhile (the worker's work is not the page's).
// Then history's memory: the page's JS heap (after garbage collection) with the
// built-in directory, after one import, after five in a row (each replacing the
// last), and after undoing and redoing them all: bounded history holds the
// directory a few times, never once per import.
import { RUNS, median, start } from './harness.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50000);
const { base, browser, stop } = await start();

const csv = ['Name,Phone,Services,City,State,Zip'];
for (let i = 0; i < ROWS; i++)
  csv.push(
    `"Site ${i}, Inc.",555-01${String(i % 100).padStart(2, '0')},"naloxone; syringe services",City ${i % 300},PA,191${String(i % 100).padStart(2, '0')}`,
  );
const text = csv.join('\n');

const runs = [];
for (let i = 0; i < RUNS; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/dist-studio/index.html`);
  await page.waitForSelector('studio-app #f-questions');
  await page.selectOption('#element', 'resource-list');
  await page.waitForSelector('#f-resources-0');
  await page.click('studio-csv summary');
  await page.evaluate((t) => {
    document.querySelector('#csv-text').value = t;
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask' });
  }, text);
  const t0 = await page.evaluate(() => performance.now());
  await page.click('#csv-read');
  await page.waitForSelector('#csv-replace', { timeout: 120000 });
  const read = await page.evaluate(() => performance.now());
  await page.click('#csv-replace');
  await page.waitForFunction(() => document.querySelector('#f-resources-count')?.textContent.includes('of 50,000'), null, {
    timeout: 120000,
  });
  const done = await page.evaluate(() => performance.now());
  const longest = await page.evaluate(() => window.longest);
  runs.push({ total: done - t0, read: read - t0, longest });
  await page.close();
}

/** The page's JS heap after a full garbage collection, in MB. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
}
const memory = [];
for (let i = 0; i < RUNS; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}/dist-studio/index.html`);
  await page.waitForSelector('studio-app #f-questions');
  await page.selectOption('#element', 'resource-list');
  await page.waitForSelector('#f-resources-0');
  await page.click('studio-csv summary');
  const shown = (n) =>
    page.waitForFunction((n) => document.querySelector('#f-resources-count')?.textContent.includes(`of ${n}`), n.toLocaleString('en'), {
      timeout: 120000,
    });
  const row = { start: await heap(cdp) };
  for (let k = 1; k <= 5; k++) {
    // Each import a different directory: the same size, nothing shared with the last.
    await page.evaluate((t) => (document.querySelector('#csv-text').value = t), text.replaceAll('"Site ', `"Site ${k}-`));
    await page.click('#csv-read');
    await page.click('#csv-replace', { timeout: 120000 });
    await shown(ROWS);
    if (k === 1) row.one = await heap(cdp);
  }
  row.five = await heap(cdp);
  let undone = 0;
  while ((await page.getAttribute('#undo', 'aria-disabled')) === 'false') {
    await page.click('#undo');
    undone++;
  }
  for (let k = 0; k < undone; k++) await page.click('#redo');
  await shown(ROWS);
  row.after = await heap(cdp);
  row.undone = undone;
  memory.push(row);
  await page.close();
}
await stop();

const ms = (x) => `${Math.round(x)} ms`;
console.log(`\nStudio: importing ${ROWS.toLocaleString('en')} CSV rows (medians of ${RUNS} runs, headless Chromium).\n`);
console.log("| read the table | read → first page of entries in the form | the page's longest task meanwhile |");
console.log('| ---: | ---: | ---: |');
console.log(
  `| ${ms(median(runs.map((r) => r.read)))} | ${ms(median(runs.map((r) => r.total)))} | ${ms(median(runs.map((r) => r.longest)))} |`,
);
const mb = (key) => `${median(memory.map((r) => r[key])).toFixed(1)} MB`;
const per = median(memory.map((r) => r.one - r.start));
console.log(`\nHistory's memory (JS heap after garbage collection, medians of ${RUNS} runs; one import adds ${per.toFixed(1)} MB):\n`);
console.log(
  '| built-in directory | after 1 import | after 5 imports | after undo ×N and redo ×N | steps Undo could take back | 5 imports held, in imports |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(
  `| ${mb('start')} | ${mb('one')} | ${mb('five')} | ${mb('after')} | ${median(memory.map((r) => r.undone))} | ${(median(memory.map((r) => r.five - r.start)) / per).toFixed(1)} |`,
);
