// The documents the elements' validators and the JSON Schemas are checked on,
// shared by test/schemas.test.ts (the TypeScript validators and the schemas) and
// test/wordpress/plugin.wp.js (the WordPress plugin's PHP validator): valid
// documents first in each table, then one broken document per validator rule,
// each naming the path the validator must report.
import helplineDefaults from '../src/helpline/default-content.js';
import { validateHelpline } from '../src/helpline/helpline-model.js';
import principlesDefaults from '../src/principles/default-content.js';
import { validatePrinciples } from '../src/principles/principles-model.js';
import { validateQuickExit } from '../src/quick-exit/hr-quick-exit.js';
import quizDefaults from '../src/quiz/default-content.js';
import { validateQuiz } from '../src/quiz/quiz-model.js';
import resourceDefaults from '../src/resource-list/default-content.js';
import { validateDirectory } from '../src/resource-list/resource-model.js';
import type { Validation } from '../src/shared/validate.js';

export type Validate = (raw: unknown) => Validation<unknown>;

export interface Case {
  name: string;
  doc: unknown;
  /** For a broken document: a path the validator must report. */
  path?: string;
}

const ok = (name: string, doc: unknown): Case => ({ name, doc });
const bad = (name: string, path: string, doc: unknown): Case => ({ name, doc, path });
const builtIn = (noun: string, content: Record<string, unknown>): Case[] =>
  Object.entries(content).map(([lang, doc]) => ok(`built-in ${noun} (${lang})`, doc));

// ---------------------------------------------------------------------------
// <hr-quiz>

const tf = { prompt: 'Naloxone reverses opioid overdoses.', answer: true };
const right = (text: string) => ({ text, correct: true });
const ask = (choices: unknown, more: Record<string, unknown> = {}) => ({ prompt: 'Which one?', ...more, choices });
const quizOf = (question: unknown, more: Record<string, unknown> = {}) => ({ ...more, questions: [question] });
const manyChoices = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? right('0') : `${i}`));

