// Fails when the committed custom-elements.json no longer matches the sources.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

// The analyzer resolves --outdir against the working folder.
const out = 'node_modules/.cache/hr-cem-check';
try {
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', out], { stdio: 'pipe' });
  const fresh = readFileSync(`${out}/custom-elements.json`, 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh.trim() !== committed.trim()) {
    console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
