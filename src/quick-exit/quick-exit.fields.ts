import type { DataSpec } from '../shared/fields.js';

/** The data of `<hr-quick-exit>`, declared once: the validator and the JSON Schema follow from it, and the studio's forms will. */
export const quickExitFields = {
  name: 'quickExit',
  label: 'Quick exit',
  description: 'Optional data for <hr-quick-exit>: another button label, or where to go. An object (not an array).',
  fields: {
    label: { kind: 'line', max: 40, label: 'Button label', description: 'Replaces the "Quick exit" label, in your own words.' },
    href: {
      kind: 'url',
      label: 'Destination',
      description:
        'Where the quick exit goes (default https://www.google.com/). Pick a fast, neutral page that is common where your visitors are. A relative URL resolves against the page, so it is accepted on an http(s) page.',
    },
  },
} as const satisfies DataSpec;