const quizCases: Case[] = [
  ...builtIn('quiz', quizDefaults),
  ok('bare array of questions', [tf, ask([right('a'), 'b'])]),
  ok('$schema at the root', { $schema: 'https://unpkg.com/hr-widgets/schemas/quiz.schema.json', questions: [tf] }),
  ok('every optional field', {
    title: 'Quiz',
    intro: 'Three questions.',
    passPercent: 62.5,
    results: [
      { minPercent: 100, message: 'All right!' },
      { minPercent: 0, message: 'Thanks.' },
    ],
    shuffle: true,
    questions: [
      { ...tf, type: 'true-false', explanation: 'It does.', feedbackTrue: 'Yes.', feedbackFalse: 'It does.' },
      ask([right('a'), { text: 'b', correct: false, feedback: 'No.' }], { type: 'single', explanation: 'Because.' }),
      ask([right('a'), right('b'), 'c'], { type: 'multiple' }),
    ],
  }),
  ok('unknown properties everywhere', {
    version: 2,
    results: [{ minPercent: 0, message: 'Thanks', colour: 'red' }],
    questions: [{ ...tf, id: 'q1' }, ask([{ ...right('a'), picture: 'x.png' }, 'b'], { tip: 7 })],
  }),
  ok('null and blank optional fields', {
    title: null,
    intro: '   ',
    passPercent: null,
    shuffle: null,
    questions: [
      { ...tf, type: null, explanation: null, feedbackTrue: '', feedbackFalse: null },
      ask(
        [
          { text: 'a', correct: true, feedback: null },
          { text: 'b', correct: null },
        ],
        { type: null, explanation: ' ' },
      ),
    ],
  }),
  ok('white space around texts', quizOf(ask(['  b ', right(' a\n')], { prompt: '  Which?  ' }))),
  ok('multiple with every choice correct', quizOf(ask([right('a'), right('b')], { type: 'multiple' }))),
  ok('multiple with one choice correct', quizOf(ask([right('a'), 'b', 'c'], { type: 'multiple' }))),
  ok('2 choices', quizOf(ask(manyChoices(2)))),
  ok('10 choices', quizOf(ask(manyChoices(10)))),
  ok('passPercent 0', quizOf(tf, { passPercent: 0 })),
  ok('passPercent 100', quizOf(tf, { passPercent: 100 })),
  ok(
    'result bands at 0 and 100, unsorted',
    quizOf(tf, {
      results: [
        { minPercent: 100, message: 'a' },
        { minPercent: 0, message: 'b' },
      ],
    }),
  ),
  ok('inferred single: a non-boolean answer is ignored', quizOf(ask([right('a'), 'b'], { answer: 'yes' }))),
  ok(
    'single: answer and true-false feedback are ignored',
    quizOf(ask([right('a'), 'b'], { type: 'single', answer: true, feedbackTrue: 5 })),
  ),
  ok(
    'a hint and pictures',
    quizOf(
      ask([{ ...right('a'), image: { src: 'https://example.org/a.png', alt: 'A box', width: 80, height: 60 } }, 'b'], {
        hint: 'Look closely.',
        image: { src: '/q.png', alt: 'Two boxes', width: 4000, height: 1 },
      }),
    ),
  ),
  ok('a picture as null or an empty object counts as absent', quizOf(ask([{ ...right('a'), image: {} }, 'b'], { image: null }))),
  bad('picture without alt', 'questions[0].image.alt', [{ ...tf, image: { src: '/a.png', width: 1, height: 1 } }]),
  bad('picture with blank alt', 'questions[0].image.alt', [{ ...tf, image: { src: '/a.png', alt: ' ', width: 1, height: 1 } }]),
  bad('picture from a script address', 'questions[0].image.src', [
    { ...tf, image: { src: 'javascript:x', alt: 'a', width: 1, height: 1 } },
  ]),
  bad('picture as an address alone', 'questions[0].image', [{ ...tf, image: '/a.png' }]),
  bad('picture without a height', 'questions[0].choices[0].image.height', [
    ask([{ ...right('a'), image: { src: '/a.png', alt: 'a', width: 1 } }, 'b']),
  ]),
  bad('picture wider than 4000', 'questions[0].image.width', [{ ...tf, image: { src: '/a.png', alt: 'a', width: 4001, height: 1 } }]),
  bad('hint not text', 'questions[0].hint', [{ ...tf, hint: ['a'] }]),
  ok('true-false: choices are ignored', quizOf({ ...tf, type: 'true-false', answer: false, choices: 5 })),

  bad('text at the root', '(root)', 'quiz'),
  bad('null at the root', '(root)', null),
  bad('no questions', 'questions', { title: 'Quiz' }),
  bad('questions not a list', 'questions', { questions: { 0: tf } }),
  bad('empty questions', 'questions', { questions: [] }),
  bad('empty bare array', 'questions', []),
  bad('question not an object', 'questions[0]', ['Is it?']),
  bad('second question broken, first fine', 'questions[1].prompt', [tf, { answer: false }]),
  bad('missing prompt', 'questions[0].prompt', [{ answer: true }]),
  bad('blank prompt', 'questions[0].prompt', [{ prompt: ' \n ', answer: true }]),
  bad('prompt not text', 'questions[0].prompt', [{ prompt: 5, answer: true }]),
  bad('explanation not text', 'questions[0].explanation', [{ ...tf, explanation: ['a'] }]),
  bad('unknown type', 'questions[0].type', [ask([right('a'), 'b'], { type: 'essay' })]),
  ok('type with spaces around it', [ask([right('a'), 'b'], { type: ' single ' })]),
  bad('type not text', 'questions[0].type', [ask([right('a'), 'b'], { type: 1 })]),
  bad('true-false without answer', 'questions[0].answer', [{ prompt: 'x', type: 'true-false' }]),
  bad('true-false answer not boolean', 'questions[0].answer', [{ prompt: 'x', type: 'true-false', answer: 'yes' }]),
  bad('feedbackTrue not text', 'questions[0].feedbackTrue', [{ ...tf, feedbackTrue: 1 }]),
  bad('feedbackFalse not text', 'questions[0].feedbackFalse', [{ ...tf, type: 'true-false', feedbackFalse: false }]),
  bad('inferred single without choices', 'questions[0].choices', [{ prompt: 'x' }]),
  bad('inferred single: answer "true" is not boolean', 'questions[0].choices', [{ prompt: 'x', answer: 'true' }]),
  bad('multiple without choices', 'questions[0].choices', [{ prompt: 'x', type: 'multiple', answer: true }]),
  bad('choices not a list', 'questions[0].choices', [ask('a, b')]),
  bad('1 choice', 'questions[0].choices', [ask(manyChoices(1))]),
  bad('11 choices', 'questions[0].choices', [ask(manyChoices(11))]),
  bad('single with no correct choice', 'questions[0].choices', [ask(['a', 'b'], { type: 'single' })]),
  bad('single with two correct choices', 'questions[0].choices', [ask([right('a'), right('b')], { type: 'single' })]),
  bad('inferred single with two correct choices', 'questions[0].choices', [ask([right('a'), right('b'), 'c'])]),
  bad('inferred single with no correct choice', 'questions[0].choices', [ask([{ text: 'a', correct: false }, 'b'])]),
  bad('multiple with no correct choice', 'questions[0].choices', [ask(['a', { text: 'b', correct: null }], { type: 'multiple' })]),
  bad('blank text choice', 'questions[0].choices[1].text', [ask([right('a'), ' '])]),
  bad('choice without text', 'questions[0].choices[0].text', [ask([{ correct: true }, 'b'])]),
  bad('choice text not text', 'questions[0].choices[0].text', [ask([{ text: 5, correct: true }, 'b'])]),
  bad('choice a number', 'questions[0].choices[1]', [ask([right('a'), 2])]),
  bad('choice null', 'questions[0].choices[1]', [ask([right('a'), null])]),
  bad('correct not boolean', 'questions[0].choices[0].correct', [ask([{ text: 'a', correct: 'yes' }, right('b')])]),
  bad('choice feedback not text', 'questions[0].choices[1].feedback', [ask([right('a'), { text: 'b', feedback: 2 }])]),
  bad('title not text', 'title', quizOf(tf, { title: 5 })),
  bad('intro not text', 'intro', quizOf(tf, { intro: { en: 'x' } })),
  bad('passPercent above 100', 'passPercent', quizOf(tf, { passPercent: 101 })),
  bad('passPercent below 0', 'passPercent', quizOf(tf, { passPercent: -1 })),
  bad('passPercent as text', 'passPercent', quizOf(tf, { passPercent: '60' })),
  bad('shuffle not boolean', 'shuffle', quizOf(tf, { shuffle: 'yes' })),
  bad('results not a list', 'results', quizOf(tf, { results: { minPercent: 0, message: 'x' } })),
  bad('results null', 'results', quizOf(tf, { results: null })),
  bad('results empty', 'results', quizOf(tf, { results: [] })),
  bad('result band not an object', 'results[0]', quizOf(tf, { results: ['Well done'] })),
  bad('band without minPercent', 'results[0].minPercent', quizOf(tf, { results: [{ message: 'x' }] })),
  bad('band minPercent above 100', 'results[0].minPercent', quizOf(tf, { results: [{ minPercent: 120, message: 'x' }] })),
  bad('band minPercent as text', 'results[0].minPercent', quizOf(tf, { results: [{ minPercent: '50', message: 'x' }] })),
  bad('only band has a null minPercent', 'results', quizOf(tf, { results: [{ minPercent: null, message: 'x' }] })),
  bad('band without message', 'results[0].message', quizOf(tf, { results: [{ minPercent: 0 }] })),
  bad(
    'band blank message',
    'results[1].message',
    quizOf(tf, {
      results: [
        { minPercent: 0, message: 'x' },
        { minPercent: 50, message: '' },
      ],
    }),
  ),
];

