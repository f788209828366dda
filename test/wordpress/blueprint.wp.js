// The Live Preview the plugin directory offers: the blueprint `npm run wordpress` writes
// (dist-wordpress/blueprint.json) boots in WordPress Playground's CLI offline, and its demo page shows every element
// with its content. Offline, its one step that needs the network (installing the plugin from WordPress.org) is
// replaced by the plugin's folder, mounted and activated; every other step runs as written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, find } from '../../scripts/find-browsers.js';
import { startWordPress } from '../../scripts/wp/server.js';

const VERSIONS = (process.env.WP_VERSIONS || '6.1,6.8').split(',').slice(-1);

for (const version of VERSIONS) {
  describe(`WordPress ${version}: the Live Preview blueprint`, { concurrency: false }, () => {
    /** @type {import('../../scripts/wp/server.js').WordPress} */
    let wp;
    /** @type {import('playwright-core').Browser} */
    let browser;
    const blueprint = JSON.parse(readFileSync('dist-wordpress/blueprint.json', 'utf8'));

    before(async () => {
      const offline = { ...blueprint, steps: blueprint.steps.filter((step) => step.step !== 'installPlugin') };
      assert.equal(offline.steps.length, blueprint.steps.length - 1, 'only the install step is left out');
      wp = await startWordPress({ version, plugins: [{ name: 'hr-widgets', dir: 'dist-wordpress/hr-widgets' }], blueprint: offline });
      browser = await chromium.launch({ executablePath: find('chromium'), args: chromeArgs });
    });

    after(async () => {
      await browser?.close();
      await wp?.stop();
    });

    it('boots with the demo content: the landing page shows the quiz, the directory, the principles, the help lines and the quick exit', async () => {
      const tab = await browser.newPage();
      const requests = [];
      tab.on('request', (r) => requests.push(r.url()));
      try {
        await tab.goto(`${wp.url}${blueprint.landingPage}`);
        await tab.getByRole('heading', { name: 'Test your harm reduction knowledge' }).waitFor();
        for (const tag of ['hr-quiz', 'hr-resource-list', 'hr-principles', 'hr-helpline', 'hr-quick-exit'])
          assert.equal(await tab.locator(tag).count(), 1, tag);
        await tab
          .locator('hr-resource-list')
          .getByText(/places? found/)
          .waitFor();
        await tab.getByRole('button', { name: 'Quick exit' }).waitFor();
        assert.deepEqual(
          requests.filter((url) => /^https?:/.test(url) && !url.startsWith(wp.url)),
          [],
          'nothing requested off the site',
        );
      } finally {
        await tab.close();
      }
    });
  });
}
