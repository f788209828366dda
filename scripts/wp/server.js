// A real WordPress for tests, offline: WordPress Playground's CLI (PHP compiled
// to WebAssembly, SQLite) serving the core folders that scripts/wp/core.sh
// prepares under .cache/wordpress/<version>, with our plugins mounted.
//
//   const wp = await startWordPress({ version: '6.8', plugins: [{ name: 'hr-widgets', dir: 'dist-wordpress/hr-widgets' }] });
//   const { result } = await wp.run('return get_bloginfo("version");');
//   await wp.stop();
//
// Every start works on a fresh copy of the core (Playground writes wp-config.php,
// the SQLite database and a patched wp-includes/load.php into the folder it
// serves), so no state is carried from one run to the next.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(dirname(createRequire(import.meta.url).resolve('@wp-playground/cli/package.json')), 'wp-playground.js');
const MARKER = '.hr-widgets-core';

/** The default (block) theme each prepared core ships. */
export const THEMES = { 6.1: 'twentytwentythree', 6.8: 'twentytwentyfive' };

/** The roles tests sign in as. */
export const ROLES = ['administrator', 'editor', 'author', 'contributor'];

/**
 * A test-only mu-plugin: a POST carrying the secret token in X-HR-Test-Token
 * runs its body as PHP once WordPress has loaded, and answers JSON
 * { result, output, error }. Without the token it does nothing but name the
 * site in an X-HR-Test-Site header (so the start-up check knows it reached
 * this server, not another one on the port).
 * @param {string} token
 * @param {string} site
 */
const runnerPlugin = (token, site) => `<?php
// Written by scripts/wp/server.js for tests; never ship this.
// Offline anyway: fail requests to other hosts at once instead of waiting on them
// (the dashboard's news widget, update checks).
if (!defined('WP_HTTP_BLOCK_EXTERNAL')) {
    define('WP_HTTP_BLOCK_EXTERNAL', true);
}
add_action('send_headers', function () {
    header('X-HR-Test-Site: ${site}');
});
add_action('wp_loaded', function () {
    if (!isset($_SERVER['HTTP_X_HR_TEST_TOKEN']) || ($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') {
        return;
    }
    if (!hash_equals('${token}', (string) $_SERVER['HTTP_X_HR_TEST_TOKEN'])) {
        status_header(403);
        exit;
    }
    $code = preg_replace('/^\\s*<\\?php\\b/', '', file_get_contents('php://input'));
    $level = ob_get_level();
    ob_start();
    $result = null;
    $error = null;
    try {
        $result = eval($code);
    } catch (Throwable $e) {
        $error = get_class($e) . ': ' . $e->getMessage() . ' in ' . $e->getFile() . ':' . $e->getLine();
    }
    $output = '';
    while (ob_get_level() > $level) {
        $output = ob_get_clean() . $output;
    }
    nocache_headers();
    header('Content-Type: application/json; charset=utf-8');
    status_header(200);
    echo wp_json_encode(['result' => $result, 'output' => $output, 'error' => $error], JSON_PARTIAL_OUTPUT_ON_ERROR);
    exit;
}, PHP_INT_MIN);
`;

/**
 * Where the per-run copy of the core goes: HR_WP_TMPDIR, else /dev/shm when it
 * has room (copying ~3,000 files to a RAM disk takes 0.3 s, to this machine's
 * disk 2 s), else the system's temporary folder.
 */
async function tempBase() {
  if (process.env.HR_WP_TMPDIR) return process.env.HR_WP_TMPDIR;
  try {
    const fs = await statfs('/dev/shm');
    if (fs.bavail * fs.bsize > 1024 ** 3) return '/dev/shm';
  } catch {
    // no /dev/shm (macOS, Windows)
  }
  return tmpdir();
}

/**
 * Copies a folder; the system's cp is about four times faster than fs.cp.
 * @param {string} from
 * @param {string} to
 */
async function copyTree(from, to) {
  if (process.platform === 'win32') await cp(from, to, { recursive: true });
  else await promisify(execFile)('cp', ['-R', from, to]);
}

/**
 * @param {number} [port] default: any
 * @returns {Promise<number>} a port free right now on every interface (the CLI listens on all of them)
 */
