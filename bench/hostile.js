// `npm run bench` (second part): how long the worst inputs a broken export or a
// hostile script can give hold the main thread, per element, in headless
// Chromium: from setting the data to the end of the update, which runs in one
// go (validation and rendering happen in a single microtask). The contract's promise: never more than a second, and work that
// grows linearly. Each row also times a baseline in the same page: one
// structuredClone of the same input (a single pass over every value), so the
// ratio says how many such passes the element costs.
import { RUNS, median, start } from './harness.js';

const { base, browser, stop } = await start();

/** A valid item per element's list, and the list's key. */
const ITEMS = {
  'hr-quiz': ['questions', { prompt: 'P', answer: true }],
  'hr-resource-list': [
    'resources',
    { name: 'N', phone: '988', email: 'help@example.org', url: 'https://example.org/', region: 'R', services: ['naloxone'] },
  ],
  'hr-principles': ['principles', { title: 'Same title' }],
  'hr-helpline': ['lines', { name: 'N', phone: '988' }],
};

/** Inputs, built inside the page (no megabytes over the wire): name → source of a function (key, item) => data. */
const INPUTS = {
  '100,000 empty entries': '(key) => ({ [key]: Array.from({ length: 100000 }, () => ({})) })',
  '20,000 equal entries': '(key, item) => ({ [key]: Array.from({ length: 20000 }, () => ({ ...item })) })',
  '50,000 valid entries':
    '(key, item) => ({ [key]: Array.from({ length: 50000 }, (_, i) => ({ ...item, name: `N${i}`, title: `T${i}`, prompt: `P${i}` })) })',
  '10,000 distinct services and regions':
    '(key, item) => ({ [key]: Array.from({ length: 10000 }, (_, i) => ({ ...item, services: [`s${i}`], region: `R${i}` })) })',
  'every field 200,000 characters':
    '(key, item) => { const long = "x".repeat(200000); const e = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, typeof v === "string" ? long : v])); return { title: long, [key]: [e, { ...item, email: `${"a".repeat(200000)}@b` }] }; }',
  '18 MB of JSON text (attribute)': 'json',
};

async function once(tag, name) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/hostile.html`);
  await page.waitForFunction((t) => customElements.get(t), tag);
  const result = await page.evaluate(
    async ([tag, key, item, source]) => {
      const json = source === 'json';
      // Just under the 20 million characters an element reads: all of it is parsed.
      const data = json
        ? JSON.stringify({ [key]: Array.from({ length: 50000 }, (_, i) => ({ ...item, description: `${i} `.repeat(40) })) })
        : (0, eval)(source)(key, item);
      const t0 = performance.now();
      structuredClone(data);
      const baseline = performance.now() - t0;
      const el = document.createElement(tag);
      document.body.append(el);
      await el.updateComplete;
      const t1 = performance.now();
      if (json) el.setAttribute('data', data);
      else el.data = data;
      await el.updateComplete;
      const held = performance.now() - t1;
      return { held, baseline, length: json ? data.length : 0, nodes: el.shadowRoot.querySelectorAll('*').length };
    },
    [tag, ...ITEMS[tag], INPUTS[name]],
  );
  await page.close();
  return result;
}

const rows = [];
for (const tag of Object.keys(ITEMS)) {
  for (const name of Object.keys(INPUTS)) {
    if (name.includes('services') && tag !== 'hr-resource-list') continue;
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(tag, name));
    rows.push({ tag, name, ...Object.fromEntries(['held', 'baseline', 'length', 'nodes'].map((k) => [k, median(runs.map((r) => r[k]))])) });
    process.stderr.write(`measured ${tag}: ${name}\n`);
  }
}
await stop();

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`\nThe main thread held by hostile input (medians of ${RUNS} runs, headless Chromium). The promise: under 1,000 ms.`);
console.log(
  '| element | input | held: data set → rendered | baseline: one structuredClone | held ÷ baseline | elements in the shadow tree |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.tag} | ${r.name} | ${ms(r.held)}${r.held > 1000 ? ' **over**' : ''} | ${ms(r.baseline)} | ${(r.held / Math.max(r.baseline, 0.1)).toFixed(1)}× | ${r.nodes} |`,
  );
}
