// Editing journeys in a real WordPress: the block editor and our content
// screen in wp-admin (Chromium only, as the
// issue asks: visitor pages run in every engine elsewhere): a person inserts
// each of our blocks from the inserter, picks saved content in the block's
// settings, and publishes, as an Author, and as a Contributor whose post an
// Editor publishes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, find } from '../../scripts/find-browsers.js';
import { php, startWordPress } from '../../scripts/wp/server.js';

const VERSIONS = (process.env.WP_VERSIONS || '6.1,6.8').split(',');
const PASSWORD = 'a long test password 4 hr-widgets';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const QUIZ = { title: 'Editor quiz', questions: [{ prompt: 'Naloxone is safe to give.', type: 'true-false', answer: true }] };

for (const version of VERSIONS) {
  describe(`WordPress ${version}: the editing screens`, { concurrency: false }, () => {
    /** @type {import('../../scripts/wp/server.js').WordPress} */
    let wp;
    /** @type {import('playwright-core').Browser} */
    let browser;
    let quiz;

    const as = (login, code) => wp.run(`wp_set_current_user(get_user_by('login', ${php(login)})->ID);\n${code}`);

    /** Quiz content (QUIZ) of `login`'s, in a state and with a title of its own (`more`: other post fields); its id. */
    const quizOf = async (login, status, title, more = '') =>
      (
        await as(
          login,
          `return wp_insert_post(['post_type' => 'hr_widget', 'post_status' => ${php(status)}, 'post_title' => ${php(title)},${more}
            'post_content' => wp_slash(${php(JSON.stringify({ element: 'quiz', data: QUIZ }))})], true);`,
        )
      ).result;

    before(async () => {
      wp = await startWordPress({ version, plugins: [{ name: 'hr-widgets', dir: 'dist-wordpress/hr-widgets' }] });
      await wp.createUsers(
        ['administrator', 'editor', 'author', 'contributor']
          .map((role) => ({ login: role, password: PASSWORD, role }))
          .concat({ login: 'autora', password: PASSWORD, role: 'author' }),
      );
      // A person who reads wp-admin in Spanish (WordPress's own words stay English: no language pack offline).
      await wp.run(`update_user_meta(get_user_by('login', 'autora')->ID, 'locale', 'es_ES');`);
      await wp.setPermalinks();
      // The editor's welcome guide, seen already: a modal hides the rest of the editor from role queries.
      await wp.run(`foreach (get_users() as $user) update_user_meta($user->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
        ['core/edit-post' => ['welcomeGuide' => false], '_modified' => gmdate('c')]);`);
      quiz = await quizOf('editor', 'publish', 'Editor quiz', ` 'post_name' => 'editor-quiz',`);
      browser = await chromium.launch({ executablePath: find('chromium'), args: chromeArgs });
    });

    after(async () => {
      await browser?.close();
      await wp?.stop();
    });

    /** A new post in the block editor, signed in as `login`, the welcome guide closed. */
    async function newPost(login) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      await wp.login(tab, login, PASSWORD);
      await tab.goto(`${wp.url}/wp-admin/post-new.php`);
      await tab.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
      // The welcome guide is a modal: everything else is hidden from assistive technology (and from role queries) until it closes.
      const guide = tab.getByRole('dialog', { name: /Welcome to the (block )?editor/ });
      await guide.waitFor({ timeout: 5_000 }).then(
        () => guide.getByRole('button', { name: 'Close' }).click(),
        () => {},
      );
      await guide.waitFor({ state: 'detached' });
      return { tab, close: () => context.close() };
    }

    /** Inserts one of our blocks from the inserter, by its title, as a person would. */
    async function insert(tab, title) {
      // The inserter stays open after an insertion in some versions: the toggle would close it.
      const toggle = tab.getByRole('button', { name: /Toggle block inserter|Block Inserter/ }).first();
      const open = (await toggle.getAttribute('aria-pressed')) === 'true' || (await toggle.getAttribute('aria-expanded')) === 'true';
      if (!open) await toggle.click();
      await tab.getByRole('searchbox', { name: /Search/ }).fill(title);
      // Its name is the title with more after it (not exact).
      await tab.getByRole('option', { name: title }).first().click();
    }

    /** Closes the inserter, as a person does before going on. */
    async function closeInserter(tab) {
      const toggle = tab.getByRole('button', { name: /Toggle block inserter|Block Inserter/ }).first();
      if ((await toggle.getAttribute('aria-pressed')) === 'true' || (await toggle.getAttribute('aria-expanded')) === 'true')
        await toggle.click();
    }

    /** Opens the block settings (a person presses Settings when the sidebar is closed) and picks saved content by title. */
    async function pick(tab, title) {
      const settings = tab.getByRole('button', { name: 'Settings', exact: true }).first();
      if ((await settings.getAttribute('aria-pressed')) === 'false') await settings.click();
      const picker = tab.getByLabel('Saved content');
      await picker.locator('option', { hasText: title }).waitFor({ state: 'attached' });
      await picker.selectOption({ label: title });
    }

    /** The studio in wp-admin, as `login` opens it (`query`: which content); every request the page makes is noted. */
    async function openStudio(login, query = '') {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const requested = [];
      // The studio's own requests (wp-admin's page around it asks Gravatar for the admin bar's picture: WordPress's, not ours).
      tab.on('request', (r) => r.frame() !== tab.mainFrame() && requested.push(r.url()));
      await wp.login(tab, login, PASSWORD);
      const response = await tab.goto(`${wp.url}/wp-admin/edit.php?post_type=hr_widget&page=hr-widgets-studio${query}`);
      return {
        tab,
        response,
        studio: tab.frameLocator('#hr-widgets-studio'),
        /** What the studio asked of anywhere but the site (data: and blob: are made in the page). */
        offSite: () => requested.filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(`${wp.url}/`)),
        close: () => context.close(),
      };
    }

    /** axe in our part of the admin page and in the studio's own document (its frame). */
    async function axeStudio(tab) {
      const found = [];
      await tab.addScriptTag({ content: axeSource });
      found.push(...(await tab.evaluate(() => window.axe.run({ include: [['#hr-widgets-studio-wrap']] }))).violations);
      const frame = tab.frames().find((f) => f.url().includes('action=hr_widgets_studio'));
      if (frame) {
        await frame.addScriptTag({ content: axeSource });
        found.push(...(await frame.evaluate(() => window.axe.run(document))).violations);
      }
      return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }

    /** Pastes what a person copied from a page (a recorded clipboard) into the studio's labelled box. */
    async function paste(studio, label, copied) {
      await studio.getByLabel(label).evaluate((box, { html, text }) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', text);
        box.focus();
        box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, copied);
    }

    it('an Author inserts the Quiz block, picks saved content by title, sees the real quiz, and publishes', async () => {
      const { tab, close } = await newPost('author');
      try {
        await tab.getByRole('textbox', { name: 'Add title' }).fill('Take the quiz');
        await insert(tab, 'Quiz');
        await closeInserter(tab);
        // Until content is chosen, the block shows the quiz's built-in content.
        // (By CSS: inside the editor's block list, Playwright's role queries treat the element's content as hidden.)
        const block = tab.locator('[data-type="hr-widgets/quiz"] hr-quiz');
        await block.locator('h2').first().waitFor();
        await pick(tab, 'Editor quiz');
        // The preview is the element itself, rendered by the server and upgraded by our module.
        await block.locator('h2', { hasText: 'Editor quiz' }).waitFor();
        await tab.addScriptTag({ content: axeSource });
        const { violations } = await tab.evaluate(() =>
          window.axe.run({ include: [['.block-editor-block-inspector'], ['[data-type="hr-widgets/quiz"]']] }),
        );
        assert.deepEqual(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
        );
        await tab.getByRole('button', { name: 'Publish', exact: true }).click();
        await tab
          .getByRole('region', { name: /Editor publish|publish/i })
          .getByRole('button', { name: 'Publish', exact: true })
          .click();
        await tab
          .getByText(/is now live|Post published/)
          .first()
          .waitFor();
        const { result } = await as(
          'author',
          `$p = get_posts(['post_type' => 'post', 'title' => 'Take the quiz', 'post_status' => 'publish', 'numberposts' => 1]);
          return $p ? [$p[0]->post_content, get_permalink($p[0])] : null;`,
        );
        assert.ok(result, 'published');
        assert.match(result[0], new RegExp(`<!-- wp:hr-widgets/quiz \\{"content":${quiz}\\} /-->`));
        const visitor = await browser.newPage();
        await visitor.goto(result[1].replace(/^https?:\/\/[^/]+/, wp.url));
        await visitor.locator('hr-quiz').getByRole('heading', { name: 'Editor quiz' }).waitFor();
        await visitor.close();
      } finally {
        await close();
      }
    });

    it('a Contributor inserts every block and submits the post; once an Editor publishes it, visitors see each element', async () => {
      const { tab, close } = await newPost('contributor');
      try {
        await tab.getByRole('textbox', { name: 'Add title' }).fill('Every widget');
        for (const title of ['Quiz', 'Directory', 'Principles', 'Help lines', 'Quick exit']) await insert(tab, title);
        await closeInserter(tab);
        await tab.locator('[data-type="hr-widgets/quiz"]').click({ position: { x: 5, y: 5 } });
        await pick(tab, 'Editor quiz');
        await tab.locator('[data-type="hr-widgets/quiz"] hr-quiz h2', { hasText: 'Editor quiz' }).waitFor();
        // The header's button ("Submit for Review", or "Publish" opening the panel in 6.1), then the panel's, where there is one.
        await tab.locator('.editor-post-publish-panel__toggle, .editor-post-publish-button__button').first().click();
        const confirm = tab.locator('.editor-post-publish-panel .editor-post-publish-button__button');
        await confirm.waitFor({ timeout: 5_000 }).then(
          () => confirm.click(),
          () => {},
        );
        // Saved as pending review: the words of the notice differ between versions; the post's status does not.
        for (let i = 0; i < 60; i++) {
          const { result } = await wp.run(
            `return count(get_posts(['post_type' => 'post', 'title' => 'Every widget', 'post_status' => 'pending']));`,
          );
          if (result) break;
          await tab.waitForTimeout(500);
        }
      } finally {
        await close();
      }
      const { result } = await as(
        'editor',
        `$p = get_posts(['post_type' => 'post', 'title' => 'Every widget', 'post_status' => 'pending', 'numberposts' => 1]);
        if (!$p) return null;
        wp_update_post(['ID' => $p[0]->ID, 'post_status' => 'publish']);
        return [get_post_status($p[0]->ID), get_permalink($p[0]->ID), $p[0]->post_content];`,
      );
      assert.ok(result, 'the post waits for review');
      assert.equal(result[0], 'publish');
      const visitor = await browser.newPage();
      try {
        await visitor.goto(result[1].replace(/^https?:\/\/[^/]+/, wp.url));
        await visitor.locator('hr-quiz').getByRole('heading', { name: 'Editor quiz' }).waitFor();
        await visitor
          .locator('hr-helpline')
          .getByRole('link', { name: /Call 988/ })
          .first()
          .waitFor();
        for (const tag of ['hr-resource-list', 'hr-principles', 'hr-quick-exit']) assert.equal(await visitor.locator(tag).count(), 1, tag);
        await visitor.locator('hr-quick-exit').getByRole('button').first().waitFor();
      } finally {
        await visitor.close();
      }
    });

    it('an Author makes widget content in wp-admin: a save with problems stores nothing, publishes nothing, loses nothing typed', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      try {
        await wp.login(tab, 'author', PASSWORD);
        await tab.goto(`${wp.url}/wp-admin/post-new.php?post_type=hr_widget`);
        await tab.getByLabel('Add title').fill('Harbor quiz');
        await tab.getByLabel('Element').selectOption('quiz');
        const json = tab.getByLabel('Data (JSON from the studio)');
        const typed = '{ "questions": [ { "prompt": "Which one?", "type": "single", "choices": ["a", "b"] } ] }';
        await json.fill(typed);
        await tab.locator('#publish').click();
        const notice = tab.getByRole('alert').filter({ hasText: 'The content was not saved' });
        await notice.waitFor();
        assert.match((await notice.textContent()) ?? '', /questions\[0\]\.choices/);
        assert.equal(await json.inputValue(), typed, 'what was typed comes back');
        const id = Number(new URL(tab.url()).searchParams.get('post'));
        assert.deepEqual((await wp.run(`return [get_post_status(${id}), get_post_field('post_content', ${id}, 'raw')];`)).result, [
          'draft',
          '',
        ]);
        await tab.addScriptTag({ content: axeSource });
        const { violations } = await tab.evaluate(() => window.axe.run({ include: [['#hr-widgets-content'], ['.notice-error']] }));
        assert.deepEqual(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
        );
        // Fixed, it is saved and published.
        await json.fill(JSON.stringify(QUIZ));
        await Promise.all([tab.waitForNavigation(), tab.locator('#publish').click()]);
        await tab.getByRole('button', { name: 'Update' }).waitFor();
        const { result } = await wp.run(`return [get_post_status(${id}), get_post_field('post_content', ${id}, 'raw')];`);
        assert.equal(result[0], 'publish');
        assert.deepEqual(JSON.parse(result[1]), { element: 'quiz', data: QUIZ });
      } finally {
        await context.close();
      }
    });

    it('an Author restores an earlier revision of widget content from wp-admin’s revisions screen, byte for byte', async () => {
      // Everything kses would touch for an Author (no unfiltered_html), so a restore through its filter is tested too.
      const first = { title: 'First <b>"words"</b> & [gallery] ¿ñ? 😀', questions: QUIZ.questions };
      const second = { ...first, title: 'Second words' };
      const save = (data, id = 0) =>
        as(
          'author',
          `$id = wp_insert_post(['ID' => ${id}, 'post_type' => 'hr_widget', 'post_status' => 'publish', 'post_title' => 'Revised quiz',
            'post_content' => wp_slash(${php(JSON.stringify({ element: 'quiz', data }))})], true);
          if (is_wp_error($id)) throw new Exception($id->get_error_message());
          return $id;`,
        );
      // As wp-admin does: an empty draft first, then each save an update (WordPress keeps a revision of every update).
      const { result: id } = await as(
        'author',
        `return wp_insert_post(['post_type' => 'hr_widget', 'post_status' => 'draft', 'post_title' => 'Revised quiz']);`,
      );
      await save(first, id);
      await save(second, id);
      const stored = async () => JSON.parse((await wp.run(`return get_post_field('post_content', ${id}, 'raw');`)).result);
      assert.deepEqual(await stored(), { element: 'quiz', data: second });
      const { result: older } = await wp.run(
        `foreach (wp_get_post_revisions(${id}) as $r) if (str_contains($r->post_content, 'First')) return $r->ID; return null;`,
      );
      assert.ok(older, 'the first version is a revision');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      try {
        await wp.login(tab, 'author', PASSWORD);
        await tab.goto(`${wp.url}/wp-admin/post.php?post=${id}&action=edit`);
        await tab
          .getByRole('link', { name: /Revisions|Browse/ })
          .first()
          .click();
        await tab.waitForURL(/revision\.php/);
        // The screen opens on the latest; the earlier one is a step back on its slider.
        await tab.goto(`${wp.url}/wp-admin/revision.php?revision=${older}`);
        await Promise.all([tab.waitForURL(/post\.php/), tab.getByRole('button', { name: 'Restore This Revision' }).click()]);
        await tab.getByText(/restored to revision/i).waitFor();
        assert.deepEqual(await stored(), { element: 'quiz', data: first });
        assert.equal(
          JSON.parse(await tab.getByLabel('Data (JSON from the studio)').inputValue()).title,
          first.title,
          'the content screen shows the restored words',
        );
      } finally {
        await context.close();
      }
    });

    it('in Spanish: the block, its settings and the content screen speak the person’s language', async () => {
      const { tab, close } = await newPost('autora');
      try {
        await insert(tab, 'Cuestionario');
        await closeInserter(tab);
        const settings = tab.getByRole('button', { name: 'Settings', exact: true }).first();
        if ((await settings.getAttribute('aria-pressed')) === 'false') await settings.click();
        for (const label of ['Contenido guardado', 'Idioma', 'Mezclar opciones en esta página', 'Guardar el avance al recargar'])
          await tab.getByLabel(label).first().waitFor();
        assert.equal(await tab.getByLabel('Contenido guardado').locator('option').first().textContent(), 'Contenido integrado');
        // A setting's choices in words, not its values.
        await insert(tab, 'Salida rápida');
        await closeInserter(tab);
        // 6.1 closes the settings sidebar when the inserter opens.
        if ((await settings.getAttribute('aria-pressed')) === 'false') await settings.click();
        await tab.getByLabel('Esquina').locator('option').last().waitFor({ state: 'attached' });
        assert.deepEqual(await tab.getByLabel('Esquina').locator('option').allTextContents(), [
          'Predeterminado',
          'Abajo a la derecha',
          'Abajo a la izquierda',
          'Arriba a la derecha',
          'Arriba a la izquierda',
        ]);
        await tab.addScriptTag({ content: axeSource });
        const { violations } = await tab.evaluate(() => window.axe.run({ include: [['.block-editor-block-inspector']] }));
        assert.deepEqual(
          violations.map((v) => v.id),
          [],
        );
        await tab.goto(`${wp.url}/wp-admin/post-new.php?post_type=hr_widget`);
        await tab.getByLabel('Elemento').selectOption('helpline');
        assert.equal(await tab.getByLabel('Elemento').locator('option:checked').textContent(), 'Líneas de ayuda');
        await tab.getByLabel('Datos (JSON del estudio)').fill('{ "lines": [ ');
        await tab.locator('#publish').click();
        const notice = tab.getByRole('alert').filter({ hasText: 'El contenido no se guardó' });
        await notice.waitFor();
        assert.match((await notice.textContent()) ?? '', /Esto no es JSON válido/);
      } finally {
        await close();
      }
    });

    it('a quick exit on every page: an administrator turns it on (a javascript: destination changes nothing), every page leaves by it; an Editor is refused', async () => {
      const option = async () => (await wp.run(`return get_option('hr_widgets_quick_exit');`)).result;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const screen = `${wp.url}/wp-admin/edit.php?post_type=hr_widget&page=hr-widgets-quick-exit`;
      const axe = async () => {
        await tab.addScriptTag({ content: axeSource });
        return (await tab.evaluate(() => window.axe.run({ include: [['#wpbody-content .wrap']] }))).violations.map((v) => v.id);
      };
      try {
        await wp.login(tab, 'administrator', PASSWORD);
        await tab.goto(`${wp.url}/wp-admin/edit.php?post_type=hr_widget`);
        // Our menu's Settings (WordPress has a Settings menu of its own).
        await tab.locator('#menu-posts-hr_widget').getByRole('link', { name: 'Settings' }).click();
        await tab.getByRole('heading', { level: 1, name: 'hr-widgets settings' }).waitFor();
        assert.deepEqual(await axe(), []);
        await tab.getByLabel('Show the quick exit on every page').check();
        await tab.getByLabel('Leave to').fill('javascript:alert(document.cookie)');
        await Promise.all([tab.waitForNavigation(), tab.getByRole('button', { name: 'Save Changes' }).click()]);
        await tab.getByText('The destination must be a web address that starts with https:// or http://. Nothing was changed.').waitFor();
        assert.equal(await option(), false, 'nothing stored');
        assert.deepEqual(await axe(), []);

        await tab.getByLabel('Show the quick exit on every page').check();
        await tab.getByLabel('Leave to').fill('https://example.org/weather');
        await tab.getByLabel('Corner').selectOption({ label: 'Top left' });
        await tab.getByLabel('Browse more safely').check();
        await Promise.all([tab.waitForNavigation(), tab.getByRole('button', { name: 'Save Changes' }).click()]);
        await tab.getByText('Settings saved.').waitFor();
        assert.deepEqual(await option(), {
          on: true,
          attributes: { href: 'https://example.org/weather', position: 'top-left', tips: true },
        });
      } finally {
        await context.close();
      }

      // A visitor on the front page, which lists the Contributor's post with a Quick exit block of its own: one quick
      // exit (the site's). Then a page with no widget at all: it is there too, and leaves for the destination.
      const visitor = await browser.newPage();
      try {
        await visitor.route('https://example.org/**', (route) =>
          route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
        );
        await visitor.goto(`${wp.url}/`);
        const exit = visitor.locator('hr-quick-exit');
        assert.equal(await exit.count(), 1, 'one quick exit');
        assert.deepEqual(
          await exit.evaluate((el) => [
            el.getAttribute('href'),
            el.getAttribute('position'),
            el.hasAttribute('tips'),
            el.parentElement.localName,
          ]),
          ['https://example.org/weather', 'top-left', true, 'body'],
        );
        const { result: plain } = await as(
          'editor',
          `return get_permalink(wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Plain', 'post_content' => 'Nothing of ours.']));`,
        );
        await visitor.goto(String(plain).replace(/^https?:\/\/[^/]+/, wp.url));
        assert.equal(await exit.count(), 1, 'on a page without a widget too');
        await Promise.all([visitor.waitForURL('https://example.org/weather'), visitor.getByRole('button', { name: 'Quick exit' }).click()]);
      } finally {
        await visitor.close();
      }

      // An Editor, with a nonce of their own for the form: WordPress refuses, and nothing changes.
      const editor = await browser.newContext();
      try {
        const page = await editor.newPage();
        await wp.login(page, 'editor', PASSWORD);
        await page.goto(screen);
        await page.getByText('Sorry, you are not allowed to access this page.').waitFor();
        const nonce = (await as('editor', `return wp_create_nonce('hr_widgets_quick_exit-options');`)).result;
        const response = await page.request.post(`${wp.url}/wp-admin/options.php`, {
          form: {
            option_page: 'hr_widgets_quick_exit',
            action: 'update',
            _wpnonce: nonce,
            'hr_widgets_quick_exit[on]': '1',
            'hr_widgets_quick_exit[attributes][href]': 'https://example.com/',
          },
          maxRedirects: 0,
        });
        assert.equal(response.status(), 403);
        assert.equal((await option()).attributes.href, 'https://example.org/weather');
      } finally {
        await editor.close();
        await wp.run(`delete_option('hr_widgets_quick_exit');`);
      }
    });
    it('the studio in wp-admin: an Author imports seed 001’s list, publishes it, places it with the block, and visitors see its seven places', async () => {
      const copied = JSON.parse(readFileSync('test/fixtures/clipboard/chromium-list.json', 'utf8'));
      const { tab, studio, offSite, close } = await openStudio('author');
      let id;
      try {
        // What to make: a plain list of links, wp-admin's own page.
        await tab.getByRole('heading', { name: 'Studio: what will you make?' }).waitFor();
        assert.deepEqual(await axeStudio(tab), []);
        await tab.getByRole('link', { name: 'Directory', exact: true }).click();
        await studio.locator('#site-title').waitFor();
        await studio.getByText('You are making: Directory').waitFor();
        await studio.getByText('Import places from text').click();
        await paste(studio, 'Paste a list of places, as written on a web page or in a document', copied);
        await studio.getByRole('button', { name: 'Find the places' }).click();
        await studio.getByRole('button', { name: 'Replace the directory with these 7 places' }).click();
        await studio.locator('#f-resources > .items > li').nth(6).waitFor();
        assert.equal(await studio.locator('#f-resources > .items > li').count(), 7);
        // Publishing needs a title: blocks list content by it.
        await studio.getByRole('button', { name: 'Publish', exact: true }).click();
        await studio.locator('#site-outcome', { hasText: 'Give it a title first' }).waitFor();
        assert.equal(await studio.locator('#site-title').evaluate((el) => el === document.activeElement), true, 'focus on the title');
        await studio.locator('#site-title').fill('Places we trust');
        assert.deepEqual(await axeStudio(tab), []);
        await studio.getByRole('button', { name: 'Publish', exact: true }).click();
        await studio.locator('#site-outcome', { hasText: 'Published. Choose it by its title' }).waitFor();
        await studio.getByText('State: Published').waitFor();
        assert.deepEqual(await axeStudio(tab), []);
        const saved = (
          await wp.run(`$p = get_posts(['post_type' => 'hr_widget', 'title' => 'Places we trust', 'post_status' => 'any']);
            return $p ? ['id' => $p[0]->ID, 'status' => $p[0]->post_status, 'author' => get_userdata($p[0]->post_author)->user_login,
              'content' => json_decode($p[0]->post_content, true)] : null;`)
        ).result;
        assert.ok(saved, 'saved as a post');
        ({ id } = saved);
        assert.deepEqual([saved.status, saved.author, saved.content.element], ['publish', 'author', 'resource-list']);
        assert.equal(saved.content.data.resources.length, 7);
        assert.ok(
          saved.content.data.resources.some(
            (r) => r.email === undefined && JSON.stringify(r).includes('Email through website contact form'),
          ),
          'Next Distro keeps its way to reach it',
        );
        // A reload opens this content, not new content.
        assert.match(tab.url(), new RegExp(`[?&]content=${id}(&|$)`));
        assert.deepEqual(offSite(), [], 'nothing requested off the site');
      } finally {
        await close();
      }

      // The block: the content by its title, a way back into the studio, published; visitors see the seven places.
      const post = await newPost('author');
      try {
        await post.tab.getByRole('textbox', { name: 'Add title' }).fill('Where to find help');
        await insert(post.tab, 'Directory');
        await closeInserter(post.tab);
        await pick(post.tab, 'Places we trust');
        const back = post.tab.getByRole('link', { name: 'Edit in the studio' });
        assert.match(await back.getAttribute('href'), new RegExp(`page=hr-widgets-studio&content=${id}&back=`));
        await post.tab.getByRole('button', { name: 'Publish', exact: true }).click();
        await post.tab
          .getByRole('region', { name: /Editor publish|publish/i })
          .getByRole('button', { name: 'Publish', exact: true })
          .click();
        await post.tab
          .getByText(/is now live|Post published/)
          .first()
          .waitFor();
        // Edit in the studio, and back to this post.
        // (The link's own address: the publish panel now covers the sidebar until a person closes it.)
        await post.tab.goto(await back.getAttribute('href'));
        await post.tab.frameLocator('#hr-widgets-studio').locator('#site-title').waitFor();
        assert.equal(await post.tab.frameLocator('#hr-widgets-studio').locator('#site-title').inputValue(), 'Places we trust');
        await post.tab.frameLocator('#hr-widgets-studio').getByRole('link', { name: 'Back to WordPress' }).click();
        await post.tab.waitForURL(/post\.php\?post=\d+&action=edit/);
        const { result } = await as(
          'author',
          `$p = get_posts(['post_type' => 'post', 'title' => 'Where to find help', 'post_status' => 'publish', 'numberposts' => 1]);
          $w = json_decode(get_post(${id})->post_content, true);
          return $p ? [get_permalink($p[0]), array_column($w['data']['resources'], 'name')] : null;`,
        );
        assert.ok(result, 'published');
        const visitor = await browser.newPage();
        await visitor.goto(result[0].replace(/^https?:\/\/[^/]+/, wp.url));
        for (const name of result[1]) await visitor.locator('hr-resource-list').getByRole('heading', { name, exact: true }).waitFor();
        assert.equal(result[1].length, 7);
        await visitor.close();
      } finally {
        await post.close();
      }
    });

    it('the studio opens only what the person may edit: an Author is refused an Editor’s draft, the Editor opens it', async () => {
      const draft = await quizOf('editor', 'draft', 'Editor draft');
      const author = await openStudio('author', `&content=${draft}`);
      try {
        assert.equal(author.response.status(), 403);
        await author.tab.getByText('You cannot edit this content').waitFor();
        assert.equal(await author.tab.getByText('Editor draft').count(), 0, 'nothing of it is shown');
        // Nor does the frame's own address open it.
        const frame = await author.tab.goto(`${wp.url}/wp-admin/admin-post.php?action=hr_widgets_studio&content=${draft}`);
        assert.equal(frame.status(), 403);
        // Their own content in the trash: restored first, as in WordPress's own editor, never saved back out of it.
        const trashed = await quizOf('author', 'trash', 'Thrown away');
        const refused = await author.tab.goto(`${wp.url}/wp-admin/edit.php?post_type=hr_widget&page=hr-widgets-studio&content=${trashed}`);
        assert.equal(refused.status(), 403);
        await author.tab.getByText('This content is in the trash').waitFor();
      } finally {
        await author.close();
      }
      const editor = await openStudio('editor', `&content=${draft}`);
      try {
        assert.equal(editor.response.status(), 200);
        await editor.studio.getByText('You are making: Quiz').waitFor();
        assert.equal(await editor.studio.locator('#site-title').inputValue(), 'Editor draft');
        assert.equal(await editor.studio.locator('#f-title').inputValue(), QUIZ.title);
        await editor.studio.getByText('State: Draft').waitFor();
        // Only wp-admin's own pages may frame the studio: it carries the person's nonce.
        const page = await editor.tab.request.get(`${wp.url}/wp-admin/admin-post.php?action=hr_widgets_studio&content=${draft}`);
        assert.equal(page.headers()['x-frame-options'], 'SAMEORIGIN');
        assert.deepEqual(await axeStudio(editor.tab), []);
      } finally {
        await editor.close();
      }
      // Private content stays private when saved: "Update" keeps its state.
      const hidden = await quizOf('editor', 'private', 'Staff only');
      const again = await openStudio('editor', `&content=${hidden}`);
      try {
        await again.studio.getByText('State: Private').waitFor();
        assert.equal(await again.studio.getByRole('button', { name: 'Publish', exact: true }).count(), 0);
        await again.studio.getByRole('button', { name: 'Update', exact: true }).click();
        await again.studio.locator('#site-outcome', { hasText: 'It stays private' }).waitFor();
        assert.equal((await wp.run(`return get_post_status(${hidden});`)).result, 'private');
      } finally {
        await again.close();
      }
    });

    it('the studio for a Contributor: a spreadsheet read in the browser by its worker, submitted for review; the content list offers the studio where the role may edit; 320 px wide', async () => {
      const { tab, studio, offSite, close } = await openStudio('contributor', '&element=resource-list');
      try {
        await studio.getByText('Import a spreadsheet (CSV)').click();
        await studio.getByLabel('Or paste the table here').fill('name,phone\nCorner Clinic,555-0100\nHarm Reduction Hub,555-0111\n');
        await studio.getByRole('button', { name: 'Read the table' }).click();
        await studio.getByRole('button', { name: 'Replace the directory with these 2 rows' }).click();
        await studio.locator('#f-resources > .items > li').nth(1).waitFor();
        assert.equal(await studio.locator('#f-resources > .items > li').count(), 2);
        assert.equal(await studio.getByRole('button', { name: 'Publish', exact: true }).count(), 0, 'a Contributor does not publish');
        await studio.locator('#site-title').fill('Spreadsheet places');
        await studio.getByRole('button', { name: 'Submit for review' }).click();
        await studio.locator('#site-outcome', { hasText: 'Sent for review' }).waitFor();
        await studio.getByText('State: Waiting for review').waitFor();
        const { result } =
          await wp.run(`$p = get_posts(['post_type' => 'hr_widget', 'title' => 'Spreadsheet places', 'post_status' => 'any']);
          return [$p[0]->ID, $p[0]->post_status, get_userdata($p[0]->post_author)->user_login, array_column(json_decode($p[0]->post_content, true)['data']['resources'], 'name')];`);
        const [id, status, author, names] = result;
        assert.deepEqual([status, author, names], ['pending', 'contributor', ['Corner Clinic', 'Harm Reduction Hub']]);
        assert.deepEqual(offSite(), [], 'the worker came from the site, and nothing went anywhere else');

        // Signed in again elsewhere (wp-admin's session-expired prompt, another tab): the studio's nonce is stale. The title
        // changed is a change to save; the save asks wp-admin for a fresh nonce and goes through, nothing lost.
        // (wp-login.php's form, posted with this browser's cookies: a new session cookie replaces the one the nonce knew.)
        const again = await tab.context().request.post(`${wp.url}/wp-login.php`, {
          form: { log: 'contributor', pwd: PASSWORD, 'wp-submit': 'Log In', testcookie: '1' },
          maxRedirects: 0,
        });
        assert.equal(again.status(), 302, 'signed in again');
        await studio.locator('#site-title').fill('Spreadsheet places, checked');
        await studio.locator('#site-state', { hasText: 'Changes not saved yet' }).waitFor();
        const renewed = tab.waitForRequest((r) => r.url().includes('action=rest-nonce'));
        const saved = tab.waitForResponse((r) => r.url().includes('hr-widgets') && r.request().method() === 'POST' && r.status() === 200);
        await studio.getByRole('button', { name: 'Save', exact: true }).click();
        await renewed;
        await saved;
        await studio.locator('#site-state', { hasText: 'Changes not saved yet' }).waitFor({ state: 'detached' });
        assert.equal(
          (await wp.run(`return [get_the_title(${id}), get_post_status(${id})];`)).result.join(' / '),
          'Spreadsheet places, checked / pending',
        );

        // The content list: the studio on the rows this role may edit, not on an Editor's published quiz.
        await tab.goto(`${wp.url}/wp-admin/edit.php?post_type=hr_widget`);
        const own = tab.locator('tr', { hasText: 'Spreadsheet places' }).getByRole('link', { name: 'Edit in the studio' });
        assert.match(await own.getAttribute('href'), new RegExp(`page=hr-widgets-studio&content=${id}$`));
        assert.equal(await tab.locator('tr', { hasText: 'Editor quiz' }).getByRole('link', { name: 'Edit in the studio' }).count(), 0);
        await tab.goto(await own.getAttribute('href'));
        await studio.getByText('State: Waiting for review').waitFor();
        assert.equal(await studio.getByRole('button', { name: 'Save', exact: true }).count(), 1, 'saved, it stays waiting for review');

        // On a phone: the studio fits its frame, and stays clean.
        await tab.setViewportSize({ width: 320, height: 800 });
        const frame = tab.frames().find((f) => f.url().includes('action=hr_widgets_studio'));
        await frame.waitForFunction(() => document.documentElement.clientWidth <= 320);
        const wide = await frame.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`)
            .slice(0, 8),
        );
        assert.deepEqual(wide, [], 'no sideways scrolling');
        assert.deepEqual(await axeStudio(tab), []);
      } finally {
        await close();
      }
    });

    it('the studio in Spanish: the site’s refusal is shown beside its field and nothing is lost; fixed, it saves as a draft', async () => {
      const { tab, studio, offSite, close } = await openStudio('autora', '&element=quiz');
      try {
        await studio.getByText('Está creando: Cuestionario').waitFor();
        await studio.locator('#site-title').fill('Mi cuestionario');
        await studio.locator('#f-questions-0-s').click();
        const prompt = studio.locator('#f-questions-0-prompt');
        const before = await prompt.inputValue();
        await prompt.fill('');
        const answer = tab.waitForResponse((r) => r.url().includes('hr-widgets') && r.request().method() === 'POST');
        await studio.getByRole('button', { name: 'Guardar borrador' }).click();
        const refusal = await (await answer).json();
        assert.equal((await answer).status(), 400);
        await studio.locator('#site-outcome', { hasText: 'No se guardó: WordPress encontró un problema' }).waitFor();
        // The site's own words (in the person's language), beside the field they name, focus there; nothing stored.
        const said = refusal.data.problems.find((p) => p.path === 'questions[0].prompt');
        assert.ok(said, JSON.stringify(refusal));
        const described = await prompt.evaluate((el) =>
          (el.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        );
        assert.ok(described.includes(said.message), `beside the field: ${described}`);
        assert.equal(await prompt.evaluate((el) => el === document.activeElement), true);
        assert.equal(
          (await wp.run(`return count(get_posts(['post_type' => 'hr_widget', 'title' => 'Mi cuestionario', 'post_status' => 'any']));`))
            .result,
          0,
        );
        assert.equal(await studio.locator('#site-title').inputValue(), 'Mi cuestionario', 'nothing lost');
        assert.deepEqual(await axeStudio(tab), []);
        await prompt.fill(before);
        await studio.getByRole('button', { name: 'Guardar borrador' }).click();
        await studio.locator('#site-outcome', { hasText: 'Guardado como borrador' }).waitFor();
        await studio.getByText('Estado: Borrador').waitFor();
        assert.equal(
          (
            await wp.run(
              `return get_posts(['post_type' => 'hr_widget', 'title' => 'Mi cuestionario', 'post_status' => 'draft'])[0]->post_status ?? null;`,
            )
          ).result,
          'draft',
        );
        // Saved again: a revision, as for posts, holding what was saved.
        await prompt.fill(`${before}!`);
        const again = tab.waitForResponse((r) => r.url().includes('hr-widgets') && r.request().method() === 'POST');
        await studio.getByRole('button', { name: 'Guardar borrador' }).click();
        assert.equal((await again).status(), 200);
        await studio.locator('#site-outcome', { hasText: 'Guardado como borrador' }).waitFor();
        const revisions = (
          await wp.run(`$p = get_posts(['post_type' => 'hr_widget', 'title' => 'Mi cuestionario', 'post_status' => 'draft'])[0];
            return array_map(fn ($r) => json_decode($r->post_content, true)['data']['questions'][0]['prompt'], array_values(wp_get_post_revisions($p->ID)));`)
        ).result;
        assert.ok(revisions.includes(`${before}!`), JSON.stringify(revisions));
        assert.deepEqual(await axeStudio(tab), []);
        assert.deepEqual(offSite(), []);
      } finally {
        await close();
      }
    });
  });
}
