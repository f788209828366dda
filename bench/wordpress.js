// A WordPress page with a quiz block on the phone profile (Lighthouse's mobile
// profile through the DevTools protocol: CPU 4× slower, 150 ms round trip,
// 1.6 Mbit/s down), cold loads, against the same page without the block, on a
// real WordPress 6.8 (Playground, offline) with the plugin's built folder:
// the bytes and requests the plugin adds, and the time to the first question.
// Playground's server does not compress: bytes are as sent, uncompressed.
import { chromium } from 'playwright-core';
import { chromeArgs, find } from '../scripts/find-browsers.js';
import { php, startWordPress } from '../scripts/wp/server.js';
import { RUNS, median, phonePage } from './harness.js';

const quiz = JSON.parse(await (await import('node:fs/promises')).readFile('bench/quiz-10.json', 'utf8'));
const wp = await startWordPress({ version: '6.8', plugins: [{ name: 'hr-widgets', dir: 'dist-wordpress/hr-widgets' }] });
const browser = await chromium.launch({ executablePath: find('chromium'), args: chromeArgs });
try {
  await wp.setPermalinks();
  const { result } = await wp.run(`
    wp_set_current_user(1);
    $quiz = wp_insert_post(['post_type' => 'hr_widget', 'post_status' => 'publish', 'post_title' => 'Bench quiz',
      'post_content' => wp_slash(${php(JSON.stringify({ element: 'quiz', data: quiz }))})], true);
    $text = '<!-- wp:paragraph --><p>Before the quiz: a paragraph, as a page has.</p><!-- /wp:paragraph -->';
    $page = fn ($title, $content) => get_permalink(wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title, 'post_content' => $content]));
    return [$page('Without', $text), $page('With', $text . '<!-- wp:hr-widgets/quiz {"content":' . $quiz . '} /-->')];`);
  const [without, withQuiz] = result.map((u) => u.replace(/^https?:\/\/[^/]+/, wp.url));

  /** One cold load on the phone profile: load event, first question (when there is one), and what came over the wire. */
  async function load(url, question) {
    const { context, page } = await phonePage(browser);
    await page.goto(url, { waitUntil: 'load' });
    const first = question
      ? await page
          .waitForFunction(() => document.querySelector('hr-quiz')?.shadowRoot?.querySelector('legend') && performance.now(), undefined, {
            timeout: 60_000,
            polling: 16,
          })
          .then((h) => h.jsonValue())
      : undefined;
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => ({
      load: performance.getEntriesByType('navigation')[0].loadEventEnd,
      html: performance.getEntriesByType('navigation')[0].transferSize,
      ours: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('/plugins/hr-widgets/'))
        .map((r) => r.transferSize),
      requests: performance.getEntriesByType('resource').length,
    }));
    await context.close();
    return { ...seen, first };
  }

  const runs = { without: [], with: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.without.push(await load(without, false));
    runs.with.push(await load(withQuiz, true));
  }
  const m = (list, f) => median(list.map(f));
  const ms = (x) => `${Math.round(x).toLocaleString('en-US')} ms`;
  const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
  const ours = runs.with[0].ours;
  console.log(
    `\nWordPress 6.8 page with a quiz block (10 questions), phone profile, cold loads (median of ${RUNS}; bytes uncompressed, as Playground sends them):` +
      `\n| | without the block | with the block | added |` +
      `\n| --- | ---: | ---: | ---: |` +
      `\n| requests | ${m(runs.without, (r) => r.requests)} | ${m(runs.with, (r) => r.requests)} | ${ours.length} of ours |` +
      `\n| page HTML | ${kb(m(runs.without, (r) => r.html))} | ${kb(m(runs.with, (r) => r.html))} | ${kb(m(runs.with, (r) => r.html) - m(runs.without, (r) => r.html))} |` +
      `\n| our files | — | ${kb(ours.reduce((a, b) => a + b, 0))} | ${ours.length} files |` +
      `\n| load event | ${ms(m(runs.without, (r) => r.load))} | ${ms(m(runs.with, (r) => r.load))} | ${ms(m(runs.with, (r) => r.load) - m(runs.without, (r) => r.load))} |` +
      `\n| first question shown | — | ${ms(m(runs.with, (r) => r.first))} | ${(m(runs.with, (r) => r.first) / m(runs.without, (r) => r.load)).toFixed(2)}× the page's own load |`,
  );
} finally {
  await browser.close();
  await wp.stop();
}
