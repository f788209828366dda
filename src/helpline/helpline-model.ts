import { read } from '../shared/fields.js';
import type { Validation } from '../shared/validate.js';
import { helplineFields } from './helpline.fields.js';
import type { HelpLine, HelplineData } from './helpline-types.js';

export type { HelpLine, HelplineData };

/** Help lines as validated: every line an object (an id alone became `{ id }`). */
export interface Helpline extends Omit<HelplineData, 'lines'> {
  lines: HelpLine[];
}

/** Where a catalog entry's facts are stated: `facts` names them (`phone`, `es.keyword`), `verified` is the day a person compared them with the page. */
export interface CatalogSource {
  facts: string[];
  url: string;
  /** The page's own date, where it has one: `2023-10-14`, `2023-10` or `2023`. */
  sourceDate?: string;
  verified: string;
  /** What a person re-checking should know. */
  note?: string;
}

/**
 * A catalog entry (catalog.json): the routes, and the words in each language,
 * which may carry their own routes (a Spanish website, a keyword). `sources`
 * and `ours` (words we wrote, such as a Spanish name) are left out of the
 * chunk visitors load; `npm run catalog` reads them.
 */
export type CatalogLine = Omit<HelpLine, 'id' | 'name' | 'hours' | 'note'> & {
  sources?: CatalogSource[];
  ours?: string[];
} & Record<'en' | 'es', Omit<HelpLine, 'id' | 'languages'> & { name: string }>;
export { MAX_LINES } from './helpline.fields.js';

export function validateHelpline(raw: unknown): Validation<Helpline> {
  return read<Helpline>(helplineFields, raw);
}

/**
 * "1-800-662-4357" → "1 8 0 0, 6 6 2, 4 3 5 7", and "HOME 741741" → "H O M E, 7 4 1 7 4 1": read sign by sign, not as
 * "one thousand eight hundred" or as a word.
 */
export function spellOut(text: string): string {
  return text
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .map((group) => group.split('').join(' '))
    .join(', ');
}
