// The addresses the project's documents hand out (README, CONTRIBUTING, CHANGELOG, SECURITY, docs/, the plugin's
// readme.txt), checked in `npm test`:
// - every relative link names a file in the repository (never a path outside it);
// - every outside address is in scripts/links.json, with why it is there, and every entry there is still used.
// Then it proves it can fail: a planted dead link and an unlisted address give exactly those two complaints.
// (The release's own pages are checked by scripts/release.js.)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { files } from './zip.js';

const ROOT = resolve('.');
const ALLOWED = JSON.parse(readFileSync('scripts/links.json', 'utf8'));

const DOCUMENTS = [
  ...readdirSync('.').filter((f) => f.endsWith('.md')),
  ...files('docs').filter((f) => f.endsWith('.md')),
  'wordpress/hr-widgets/readme.txt',
];

/** Problems with the links of documents given as [path, text]; `used` collects the outside addresses found. */
export function linkProblems(documents, allowed, used = new Set()) {
  const problems = [];
  for (const [path, text] of documents) {
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(?:[a-z]+:|#)/i.test(target)) continue;
      const file = resolve(dirname(path), target.replace(/#.*$/, ''));
      if (!file.startsWith(`${ROOT}/`) && file !== ROOT) problems.push(`${path}: ${target} is outside the repository`);
      else if (!existsSync(file)) problems.push(`${path}: ${target} names nothing in the repository`);
    }
    for (const [url] of text.matchAll(/https?:\/\/[^\s)>`"'\]]+/g)) {
      const address = url.replace(/[.,;:]+$/, '');
      used.add(address);
      if (!Object.hasOwn(allowed, address)) problems.push(`${path}: ${address} is not in scripts/links.json`);
    }
  }
  return problems;
}

const used = new Set();
const problems = linkProblems(
  DOCUMENTS.map((d) => [d, readFileSync(d, 'utf8')]),
  ALLOWED,
  used,
);
for (const address of Object.keys(ALLOWED))
  if (!used.has(address)) problems.push(`scripts/links.json lists ${address}, which no document uses`);

const planted = linkProblems([['PLANTED.md', '[gone](docs/nowhere.md) [fine](README.md) <https://unlisted.example/>']], ALLOWED);
if (planted.length !== 2 || !planted[0].includes('docs/nowhere.md') || !planted[1].includes('unlisted.example'))
  problems.push(`the link check missed a planted dead link or an unlisted address: ${planted.join('; ')}`);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `${DOCUMENTS.length} documents: every relative link names a file in the repository, and each of ${used.size} outside addresses is listed (and the check fails when one is not)`,
);
