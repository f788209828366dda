// The studio's pure parts: editing a document along a path, empty content, contrast.
import './words.js';
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../src/elements.js';
import { read } from '../src/shared/fields.js';
import { contrast, parseHex } from '../src/studio/contrast.js';
import { attributeKey, fieldKey, textOf } from '../src/studio/field-text.js';
import { MESSAGES_ES, wordsEs } from '../src/shared/messages.es.js';
import { placeOf } from '../src/studio/place.js';
import { MESSAGES, type Code } from '../src/shared/messages.js';
import { fieldsEs } from '../src/studio/i18n/fields.es.js';
import { DEFAULT_THEME, contrastPairs, themeCss } from '../src/studio/theme.js';
import type { Attributes, Shape } from '../src/shared/fields.js';
import type { Problem } from '../src/shared/validate.js';
import { emptyOf, getAt, insertAt, moveAt, pathText, removeAt, setAt } from '../src/studio/document.js';
import { attributes as quizAttributes, quizFields } from '../src/quiz/quiz.fields.js';

describe('studio: documents', () => {
  const doc = {
    title: 'T',
    questions: [
      { prompt: 'a', choices: ['x', { text: 'y', correct: true }] },
      { prompt: 'b', answer: true },
    ],
  };

  it('reads and writes along a path without touching the original', () => {
    const frozen = structuredClone(doc);
    expect(getAt(doc, ['questions', 1, 'answer'])).to.equal(true);
    expect(getAt(doc, ['questions', 9, 'prompt'])).to.equal(undefined);
    expect(getAt(doc, ['title', 'length'])).to.equal(undefined);
    const next = setAt(doc, ['questions', 0, 'prompt'], 'A');
    expect(getAt(next, ['questions', 0, 'prompt'])).to.equal('A');
    expect(doc).to.deep.equal(frozen);
    // Undefined removes the key: an emptied optional field leaves no "" behind.
    expect(setAt(doc, ['title'], undefined)).not.to.have.property('title');
    // A shorthand string becomes its object when another field is set.
    expect(getAt(setAt(doc, ['questions', 0, 'choices', 0, 'correct'], true, 'text'), ['questions', 0, 'choices', 0])).to.deep.equal({
      text: 'x',
      correct: true,
    });
    // So does one given a picture: the picture's own shape has no shorthand, the choice's is passed down.
    expect(
      getAt(setAt(doc, ['questions', 0, 'choices', 0, 'image', 'src'], '/a.png', 'text'), ['questions', 0, 'choices', 0]),
    ).to.deep.equal({
      text: 'x',
      image: { src: '/a.png' },
    });
    expect(pathText(['questions', 0, 'choices', 1, 'text'])).to.equal('questions[0].choices[1].text');
    // "__proto__" is a key like any other, never the prototype.
    expect(Object.getPrototypeOf(setAt({}, ['__proto__', 'x'], 1))).to.equal(Object.prototype);
  });

  it('adds, removes and moves list items', () => {
    const added = insertAt(doc, ['questions'], { prompt: 'c' });
    expect((getAt(added, ['questions']) as unknown[]).length).to.equal(3);
    expect(getAt(removeAt(doc, ['questions'], 0), ['questions', 0, 'prompt'])).to.equal('b');
    const moved = moveAt(doc, ['questions'], 1, 0);
    expect(getAt(moved, ['questions', 0, 'prompt'])).to.equal('b');
    expect(moveAt(doc, ['questions'], 0, -1)).to.equal(doc);
    expect(getAt(insertAt({}, ['results'], { minPercent: 0 }), ['results', 0, 'minPercent'])).to.equal(0);
  });

  it('empty content has every required part, and the checks say what to fill in', () => {
    const empty = emptyOf(quizFields);
    expect(empty).to.deep.equal({ questions: [{ prompt: '', choices: [{ text: '' }, { text: '' }] }] });
    for (const { name, fields } of ELEMENTS) {
      const { problems } = read(fields, emptyOf(fields));
      // Every problem of empty content is a blank required field, an unmarked answer, or what follows from them: never a wrong type.
      for (const p of problems)
        expect(p.message, `${name}: ${p.path}`).to.match(/^required|correct choice|needs a way|needs a name|no valid/);
    }
  });
});

