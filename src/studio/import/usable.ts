import { read } from '../../shared/fields.js';
import { resourceListFields } from '../../resource-list/resource-list.fields.js';

/**
 * Imported entries the directory can show, and why each other one cannot: the
 * element's own validator decides, with its own messages (the first error of
 * each entry, its path inside the entry).
 */
export function usable(entries: readonly Record<string, unknown>[]): { kept: Record<string, unknown>[]; failed: Map<number, string> } {
  const failed = new Map<number, string>();
  for (const p of read(resourceListFields, { resources: entries }).problems) {
    const m = /^resources\[(\d+)\]/.exec(p.path);
    if (m && p.severity === 'error' && !failed.has(Number(m[1])))
      failed.set(Number(m[1]), `${p.path.slice(m[0].length + 1) || 'entry'}: ${p.message}`);
  }
  return { kept: entries.filter((_, i) => !failed.has(i)), failed };
}
