// The WordPress plugin in a real WordPress (Playground: PHP as WebAssembly,
// SQLite, offline), the oldest version we claim and a current one, with the
// zip's own folder mounted. Visitor pages in Chromium here; run by
// scripts/test-wordpress.js (node:test).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { loadSource } from '../../scripts/elements.js';
import { chromeArgs, find } from '../../scripts/find-browsers.js';
import { php, startWordPress } from '../../scripts/wp/server.js';

const VERSIONS = (process.env.WP_VERSIONS || '6.1,6.8').split(',');
const PASSWORD = 'a long test password 4 hr-widgets';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Everything WordPress and HTML give meaning to, and a shortcode, in a quiz a visitor plays. */
const QUIZ = {
  title: 'Naloxone <b>quiz</b> & "you" — it\'s [gallery] ¿Qué? ñ 😀',
  intro: 'Line one.\n\nLine two: [hr_widget id="1"] <script>alert(1)</script>',
  questions: [
    { prompt: 'Naloxone can reverse an opioid overdose. [x]', type: 'true-false', answer: true, explanation: '¡Sí! <i>true</i>' },
  ],
};

/** A directory of 5,000 places: too large to inline, it goes by src. */
const DIRECTORY = {
  resources: Array.from({ length: 5000 }, (_, i) => ({
    name: `Place ${i + 1} <&> [${i}]`,
    city: i % 2 ? 'Albuquerque' : 'Santa Fe',
    region: 'NM',
    services: ['naloxone'],
    phone: `505-555-${String(i % 10000).padStart(4, '0')}`,
  })),
};

