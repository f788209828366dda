// Visitor pages of a real WordPress in every engine (Chromium, Firefox, WebKit:
// the iPhone's engine), on the oldest version we claim (a module through a
// classic script tag) and a current one (WordPress's script modules): the
// block's and the shortcode's element upgrades with the exact data, a person
// plays the quiz to hr-complete, the bundle loads once and nothing leaves the site.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launch } from '../../scripts/wp/engines.js';
import { php, startWordPress } from '../../scripts/wp/server.js';

const VERSIONS = (process.env.WP_VERSIONS || '6.1,6.8').split(',');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ENGINES = (process.env.WP_ENGINES || 'chromium,firefox,webkit').split(',');
const QUIZ = {
  title: 'Naloxone <b>quiz</b> & "you" — it\'s [gallery] ¿Qué? ñ 😀',
  questions: [{ prompt: 'Naloxone can reverse an opioid overdose. [x]', type: 'true-false', answer: true }],
};

/**
 * In the page: waits for the quiz, answers "True" as a person would (the radio, then the buttons by their words), and
 * reports what the page holds. Self-contained: it runs inside each engine.
 */
async function playQuiz([answer, check, results]) {
  const wait = async (find) => {
    for (let i = 0; i < 300; i++) {
      const found = find();
      if (found) return found;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`not found: ${find}`);
  };
  await customElements.whenDefined('hr-quiz');
  const quiz = document.querySelector('hr-quiz');
  const root = quiz.shadowRoot;
  const heading = await wait(() => root.querySelector('h2'));
  const complete = new Promise((done) => quiz.addEventListener('hr-complete', (e) => done(e.detail)));
  const byWords = (selector, words) => () => [...root.querySelectorAll(selector)].find((n) => n.textContent.trim() === words);
  (await wait(byWords('label', answer))).click();
  (await wait(byWords('button', check))).click();
  (await wait(byWords('button', results))).click();
  return {
    data: quiz.getAttribute('data'),
    lang: quiz.getAttribute('lang'),
    heading: heading.textContent,
    complete: await complete,
    origin: location.origin,
    resources: performance.getEntriesByType('resource').map((r) => r.name),
  };
}

for (const version of VERSIONS) {
  describe(`WordPress ${version}: visitor pages in every engine`, { concurrency: false }, () => {
    /** @type {import('../../scripts/wp/server.js').WordPress} */
    let wp;
    const pages = {};

    before(async () => {
      wp = await startWordPress({ version, plugins: [{ name: 'hr-widgets', dir: 'dist-wordpress/hr-widgets' }] });
      await wp.createUsers([{ login: 'author', password: 'a long test password 4 hr-widgets', role: 'author' }]);
      await wp.setPermalinks();
      const { result } = await wp.run(`
        wp_set_current_user(get_user_by('login', 'author')->ID);
        $quiz = wp_insert_post(['post_type' => 'hr_widget', 'post_status' => 'publish', 'post_title' => 'Our quiz', 'post_name' => 'our-quiz',
          'post_content' => wp_slash(${php(JSON.stringify({ element: 'quiz', data: QUIZ }))})], true);
        $page = fn ($title, $content) => get_permalink(wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title, 'post_content' => wp_slash($content)]));
        return [
          'block' => $page('Quiz block', '<!-- wp:hr-widgets/quiz {"content":' . $quiz . '} /--><!-- wp:hr-widgets/helpline {"variant":"compact"} /-->'),
          'shortcode' => $page('Quiz shortcode', "Before.\\n\\n[hr_widget id=\\"our-quiz\\" lang=\\"es\\"]"),
        ];`);
      for (const [key, url] of Object.entries(result)) pages[key] = url.replace(/^https?:\/\/[^/]+/, wp.url);
    });

    after(async () => {
      await wp?.stop();
    });

    for (const engine of ENGINES) {
      it(`${engine}: the block and the shortcode show the exact data, play to hr-complete, pass axe, load the bundle once, stay on the site`, async () => {
        const browser = await launch(engine);
        try {
          for (const [page, words] of [
            ['block', ['True', 'Check my answer', 'See my results']],
            ['shortcode', ['Verdadero', 'Revisar mi respuesta', 'Ver mis resultados']],
          ]) {
            const tab = await browser.open(pages[page]);
            try {
              const seen = await tab.evaluate(playQuiz, ...words);
              assert.deepEqual(JSON.parse(seen.data), QUIZ, page);
              assert.equal(seen.heading, QUIZ.title, page);
              assert.equal(seen.lang, page === 'shortcode' ? 'es' : null);
              assert.deepEqual(seen.complete, { percent: 100, correct: 1, total: 1, passed: null }, page);
              assert.equal(seen.resources.filter((r) => r.includes('/plugins/hr-widgets/assets/hr-widgets.js')).length, 1, page);
              assert.deepEqual(
                seen.resources.filter((r) => !r.startsWith('data:') && new URL(r).origin !== seen.origin),
                [],
                `${page}: no request leaves the site`,
              );
              // axe in the page, on the elements we print, after the quiz has been played.
              const violations = await tab.evaluate(async ([source]) => {
                (0, eval)(source);
                const { violations } = await window.axe.run({ include: [['hr-quiz'], ['hr-helpline']] });
                return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
              }, axeSource);
              assert.deepEqual(violations, [], page);
            } finally {
              await tab.close();
            }
          }
        } finally {
          await browser.close();
        }
      });
    }
  });
}
