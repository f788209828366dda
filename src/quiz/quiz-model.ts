/**
 * The quiz without a DOM: validating data, and a small immutable state machine
 * for answering, checking, scoring and retrying.
 */
import { read } from '../shared/fields.js';
import type { Validation } from '../shared/validate.js';
import { quizFields } from './quiz.fields.js';
import type { QuizData, QuizImage, QuizResultBand } from './quiz-types.js';

export type { QuizData, QuizImage, QuizResultBand };
export type QuestionType = 'single' | 'multiple' | 'true-false';

export interface Choice {
  /** For true-false questions: `true` or `false`, shown in the visitor's language. */
  text: string;
  correct: boolean;
  feedback?: string;
  image?: QuizImage;
}

/** A question ready to ask: true-false questions carry their two choices like any other. */
export interface Question {
  /** Where the question stands in the data, counting any skipped as invalid. */
  index: number;
  type: QuestionType;
  prompt: string;
  explanation?: string;
  hint?: string;
  image?: QuizImage;
  choices: Choice[];
}

export interface Quiz {
  title?: string;
  intro?: string;
  passPercent?: number;
  /** Sorted by `minPercent`, lowest first. */
  results: QuizResultBand[];
  shuffle: boolean;
  questions: Question[];
  /** Some question has a hint or a picture: the element loads their chunk. */
  extras: boolean;
}

export { MAX_QUESTIONS } from './quiz.fields.js';

/** A question as read: a true-false one has its answer, the others their choices. */
interface ReadQuestion {
  index: number;
  type: QuestionType;
  prompt: string;
  explanation?: string;
  hint?: string;
  image?: QuizImage;
  choices?: { text: string; correct?: boolean; feedback?: string; image?: QuizImage }[];
  answer?: boolean;
  feedbackTrue?: string;
  feedbackFalse?: string;
}

export function validateQuiz(raw: unknown): Validation<Quiz> {
  const { value, problems } = read<Omit<QuizData, 'questions'> & { questions: ReadQuestion[] }>(quizFields, raw);
  if (!value) return { value: undefined, problems };
  let extras = false;
  const questions = value.questions.map(({ index, type, prompt, explanation, hint, image, ...q }): Question => {
    // True-false questions carry their two choices like any other.
    const choices: Choice[] =
      type === 'true-false'
        ? [
            { text: 'true', correct: q.answer!, feedback: q.feedbackTrue },
            { text: 'false', correct: !q.answer, feedback: q.feedbackFalse },
          ]
        : q.choices!.map((c) => ({ text: c.text, correct: c.correct ?? false, feedback: c.feedback, image: c.image }));
    extras ||= Boolean(hint || image || choices.some((c) => c.image));
    return { index, type, prompt, explanation, hint, image, choices };
  });
  return {
    value: {
      title: value.title,
      intro: value.intro,
      passPercent: value.passPercent,
      results: (value.results ?? []).sort((a, b) => a.minPercent - b.minPercent),
      shuffle: value.shuffle ?? false,
      questions,
      extras,
    },
    problems,
  };
}

// ---------------------------------------------------------------------------
// State

export interface QuizState {
  /** Question being shown. */
  current: number;
  /** Per question, the order its choices are shown in (indices into `choices`). */
  order: number[][];
  /** Per question, the indices of the chosen choices. */
  selected: number[][];
  /** Per question, whether the answer was checked (it can no longer change). */
  checked: boolean[];
  /** Per question, whether its hint was opened. */
  hinted: boolean[];
  /** True once the visitor asked for the results. */
  finished: boolean;
}

export type Random = () => number;

function shuffled(length: number, random: Random): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export function start(quiz: Quiz, shuffle = quiz.shuffle, random: Random = Math.random): QuizState {
  return {
    current: 0,
    order: quiz.questions.map((q) =>
      shuffle && q.type !== 'true-false' ? shuffled(q.choices.length, random) : q.choices.map((_, i) => i),
    ),
    selected: quiz.questions.map(() => []),
    checked: quiz.questions.map(() => false),
    hinted: quiz.questions.map(() => false),
    finished: false,
  };
}

const replace = <T>(list: T[], index: number, value: T): T[] => list.map((old, i) => (i === index ? value : old));

/** Picks (or, for `multiple`, toggles) a choice of the current question. Checked answers do not change. */
export function choose(quiz: Quiz, state: QuizState, choice: number, on = true): QuizState {
  const q = state.current;
  const question = quiz.questions[q];
  if (!question || state.checked[q] || choice < 0 || choice >= question.choices.length) return state;
  const now = state.selected[q] ?? [];
  const next =
    question.type === 'multiple' ? (on ? [...new Set([...now, choice])].sort((a, b) => a - b) : now.filter((c) => c !== choice)) : [choice];
  return { ...state, selected: replace(state.selected, q, next) };
}

/** Opens the current question's hint; it stays open, and counted, once opened. */
export const openHint = (state: QuizState): QuizState => ({ ...state, hinted: replace(state.hinted, state.current, true) });

/** All-or-nothing: exactly the correct choices, no more, no fewer. */
export function isCorrect(question: Question, selected: readonly number[]): boolean {
  return question.choices.every((c, i) => c.correct === selected.includes(i));
}

/** Checks the current answer; returns undefined when nothing was chosen yet. */
export function check(quiz: Quiz, state: QuizState): { state: QuizState; correct: boolean } | undefined {
  const q = state.current;
  const question = quiz.questions[q];
  const selected = state.selected[q] ?? [];
  if (!question || state.checked[q] || selected.length === 0) return undefined;
  return { state: { ...state, checked: replace(state.checked, q, true) }, correct: isCorrect(question, selected) };
}

/** Moves on after a check: to the next question, or to the results after the last one. */
export function advance(quiz: Quiz, state: QuizState): QuizState {
  if (!state.checked[state.current]) return state;
  const last = state.current >= quiz.questions.length - 1;
  return last ? { ...state, finished: true } : { ...state, current: state.current + 1 };
}

export interface Score {
  correct: number;
  total: number;
  /** Whole percent, rounded. */
  percent: number;
  /** Null when the quiz has no `passPercent`. */
  passed: boolean | null;
  /** The results message whose band the percent falls in. */
  band: QuizResultBand | undefined;
}

export function score(quiz: Quiz, state: QuizState): Score {
  const total = quiz.questions.length;
  const correct = quiz.questions.filter((q, i) => state.checked[i] && isCorrect(q, state.selected[i] ?? [])).length;
  const percent = total ? Math.round((correct / total) * 100) : 0;
  const band = quiz.results.filter((b) => b.minPercent <= percent).at(-1);
  return { correct, total, percent, passed: quiz.passPercent === undefined ? null : percent >= quiz.passPercent, band };
}

/** A short stable fingerprint of a quiz, so saved progress is never applied to different questions. */
export function fingerprint(quiz: Quiz): string {
  const textOf = JSON.stringify(quiz.questions);
  let hash = 5381;
  for (let i = 0; i < textOf.length; i++) hash = ((hash * 33) ^ textOf.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}