for (const version of VERSIONS) {
  describe(`WordPress ${version}`, { concurrency: false }, () => {
    /** @type {import('../../scripts/wp/server.js').WordPress} */
    let wp;
    /** @type {import('playwright-core').Browser} */
    let browser;
    const ids = {};

    /** Runs PHP as a user of the site. */
    const as = (login, code) => wp.run(`wp_set_current_user(get_user_by('login', ${php(login)})->ID);\n${code}`);
    /** Saves widget content as a user through wp_insert_post; returns the post id. */
    const saveContent = async (login, title, element, data, status = 'publish') =>
      (
        await as(
          login,
          `$id = wp_insert_post(['post_type' => 'hr_widget', 'post_status' => ${php(status)}, 'post_title' => ${php(title)},
            'post_content' => wp_slash(${php(JSON.stringify({ element, data }))})], true);
          if (is_wp_error($id)) throw new Exception($id->get_error_message());
          return $id;`,
        )
      ).result;
    /** A published page by a user; returns its address on this server. */
    const page = async (login, title, content) =>
      (
        await as(
          login,
          `$id = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => ${php(title)}, 'post_content' => wp_slash(${php(content)})], true);
          if (is_wp_error($id)) throw new Exception($id->get_error_message());
          return get_permalink($id);`,
        )
      ).result;
    /** A fresh browser page that records every request. */
    const visit = async (url) => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const requests = [];
      tab.on('request', (r) => requests.push(r.url()));
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.goto(url);
      return { tab, requests, errors, close: () => context.close() };
    };

    before(async () => {
      wp = await startWordPress({ version, plugins: [{ name: 'hr-widgets', dir: 'dist-wordpress/hr-widgets' }] });
      await wp.createUsers(
        ['administrator', 'editor', 'author', 'contributor']
          .map((role) => ({ login: role, password: PASSWORD, role }))
          .concat({
            login: 'author2',
            password: PASSWORD,
            role: 'author',
          }),
      );
      await wp.setPermalinks();
      browser = await chromium.launch({ executablePath: find('chromium'), args: chromeArgs });
      ids.quiz = await saveContent('author', 'Our quiz', 'quiz', QUIZ);
    });

    after(async () => {
      await browser?.close();
      await wp?.stop();
    });

    it('an Author’s quiz shows through its block with the exact data, [gallery] and all, and plays to hr-complete', async () => {
      const url = await page('author', 'Quiz page', `<!-- wp:hr-widgets/quiz {"content":${ids.quiz},"headingLevel":2} /-->`);
      const { tab, requests, errors, close } = await visit(url);
      try {
        const quiz = tab.locator('hr-quiz');
        assert.equal(await quiz.getAttribute('heading-level'), '2');
        assert.deepEqual(JSON.parse((await quiz.getAttribute('data')) ?? ''), QUIZ);
        await tab.getByRole('heading', { name: QUIZ.title }).waitFor();
        assert.equal(await tab.getByRole('heading', { name: QUIZ.title }).evaluate((h) => h.tagName), 'H2', 'one below the page title');
        await tab.evaluate(() => {
          window.__complete = new Promise((done) =>
            document.querySelector('hr-quiz').addEventListener('hr-complete', (e) => done(e.detail)),
          );
        });
        await tab.getByRole('radio', { name: 'True' }).check();
        await tab.getByRole('button', { name: 'Check my answer' }).click();
        await tab.getByText('¡Sí! <i>true</i>').waitFor();
        await tab.getByRole('button', { name: 'See my results' }).click();
        assert.deepEqual(await tab.evaluate(() => window.__complete), { percent: 100, correct: 1, total: 1, passed: null });
        await tab.addScriptTag({ content: axeSource });
        const { violations } = await tab.evaluate(() => window.axe.run({ include: [['hr-quiz']] }));
        assert.deepEqual(
          violations.map((v) => v.id),
          [],
        );
        const origin = new URL(url).origin;
        // blob: addresses carry their page's origin (WordPress 6.8 makes one); data: has none and never leaves the page.
        const away = requests.filter((r) => !r.startsWith('data:') && new URL(r).origin !== origin);
        assert.deepEqual(away, [], 'no request leaves the site');
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });

    it('the shortcode in classic content shows the same, by slug or id; unknown attributes are ignored', async () => {
      const url = await page(
        'author',
        'Shortcode page',
        `Before.\n\n[hr_widget id="our-quiz" lang="es" heading-level="9" onclick="x"]\n\n[hr_widget id="${ids.quiz}" persist]`,
      );
      const { tab, close } = await visit(url);
      try {
        const quizzes = tab.locator('hr-quiz');
        assert.equal(await quizzes.count(), 2);
        assert.equal(await quizzes.first().getAttribute('lang'), 'es');
        assert.equal(await quizzes.first().getAttribute('heading-level'), null, 'out of range: left out');
        assert.equal(await quizzes.first().getAttribute('onclick'), null);
        for (const i of [0, 1]) assert.deepEqual(JSON.parse((await quizzes.nth(i).getAttribute('data')) ?? ''), QUIZ);
        assert.deepEqual(
          [await quizzes.first().getAttribute('persist'), await quizzes.nth(1).getAttribute('persist')],
          [null, ''],
          'a flag without a value',
        );
        await tab.getByRole('button', { name: 'Revisar mi respuesta' }).waitFor();
      } finally {
        await close();
      }
    });

    it('a page without a widget loads nothing of ours; three widgets load the bundle once', async () => {
      const plain = await page('author', 'Plain page', '<!-- wp:paragraph --><p>Nothing here.</p><!-- /wp:paragraph -->');
      const three = await page(
        'author',
        'Three widgets',
        `<!-- wp:hr-widgets/quiz {"content":${ids.quiz}} /--><!-- wp:hr-widgets/helpline {"variant":"compact"} /--><!-- wp:hr-widgets/principles /-->`,
      );
      for (const [url, expected] of [
        [plain, 0],
        [three, 1],
      ]) {
        const { tab, requests, close } = await visit(url);
        try {
          if (expected)
            await tab
              .locator('hr-helpline')
              .getByRole('link', { name: /Call 988/ })
              .waitFor();
          await tab.waitForLoadState('networkidle');
          assert.equal(requests.filter((r) => r.includes('/plugins/hr-widgets/assets/hr-widgets.js')).length, expected, url);
          assert.equal(requests.filter((r) => r.includes('/plugins/hr-widgets/')).length > 0, expected > 0, url);
          assert.equal(await tab.locator('script[src*="/plugins/hr-widgets/"]').count(), expected, url);
        } finally {
          await close();
        }
      }
    });

    it('an Author’s shortcode naming another user’s draft shows nothing to visitors; its owner sees it in a preview', async () => {
      const draft = await saveContent('author2', 'Draft of author2', 'quiz', QUIZ, 'draft');
      const url = await page('author', 'Borrowed draft', `[hr_widget id="${draft}"]`);
      const { tab, close } = await visit(url);
      try {
        assert.equal(await tab.locator('hr-quiz').count(), 0);
        assert.equal(await tab.locator('.hr-widgets-problem').count(), 0, 'visitors see no problem either');
        const html = await tab.content();
        assert.ok(!html.includes('Naloxone can reverse'), 'the draft is not in the page');
      } finally {
        await close();
      }
      // Its owner previews a post of their own with it (Authors write posts, not pages): there it shows.
      const preview = (
        await as(
          'author2',
          `$id = wp_insert_post(['post_type' => 'post', 'post_status' => 'draft', 'post_title' => 'My draft post', 'post_content' => '[hr_widget id="${draft}"]'], true);
          return get_preview_post_link($id);`,
        )
      ).result;
      const owner = await browser.newContext();
      try {
        const tab = await owner.newPage();
        await wp.login(tab, 'author2', PASSWORD);
        await tab.goto(preview.replace(/^https?:\/\/[^/]+/, wp.url));
        assert.deepEqual(JSON.parse((await tab.locator('hr-quiz').getAttribute('data')) ?? ''), QUIZ);
      } finally {
        await owner.close();
      }
      // Positive control: published content of another user shows to visitors.
      const published = await saveContent('author2', 'Published by author2', 'quiz', QUIZ);
      const url2 = await page('author', 'Borrowed published', `[hr_widget id="${published}"]`);
      const visitor = await visit(url2);
      try {
        assert.equal(await visitor.tab.locator('hr-quiz').count(), 1);
      } finally {
        await visitor.close();
      }
    });

    /** Signs in and returns a REST caller with (or without) the user's nonce. */
    const restAs = async (login) => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await wp.login(tab, login, PASSWORD);
      const nonce = await (await tab.request.get(`${wp.url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      assert.match(nonce, /^[0-9a-f]{10}$/);
      /** `withNonce`: true for the user's nonce, false for none, or a string sent as the nonce. */
      const call = async (method, path, body, withNonce = true) => {
        const sent = withNonce === true ? nonce : withNonce;
        const send = () =>
          tab.request.fetch(`${wp.url}/wp-json${path}`, {
            method,
            headers: { 'Content-Type': 'application/json', ...(sent && { 'X-WP-Nonce': sent }) },
            data: body === undefined ? undefined : JSON.stringify(body),
          });
        // Playground's server (PHP as WebAssembly) once reset a connection under load in CI: a transport fault, not an answer.
        const response = await send().catch((error) => (/ECONNRESET/.test(String(error)) ? send() : Promise.reject(error)));
        return { status: response.status(), body: await response.json() };
      };
      return { call, close: () => context.close() };
    };
    const revisions = async (id) => (await wp.run(`return count(wp_get_post_revisions(${id}));`)).result;
    const stored = async (id) => (await wp.run(`return get_post_field('post_content', ${id}, 'raw');`)).result;

    it('REST saves need the nonce and valid content: without a nonce nothing changes; a problem is refused with its path', async () => {
      const id = await saveContent('author', 'REST quiz', 'quiz', QUIZ);
      const rest = await restAs('author');
      try {
        const before = [await stored(id), await revisions(id)];
        const changed = { element: 'quiz', data: { ...QUIZ, title: 'Changed' } };
        const noNonce = await rest.call('POST', `/wp/v2/hr-widgets/${id}`, { hr_widget: changed }, false);
        assert.equal(noNonce.status, 401, 'a cookie without a nonce is no one (WordPress signs the request out)');
        const wrongNonce = await rest.call('POST', `/wp/v2/hr-widgets/${id}`, { hr_widget: changed }, '0123456789');
        assert.equal(wrongNonce.status, 403, 'a nonce that is not theirs is refused');
        assert.equal(wrongNonce.body.code, 'rest_cookie_invalid_nonce');
        assert.deepEqual([await stored(id), await revisions(id)], before);

        const invalid = await rest.call('POST', `/wp/v2/hr-widgets/${id}`, {
          hr_widget: { element: 'quiz', data: { questions: [{ prompt: 'Q', type: 'single', choices: [{ text: 'a' }, { text: 'b' }] }] } },
        });
        assert.equal(invalid.status, 400);
        assert.equal(invalid.body.code, 'hr_widgets_invalid');
        assert.deepEqual(
          invalid.body.data.problems.map((p) => p.path),
          ['questions[0].choices'],
        );
        assert.deepEqual([await stored(id), await revisions(id)], before, 'stored content and revisions unchanged');

        const ok = await rest.call('POST', `/wp/v2/hr-widgets/${id}`, { hr_widget: changed });
        assert.equal(ok.status, 200);
        assert.deepEqual(ok.body.hr_widget, changed);
        assert.equal(await revisions(id), before[1] + 1, 'a revision an editor can restore');
        const edit = await rest.call('GET', `/wp/v2/hr-widgets/${id}?context=edit`);
        assert.deepEqual(edit.body.hr_widget, changed);
      } finally {
        await rest.close();
      }
    });

    it('a Contributor cannot read another user’s draft through our routes; its author can', async () => {
      const draft = await saveContent('author', 'Author’s draft', 'quiz', QUIZ, 'draft');
      const contributor = await restAs('contributor');
      const author = await restAs('author');
      try {
        const denied = await contributor.call('GET', `/wp/v2/hr-widgets/${draft}?context=edit`);
        assert.ok([401, 403].includes(denied.status), `status ${denied.status}`);
        assert.equal((await contributor.call('GET', `/hr-widgets/v1/content/${draft}`)).status, 404);
        const own = await author.call('GET', `/wp/v2/hr-widgets/${draft}?context=edit`);
        assert.equal(own.status, 200);
        assert.deepEqual(own.body.hr_widget, { element: 'quiz', data: QUIZ });
      } finally {
        await contributor.close();
        await author.close();
      }
    });

    it('the PHP validator agrees with the elements’ validators on the shared documents, path by path', async () => {
      const [{ tables, gaps }] = await loadSource('/test/validation-cases.ts');
      // Documents JSON can carry (no undefined, NaN or functions): what a save can send.
      const same = (doc) => JSON.stringify(JSON.parse(JSON.stringify(doc) ?? 'null')) === JSON.stringify(doc) && doc !== undefined;
      const cases = tables.flatMap(({ element, validate, cases }) =>
        cases.filter((c) => same(c.doc)).map((c) => ({ element, validate, ...c })),
      );
      const gapCases = gaps.filter((g) => same(g.doc));
      const all = [...cases, ...gapCases];
      const { result } = await wp.run(`
        $out = [];
        foreach (json_decode(${php(JSON.stringify(all.map(({ element, doc }) => ({ element, data: doc }))))}) as $case) {
          $read = hr_widgets_read(wp_json_encode($case));
          $out[] = isset($read['json']) ? null : array_column($read['problems'], 'path');
        }
        return $out;`);
      const wrong = [];
      /** The value at a path of the element's notation; a bare array is the element's list. */
      const at = (doc, path) => (path.match(/[^.[\]]+/g) ?? []).slice(Array.isArray(doc) ? 1 : 0).reduce((node, key) => node?.[key], doc);
      cases.forEach(({ element, name, doc, path, validate }, i) => {
        const found = result[i];
        if (path === undefined && found) wrong.push(`${element} "${name}": valid, but PHP found ${found.join(', ')}`);
        if (path === undefined) return;
        // A string standing for an object ("988" for { "id": "988" }, "Yes" for { "text": "Yes" }) is one place:
        // the element names the field inside it, the document has only the string.
        const parent = path.replace(/\.\w+$/, '');
        const places = parent !== path && typeof at(doc, parent) === 'string' ? [path, parent] : [path];
        // Or PHP names only places the element's validator names too (a band's minPercent, beside the list it empties).
        const elementSays = validate(doc).problems.map((p) => p.path);
        const agrees = found?.some((p) => places.includes(p)) || (found?.length && found.every((p) => elementSays.includes(p)));
        if (!agrees)
          wrong.push(
            `${element} "${name}": breaks ${path}, PHP found ${found ? found.join(', ') : 'no problem'}; the element ${elementSays.join(', ')}`,
          );
      });
      gapCases.forEach(({ element, name, schemaValid }, i) => {
        if ((result[cases.length + i] === null) !== schemaValid) wrong.push(`${element} "${name}": PHP should read it as the schema does`);
      });
      assert.deepEqual(wrong, [], `${wrong.length} of ${all.length} documents:\n${wrong.join('\n')}`);
      assert.ok(cases.length > 100, `${cases.length} documents`);
    });

    it('a 5,000-entry directory goes by src to the site’s own endpoint, byte for byte', async () => {
      const id = await saveContent('editor', 'Every place', 'resource-list', DIRECTORY);
      const url = await page('editor', 'Directory page', `<!-- wp:hr-widgets/resource-list {"content":${id},"pageSize":5} /-->`);
      const { tab, requests, close } = await visit(url);
      try {
        const list = tab.locator('hr-resource-list');
        assert.equal(await list.getAttribute('data'), null);
        const src = await list.getAttribute('src');
        assert.ok(src?.startsWith(new URL(url).origin), src);
        await tab.getByText('5000 places found').waitFor();
        assert.ok(requests.includes(src));
        const served = await (await fetch(src)).json();
        assert.deepEqual(served, DIRECTORY);
      } finally {
        await close();
      }
    });

    it('the privacy policy guide offers our text; deleting the plugin removes its settings and keeps content, unless the owner chose otherwise', async () => {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        await wp.login(tab, 'administrator', PASSWORD);
        await tab.goto(`${wp.url}/wp-admin/privacy-policy-guide.php`);
        // The guide folds each plugin's text: it is there, to open and copy.
        await tab.getByText('collect nothing about visitors and send nothing anywhere').first().waitFor({ state: 'attached' });
      } finally {
        await context.close();
      }

      const uninstall = () =>
        wp.run(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; uninstall_plugin('hr-widgets/hr-widgets.php');`);
      const widgets = async () =>
        (
          await wp.run(
            `return count(get_posts(['post_type' => 'hr_widget', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids']));`,
          )
        ).result;
      const options = async () =>
        (await wp.run(`return [get_option('hr_widgets_quick_exit', 'gone'), get_option('hr_widgets_delete_content', 'gone')];`)).result;

      await wp.run(`update_option('hr_widgets_quick_exit', ['on' => true, 'attributes' => []]);`);
      const before = await widgets();
      assert.ok(before > 0, 'there is content');
      await uninstall();
      assert.deepEqual(await options(), ['gone', 'gone'], 'settings removed');
      assert.equal(await widgets(), before, 'content kept');

      // The owner chose "Also delete all widget content": it goes, with its revisions.
      const revisions = `global $wpdb; return (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'revision' AND post_parent = ${ids.quiz}");`;
      await as('author', `wp_update_post(['ID' => ${ids.quiz}, 'post_title' => 'Our quiz, again']);`);
      assert.ok((await wp.run(revisions)).result > 0, 'a revision to delete');
      await wp.run(`update_option('hr_widgets_delete_content', true);`);
      await uninstall();
      assert.equal(await widgets(), 0, 'content deleted');
      assert.equal((await wp.run(revisions)).result, 0, 'its revisions too');
      assert.deepEqual(await options(), ['gone', 'gone']);
    });
  });
}
