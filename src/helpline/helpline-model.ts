import { read } from '../shared/fields.js';
import type { Validation } from '../shared/validate.js';
import { helplineFields } from './helpline.fields.js';
import type { HelpLine, HelplineData } from './helpline-types.js';

export type { HelpLine, HelplineData };

/** Help lines as validated: every line an object (an id alone became `{ id }`). */
export interface Helpline extends Omit<HelplineData, 'lines'> {
  lines: HelpLine[];
}

/** A catalog entry: the routes, and the words in each language (catalog.json). */
export type CatalogLine = Omit<HelpLine, 'id' | 'name' | 'hours' | 'note'> & {
  verified: string;
  source: string;
} & Record<'en' | 'es', { name: string; hours?: string; note?: string }>;
export { MAX_LINES } from './helpline.fields.js';

export function validateHelpline(raw: unknown): Validation<Helpline> {
  return read<Helpline>(helplineFields, raw);
}

/** "1-800-662-4357" → "1 8 0 0, 6 6 2, 4 3 5 7": read digit by digit, not as "one thousand eight hundred". */
export function spokenDigits(phone: string): string {
  return phone
    .split(/[^\d]+/)
    .filter(Boolean)
    .map((group) => group.split('').join(' '))
    .join(', ');
}