function freePort(port = 0) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error) =>
      reject(/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use.`) : error),
    );
    server.listen(port, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Servers still running, each with a way to end it at once: the CLI runs in its
 * own process group (so stop() can end it and anything it started), which also
 * means a Ctrl-C in the terminal does not reach it. When the test process
 * exits or is interrupted without stop(), these take the servers down with it.
 * @type {Set<() => void>}
 */
const running = new Set();
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
const killAll = () => {
  for (const kill of running) kill();
};
/** @param {NodeJS.Signals} signal */
const onSignal = (signal) => {
  killAll();
  // Leave the signal's usual effect to the process unless someone else handles it.
  process.removeListener(signal, onSignal);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
};
let hooked = false;
const hookProcess = () => {
  if (hooked) return;
  hooked = true;
  process.once('exit', killAll);
  for (const signal of SIGNALS) process.once(signal, onSignal);
};

/** @param {number} ms a wait that does not keep the process alive */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms).unref());

/** @param {unknown} value a PHP literal for a string, number, boolean or null */
export const php = (value) => {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  throw new Error(`php(): no literal for ${typeof value}`);
};

/**
 * @typedef {object} Plugin
 * @property {string} name the folder name under wp-content/plugins
 * @property {string} dir the plugin's folder on this machine (relative to the repository root, or absolute)
 */

/**
 * @typedef {object} NewUser
 * @property {string} login
 * @property {string} password
 * @property {string} role administrator, editor, author, contributor or subscriber
 * @property {string} [email] default: <login>@example.test
 */

/**
 * @typedef {object} WordPress
 * @property {string} url the site's address, without a trailing slash
 * @property {number} port
 * @property {'6.1' | '6.8'} version
 * @property {number} startupMs from copying the core to the first 200 of the front page
 * @property {number} readyMs startupMs plus setting the theme and activating the plugins
 * @property {(code: string) => Promise<{ result: unknown, output: string }>} run
 *   runs PHP (no `<?php` needed) after WordPress has loaded; `result` is what the code returns (as JSON), `output` what it printed
 * @property {(name: string) => Promise<string>} activatePlugin activates a mounted plugin by folder name; returns its main file
 * @property {(user: NewUser) => Promise<number>} createUser returns the user's id
 * @property {(users: NewUser[]) => Promise<number[]>} createUsers several users in one request (each request costs ~0.7 s)
 * @property {(stylesheet: string) => Promise<void>} setTheme
 * @property {(structure?: string) => Promise<void>} setPermalinks defaults to '/%postname%/'
 * @property {(page: import('playwright-core').Page, user: string, password: string) => Promise<void>} login
 * @property {() => string} output what the server printed so far (the last 20,000 characters)
 * @property {() => Promise<string>} debugLog WordPress's wp-content/debug.log (PHP notices, warnings, errors)
 * @property {() => Promise<void>} stop stops the server (its whole process group) and deletes the copy of the core
 */

/**
 * Starts WordPress offline and waits until its front page answers.
 * @param {object} options
 * @param {'6.1' | '6.8'} options.version a core prepared by scripts/wp/core.sh
 * @param {number} [options.port] default: a free port
 * @param {Plugin[]} [options.plugins] mounted under wp-content/plugins/<name>
 * @param {boolean} [options.activate] activate every mounted plugin (default true)
 * @param {string | null} [options.theme] default: the version's block theme (THEMES); null leaves WordPress's choice
 * @param {string | object} [options.blueprint] a Blueprint (v1) file, or the Blueprint itself; it must not need the network
 * @param {number} [options.timeout] ms to wait for the front page (default 180 s)
 * @param {string} [options.php] PHP version (default 8.2)
 * @param {number} [options.workers] PHP workers (default 2; the CLI's own default on 2 cores is 1, which
 *   serves every request, static files included, one after another: admin pages then take about twice as long)
 * @returns {Promise<WordPress>}
 */
export async function startWordPress({
  version,
  port,
  plugins = [],
  activate = true,
  theme,
  blueprint,
  timeout = 180_000,
  php: phpVersion = '8.2',
  workers = 2,
}) {
  const core = join(ROOT, '.cache/wordpress', version);
  if (!existsSync(join(core, MARKER))) {
    throw new Error(`WordPress ${version} is not prepared in ${core}: run scripts/wp/core.sh ${version} first.`);
  }
  for (const { name, dir } of plugins) {
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(name)) throw new Error(`Plugin name "${name}" is not a folder name.`);
    if (!existsSync(resolve(ROOT, dir))) throw new Error(`Plugin "${name}": no folder at ${resolve(ROOT, dir)}.`);
  }
  port = await freePort(port);
  const url = `http://127.0.0.1:${port}`;
  const token = randomBytes(24).toString('hex');
  const siteId = randomBytes(8).toString('hex');

  const started = performance.now();
  const temp = await mkdtemp(join(await tempBase(), `hr-wp-${version}-`));
  const site = join(temp, 'wordpress');
  await copyTree(core, site);
  await mkdir(join(site, 'wp-content/mu-plugins'), { recursive: true });
  await writeFile(join(site, 'wp-content/mu-plugins/hr-test-runner.php'), runnerPlugin(token, siteId));

  const args = [
    CLI,
    'server',
    `--port=${port}`,
    `--site-url=${url}`,
    `--wp=${version}`,
    `--php=${phpVersion}`,
    `--workers=${workers}`,
    '--wordpress-install-mode=install-from-existing-files',
    `--mount-before-install=${site}:/wordpress`,
    ...plugins.map(({ name, dir }) => `--mount=${resolve(ROOT, dir)}:/wordpress/wp-content/plugins/${name}`),
  ];
  if (blueprint) {
    const file = typeof blueprint === 'string' ? resolve(ROOT, blueprint) : join(temp, 'blueprint.json');
    if (typeof blueprint !== 'string') await writeFile(file, JSON.stringify(blueprint));
    args.push(`--blueprint=${file}`);
  }

  // Its own process group, so stop() can end the CLI and anything it started at once.
  // TMPDIR: the CLI's own temporary folder goes inside ours, so it goes with it even after a SIGKILL.
  const child = spawn(process.execPath, args, {
    cwd: temp,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TMPDIR: temp },
  });
  let log = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  /** @type {Promise<number | null>} */
  const exited = new Promise((done) => child.once('exit', (code, signal) => done(code ?? (signal ? 128 : null))));
  let alive = true;
  exited.then(() => (alive = false));
  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const killNow = () => {
    killGroup('SIGKILL');
    rmSync(temp, { recursive: true, force: true });
  };
  running.add(killNow);
  hookProcess();

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    running.delete(killNow);
    if (alive) {
      killGroup('SIGTERM');
      const timer = sleep(5_000).then(() => 'timeout');
      if ((await Promise.race([exited, timer])) === 'timeout') {
        killGroup('SIGKILL');
        await exited;
      }
    }
    await rm(temp, { recursive: true, force: true });
  };

  const fail = async (/** @type {string} */ why) => {
    const out = log.trim();
    await stop();
    return new Error(`WordPress ${version} on ${url}: ${why}\n--- wp-playground-cli output ---\n${out || '(nothing)'}\n---`);
  };

  // Wait for the front page.
  const deadline = Date.now() + timeout;
  let last = 'no answer';
  for (;;) {
    if (!alive) throw await fail(`the server exited (code ${await exited}) before the front page answered.`);
    if (Date.now() > deadline) throw await fail(`the front page did not answer 200 within ${timeout / 1000} s (last: ${last}).`);
    try {
      const response = await fetch(`${url}/`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
      await response.arrayBuffer();
      const ours = response.headers.get('x-hr-test-site') === siteId;
      if (response.status === 200 && ours) break;
      last = `HTTP ${response.status}${ours ? '' : ', not from this server'}`;
    } catch (error) {
      last = /** @type {Error} */ (error).cause ? String(/** @type {Error} */ (error).cause) : String(error);
    }
    // A wait that keeps the process alive: when the server has exited, nothing else would, and the caller would
    // end without hearing why.
    await new Promise((done) => setTimeout(done, 250));
  }
  const startupMs = Math.round(performance.now() - started);

  /** @param {string} code */
  const run = async (code) => {
    const response = await fetch(`${url}/index.php`, {
      method: 'POST',
      headers: { 'X-HR-Test-Token': token, 'Content-Type': 'text/plain' },
      body: code,
      redirect: 'manual',
    });
    const text = await response.text();
    /** @type {{ result: unknown, output: string, error: string | null }} */
    let answer;
    try {
      answer = JSON.parse(text);
    } catch {
      throw new Error(
        `run(): HTTP ${response.status}, not the runner's JSON (a PHP fatal error?):\n${text.slice(0, 2000)}\n--- code ---\n${code}`,
      );
    }
    if (answer.error) throw new Error(`run(): ${answer.error}\n${answer.output}\n--- code ---\n${code}`);
    return { result: answer.result, output: answer.output };
  };

  /** @param {string} name */
  const activatePlugin = async (name) => {
    const { result } = await run(`
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      $files = array_keys(get_plugins('/' . ${php(name)}));
      if (!$files) throw new Exception('No plugin in wp-content/plugins/' . ${php(name)});
      $file = ${php(name)} . '/' . $files[0];
      $error = activate_plugin($file);
      if (is_wp_error($error)) throw new Exception($error->get_error_message());
      return $file;`);
    return /** @type {string} */ (result);
  };

  /** @param {{ login: string, password: string, role: string, email?: string }[]} users */
  const createUsers = async (users) => {
    const rows = users.map(
      ({ login: name, password, role, email = `${name}@example.test` }) => `[${php(name)}, ${php(password)}, ${php(email)}, ${php(role)}]`,
    );
    const { result } = await run(`
      $ids = [];
      foreach ([${rows.join(', ')}] as [$login, $pass, $email, $role]) {
        if (!get_role($role)) throw new Exception("No role $role");
        $id = wp_insert_user(['user_login' => $login, 'user_pass' => $pass, 'user_email' => $email, 'role' => $role]);
        if (is_wp_error($id)) throw new Exception("$login: " . $id->get_error_message());
        $ids[] = $id;
      }
      return $ids;`);
    return /** @type {number[]} */ (result);
  };

  /** @param {string} stylesheet */
  const themePhp = (stylesheet) => `
      if (!wp_get_theme(${php(stylesheet)})->exists()) throw new Exception('No theme ' . ${php(stylesheet)});
      switch_theme(${php(stylesheet)});`;
  /** @param {string} stylesheet */
  const setTheme = async (stylesheet) => {
    await run(themePhp(stylesheet));
  };

  const setPermalinks = async (structure = '/%postname%/') => {
    await run(`
      global $wp_rewrite;
      $wp_rewrite->set_permalink_structure(${php(structure)});
      flush_rewrite_rules(true);`);
  };

  /** @type {WordPress} */
  const wp = {
    url,
    port,
    version,
    startupMs,
    readyMs: startupMs,
    run,
    activatePlugin,
    createUser: async (user) => (await createUsers([user]))[0],
    createUsers,
    setTheme,
    setPermalinks,
    login: (page, user, password) => login(page, user, password, url),
    output: () => log,
    debugLog: () => readFile(join(site, 'wp-content/debug.log'), 'utf8').catch(() => ''),
    stop,
  };
  try {
    // A known answer to the "can the server compress scripts" test, which every
    // admin page otherwise repeats through admin-ajax until it completes.
    const wanted = theme === undefined ? THEMES[version] : theme;
    await run(`update_option('can_compress_scripts', 0);${wanted ? themePhp(wanted) : ''}`);
    if (activate) for (const { name } of plugins) await activatePlugin(name);
  } catch (error) {
    throw await fail(/** @type {Error} */ (error).message);
  }
  wp.readyMs = Math.round(performance.now() - started);
  return wp;
}

