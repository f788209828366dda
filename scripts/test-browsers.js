// Runs the browser tests in each engine in turn (Chromium, Firefox, WebKit;
// BROWSERS=firefox,webkit picks some), then the WordPress tests
// (scripts/test-wordpress.js; WORDPRESS=0, or a run of chosen files, leaves
// them out), then prints one closing line that counts them all. One at a
// time: the machines have two cores, and focus and timing stay steady.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closingLine } from './count-reporter.js';
import { ENGINE_NAMES } from './find-browsers.js';

const engines = (process.env.BROWSERS || ENGINE_NAMES.join(','))
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'hr-totals-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let ok = true;

/** Runs one stage, which writes its counts to HR_TOTALS_FILE, and adds them up. */
function stage(name, command, args, env = {}) {
  const file = join(dir, `${name}.json`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env, HR_TOTALS_FILE: file } });
  let result = { passed: 0, failed: 1, skipped: 0 };
  try {
    result = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // The run ended before it reported: count it as one failure.
  }
  if (run.status !== 0 && result.failed === 0) result.failed = 1;
  if (run.status !== 0) ok = false;
  for (const key of Object.keys(totals)) totals[key] += result[key];
  lines.push(
    `  ${name.padEnd(9)} ${result.passed} passed · ${result.failed} failed · ${result.skipped} skipped (${Math.round((Date.now() - started) / 1000)} s)`,
  );
}

for (const engine of engines) stage(engine, 'npx', ['wtr', ...process.argv.slice(2)], { BROWSERS: engine });
if (process.env.WORDPRESS !== '0' && !process.argv.slice(2).length) stage('wordpress', process.execPath, ['scripts/test-wordpress.js']);
rmSync(dir, { recursive: true, force: true });

process.stdout.write(`\nEvery engine:\n${lines.join('\n')}\n${closingLine(totals)}\n`);
process.exitCode = ok ? 0 : 1;
