// The zip as a site owner installs it: a fresh WordPress without our plugin,
// an administrator uploads dist-wordpress/hr-widgets-wordpress-<version>.zip
// through Plugins → Add New → Upload Plugin, activates it, makes a quiz in
// our content screen, and a visitor plays it on a page. Nothing else is done
// (Chromium: the upload screen is wp-admin's, not ours).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, find } from '../../scripts/find-browsers.js';
import { php, startWordPress } from '../../scripts/wp/server.js';

const VERSIONS = (process.env.WP_VERSIONS || '6.1,6.8').split(',');
const PASSWORD = 'a long test password 4 hr-widgets';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const ZIP = resolve(`dist-wordpress/hr-widgets-wordpress-${version}.zip`);
const QUIZ = { title: 'Installed quiz', questions: [{ prompt: 'Fentanyl test strips are free here.', type: 'true-false', answer: true }] };

for (const wpVersion of VERSIONS) {
  describe(`WordPress ${wpVersion}: installing the zip`, { concurrency: false }, () => {
    /** @type {import('../../scripts/wp/server.js').WordPress} */
    let wp;
    /** @type {import('playwright-core').Browser} */
    let browser;

    before(async () => {
      wp = await startWordPress({ version: wpVersion });
      await wp.createUser({ login: 'owner', password: PASSWORD, role: 'administrator' });
      await wp.setPermalinks();
      browser = await chromium.launch({ executablePath: find('chromium'), args: chromeArgs });
    });

    after(async () => {
      await browser?.close();
      await wp?.stop();
    });

    it('an administrator uploads the zip, activates it, makes a quiz in wp-admin, and a visitor plays it', async () => {
      assert.equal((await wp.run(`return is_dir(WP_PLUGIN_DIR . '/hr-widgets');`)).result, false, 'not there before');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      try {
        await wp.login(tab, 'owner', PASSWORD);
        await tab.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
        await tab.locator('#pluginzip').setInputFiles(ZIP);
        await Promise.all([tab.waitForNavigation(), tab.getByRole('button', { name: 'Install Now' }).click()]);
        await tab.getByText('Plugin installed successfully.').waitFor();
        await Promise.all([tab.waitForNavigation(), tab.getByRole('link', { name: 'Activate Plugin' }).click()]);
        await tab.getByText('Plugin activated.').waitFor();

        // Our content screen, from the menu the plugin adds.
        await tab.getByRole('link', { name: 'hr-widgets', exact: true }).first().click();
        await tab.getByRole('link', { name: 'Add widget content' }).first().click();
        await tab.getByLabel('Add title').fill('Installed quiz');
        await tab.getByLabel('Element').selectOption('quiz');
        await tab.getByLabel('Data (JSON from the studio)').fill(JSON.stringify(QUIZ));
        await Promise.all([tab.waitForNavigation(), tab.locator('#publish').click()]);
        await tab.getByRole('button', { name: 'Update' }).waitFor();
        const shortcode = (await tab.locator('#hr-widgets-content code').textContent()) ?? '';
        assert.match(shortcode, /^\[hr_widget id="installed-quiz"\]$/);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }

      const { result: url } = await wp.run(`
        wp_set_current_user(get_user_by('login', 'owner')->ID);
        $id = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Quiz',
          'post_content' => wp_slash(${php('<!-- wp:shortcode -->[hr_widget id="installed-quiz"]<!-- /wp:shortcode -->')})], true);
        return get_permalink($id);`);
      const visitor = await browser.newPage();
      try {
        await visitor.goto(String(url).replace(/^https?:\/\/[^/]+/, wp.url));
        await visitor.getByRole('heading', { name: 'Installed quiz' }).waitFor();
        await visitor.getByRole('radio', { name: 'True' }).check();
        await visitor.getByRole('button', { name: 'Check my answer' }).click();
        await visitor.getByRole('button', { name: 'See my results' }).waitFor();
      } finally {
        await visitor.close();
      }
    });
  });
}
