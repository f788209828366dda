// Packs the npm package as it would be published, installs the tarball into a
// scratch folder, and checks what an agency's build would do with it: every
// export resolves, and a TypeScript consumer typechecks against its types.
// test/package.test.ts then loads the installed copy in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadElements } from './elements.js';

const scratch = 'node_modules/.cache/pack-test';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });

const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', scratch], { encoding: 'utf8' }).trim().split('\n').pop();
writeFileSync(`${scratch}/package.json`, JSON.stringify({ name: 'agency-site', private: true, type: 'module' }));
execFileSync(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', `./${tarball}`], {
  cwd: scratch,
  stdio: 'pipe',
});

let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};

const elements = await loadElements();
const subpaths = [
  'hr-widgets',
  ...elements.flatMap(({ name }) => [`hr-widgets/${name}`, `hr-widgets/schemas/${name}.schema.json`]),
  'hr-widgets/bundle',
  'hr-widgets/custom-elements.json',
  'hr-widgets/package.json',
];
// Folders that are not elements stay private behind the "./*" export.
const internal = ['hr-widgets/shared', 'hr-widgets/i18n'];
const resolved = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `console.log(JSON.stringify(${JSON.stringify([...subpaths, ...internal])}.map((s) => { try { return import.meta.resolve(s); } catch { return null; } })))`,
    ],
    { cwd: scratch, encoding: 'utf8' },
  ),
);
subpaths.forEach((s, i) => check(resolved[i] && existsSync(fileURLToPath(resolved[i])), `import '${s}' resolves to a file in the package`));
internal.forEach((s, i) => {
  const url = resolved[subpaths.length + i];
  check(!url || !existsSync(fileURLToPath(url)), `import '${s}' finds nothing: internal modules are not exports`);
});

const installedPackage = JSON.parse(readFileSync(`${scratch}/node_modules/hr-widgets/package.json`, 'utf8'));
check(
  existsSync(`${scratch}/node_modules/hr-widgets/${installedPackage.customElements}`),
  `package.json "customElements" (${installedPackage.customElements}) names a file in the package`,
);

writeFileSync(
  `${scratch}/consumer.ts`,
  `import type { HrCompleteDetail, QuizData } from 'hr-widgets';
import 'hr-widgets/quiz';
const quiz: QuizData = { questions: [{ type: 'true-false', prompt: 'Naloxone reverses opioid overdoses.', answer: true }] };
const el = document.createElement('hr-quiz');
el.data = quiz;
el.addEventListener('hr-complete', (event) => {
  const detail: HrCompleteDetail = event.detail;
  console.log(detail.percent);
});
`,
);
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
try {
  execFileSync(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom',
      'consumer.ts',
    ],
    { cwd: scratch, stdio: 'pipe' },
  );
  check(true, 'a TypeScript consumer typechecks: data typed, elements in HTMLElementTagNameMap, event details typed');
} catch (error) {
  check(false, `a TypeScript consumer typechecks:\n${error.stdout}`);
}

// What `npm publish` would send, as it says (offline, without its scripts: npm test is what runs them).
const published = JSON.parse(
  execFileSync(npm, ['publish', '--dry-run', '--ignore-scripts', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
)['hr-widgets'].files.map((f) => f.path);
check(
  ['LICENSE', 'README.md', 'CHANGELOG.md', 'custom-elements.json', 'dist/hr-widgets.js', 'dist/esm/index.d.ts'].every((f) =>
    published.includes(f),
  ),
  '`npm publish --dry-run` sends LICENSE, README, CHANGELOG, the manifest, the bundle and the types',
);
const stray = published.filter((f) => /^(dist\/e2e|test|e2e|tmp|coverage|\.cache|node_modules)\//.test(f));
check(
  stray.length === 0,
  `\`npm publish --dry-run\` sends no tests, host pages or scratch files${stray.length ? `: ${stray.slice(0, 5)}` : ''}`,
);
const installed = `${scratch}/node_modules/hr-widgets`;
check(
  readFileSync(`${installed}/LICENSE`, 'utf8').includes('The hr-widgets contributors'),
  'LICENSE, with its copyright holder, is in the package',
);
check(!existsSync(`${installed}/test`) && !existsSync(`${installed}/tmp`), 'no tests or scratch files in the package');

if (failed) process.exit(1);