// ---------------------------------------------------------------------------
// <hr-resource-list>

const place = { name: 'Prevention Point', city: 'Philadelphia' };
const resourcesOf = (resource: Record<string, unknown>) => ({ resources: [{ ...place, ...resource }] });

const resourceCases: Case[] = [
  ...builtIn('directory', resourceDefaults),
  ok('bare array of resources', [place, { name: 'Next Distro', coverage: 'online', url: 'https://nextdistro.org' }]),
  ok('$schema at the root', { $schema: 'https://unpkg.com/hr-widgets/schemas/resource-list.schema.json', resources: [place] }),
  ok('every field', {
    title: 'Services',
    intro: 'Near you.',
    resources: [
      {
        name: 'Prevention Point',
        description: 'Syringe services and more.',
        services: ['naloxone', 'syringe-services', 'something else'],
        phone: '(215) 634-5272',
        sms: '988',
        email: 'info@ppponline.org',
        url: 'https://ppponline.org',
        address: '166 W Lehigh Ave',
        city: 'Philadelphia',
        region: 'PA',
        coverage: 'local',
        hours: 'Mon–Fri 9–5',
        languages: ['en', 'es'],
        lat: 39.99,
        lng: -75.13,
        verified: '2026-03-31',
      },
    ],
  }),
  ok('unknown properties', { version: 1, resources: [{ ...place, legacyId: 17, tags: ['x'] }] }),
  ok('null and blank optional fields', {
    title: null,
    intro: '',
    resources: [
      {
        ...place,
        description: null,
        services: null,
        phone: '',
        sms: null,
        email: '  ',
        url: null,
        coverage: '',
        verified: ' ',
        lat: null,
        lng: null,
        languages: [],
      },
    ],
  }),
  ok('lat null without lng', resourcesOf({ lat: null })),
  ok(
    'white space around email, coverage and date',
    resourcesOf({ email: ' help@example.org ', coverage: ' national ', verified: '2026-03-31\n' }),
  ),
  ok('email with plus and subdomains', resourcesOf({ email: 'a+b@mail.example.co.uk' })),
  ok('each coverage', { resources: ['local', 'regional', 'national', 'online'].map((coverage) => ({ ...place, coverage })) }),
  ok('lat and lng at their bounds', {
    resources: [
      { ...place, lat: -90, lng: 180 },
      { ...place, lat: 90, lng: -180 },
      { ...place, lat: 0, lng: 0 },
    ],
  }),
  ok('url is not checked', resourcesOf({ url: 'see our flyer' })),

  bad('text at the root', '(root)', 'resources'),
  bad('number at the root', '(root)', 5),
  bad('no resources', 'resources', { title: 'x' }),
  bad('empty resources', 'resources', { resources: [] }),
  bad('empty bare array', 'resources', []),
  bad('resources not a list', 'resources', { resources: place }),
  bad('resource null', 'resources[0]', [null]),
  bad('second resource broken, first fine', 'resources[1].name', [place, { city: 'Camden' }]),
  bad('missing name', 'resources[0].name', [{ city: 'Camden' }]),
  bad('blank name', 'resources[0].name', [{ name: '\t' }]),
  bad('name not text', 'resources[0].name', [{ name: 42 }]),
  bad('description not text', 'resources[0].description', resourcesOf({ description: true })),
  bad('services not a list', 'resources[0].services', resourcesOf({ services: 'naloxone' })),
  bad('services with a blank entry', 'resources[0].services[1]', resourcesOf({ services: ['naloxone', ' '] })),
  bad('services with a number', 'resources[0].services[0]', resourcesOf({ services: [1] })),
  bad('languages not a list', 'resources[0].languages', resourcesOf({ languages: 'en' })),
  bad('languages with null', 'resources[0].languages[0]', resourcesOf({ languages: [null] })),
  bad('phone without digits', 'resources[0].phone', resourcesOf({ phone: 'call us' })),
  bad('phone as a number', 'resources[0].phone', resourcesOf({ phone: 988 })),
  bad('sms without digits', 'resources[0].sms', resourcesOf({ sms: 'text HOME' })),
  bad('email without @', 'resources[0].email', resourcesOf({ email: 'help.example.org' })),
  bad('email without a dot after @', 'resources[0].email', resourcesOf({ email: 'help@localhost' })),
  bad('email with a space', 'resources[0].email', resourcesOf({ email: 'help @example.org' })),
  bad('email with a display name', 'resources[0].email', resourcesOf({ email: 'Help <help@example.org>' })),
  bad('email not text', 'resources[0].email', resourcesOf({ email: true })),
  bad('url not text', 'resources[0].url', resourcesOf({ url: 5 })),
  bad('address not text', 'resources[0].address', resourcesOf({ address: ['166 W Lehigh Ave'] })),
  bad('city not text', 'resources[0].city', resourcesOf({ city: 1 })),
  bad('region not text', 'resources[0].region', resourcesOf({ region: {} })),
  bad('hours not text', 'resources[0].hours', resourcesOf({ hours: 24 })),
  bad('unknown coverage', 'resources[0].coverage', resourcesOf({ coverage: 'worldwide' })),
  bad('coverage in capitals', 'resources[0].coverage', resourcesOf({ coverage: 'Local' })),
  bad('coverage not text', 'resources[0].coverage', resourcesOf({ coverage: 1 })),
  bad('verified in words', 'resources[0].verified', resourcesOf({ verified: 'March 2026' })),
  bad('verified without leading zeros', 'resources[0].verified', resourcesOf({ verified: '2026-3-31' })),
  bad('verified with a time', 'resources[0].verified', resourcesOf({ verified: '2026-03-31T10:00' })),
  bad('verified not text', 'resources[0].verified', resourcesOf({ verified: 20260331 })),
  bad('lat above 90', 'resources[0].lat', resourcesOf({ lat: 91, lng: 0 })),
  bad('lat below -90', 'resources[0].lat', resourcesOf({ lat: -90.5, lng: 0 })),
  bad('lng above 180', 'resources[0].lng', resourcesOf({ lat: 0, lng: 180.1 })),
  bad('lng below -180', 'resources[0].lng', resourcesOf({ lat: 0, lng: -181 })),
  bad('lat as text', 'resources[0].lat', resourcesOf({ lat: '39.9', lng: -75.1 })),
  bad('lat without lng', 'resources[0].lng', resourcesOf({ lat: 39.9 })),
  bad('lng without lat', 'resources[0].lat', resourcesOf({ lng: -75.1 })),
  bad('lat with a null lng', 'resources[0].lng', resourcesOf({ lat: 39.9, lng: null })),
  bad('title not text', 'title', { title: 1, resources: [place] }),
  bad('intro not text', 'intro', { intro: false, resources: [place] }),
];

