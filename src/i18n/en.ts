/**
 * English interface strings for every element: the source of truth for the
 * shape of every other language's table. Visitor-facing: plain words, short
 * sentences, person-first language.
 */

export interface SharedStrings {
  loading: string;
  failed: string;
  partial: string;
}

export interface PrinciplesStrings {
  expandAll: string;
  collapseAll: string;
}

export interface QuizStrings {
  place: (n: number, total: number) => string;
  chooseAll: string;
  true: string;
  false: string;
  check: string;
  next: string;
  seeResults: string;
  chooseFirst: string;
  yourAnswer: string;
  correctAnswer: string;
}

export interface ResourceStrings {
  search: string;
  services: string;
  clear: string;
  /** Every place matches (or there is no search): "12 places found". */
  found: (n: number) => string;
  foundOf: (shown: number, total: number) => string;
  none: string;
  showMore: (n: number) => string;
  nearMe: string;
  national: string;
  online: string;
  call: string;
  text: string;
  email: string;
  website: string;
  hours: string;
  languages: string;
  address: string;
  lastChecked: (date: string) => string;
  servesEverywhere: string;
  /** The folded-away filters: area, services, payment, who it serves, languages. */
  filters: string;
  /** The count while a long list from `src` is still arriving. */
  arriving: (n: number) => string;
  /** Each card's folded-away actions: directions, copy, text to myself, print, report. */
  takeIt: string;
}

export interface HelplineStrings {
  call: string;
  /** A call that needs an option chosen: for Spanish, for veterans. */
  callPress: (number: string, key: string) => string;
  text: string;
  /** A text that starts with a keyword. */
  textKeyword: (keyword: string, number: string) => string;
  /** What to do first, before the line itself (Poison Control: 911). */
  firstAid: (number: string) => string;
  tty: string;
  videophone: string;
  chat: string;
  online: string;
  hours: string;
  languages: string;
}

export interface QuickExitStrings {
  label: string;
  hint: string;
  pressMore: (n: number) => string;
  leaving: string;
}

export interface Strings {
  shared: SharedStrings;
  principles: PrinciplesStrings;
  quiz: QuizStrings;
  resources: ResourceStrings;
  helpline: HelplineStrings;
  quickExit: QuickExitStrings;
  /** Labels for well-known service ids; any other service string is shown as given. */
  services: Record<string, string>;
}

export const en: Strings = {
  shared: {
    loading: 'Loading…',
    failed: 'Sorry, this content could not be shown.',
    partial: 'Some of this content could not be shown.',
  },
  principles: { expandAll: 'Expand all', collapseAll: 'Collapse all' },
  quiz: {
    place: (n, total) => `Question ${n} of ${total}`,
    chooseAll: 'Choose all that apply.',
    true: 'True',
    false: 'False',
    check: 'Check my answer',
    next: 'Next question',
    seeResults: 'See my results',
    chooseFirst: 'Choose an answer first.',
    yourAnswer: 'Your answer:',
    correctAnswer: 'Correct answer:',
  },
  resources: {
    search: 'Search by name, service or city',
    services: 'Services',
    clear: 'Clear filters',
    found: (n) => (n === 1 ? '1 place found' : `${n} places found`),
    foundOf: (shown, total) => `${shown} of ${total} places found`,
    none: 'No places match your search.',
    showMore: (n) => `Show ${n} more`,
    nearMe: 'Sort by distance from me',
    national: 'Serves the whole country',
    online: 'Online',
    call: 'Call',
    text: 'Text',
    email: 'Email',
    website: 'Website',
    hours: 'Hours',
    languages: 'Languages',
    address: 'Address',
    lastChecked: (date) => `Last checked ${date}`,
    servesEverywhere: 'Also shown for every area',
    filters: 'Filters',
    takeIt: 'Directions, save or share',
    arriving: (n) => `Loading more… ${n} so far`,
  },
  helpline: {
    call: 'Call',
    callPress: (number, key) => `Call ${number}, then press ${key}`,
    text: 'Text',
    textKeyword: (keyword, number) => `Text ${keyword} to ${number}`,
    firstAid: (number) => `Unconscious or trouble breathing? Call ${number}`,
    tty: 'TTY',
    videophone: 'Videophone (ASL)',
    chat: 'Chat',
    online: 'Online',
    hours: 'Hours',
    languages: 'Languages',
  },
  quickExit: {
    label: 'Quick exit',
    hint: 'Leaves this page at once. Shortcut: press Shift 3 times.',
    pressMore: (n) => (n === 1 ? 'Shift, press 1 more time to exit.' : `Shift, press ${n} more times to exit.`),
    leaving: 'Leaving this page.',
  },
  services: {
    naloxone: 'Naloxone',
    'syringe-services': 'Syringe services',
    'fentanyl-test-strips': 'Fentanyl test strips',
    'drug-checking': 'Drug checking',
    'mail-delivery': 'Supplies by mail',
    treatment: 'Treatment',
    moud: 'Medication for opioid use disorder',
    testing: 'HIV and hepatitis testing',
    counseling: 'Counseling',
    'peer-support': 'Peer support',
    housing: 'Housing help',
    'wound-care': 'Wound care',
    'supervised-consumption': 'Supervised consumption',
    training: 'Training',
    advocacy: 'Advocacy',
    education: 'Education',
    'case-management': 'Case management',
  },
};
