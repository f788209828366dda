import { headingLevel } from '../shared/heading.js';
import type { Attributes, DataSpec } from '../shared/fields.js';

/** A directory exported from a spreadsheet: 50,000 rows stay fast (see npm run bench). */
export const MAX_RESOURCES = 50_000;

export const COVERAGES = ['local', 'regional', 'national', 'online'] as const;
/** A listing's status: one marked temporarily closed says so and sorts last. */
export const STATUSES = ['active', 'temporarily-closed'] as const;

/** schema.org's day names (its DayOfWeek), Sunday first as JavaScript counts them. */
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A place's or a line's time zone (help lines use it too). */
export const zone = {
  kind: 'zone',
  label: 'Time zone',
  description: 'The time zone its hours are in, named by a place that keeps that clock, like "America/New_York" (Eastern Time).',
} as const;

const opens = { kind: 'time', label: 'Opens', description: 'Opening time on a 24-hour clock, like "09:00".' } as const;
const closes = {
  kind: 'time',
  label: 'Closes',
  description: 'Closing time on a 24-hour clock, like "17:00". One at or before the opening time is on the next day (overnight).',
} as const;
const validFrom = { kind: 'date', label: 'From', description: 'First day these hours apply.' } as const;
const validThrough = { kind: 'date', label: 'Through', description: 'Last day these hours apply.' } as const;

/** The usual week of opening hours, as schema.org has it: directories and help lines. */
export const openingHours = {
  kind: 'list',
  keep: true,
  max: 50,
  noun: 'opening',
  label: 'Opening hours',
  description:
    'The usual week, as schema.org OpeningHoursSpecification: the card says whether it is open now. Open all day: "00:00" to "23:59".',
  item: {
    name: 'openingHours',
    label: 'Opening',
    description: 'Days with the same hours. Two openings on one day are two items.',
    fields: {
      dayOfWeek: { kind: 'tags', values: DAYS, required: true, label: 'Days', description: 'English day names, like "Monday".' },
      opens: { ...opens, required: true },
      closes: { ...closes, required: true },
      validFrom,
      validThrough,
    },
  },
} as const;