// ---------------------------------------------------------------------------
// <hr-principles>

const principle = { title: 'Safety first' };

const principlesCases: Case[] = [
  ...builtIn('principles', principlesDefaults),
  ok('bare array of principles', [principle, { title: 'Dignity', description: 'Everyone deserves respect.' }]),
  ok('$schema at the root', { $schema: 'https://unpkg.com/hr-widgets/schemas/principles.schema.json', principles: [principle] }),
  ok('every field', {
    title: 'Our values',
    intro: 'What guides us.',
    principles: [{ id: 'safety', title: 'Safety first', description: 'Alive first.' }],
  }),
  ok('repeated ids and titles', [principle, principle, { id: 'x', title: 'A' }, { id: 'x', title: 'B' }]),
  ok('id that makes an empty slug', [{ id: '!!!', title: '???' }]),
  ok('null and blank optional fields', { title: null, intro: ' ', principles: [{ ...principle, id: null, description: '' }] }),
  ok('unknown properties', { layout: 'cards', principles: [{ ...principle, icon: 'heart' }] }),

  bad('text at the root', '(root)', 'Safety first'),
  bad('null at the root', '(root)', null),
  bad('no principles', 'principles', { title: 'x' }),
  bad('empty principles', 'principles', { principles: [] }),
  bad('empty bare array', 'principles', []),
  bad('principles not a list', 'principles', { principles: 'Safety first' }),
  bad('principle as text', 'principles[0]', ['Safety first']),
  bad('second principle broken, first fine', 'principles[1].title', [principle, { description: 'x' }]),
  bad('missing title', 'principles[0].title', [{ id: 'a' }]),
  bad('blank title', 'principles[0].title', [{ title: '  ' }]),
  bad('title not text', 'principles[0].title', [{ title: 7 }]),
  bad('id not text', 'principles[0].id', [{ ...principle, id: 3 }]),
  bad('description not text', 'principles[0].description', [{ ...principle, description: ['a', 'b'] }]),
  bad('root title not text', 'title', { title: true, principles: [principle] }),
  bad('root intro not text', 'intro', { intro: 1, principles: [principle] }),
];

