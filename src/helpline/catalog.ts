/**
 * The catalog of national lines (catalog.json: facts with their sources) and
 * the words that say what a line is: a chunk, loaded when a page shows a
 * national line or a line with a `kind`. It imports nothing from the bundle.
 */
import type { Lang } from '../shared/lang.js';
import type { KINDS } from './helpline.fields.js';
import lines from './catalog.json';

export { lines };

/** What each line is, by its `kind`: the same words for every line. */
export const KIND_STRINGS: Record<Lang, Record<(typeof KINDS)[number], string>> = {
  en: {
    crisis: 'Crisis counseling',
    referral: 'Referral and information',
    overdose: 'Overdose spotting',
    poison: 'Poison help',
    emergency: 'Emergency',
    advocacy: 'Advocacy',
  },
  es: {
    crisis: 'Apoyo en crisis',
    referral: 'Información y referencias',
    overdose: 'Acompañamiento contra sobredosis',
    poison: 'Ayuda por envenenamiento',
    emergency: 'Emergencias',
    advocacy: 'Defensa y apoyo',
  },
};