describe('studio: labels', () => {
  /** Every key the form asks for: shapes, fields, variant fields, attributes. */
  function keysOf(shape: Shape, into: string[] = []): string[] {
    into.push(shape.name);
    for (const [key, field] of Object.entries(shape.fields)) {
      into.push(fieldKey(shape.name, key));
      if (field.item) keysOf(field.item, into);
    }
    for (const [variant, fields] of Object.entries(shape.variants?.cases ?? {})) {
      for (const [key, field] of Object.entries(fields)) {
        into.push(fieldKey(shape.name, key, variant));
        if (field.item) keysOf(field.item, into);
      }
    }
    return into;
  }

  it('every field, shape and attribute of every element has Spanish words, and nothing else does', async () => {
    const wanted = new Set<string>();
    for (const { name, fields } of ELEMENTS) {
      keysOf(fields).forEach((key) => wanted.add(key));
      const module = (await import(`../src/${name}/${name}.fields.ts`)) as { attributes?: Attributes };
      Object.keys(module.attributes ?? {}).forEach((attr) => wanted.add(attributeKey(name, attr)));
    }
    const shared = (key: string): string => key.replace(/^[^@]+@/, '@');
    const has = (key: string): boolean => Object.hasOwn(fieldsEs, key) || Object.hasOwn(fieldsEs, shared(key));
    expect(
      [...wanted].filter((key) => !has(key)),
      'missing Spanish',
    ).to.deep.equal([]);
    const used = new Set([...wanted].flatMap((key) => [key, shared(key)]));
    expect(
      Object.keys(fieldsEs).filter((key) => !used.has(key)),
      'Spanish for nothing',
    ).to.deep.equal([]);
    expect(textOf('quiz@heading-level', quizAttributes['heading-level'], 'es').label).to.equal('Nivel del encabezado');
    expect(textOf('quiz.passPercent', quizFields.fields.passPercent, 'es').label).to.equal(fieldsEs['quiz.passPercent']!.label);
    expect(textOf('quiz.passPercent', quizFields.fields.passPercent, 'en').label).to.equal('Pass mark');
  });
});