// ---------------------------------------------------------------------------
// <hr-helpline>

const line = { name: 'Crisis line', phone: '988' };
const linesOf = (more: Record<string, unknown>, root: Record<string, unknown> = {}) => ({ ...root, lines: [{ ...line, ...more }] });

const helplineCases: Case[] = [
  ...builtIn('help lines', helplineDefaults),
  ok('bare array of lines', [line]),
  ok('$schema at the root', { $schema: 'https://unpkg.com/hr-widgets/schemas/helpline.schema.json', lines: [line] }),
  ok('every field', {
    title: 'Get help',
    intro: 'Call or text.',
    includeDefaults: true,
    lines: [
      {
        name: 'Line',
        phone: '1-800-662-4357',
        sms: '988',
        tty: '711',
        url: 'https://988lifeline.org',
        hours: '24/7',
        languages: ['en', 'es'],
        note: 'Free.',
      },
    ],
  }),
  ok('phone only', [{ name: 'A', phone: '911' }]),
  ok('sms only', [{ name: 'A', sms: '741741' }]),
  ok('phone with an extension', [{ name: 'A', phone: '(555) 010-4477 ext. 2' }]),
  ok('tty only', [{ name: 'A', tty: '711' }]),
  ok('url only', [{ name: 'A', url: 'https://example.org/chat' }]),
  ok('url is not checked', [{ name: 'A', url: 'chat with us' }]),
  ok('blank phone, reachable by url', [{ name: 'A', phone: ' ', sms: null, url: 'https://example.org' }]),
  ok('includeDefaults false', linesOf({}, { includeDefaults: false })),
  ok('null and blank optional fields', {
    title: null,
    intro: '',
    includeDefaults: null,
    lines: [{ ...line, hours: null, languages: null, note: ' ' }],
  }),
  ok('unknown properties', { theme: 'dark', lines: [{ ...line, priority: 1 }] }),
  ok('national lines by id, alone and with words of the site', ['988', { id: 'never-use-alone', note: 'Call before you use alone.' }]),

  bad('text at the root', '(root)', '988'),
  bad('null at the root', '(root)', null),
  bad('no lines', 'lines', { includeDefaults: true }),
  bad('empty lines', 'lines', { lines: [] }),
  bad('empty bare array', 'lines', []),
  bad('lines not a list', 'lines', { lines: line }),
  bad('line null', 'lines[0]', [null]),
  bad('second line broken, first fine', 'lines[1]', [line, { phone: '911' }]),
  bad('missing name', 'lines[0]', [{ phone: '988' }]),
  bad('an id the catalog does not have', 'lines[0].id', ['98']),
  bad('blank name', 'lines[0]', [{ name: '', phone: '988' }]),
  bad('name not text', 'lines[0].name', [{ name: 988, phone: '988' }]),
  bad('no way to reach it', 'lines[0]', [{ name: 'A', hours: '24/7' }]),
  bad('only blank ways to reach it', 'lines[0]', [{ name: 'A', phone: ' ', sms: '', tty: '\n', url: '  ' }]),
  bad('only null ways to reach it', 'lines[0]', [{ name: 'A', phone: null, url: null }]),
  bad('phone without digits', 'lines[0].phone', linesOf({ phone: 'nine one one' })),
  bad('phone as a number', 'lines[0].phone', linesOf({ phone: 988 })),
  bad('sms without digits', 'lines[0].sms', linesOf({ sms: 'HOME' })),
  bad('tty without digits', 'lines[0].tty', linesOf({ tty: 'relay' })),
  bad('url not text', 'lines[0].url', linesOf({ url: { href: 'https://x.org' } })),
  bad('hours not text', 'lines[0].hours', linesOf({ hours: 24 })),
  bad('note not text', 'lines[0].note', linesOf({ note: false })),
  bad('languages not a list', 'lines[0].languages', linesOf({ languages: 'en' })),
  bad('languages with a blank entry', 'lines[0].languages[1]', linesOf({ languages: ['en', ''] })),
  bad('includeDefaults not boolean', 'includeDefaults', linesOf({}, { includeDefaults: 'yes' })),
  bad('title not text', 'title', linesOf({}, { title: 1 })),
  bad('intro not text', 'intro', linesOf({}, { intro: [] })),
];

