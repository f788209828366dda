import { headingLevel } from '../shared/heading.js';
import type { Attributes, DataSpec } from '../shared/fields.js';

/** How the lines are shown; the first is the default. */
export const VARIANTS = ['full', 'compact'] as const;

/** A page of help lines, not a directory (that is <hr-resource-list>). */
export const MAX_LINES = 50;

/** The data of `<hr-helpline>`, declared once: the validator, the JSON Schema and the studio's form follow from it. */
export const helplineFields = {
  name: 'helpline',
  label: 'Help lines',
  description: 'Help lines for <hr-helpline>.',
  list: 'lines',
  fields: {
    title: { kind: 'line', label: 'Title', description: 'Heading shown above the lines.' },
    intro: { kind: 'text', label: 'Introduction', description: 'Short text shown before the lines.' },
    lines: {
      kind: 'list',
      required: true,
      max: MAX_LINES,
      noun: 'line',
      label: 'Lines',
      description: 'The help lines, in the order shown.',
      item: {
        name: 'line',
        label: 'Help line',
        description: 'One help line: a name and at least one way to reach it (a non-blank phone, sms, tty or url).',
        needsOne: { fields: ['phone', 'sms', 'tty', 'url'], code: 'reach' },
        fields: {
          name: { kind: 'line', required: true, label: 'Name', description: 'The name of the line, e.g. "988 Suicide & Crisis Lifeline".' },
          phone: { kind: 'phone', label: 'Phone', description: 'Number to call.' },
          sms: { kind: 'phone', label: 'Text message', description: 'Number to text.' },
          tty: { kind: 'phone', label: 'TTY', description: 'TTY number for Deaf and hard-of-hearing callers.' },
          url: { kind: 'url', keep: true, label: 'Website', description: 'Website or chat page.' },
          hours: { kind: 'line', label: 'Hours', description: 'When it answers, e.g. "24/7".' },
          languages: { kind: 'tags', label: 'Languages', description: 'Language codes such as "en", "es".' },
          note: { kind: 'text', label: 'Note', description: 'A short note shown with the line.' },
        },
      },
    },
    includeDefaults: {
      kind: 'bool',
      label: 'Include national lines',
      description: 'Also show the built-in national lines (988, SAMHSA, 911) after these. Default false.',
    },
  },
} as const satisfies DataSpec;

/** The attributes of `<hr-helpline>` a site owner sets. */
export const attributes = {
  variant: { kind: 'enum', values: VARIANTS, label: 'Variant', description: 'Cards with every detail, or one compact bar.' },
  'heading-level': headingLevel,
} as const satisfies Attributes;