/** The data of `<hr-resource-list>`, declared once: the validator, the JSON Schema and the studio's form follow from it. */
export const resourceListFields = {
  name: 'directory',
  label: 'Directory',
  description: 'Places and services people can search and filter, with the ways to reach each one.',
  list: 'resources',
  fields: {
    title: { kind: 'line', label: 'Title', description: 'Heading shown above the directory.' },
    intro: { kind: 'text', label: 'Introduction', description: 'Short text shown above the search box.' },
    reportEmail: {
      kind: 'email',
      label: 'Report email',
      description: 'Where visitors report a wrong listing: each card gets "Report a problem with this listing", an email with its name.',
    },
    reportUrl: {
      kind: 'url',
      label: 'Report page',
      description:
        'A page (a form) where visitors report a wrong listing; the listing\'s id (else its name) is added as "?listing=…". Used instead of the email.',
    },
    staleAfterDays: {
      kind: 'number',
      min: 1,
      max: 3650,
      label: 'Call ahead after (days)',
      description: 'A listing checked longer ago than this (or never) says "Call ahead: last checked …".',
    },
    timeZone: {
      ...zone,
      description: 'The time zone of every place without its own, like "America/New_York" (Eastern Time). Default: the visitor’s.',
    },
    resources: {
      kind: 'list',
      required: true,
      max: MAX_RESOURCES,
      noun: 'resource',
      label: 'Resources',
      description: 'The organizations and services listed.',
      item: {
        name: 'resource',
        label: 'Resource',
        description: 'One organization or service. Only "name" is required; "lat" and "lng" go together.',
        together: ['lat', 'lng'],
        fields: {
          name: { kind: 'line', required: true, label: 'Name', description: 'The name of the organization or service.' },
          id: { kind: 'line', keep: true, label: 'Id', description: 'Your own id for this listing, as text: reports name it.' },
          description: { kind: 'text', label: 'Description', description: 'What it offers, in a sentence or two.' },
          services: {
            kind: 'tags',
            label: 'Services',
            description:
              "Service ids. Well-known ids (such as naloxone, syringe-services, fentanyl-test-strips) are shown with labels in the visitor's language and can be filtered on; other strings are shown as given.",
          },
          phone: { kind: 'phone', label: 'Phone', description: 'Number to call.' },
          sms: { kind: 'phone', label: 'Text message', description: 'Number to text.' },
          email: { kind: 'email', label: 'Email', description: 'Email address, like "help@example.org".' },
          url: { kind: 'url', keep: true, label: 'Website', description: 'Web page.' },
          address: { kind: 'line', label: 'Address', description: 'Street address.' },
          city: { kind: 'line', label: 'City', description: 'City or town; searched by the search box.' },
          region: {
            kind: 'line',
            label: 'Region',
            description: 'State, province or area; the region filter lists every region in the data.',
          },
          coverage: {
            kind: 'enum',
            values: COVERAGES,
            label: 'Coverage',
            description: 'Where it serves. National and online resources match every region filter.',
          },
          hours: {
            kind: 'line',
            label: 'Hours',
            description: 'Opening hours as people read them, e.g. "Mon–Fri 9–5". Shown instead of the week made from "openingHours".',
          },
          openingHours,
          specialHours: {
            kind: 'list',
            keep: true,
            max: 100,
            noun: 'special day',
            label: 'Special hours',
            description: 'Holidays and other dates that replace the usual week, as schema.org specialOpeningHoursSpecification.',
            item: {
              name: 'specialHours',
              label: 'Special day',
              description: 'Dates with other hours. Without opening and closing times, it is closed on those dates.',
              fields: {
                validFrom: { ...validFrom, required: true },
                validThrough,
                opens,
                closes,
              },
            },
          },
          timeZone: zone,
          languages: {
            kind: 'tags',
            label: 'Languages',
            description: 'Language codes such as "en", "es": shown by name, and a filter when the data has more than one.',
          },
          payment: {
            kind: 'tags',
            label: 'Payment',
            description:
              'Ways to pay. Well-known ids (free, sliding-scale, payment-assistance, medicaid, medicare, private-insurance, state-insurance, military-insurance, ihs-tribal, self-pay, no-insurance-needed, no-id-needed) get labels; others are shown as given. A filter.',
          },
          populations: {
            kind: 'tags',
            label: 'Serves',
            description:
              'Groups it serves. Well-known ids (youth, young-adults, adults, older-adults, women, men, pregnant, parents, lgbtq, veterans, reentry, unhoused, sex-workers, survivors, deaf, native, immigrants) get labels; others are shown as given. A filter.',
          },
          status: {
            kind: 'enum',
            values: STATUSES,
            label: 'Status',
            description: '"temporarily-closed" says so on the card and sorts it last. Default "active".',
          },
          lat: {
            kind: 'number',
            min: -90,
            max: 90,
            label: 'Latitude',
            description: 'Latitude in degrees, for "near me" sorting. Requires "lng".',
          },
          lng: {
            kind: 'number',
            min: -180,
            max: 180,
            label: 'Longitude',
            description: 'Longitude in degrees, for "near me" sorting. Requires "lat".',
          },
          verified: { kind: 'date', label: 'Last verified', description: 'When the listing was last checked.' },
        },
      },
    },
  },
} as const satisfies DataSpec;

/** The attributes of `<hr-resource-list>` a site owner sets. */
export const attributes = {
  'heading-level': headingLevel,
  'page-size': {
    kind: 'number',
    min: 1,
    max: 100,
    label: 'Cards at a time',
    description: 'How many places show before "Show more". Default 20.',
  },
} as const satisfies Attributes;
