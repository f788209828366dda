// `npm run bench`: <hr-resource-list> against a List.js-style baseline, in
// headless Chromium, on 1k, 10k and 50k generated resources. Prints medians of
// repeated runs and the baseline/ours ratio. Times are this machine's; compare
// ratios, not absolute numbers, across machines.
import { RUNS, median, start } from './harness.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const { base, browser, stop } = await start();

async function measure(count, impl) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${base}/bench/page.html`);
    await page.waitForFunction(() => window.benchReady && customElements.get('hr-resource-list'));
    runs.push(await page.evaluate(([n, which]) => window.bench(n, which), [count, impl]));
    await page.close();
  }
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

// <hr-quiz> against SurveyJS 2.5 (the JSON-driven quiz engine site owners use
// today): cold loads of a page whose same 10 questions are fetched as JSON.
async function firstContent(path) {
  const loads = [];
  for (let i = 0; i < Math.max(RUNS, 7); i++) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${base}${path}`);
    loads.push(await page.waitForFunction(() => window.firstContent).then((h) => h.jsonValue()));
    await page.close();
  }
  return median(loads);
}
const quizFirst = await firstContent('/bench/quiz.html');
const surveyFirst = await firstContent('/bench/surveyjs.html');
// The floor: what the browser itself takes to show a line of text on this machine.
const blankFirst = await firstContent('/bench/blank.html');

const rows = [];
for (const count of SIZES) {
  const ours = await measure(count, 'ours');
  const baseline = await measure(count, 'baseline');
  rows.push({ count, ours, baseline });
  process.stderr.write(`measured ${count}\n`);
}
await stop();

const ms = (x) => `${x.toFixed(1)} ms`;
const ratio = (b, o) => `${(b / o).toFixed(1)}×`;
const line = (cells) => `| ${cells.join(' | ')} |`;
const cell = (o, b) => `${ms(o)} / ${ms(b)} / ${ratio(b, o)}`;
console.log(
  `\n<hr-resource-list> vs a List.js-style baseline (render all, hide non-matches), every field filled (structured hours too); medians of ${RUNS} runs, headless Chromium.`,
);
console.log('Each cell: ours / baseline / baseline÷ours.\n');
console.log(
  line([
    'entries',
    'data set → first cards painted',
    'keystroke → DOM updated',
    'first keystroke → DOM updated',
    'keystroke → painted',
    'keystroke → 2nd frame',
    '"Open now" → 2nd frame (ours)',
    'DOM nodes',
    'JS heap MB',
  ]),
);
console.log(line(['---:', '---', '---', '---', '---', '---', '---:', '---', '---']));
for (const { count, ours, baseline } of rows) {
  console.log(
    line([
      count.toLocaleString('en-US'),
      cell(ours.firstCards, baseline.firstCards),
      cell(ours.keyWork, baseline.keyWork),
      cell(ours.keyFirst, baseline.keyFirst),
      cell(ours.keyPainted, baseline.keyPainted),
      cell(ours.keyTwoFrames, baseline.keyTwoFrames),
      ms(ours.openNow),
      `${ours.nodes} / ${baseline.nodes}`,
      `${ours.heapMB.toFixed(1)} / ${baseline.heapMB.toFixed(1)}`,
    ]),
  );
}
console.log(
  `\n<hr-quiz> vs SurveyJS 2.5, 10 questions fetched as JSON, cold loads, navigation start → first question on screen (median of ${Math.max(RUNS, 7)}):` +
    `\n| hr-quiz | SurveyJS | SurveyJS ÷ hr-quiz | empty page (the floor) | above the floor: SurveyJS ÷ hr-quiz |` +
    `\n| ---: | ---: | ---: | ---: | ---: |` +
    `\n| ${ms(quizFirst)} | ${ms(surveyFirst)} | ${ratio(surveyFirst, quizFirst)} | ${ms(blankFirst)} | ${ratio(surveyFirst - blankFirst, quizFirst - blankFirst)} |`,
);
console.log(
  '\nTargets at 10,000 entries: first cards ≤ 100 ms, a keystroke within one frame (16 ms), DOM < 2,000 nodes.' +
    '\n"painted" waits for the next frame, so it includes up to one frame (16.7 ms at 60 Hz) of waiting for vsync;' +
    '\n"2nd frame" is one more frame on top (the TARGETS.md definition).',
);