describe('studio: the checks in Spanish', () => {
  // Data that makes every message the field reader writes, element by element.
  const bad: [string, unknown][] = [
    ['quiz', {}],
    ['quiz', { questions: 'x' }],
    ['quiz', { questions: [] }],
    ['quiz', { questions: [5] }],
    ['quiz', { title: 5, passPercent: 500, shuffle: 'yes', questions: [{ prompt: 'a', choices: ['x'] }] }],
    [
      'quiz',
      {
        title: 'x'.repeat(301),
        questions: [
          { prompt: 'a', choices: ['x', 'y'] },
          { prompt: 'b', type: 'other' },
        ],
      },
    ],
    [
      'quiz',
      {
        questions: [
          { prompt: 'a', type: 'multiple', choices: ['x', 'y'] },
          { prompt: 'b', type: 'true-false' },
        ],
      },
    ],
    [
      'quiz',
      {
        questions: [
          {
            prompt: 'a',
            choices: [
              { text: 'x', correct: true },
              { text: 'y', correct: true },
            ],
          },
        ],
        results: 'x',
      },
    ],
    ['quiz', { questions: [{ prompt: 'a', answer: true }], passPercent: 'x', results: [{ minPercent: 'x', message: 'm' }] }],
    ['resource-list', [{ name: 'a', url: 'javascript:alert(1)', phone: 'abc', email: 'x@', verified: '2026-02-30', lat: 1 }]],
    [
      'resource-list',
      [
        { name: 'b', url: 'javascript:alert(1)' },
        { name: 'c', lat: 1 },
      ],
    ],
    [
      'resource-list',
      [
        { name: 'a', services: 'x' },
        { name: 'b', services: [5], coverage: 'moon' },
      ],
    ],
    ['resource-list', [{ name: 'a', services: Array.from({ length: 51 }, (_, i) => `s${i}`) }]],
    [
      'resource-list',
      {
        timeZone: 'Mars/Olympus',
        resources: [
          { name: 'a', openingHours: [{ dayOfWeek: ['Funday'], opens: '9am', closes: '17:00' }], specialHours: [{ opens: '10:00' }] },
        ],
      },
    ],
    ['resource-list', Array.from({ length: 50_001 }, () => ({ name: 'a' }))],
    ['helpline', { lines: [{ name: 'a' }, { name: 'b', phone: '988' }] }],
    ['helpline', { lines: [{ phone: '988' }, '988'] }],
    ['principles', [{ title: null }, { title: 'ok', description: ['x'] }]],
  ];

  // Said by the elements outside the data the studio checks: in the console only.
  const consoleOnly: Code[] = [
    'more',
    'noWidget',
    'notInside',
    'trustedTypes',
    'taken',
    'badSrc',
    'srcScheme',
    'jsonLong',
    'notJson',
    'unreadable',
    'unloaded',
    'raw',
    'exitHref',
    'manyFilters',
    // A site's interface strings (src/i18n/translate.ts).
    'unknownString',
    'placeholder',
    'plural',
    'langCode',
  ];

  it('every message the checks can show has Spanish words, and the corpus makes every one of them', () => {
    const seen: Problem[] = [];
    const codes = new Set<Code>();
    for (const [name, data] of bad) {
      const { problems } = read(ELEMENTS.find((e) => e.name === name)!.fields, data);
      for (const p of problems) {
        seen.push(p);
        codes.add(p.code!);
      }
    }
    const english = seen.filter((p) => wordsEs(p) === p.message).map((p) => p.message);
    expect(english, 'left in English').to.deep.equal([]);
    // A code with no bad data above that makes it is a message nobody checked in Spanish. ("A number" without a range: no field has one.)
    const missing = (Object.keys(MESSAGES) as Code[]).filter((c) => !codes.has(c) && !consoleOnly.includes(c) && c !== 'notNumber');
    expect(missing, 'codes no bad data above makes').to.deep.equal([]);
  });

  it('every code has words that name the values given', () => {
    const samples: Record<Code, (string | number)[]> = {
      required: [],
      requiredBool: [],
      listRequired: ['question'],
      notList: ['question', 'text', '"x"'],
      listSize: [2, 10, 'choice', 1],
      listLong: [250, 'question', 100],
      noneValid: ['question'],
      noneGiven: ['question'],
      single: [2],
      multiple: [],
      reach: [],
      nameOrId: [],
      url: ['"javascript:x"'],
      phone: ['"abc"'],
      email: ['"x@"'],
      date: ['"2026-02-30"'],
      time: ['"9am"'],
      zone: ['"Mars/Olympus"'],
      notTags: ['text', '"x"'],
      manyTags: [51, 50],
      oneOf: ['single\nmultiple', '"other"'],
      notText: ['number', '5'],
      tooLong: [301, 300],
      notBool: ['text', '"yes"'],
      range: [0, 100, 'number', '500'],
      notNumber: ['text', '"x"'],
      notObject: ['list', ''],
      together: ['lat', 'lng'],
      manyFilters: [41, 'services', 40],
      badSrc: ['"http://["'],
      srcScheme: ['"file:///x"'],
      jsonLong: ['src', 9, 8],
      notJson: ['data attribute', 'Unexpected token', 1],
      unreadable: ['boom'],
      unloaded: [],
      raw: ['could not load "/x.json" (HTTP 404)'],
      exitHref: ['"javascript:x"', 'https://www.google.com/'],
      more: [5],
      noWidget: ['"nope"', 'quiz, principles'],
      notInside: ['img', 'principles'],
      trustedTypes: [],
      taken: ['<hr-quiz>'],
      unknownString: [],
      placeholder: ['{count}', '{n}, {total}'],
      plural: ['zero, one, two, few, many, other'],
      langCode: ['"vietnamese"'],
    };
    // Every code has words in every language, and they name the values given (a noun may be said in the language's own word).
    for (const [lang, table] of [
      ['en', MESSAGES],
      ['es', MESSAGES_ES],
    ] as const) {
      expect(Object.keys(table).sort(), lang).to.deep.equal(Object.keys(samples).sort());
      for (const [code, values] of Object.entries(samples) as [Code, (string | number)[]][]) {
        const say = (t: typeof MESSAGES): string => (t[code] as (...v: (string | number)[]) => string)(...values);
        const said = say(table);
        expect(said, `${lang} ${code}`).to.not.match(/undefined|NaN|\[object/);
        // (notJson's last value is a flag, not said.)
        const named = values.filter((v, i) => (typeof v === 'number' || /^["<{]|^\d/.test(v)) && !(code === 'notJson' && i === 2));
        for (const value of named) expect(said, `${lang} ${code}`).to.contain(String(value));
        if (lang === 'es' && code !== 'raw') expect(said, `es ${code}`).to.not.equal(say(MESSAGES));
      }
    }
    expect(MESSAGES.oneOf('single\nmultiple\ntrue-false', '"other"')).to.equal('must be "single", "multiple" or "true-false", got "other"');
    expect(MESSAGES.notJson('src', 'Unexpected token', 1)).to.contain('curly “smart” quotes');
  });

  it('keeps the data it quotes, and says what it is in Spanish', () => {
    const { problems } = read(quizFields, { title: 'T', questions: 'x' });
    expect(problems.map((p) => p.message)).to.deep.equal(['must be a list of questions, got text "x"']);
    expect(problems.map(wordsEs)).to.deep.equal(['debe ser una lista de preguntas; se recibió el texto "x"']);
    const said = (code: Code, ...values: (string | number)[]): string =>
      wordsEs({ path: '', message: '', severity: 'error', code, values });
    expect(said('oneOf', 'single\nmultiple\ntrue-false', '"other"')).to.equal(
      'debe ser "single", "multiple" o "true-false"; se recibió "other"',
    );
    expect(said('listSize', 2, 10, 'choice', 1)).to.equal('necesita de 2 a 10 opciones; tiene 1');
    expect(said('notObject', 'list', '')).to.equal('debe ser un objeto; se recibió una lista');
    // An exception's own words stay as they are.
    expect(wordsEs({ path: 'src', message: 'Failed to fetch', severity: 'error' })).to.equal('Failed to fetch');
  });
});

describe('studio: theme', () => {
  it('writes only what differs from the defaults, on every tag', () => {
    expect(themeCss(DEFAULT_THEME, ['hr-quiz'])).to.equal('');
    const css = themeCss({ ...DEFAULT_THEME, accent: '#6b21a8', radius: 16, font: 'serif' }, ['hr-quiz', 'hr-principles']);
    expect(css).to.match(/^hr-quiz,\nhr-principles \{/);
    expect(css).to.include('--hr-color-accent: #6b21a8;').and.include('--hr-radius: 16px;').and.include('font-family: Charter');
    expect(css).not.to.include('--hr-color-text');
  });

  it('flags each pair below WCAG AA', () => {
    expect(contrastPairs(DEFAULT_THEME).every((p) => p.ok)).to.equal(true);
    const pale = contrastPairs({ ...DEFAULT_THEME, accent: '#9cc3ea' });
    expect(pale.filter((p) => !p.ok).map((p) => p.name)).to.deep.equal(['accent-surface', 'on-accent']);
  });
});

describe('studio: contrast', () => {
  it('computes WCAG 2 ratios', () => {
    expect(parseHex('#FFF')).to.deep.equal([255, 255, 255]);
    expect(parseHex('red')).to.equal(undefined);
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrast('#0b5cad', '#fff')).to.be.above(4.5);
    expect(contrast('#fff', 'nope')).to.equal(undefined);
  });
});

describe('studio: places in words', () => {
  const quiz = {
    questions: [
      { prompt: 'Q', type: 'single', choices: [{ text: 'a' }, { text: '' }] },
      { prompt: 'Q', answer: true },
    ],
  };
  it('names a path as the form labels it, in English and Spanish', () => {
    const say = (path: string, lang: 'en' | 'es' = 'en'): string => placeOf(quizFields, quiz, path, lang, (noun, n) => `${noun} ${n}`);
    expect(say('questions[0].choices[1].text')).to.equal('Question 1 › Choice 2 › Text');
    expect(say('questions[1].answer')).to.equal('Question 2 › Answer');
    expect(say('questions[0].image.alt')).to.equal('Question 1 › Picture › Text alternative');
    expect(say('passPercent')).to.equal('Pass mark');
    expect(say('(root)')).to.equal('Quiz');
    expect(say('questions[0].choices[1].text', 'es')).to.equal('Pregunta 1 › Opción 2 › Texto');
    // What the spec does not know is said as it is.
    expect(say('questions[0].unknown[2]')).to.equal('Question 1 › unknown › 3');
  });
});
