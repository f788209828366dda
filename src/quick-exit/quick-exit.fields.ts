import type { Attributes, DataSpec } from '../shared/fields.js';

/** Corners of the screen; the first is the default. */
export const POSITIONS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;

/** The data of `<hr-quick-exit>`, declared once: the validator, the JSON Schema and the studio's form follow from it. */
export const quickExitFields = {
  name: 'quickExit',
  label: 'Quick exit',
  description: 'A button that leaves the page at once for a neutral site. Its data is optional: another label, or where to go.',
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

/** The attributes of `<hr-quick-exit>` a site owner sets. */
export const attributes = {
  position: { kind: 'enum', values: POSITIONS, label: 'Corner', description: 'Where the button sits on the screen.' },
  tips: {
    kind: 'bool',
    label: 'Browse more safely',
    description: 'Adds a "Browse more safely" button with short steps: private windows, clearing this site from history, a safer device.',
  },
} as const satisfies Attributes;
