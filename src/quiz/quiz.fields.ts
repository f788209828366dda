import { headingLevel } from '../shared/heading.js';
import type { Attributes, DataSpec, Shape } from '../shared/fields.js';

/** More than anyone would answer in one sitting; the review lists them all. */
export const MAX_QUESTIONS = 100;

/** The longest side of a picture, in CSS pixels: larger is a mistake (a photo's pixel size, not its shown size). */
const SIDE = { kind: 'number', required: true, min: 1, max: 4000 } as const;

/** A picture beside a question or a choice: its text alternative is required, and its size, so nothing jumps as it loads. */
export const imageShape = {
  name: 'image',
  label: 'Picture',
  description: 'A picture: { "src", "alt", "width", "height" }. It loads lazily, when it is about to be seen.',
  fields: {
    src: {
      kind: 'url',
      required: true,
      label: 'Address',
      description: 'Where the picture is: an http or https address, or one relative to the page.',
    },
    alt: {
      kind: 'line',
      required: true,
      max: 250,
      label: 'Text alternative',
      description: 'What the picture shows, for people who cannot see it: read aloud by screen readers, shown if it does not load.',
    },
    width: { ...SIDE, label: 'Width', description: 'Its width in CSS pixels. It shrinks to fit a narrow screen, keeping its proportions.' },
    height: { ...SIDE, label: 'Height', description: 'Its height in CSS pixels, so the space is kept while it loads.' },
  },
} as const satisfies Shape;

const image = (where: string) =>
  ({
    kind: 'object',
    item: imageShape,
    label: 'Picture',
    description: `An optional picture shown with the ${where}, with its text alternative.`,
  }) as const;

/** A choice of a single or multiple question; a plain string is a choice's text. */
export const choiceShape = {
  name: 'choice',
  label: 'Choice',
  description: 'A choice: its text (never correct), or an object { "text", "correct", "feedback" }.',
  shorthand: 'text',
  fields: {
    text: { kind: 'line', required: true, label: 'Text', description: 'The choice as the visitor reads it.' },
    correct: { kind: 'bool', label: 'Correct', description: 'Whether this choice is (one of) the right answer(s).' },
    feedback: { kind: 'text', label: 'Feedback', description: 'Shown after answering when this choice was picked.' },
    image: image('choice'),
  },
} as const satisfies Shape;

/** The choices of a single or multiple question: each case adds how many must be correct. */
const choiceList = {
  kind: 'list',
  required: true,
  all: true,
  min: 2,
  max: 10,
  noun: 'choice',
  label: 'Choices',
  item: choiceShape,
} as const;

/** The data of `<hr-quiz>`, declared once: the validator, the JSON Schema and the studio's form follow from it. */
export const quizFields = {
  name: 'quiz',
  label: 'Quiz',
  description: 'Questions people answer one at a time, with an explanation after each and their score at the end.',
  list: 'questions',
  fields: {
    title: { kind: 'line', label: 'Title', description: 'Heading shown above the quiz.' },
    intro: { kind: 'text', label: 'Introduction', description: 'Short text shown before the first question.' },
    passPercent: {
      kind: 'number',
      min: 0,
      max: 100,
      label: 'Pass mark',
      description: 'When given, the results say whether the visitor passed: a score of at least this percent passes.',
    },
    results: {
      kind: 'list',
      max: 20,
      noun: 'result band',
      label: 'Result messages',
      description: 'Messages shown with the score. Each is shown for scores from its lowest percent up to the next message’s.',
      item: {
        name: 'band',
        label: 'Result band',
        description: 'A message for scores from its lowest percent up.',
        fields: {
          minPercent: {
            kind: 'number',
            required: true,
            min: 0,
            max: 100,
            label: 'Lowest percent',
            description: 'This message is shown for scores (in percent) from this value up to the next band.',
          },
          message: { kind: 'text', required: true, label: 'Message', description: 'What the visitor reads for a score in this band.' },
        },
      },
    },
    shuffle: {
      kind: 'bool',
      label: 'Shuffle choices',
      description: 'Show the choices of each question in a fresh random order on each try, wherever this quiz is shown.',
    },
    questions: {
      kind: 'list',
      required: true,
      max: MAX_QUESTIONS,
      noun: 'question',
      indexAs: 'index',
      label: 'Questions',
      description: 'The questions, asked in this order.',
      item: {
        name: 'question',
        label: 'Question',
        description:
          'A question. Its type is "single" (exactly one correct choice), "multiple" (at least one correct choice, scored all-or-nothing) or "true-false" (a boolean "answer"). When "type" is missing, a question with a boolean "answer" is true-false and any other is single.',
        fields: {
          prompt: { kind: 'text', required: true, max: 1000, label: 'Prompt', description: 'The question as the visitor reads it.' },
          explanation: { kind: 'text', label: 'Explanation', description: 'Shown after answering, whatever the answer.' },
          hint: {
            kind: 'text',
            max: 1000,
            label: 'Hint',
            description: 'Help a visitor can open before answering, behind a "Show a hint" button. hr-answer says whether it was opened.',
          },
          image: image('question'),
        },
        variants: {
          key: 'type',
          infer: { field: 'answer', then: 'true-false', otherwise: 'single' },
          cases: {
            single: {
              choices: {
                ...choiceList,
                count: { field: 'correct', min: 1, max: 1, code: 'single' },
                description:
                  'In the order shown (unless the quiz shuffles). A choice is its text, or an object { "text", "correct", "feedback" }. Exactly one is correct.',
              },
            },
            multiple: {
              choices: {
                ...choiceList,
                count: { field: 'correct', min: 1, code: 'multiple' },
                description:
                  'In the order shown (unless the quiz shuffles). A choice is its text, or an object { "text", "correct", "feedback" }. At least one is correct.',
              },
            },
            'true-false': {
              answer: {
                kind: 'bool',
                required: true,
                label: 'Answer',
                description: 'For a true-false question: whether the statement in the prompt is true.',
              },
              feedbackTrue: {
                kind: 'text',
                label: 'Feedback for "true"',
                description: 'For a true-false question: shown after the visitor picks true.',
              },
              feedbackFalse: {
                kind: 'text',
                label: 'Feedback for "false"',
                description: 'For a true-false question: shown after the visitor picks false.',
              },
            },
          },
        },
      },
    },
  },
} as const satisfies DataSpec;

/** The attributes of `<hr-quiz>` a site owner sets. */
export const attributes = {
  'heading-level': headingLevel,
  shuffle: {
    kind: 'bool',
    label: 'Shuffle choices on this page',
    description: 'A fresh random order of choices on each try, on the page with this code, whatever the content says.',
  },
  persist: {
    kind: 'bool',
    label: 'Keep progress through a reload',
    description: 'Answers are kept in this browser tab until the quiz is finished, and nowhere else. The quick exit clears them.',
  },
} as const satisfies Attributes;
