// The WordPress tests (test/wordpress/*.wp.js, node:test): prepares the
// WordPress versions they run on (scripts/wp/core.sh, from Debian's packages),
// builds the plugin's folder if it is missing, runs them one file at a time,
// and writes its totals where scripts/test-browsers.js reads them
// (HR_TOTALS_FILE), so the closing line counts them too.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const versions = (process.env.WP_VERSIONS || '6.1,6.8').split(',');
const core = spawnSync('bash', ['scripts/wp/core.sh', ...versions], { stdio: 'inherit' });
if (core.status !== 0) {
  console.error('WordPress could not be prepared (scripts/wp/core.sh): see above.');
  process.exit(1);
}
if (!existsSync('dist-wordpress/hr-widgets/elements.json')) {
  console.error('dist-wordpress/hr-widgets is missing: run `npm run wordpress` first.');
  process.exit(1);
}

// `node scripts/test-wordpress.js test/wordpress/install.wp.js` runs one file.
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync('test/wordpress')
        .filter((f) => f.endsWith('.wp.js'))
        .map((f) => join('test/wordpress', f));
const totals = { passed: 0, failed: 0, skipped: 0 };
const stream = run({ files, concurrency: 1, timeout: 20 * 60_000 });
stream.on('test:pass', ({ details, skip, todo }) => {
  // Suites report too: count tests only.
  if (details.type === 'suite') return;
  if (skip || todo) totals.skipped++;
  else totals.passed++;
});
stream.on('test:fail', ({ details }) => {
  if (details.type !== 'suite' || details.error?.failureType !== 'subtestsFailed') totals.failed++;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((done) => stream.once('end', done));
// A file that cannot load reports a failure of its own; one that runs nothing is a failure too.
if (!totals.passed && !totals.failed) totals.failed = 1;
if (process.env.HR_TOTALS_FILE) writeFileSync(process.env.HR_TOTALS_FILE, JSON.stringify(totals));
console.log(`WordPress ${versions.join(', ')}: ${totals.passed} passed · ${totals.failed} failed · ${totals.skipped} skipped`);
process.exitCode = totals.failed ? 1 : 0;
