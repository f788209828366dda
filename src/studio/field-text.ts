/**
 * What the studio's forms call each field, in the author's language: English
 * from the field specifications themselves, Spanish from `i18n/fields.es.ts`,
 * keyed by the shape's name and the field's key:
 * - a shape: `question`;
 * - a field: `question.prompt`;
 * - a field of one variant: `question.single.choices`;
 * - an attribute: `<element>@<attribute>`, e.g. `quiz@shuffle`, or
 *   `@<attribute>` for one every element shares (`@heading-level`).
 * A key without Spanish falls back to English (a test lists any).
 */
import type { Doc } from '../shared/fields.js';
import { fieldsEs } from './i18n/fields.es.js';
import type { UiLang } from './strings.js';

export interface Text {
  label: string;
  description?: string;
}

/** The label and help for `key`, whose English is `doc`. */
export function textOf(key: string, doc: Doc, lang: UiLang): Text {
  const english = { label: doc.label ?? key, description: doc.description };
  if (lang === 'en') return english;
  const shared = key.includes('@') ? `@${key.split('@')[1]}` : undefined;
  return fieldsEs[key] ?? (shared && fieldsEs[shared]) ?? english;
}

export const fieldKey = (shapeName: string, key: string, variant?: string): string =>
  variant ? `${shapeName}.${variant}.${key}` : `${shapeName}.${key}`;

export const attributeKey = (element: string, attribute: string): string => `${element}@${attribute}`;
