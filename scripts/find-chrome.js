// Finds a Chrome or Chromium the way a user's machine has one: CHROME_PATH first, then the usual install paths.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const candidates = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['LOCALAPPDATA'] ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

/** @returns {string} the browser's path; exits with a plain message when there is none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = (candidates[process.platform] ?? []).find((p) => existsSync(p));
  if (found) return found;
  fail('No Chrome or Chromium was found.');
}

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

function fail(why) {
  console.error(
    `\n${why}\nThe tests need Chrome or Chromium. Install one:\n` +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  macOS:         install Google Chrome from google.com/chrome\n' +
      '  or set CHROME_PATH to the browser executable.\n',
  );
  process.exit(1);
}

// `node scripts/find-chrome.js` prints the path, or explains and exits 1.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(findChrome());
