import { headingLevel } from '../shared/heading.js';
import type { Attributes, DataSpec } from '../shared/fields.js';

/** How the principles are laid out; the first is the default. */
export const LAYOUTS = ['list', 'cards', 'accordion'] as const;

/** The most principles read: more than one page can hold and a reader can take in. */
export const MAX_PRINCIPLES = 100;

/** The data of `<hr-principles>`, declared once: the validator, the JSON Schema and the studio's form follow from it. */
export const principlesFields = {
  name: 'principlesData',
  label: 'Principles',
  description: 'Your program’s principles, as a list, cards or sections that open.',
  list: 'principles',
  fields: {
    title: { kind: 'line', label: 'Title', description: 'Heading shown above the principles.' },
    intro: { kind: 'text', label: 'Introduction', description: 'Short text shown before the principles.' },
    principles: {
      kind: 'list',
      required: true,
      max: MAX_PRINCIPLES,
      noun: 'principle',
      label: 'Principles',
      description: 'The principles, in the order shown.',
      item: {
        name: 'principle',
        label: 'Principle',
        description: 'One principle, or any titled point.',
        fields: {
          id: {
            kind: 'line',
            keep: true,
            label: 'Fragment id',
            description:
              'Used for the URL fragment that opens this principle (#safety-first), after turning it into lower-case letters, digits and hyphens. Made from the title when absent; a repeated id gets -2, -3, ….',
          },
          title: { kind: 'line', required: true, label: 'Title', description: 'The principle in a few words.' },
          description: {
            kind: 'text',
            keep: true,
            label: 'Description',
            description: 'What it means, in a sentence or a short paragraph.',
          },
        },
      },
    },
  },
} as const satisfies DataSpec;

/** The attributes of `<hr-principles>` a site owner sets. */
export const attributes = {
  layout: { kind: 'enum', values: LAYOUTS, label: 'Layout', description: 'A numbered list, a grid of cards, or an accordion.' },
  'heading-level': headingLevel,
} as const satisfies Attributes;
