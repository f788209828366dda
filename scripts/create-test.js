// Proves the generator (npm test runs this): in a copy of the project, `npm
// run create` writes a new element, and then, touching nothing else, it
// typechecks, lints, is formatted, gets its JSON Schema, builds into the
// bundle, and passes the data-contract suite (accessibility included) in
// Chromium. The copy is removed afterwards; the project is never touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from './create.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'hr-create-'));
const NAME = 'sample-widget';
let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

try {
  // The project as a fresh clone would have it, plus files not committed yet.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    // A file deleted but not yet committed is not there to copy.
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const before = new Map(files.map((file) => [file, readFileSync(join(copy, file), 'utf8')]));

  const touched = create(NAME, copy);
  const changed = files.filter((file) => readFileSync(join(copy, file), 'utf8') !== before.get(file));
  check(
    JSON.stringify(changed.sort()) === JSON.stringify(['demo/index.html', 'src/elements.ts']) && touched[0] === `src/${NAME}/`,
    `npm run create -- ${NAME} writes src/${NAME}/ and edits only the registry and the demo (edited: ${changed.join(', ')})`,
  );

  const steps = [
    ['the JSON Schema is generated', 'node', ['scripts/schemas.js']],
    ['it typechecks', 'npx', ['tsc', '--noEmit']],
    ['it lints', 'npx', ['eslint', `src/${NAME}`, 'src/elements.ts']],
    ['it is formatted', 'npx', ['prettier', '--check', `src/${NAME}`, 'src/elements.ts', 'demo/index.html']],
    ['the manifest and a reference page of its own (docs/elements/) take it in', 'npm', ['run', 'manifest', '--silent']],
    ['every part it renders is documented', 'node', ['scripts/check-parts.js']],
    ['the bundle builds with it', 'npx', ['vite', 'build', '--logLevel', 'error']],
  ];
  for (const [what, command, args] of steps) {
    const result = run(command, args);
    check(result.status === 0, `${what}${result.status === 0 ? '' : `:\n${result.stdout}${result.stderr}`}`);
    if (result.status !== 0) break;
  }
  if (!failed) {
    const bundle = readFileSync(join(copy, 'dist/hr-widgets.js'), 'utf8');
    check(
      bundle.includes(`hr-${NAME}`) || bundle.includes(`"${NAME}"`) || bundle.includes(`\`${NAME}\``),
      `the bundle defines <hr-${NAME}>`,
    );
    const totals = join(copy, 'contract-totals.json');
    const tests = run('npx', ['wtr', '--files', 'test/contract.test.ts'], {
      BROWSERS: 'chromium',
      HR_ONLY: NAME,
      HR_TOTALS_FILE: totals,
    });
    let counts = { passed: 0, failed: 1, skipped: 0 };
    try {
      counts = JSON.parse(readFileSync(totals, 'utf8'));
    } catch {
      // No totals: the run ended before it reported.
    }
    const output = `${tests.stdout}${tests.stderr}`.replace(/\u001b\[[\d;]*[A-Za-z]/g, '');
    check(
      tests.status === 0 && counts.failed === 0 && counts.passed >= 6,
      `<hr-${NAME}> alone passes the data-contract suite, accessibility included (${counts.passed} passed, ${counts.failed} failed)${tests.status === 0 ? '' : `:\n${output.slice(-4000)}`}`,
    );
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
if (failed) process.exit(1);
