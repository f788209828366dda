// `php -l` on every PHP file of the WordPress plugin: a syntax error there is a
// white screen on someone's site. Needs PHP's command line (Debian: php-cli).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.php') ? [join(dir, f)] : []));

let version;
try {
  version = execFileSync('php', ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
} catch {
  console.error('PHP is not installed: `php -l` lints the WordPress plugin. Install it (Debian: apt-get install php-cli).');
  process.exit(1);
}
const php = files('wordpress');
let failed = 0;
for (const file of php) {
  try {
    execFileSync('php', ['-l', '-d', 'display_errors=1', file], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    failed++;
    console.error(String(error.stdout || error.message).trim());
  }
}
console.log(`php -l (PHP ${version}): ${php.length - failed} of ${php.length} PHP files without syntax errors.`);
process.exit(failed ? 1 : 0);
