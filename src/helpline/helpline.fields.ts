import { headingLevel } from '../shared/heading.js';
import type { Attributes, DataSpec } from '../shared/fields.js';
import { openingHours, zone } from '../resource-list/resource-list.fields.js';

/** How the lines are shown; the first is the default. */
export const VARIANTS = ['full', 'compact'] as const;

/** The national lines of the catalog (catalog.json, a chunk), by id: here so an unknown id is found at once, path and all. A test keeps them in step. */
export const LINE_IDS = [
  '988',
  'samhsa',
  '911',
  'poison-control',
  'never-use-alone',
  'crisis-text-line',
  'veterans-crisis-line',
  'domestic-violence',
  'disaster-distress',
  'nami-helpline',
] as const;

/** What a line is, shown as a short label: the same words for every line, in each language. */
export const KINDS = ['crisis', 'referral', 'overdose', 'poison', 'emergency', 'advocacy'] as const;

/** A page of help lines, not a directory (that is <hr-resource-list>). */
export const MAX_LINES = 50;

/** The data of `<hr-helpline>`, declared once: the validator, the JSON Schema and the studio's form follow from it. */
export const helplineFields = {
  name: 'helpline',
  label: 'Help lines',
  description: 'Help lines people can call or text, with their hours and languages.',
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
        description:
          'One help line: a national line of the catalog by its id ("988"), or a name and at least one way to reach it (a non-blank phone, sms, tty, videophone or url). Fields given beside an id replace the catalog\'s.',
        shorthand: 'id',
        needsOne: [
          { fields: ['name', 'id'], code: 'nameOrId' },
          { fields: ['phone', 'sms', 'tty', 'videophone', 'url', 'id'], code: 'reach' },
        ],
        fields: {
          id: {
            kind: 'enum',
            values: LINE_IDS,
            label: 'National line',
            description:
              'A line from the built-in catalog: its name, numbers, hours and languages come with it, in English and Spanish, checked within the last year.',
          },
          name: { kind: 'line', label: 'Name', description: 'The name of the line, e.g. "Our intake line". Required without an id.' },
          kind: {
            kind: 'enum',
            values: KINDS,
            label: 'Kind',
            description:
              'What the line is, shown as a short label: crisis counseling, referral and information, overdose spotting, poison help, emergency, or advocacy.',
          },
          emergency: {
            kind: 'phone',
            label: 'Call first',
            description:
              'Number to call first if someone is unconscious or has trouble breathing, e.g. "911": shown before the line\'s own ways.',
          },
          phone: { kind: 'phone', label: 'Phone', description: 'Number to call.' },
          press: {
            kind: 'line',
            label: 'Option to press',
            description: 'The key to press after calling, e.g. "1": shown in the call link ("Call 988, then press 1").',
          },
          sms: { kind: 'phone', label: 'Text message', description: 'Number to text.' },
          keyword: {
            kind: 'line',
            label: 'Keyword to text',
            description: 'The word to send first, e.g. "HOME": shown in the text link ("Text HOME to 741741").',
          },
          tty: { kind: 'phone', label: 'TTY', description: 'TTY number for Deaf and hard-of-hearing callers.' },
          videophone: { kind: 'phone', label: 'Videophone', description: 'Number a videophone dials, for callers who use ASL.' },
          chat: { kind: 'url', keep: true, label: 'Chat', description: 'Chat page.' },
          url: { kind: 'url', keep: true, label: 'Website', description: 'Website or chat page.' },
          also: {
            kind: 'line',
            label: 'Another way',
            description:
              'A way to reach the line that its links cannot show, in a few words, e.g. "WhatsApp: 442-AYUDAME" or "In Spanish: press 2". Shown in every layout.',
          },
          hours: { kind: 'line', label: 'Hours', description: 'When it answers, e.g. "24/7".' },
          // The directory's: a line with these says whether it answers now ("Closed · opens Monday 10 AM").
          openingHours,
          timeZone: zone,
          languages: { kind: 'tags', label: 'Languages', description: 'Language codes such as "en", "es".' },
          note: { kind: 'text', label: 'Note', description: 'A short note shown with the line.' },
        },
      },
    },
    includeDefaults: {
      kind: 'bool',
      label: 'Include national lines',
      description: 'Also show the built-in national lines (988, SAMHSA, 911) after these.',
    },
  },
} as const satisfies DataSpec;

/** The attributes of `<hr-helpline>` a site owner sets. */
export const attributes = {
  variant: { kind: 'enum', values: VARIANTS, label: 'Variant', description: 'Cards with every detail, or one compact bar.' },
  'heading-level': headingLevel,
} as const satisfies Attributes;
