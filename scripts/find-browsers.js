// Finds the browsers the tests run in, the way a user's machine has them:
// an environment variable first, then the usual install paths.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const programFiles = process.env['PROGRAMFILES'] ?? 'C:\\Program Files';

/** Per engine: the variable that overrides, the usual paths, and what to install. */
const ENGINES = {
  chromium: {
    env: 'CHROME_PATH',
    linux: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
    ],
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    win32: [
      `${programFiles}\\Google\\Chrome\\Application\\chrome.exe`,
      `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
      `${process.env['LOCALAPPDATA'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
    ],
    install: 'Debian/Ubuntu: sudo apt-get install chromium · macOS/Windows: install Google Chrome',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
    darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
    win32: [`${programFiles}\\Mozilla Firefox\\firefox.exe`],
    install: 'Debian/Ubuntu: sudo apt-get install firefox-esr · macOS/Windows: install Firefox',
  },
  // WebKit (Safari's engine) through its WebDriver: WebKitGTK's MiniBrowser on Linux.
  webkit: {
    env: 'WEBKIT_DRIVER_PATH',
    linux: ['/usr/bin/WebKitWebDriver', ...pathCandidates('WebKitWebDriver')],
    darwin: [],
    win32: [],
    install: 'Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb (Linux only for now)',
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

function pathCandidates(name) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name));
}

/** @returns {string | undefined} the engine's executable, or undefined when there is none. */
export function locate(engine) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`Unknown engine "${engine}"; use one of: ${ENGINE_NAMES.join(', ')}.`);
  const fromEnv = process.env[spec.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return (spec[process.platform] ?? []).find((p) => existsSync(p));
}

/** @returns {string} the engine's executable; exits with a plain message when there is none. */
export function find(engine) {
  const found = locate(engine);
  if (found) return found;
  const spec = ENGINES[engine];
  const fromEnv = process.env[spec.env];
  console.error(
    `\n${fromEnv ? `${spec.env} is set to "${fromEnv}", but no file is there.` : `No ${engine} was found.`}\n` +
      `The tests need it. Install it (${spec.install}),\nor set ${spec.env} to its executable,` +
      ` or run the other engines alone: BROWSERS=chromium npm test.\n`,
  );
  process.exit(1);
}

export const findChrome = () => find('chromium');

/** Flags headless Chromium needs as root and on a closed network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// `node scripts/find-browsers.js [engine…]` prints each path, or explains and exits 1.
// `--missing` lists the engines that are not installed instead, one per line.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--missing') {
    for (const engine of ENGINE_NAMES) if (!locate(engine)) console.log(engine);
  } else {
    for (const engine of args.length ? args : ENGINE_NAMES) console.log(`${engine}: ${find(engine)}`);
  }
}