// ---------------------------------------------------------------------------
// <hr-quick-exit>

const quickExitCases: Case[] = [
  ok('empty object', {}),
  ok('$schema at the root', { $schema: 'https://unpkg.com/hr-widgets/schemas/quick-exit.schema.json' }),
  ok('label and https', { label: 'Leave now', href: 'https://www.bbc.com/weather' }),
  ok('http', { href: 'http://example.org/' }),
  ok('scheme in capitals', { href: 'HTTPS://EXAMPLE.ORG' }),
  ok('white space around the URL', { href: '  https://example.org \n' }),
  ok('absolute path', { href: '/weather' }),
  ok('relative path', { href: 'weather.html?city=1' }),
  ok('relative path with a colon later', { href: 'pages/a:b' }),
  ok('protocol-relative', { href: '//www.google.com/' }),
  ok('null and blank fields', { label: null, href: ' ' }),
  ok('null href', { href: null }),
  ok('unknown properties', { label: 'Exit', position: 'top-left' }),

  bad('bare array: no list form here', '(root)', [{ href: 'https://example.org' }]),
  bad('empty array', '(root)', []),
  bad('URL text at the root', '(root)', 'https://example.org'),
  bad('null at the root', '(root)', null),
  bad('label not text', 'label', { label: 5 }),
  bad('href not text', 'href', { href: { url: 'https://example.org' } }),
  bad('javascript: URL', 'href', { href: 'javascript:alert(1)' }),
  bad('javascript: URL in capitals', 'href', { href: 'JavaScript:alert(1)' }),
  bad('javascript: URL after white space', 'href', { href: ' \n javascript:alert(1)' }),
  bad('mailto: URL', 'href', { href: 'mailto:a@example.org' }),
  bad('tel: URL', 'href', { href: 'tel:988' }),
  bad('sms: URL', 'href', { href: 'sms:988' }),
  bad('data: URL', 'href', { href: 'data:text/html,hi' }),
  bad('ftp: URL', 'href', { href: 'ftp://example.org/' }),
  bad('scheme with digits and dots', 'href', { href: 'web+x.1:thing' }),
  bad('scheme that starts with http', 'href', { href: 'httpx://example.org/' }),
];

