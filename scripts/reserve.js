// `npm run reserve`: measures the height of each element's built-in content
// in the built bundle (headless Chromium, wide, medium and narrow screens) and
// writes it into the element's `static reserve`, where the loading state and
// the "Reserved space" table in docs/theming.md (npm run manifest) read it. The first
// number, the height held for a site's own data, is a choice and is kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { start } from '../bench/harness.js';
import { loadElements } from './elements.js';

// Wide, then the two breakpoints of reserveStyles(): ≤ 48rem and ≤ 30rem.
const WIDTHS = [1100, 700, 375];
const page = 'node_modules/.cache/hr-reserve/page.html';

const elements = (await loadElements()).filter((e) => e.reserve);
mkdirSync('node_modules/.cache/hr-reserve', { recursive: true });
const { base, browser, stop } = await start();
try {
  for (const { name, tag, reserve } of elements) {
    writeFileSync(
      page,
      `<!doctype html><html lang="en"><body style="margin:0"><${tag}></${tag}><script type="module" src="/dist/hr-widgets.js"></script></body></html>`,
    );
    const heights = [];
    for (const width of WIDTHS) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      await tab.goto(`${base}/${page}`);
      const px = await tab.evaluate(async (tag) => {
        const el = document.querySelector(tag);
        const start = performance.now();
        while (!(el.source === 'default' && el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part="loading"]'))) {
          if (performance.now() - start > 10_000) throw new Error(`${tag}: no built-in content after 10 s`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await el.updateComplete;
        return el.getBoundingClientRect().height / parseFloat(getComputedStyle(document.documentElement).fontSize);
      }, tag);
      heights.push(Math.ceil(px));
      await tab.close();
    }
    const next = [reserve[0], ...heights];
    const file = `src/${name}/hr-${name}.ts`;
    const source = readFileSync(file, 'utf8');
    const updated = source.replace(/static reserve = \[[\d, ]+\] as const;/, `static reserve = [${next.join(', ')}] as const;`);
    if (updated === source && next.join() !== reserve.join())
      throw new Error(`${file}: no "static reserve = [...] as const;" line to update`);
    writeFileSync(file, updated);
    console.log(`<${tag}> ${reserve.join(', ')} → ${next.join(', ')} rem`);
  }
} finally {
  await stop();
}
console.log('Now run: npm run build && npm run manifest (the table in docs/theming.md).');
