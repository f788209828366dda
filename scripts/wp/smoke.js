// Smoke test of scripts/wp/server.js: for each prepared WordPress, start it with
// a throwaway plugin mounted, create users and a post through PHP, fetch the post
// over HTTP, sign a browser in (when one is found), print timings, stop.
//   node scripts/wp/smoke.js [6.1] [6.8]
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { locate, chromeArgs } from '../find-browsers.js';
import { ROLES, php, startWordPress } from './server.js';

const versions = process.argv.slice(2).length ? process.argv.slice(2) : ['6.1', '6.8'];
const PASSWORD = 'correct horse battery staple';
const ms = (/** @type {number} */ t) => `${Math.round(performance.now() - t)} ms`;

const pluginDir = await mkdtemp(join(tmpdir(), 'hr-smoke-plugin-'));
await mkdir(join(pluginDir, 'hr-smoke'));
await writeFile(
  join(pluginDir, 'hr-smoke/hr-smoke.php'),
  `<?php
/*
 * Plugin Name: HR smoke
 */
add_action('wp_footer', function () { echo '<!-- hr-smoke-active -->'; });
`,
);

// Our own plugin too, when it has been built (node scripts/wordpress.js).
const ours = existsSync('dist-wordpress/hr-widgets') ? [{ name: 'hr-widgets', dir: 'dist-wordpress/hr-widgets' }] : [];
if (!ours.length) console.log('dist-wordpress/hr-widgets not built: only the throwaway plugin is mounted.');
const browserPath = locate('chromium');
let failures = 0;
for (const version of versions) {
  let failed = false;
  const lines = [];
  /** @type {import('./server.js').WordPress | undefined} */
  let wp;
  try {
    wp = await startWordPress({
      version: /** @type {'6.1' | '6.8'} */ (version),
      plugins: [{ name: 'hr-smoke', dir: join(pluginDir, 'hr-smoke') }, ...ours],
    });
    lines.push(`started: front page 200 after ${wp.startupMs} ms, theme + plugin active after ${wp.readyMs} ms, on ${wp.url}`);

    let t = performance.now();
    const { result: info } = await wp.run(
      'return [get_bloginfo("version"), get_stylesheet(), get_option("active_plugins"), PHP_VERSION, $GLOBALS["wpdb"]->db_server_info()];',
    );
    lines.push(`run(): ${ms(t)} → ${JSON.stringify(info)}`);

    t = performance.now();
    await wp.createUsers(ROLES.map((role) => ({ login: role, password: PASSWORD, role })));
    await wp.setPermalinks();
    lines.push(`4 users + pretty permalinks: ${ms(t)}`);

    t = performance.now();
    const html = '<!-- wp:html --><div data-hr-widget="quiz" data-data="{&quot;a&quot;:1}"></div><!-- /wp:html -->';
    const { result: post } = await wp.run(`
      wp_set_current_user(get_user_by('login', 'author')->ID);
      $id = wp_insert_post(['post_title' => 'Smoke', 'post_status' => 'publish', 'post_content' => ${php(html)}], true);
      if (is_wp_error($id)) throw new Exception($id->get_error_message());
      return get_permalink($id);`);
    lines.push(`post via PHP: ${ms(t)} → ${post}`);

    t = performance.now();
    const response = await fetch(/** @type {string} */ (post));
    const body = await response.text();
    const ok =
      response.status === 200 &&
      body.includes('data-hr-widget="quiz"') &&
      body.includes('{&quot;a&quot;:1}') &&
      body.includes('hr-smoke-active');
    lines.push(
      `fetch post: ${ms(t)} → HTTP ${response.status}, placeholder ${ok ? 'intact' : 'MISSING'}, plugin footer ${body.includes('hr-smoke-active')}`,
    );
    if (!ok) failed = true;

    if (browserPath) {
      t = performance.now();
      const browser = await chromium.launch({ executablePath: browserPath, args: chromeArgs });
      try {
        const page = await browser.newPage();
        lines.push(`Chromium launched: ${ms(t)}`);
        t = performance.now();
        await wp.login(page, 'editor', PASSWORD);
        lines.push(`login(page, 'editor') → ${new URL(page.url()).pathname}: ${ms(t)}`);
        t = performance.now();
        const editor = await page.goto(`${wp.url}/wp-admin/post-new.php`);
        await page.waitForSelector('.interface-interface-skeleton', { timeout: 60_000 });
        lines.push(`post-new.php ${editor?.status()}, block editor shown: ${ms(t)}`);
      } finally {
        await browser.close();
      }
    } else {
      lines.push('no Chromium found (CHROME_PATH): browser login skipped');
    }
  } catch (error) {
    failed = true;
    lines.push(`FAILED: ${/** @type {Error} */ (error).stack}`);
  } finally {
    if (wp) {
      const t = performance.now();
      await wp.stop();
      lines.push(`stop(): ${ms(t)}`);
    }
  }
  if (failed) failures++;
  console.log(`WordPress ${version}\n  ${lines.join('\n  ')}`);
}
await rm(pluginDir, { recursive: true, force: true });
console.log(`smoke: ${versions.length - failures} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