/**
 * Signs a browser page in through wp-login.php and waits for the page WordPress
 * sends it to (the dashboard, or the profile for subscribers).
 * @param {import('playwright-core').Page} page
 * @param {string} user
 * @param {string} password
 * @param {string} [url] the site; default: the origin the page is on
 */
export async function login(page, user, password, url) {
  const site = url ?? new URL(page.url()).origin;
  if (!/^https?:/.test(site)) throw new Error('login(): give the site URL, the page is not on the site yet.');
  await page.goto(`${site}/wp-login.php`);
  // wp-login.php's own scripts focus and select the fields once loaded: fill after them, and again if one was emptied.
  await page.waitForLoadState('load');
  for (let tries = 0; tries < 3; tries++) {
    await page.fill('#user_login', user);
    await page.fill('#user_pass', password);
    if ((await page.inputValue('#user_login')) === user && (await page.inputValue('#user_pass')) === password) break;
  }
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/wp-login.php'));
  await page.click('#wp-submit');
  const response = await posted;
  if (response.status() !== 302) {
    await page.waitForLoadState();
    const why = await page
      .locator('#login_error')
      .textContent()
      .catch(() => null);
    throw new Error(`login(${user}): wp-login.php answered ${response.status()}: ${why?.trim() ?? 'no error shown'}`);
  }
  await page.waitForURL((u) => !u.pathname.endsWith('/wp-login.php'));
}
