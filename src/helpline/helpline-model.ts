import { read } from '../shared/fields.js';
import type { Validation } from '../shared/validate.js';
import { helplineFields } from './helpline.fields.js';
import type { HelpLine, HelplineData } from './helpline-types.js';

export type { HelpLine, HelplineData };
export { MAX_LINES } from './helpline.fields.js';

export function validateHelpline(raw: unknown): Validation<HelplineData> {
  return read<HelplineData>(helplineFields, raw);
}

/** "1-800-662-4357" → "1 8 0 0, 6 6 2, 4 3 5 7": read digit by digit, not as "one thousand eight hundred". */
export function spokenDigits(phone: string): string {
  return phone
    .split(/[^\d]+/)
    .filter(Boolean)
    .map((group) => group.split('').join(' '))
    .join(', ');
}
