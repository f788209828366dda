// Files made from the sources (schemas, the strings template): each is written
// formatted as Prettier would; with `--check` (in the test command), a file
// that is not what the sources make fails instead, naming the command to run.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** @param {[file: string, value: unknown][]} files @param {string} command @returns {Promise<number>} how many are stale */
export async function writeGenerated(files, command) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, value] of files) {
    const text = await format(JSON.stringify(value), { ...(await resolveConfig(file)), filepath: file });
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // Not written yet.
    }
    if (current === text) continue;
    if (check) {
      console.error(`${file} is not what the sources make. Run: ${command}`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
  return stale;
}