/**
 * Where the schema deliberately differs from the validator. Each entry says
 * what each side answers today; if one side changes, update the schema (or the
 * validator) and this list together.
 */
export interface Gap {
  element: string;
  name: string;
  doc: unknown;
  schemaValid: boolean;
  validatorValid: boolean;
}

export const gaps: Gap[] = [
  // The schema only looks at the scheme; the browser's URL parser rejects more.
  { element: 'quick-exit', name: 'https:// without a host', doc: { href: 'https://' }, schemaValid: true, validatorValid: false },
  { element: 'quick-exit', name: '// without a host', doc: { href: '//' }, schemaValid: true, validatorValid: false },
  // The URL parser removes control characters at the start. (A tab inside "java\tscript:" is
  // white space to the validator, which makes it the harmless relative address "java script:".)
  {
    element: 'quick-exit',
    name: 'control character before javascript:',
    doc: { href: '\u0001javascript:alert(1)' },
    schemaValid: true,
    validatorValid: false,
  },
  // The schema checks a date's shape; the validator also checks that the day exists.
  {
    element: 'resource-list',
    name: 'a day that does not exist',
    doc: { resources: [{ name: 'A', verified: '2026-02-30' }] },
    schemaValid: true,
    validatorValid: false,
  },
  // The validator drops invisible formatting characters from numbers before checking them; the schema cannot.
  {
    element: 'helpline',
    name: 'right-to-left override in a number',
    doc: { lines: [{ name: 'A', phone: '\u202e889' }] },
    schemaValid: false,
    validatorValid: true,
  },
];

// ---------------------------------------------------------------------------

export interface Table {
  element: string;
  validate: Validate;
  cases: Case[];
}

export const tables: Table[] = [
  {
    element: 'quiz',
    validate: validateQuiz,
    cases: quizCases,
  },
  {
    element: 'resource-list',
    validate: validateDirectory,
    cases: resourceCases,
  },
  {
    element: 'principles',
    validate: validatePrinciples,
    cases: principlesCases,
  },
  {
    element: 'helpline',
    validate: validateHelpline,
    cases: helplineCases,
  },
  {
    element: 'quick-exit',
    validate: validateQuickExit,
    cases: quickExitCases,
  },
];
