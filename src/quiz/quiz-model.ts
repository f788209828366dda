/**
 * The quiz without a DOM: validating data, and a small immutable state machine
 * for answering, checking, scoring and retrying.
 */
import {
  LIMITS,
  at,
  bool,
  describe,
  items,
  line,
  num,
  quote,
  readRoot,
  record,
  requiredText,
  text,
  type Json,
  type Problem,
  type Validation,
} from '../shared/validate.js';
import type { QuizData, QuizResultBand } from './quiz-types.js';

export type { QuizData, QuizResultBand };
export type QuestionType = 'single' | 'multiple' | 'true-false';

export interface Choice {
  /** For true-false questions: `true` or `false`, shown in the visitor's language. */
  text: string;
  correct: boolean;
  feedback?: string;
}

/** A question ready to ask: true-false questions carry their two choices like any other. */
export interface Question {
  /** Where the question stands in the data, counting any skipped as invalid. */
  index: number;
  type: QuestionType;
  prompt: string;
  explanation?: string;
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
}

const MIN_CHOICES = 2;
const MAX_CHOICES = 10;
/** More than anyone would answer in one sitting; the review lists them all. */
export const MAX_QUESTIONS = 100;
const MAX_BANDS = 20;
/** A question's prompt may be longer than a title. */
const PROMPT_LENGTH = 1000;

export function validateQuiz(raw: unknown): Validation<Quiz> {
  const { root, list: questions, problems } = readRoot(raw, 'questions', 'question', readQuestion, MAX_QUESTIONS);
  if (!questions.length) return { value: undefined, problems };
  const results = Array.isArray(root['results'])
    ? items(root, 'results', '', problems, (b, path) => readBand(b, path, problems), 'result', MAX_BANDS)
    : [];
  if (root['results'] !== undefined && !Array.isArray(root['results']))
    problems.push({ path: 'results', message: 'must be a list of { minPercent, message }' });
  return {
    value: {
      title: line(root, 'title', '', problems),
      intro: text(root, 'intro', '', problems),
      passPercent: num(root, 'passPercent', '', problems, [0, 100]),
      results: results.sort((a, b) => a.minPercent - b.minPercent),
      shuffle: bool(root, 'shuffle', '', problems) ?? false,
      questions,
    },
    problems,
  };
}

function readBand(raw: unknown, path: string, problems: Problem[]): QuizResultBand | undefined {
  const obj = record(raw, path, problems);
  if (!obj) return undefined;
  const minPercent = num(obj, 'minPercent', path, problems, [0, 100]);
  const message = requiredText(obj, 'message', path, problems, LIMITS.text);
  if (minPercent === undefined) {
    if (obj['minPercent'] === undefined || obj['minPercent'] === null) problems.push({ path: at(path, 'minPercent'), message: 'required' });
    return undefined;
  }
  return message === undefined ? undefined : { minPercent, message };
}

function readQuestion(raw: unknown, path: string, problems: Problem[], index: number): Question | undefined {
  const obj = record(raw, path, problems);
  if (!obj) return undefined;
  const before = problems.length;
  const prompt = requiredText(obj, 'prompt', path, problems, PROMPT_LENGTH);
  const explanation = text(obj, 'explanation', path, problems);
  const declared = obj['type'];
  const type = declared ?? (typeof obj['answer'] === 'boolean' ? 'true-false' : 'single');
  let choices: Choice[] | undefined;
  if (type === 'true-false') {
    const mark = problems.length;
    const answer = bool(obj, 'answer', path, problems);
    if (answer === undefined && problems.length === mark) {
      problems.push({ path: at(path, 'answer'), message: 'required: true or false' });
    }
    if (answer !== undefined) {
      choices = [
        { text: 'true', correct: answer, feedback: text(obj, 'feedbackTrue', path, problems) },
        { text: 'false', correct: !answer, feedback: text(obj, 'feedbackFalse', path, problems) },
      ];
    }
  } else if (type === 'single' || type === 'multiple') {
    choices = readChoices(obj, type, path, problems);
  } else {
    problems.push({
      path: at(path, 'type'),
      message: `must be "single", "multiple" or "true-false", got ${typeof declared === 'string' ? quote(declared) : describe(declared)}`,
    });
  }
  if (!prompt || !choices || problems.length > before) return undefined;
  return { index, type: type as QuestionType, prompt, explanation, choices };
}

function readChoices(obj: Json, type: 'single' | 'multiple', path: string, problems: Problem[]): Choice[] | undefined {
  const where = at(path, 'choices');
  const list = obj['choices'];
  if (!Array.isArray(list)) {
    problems.push({ path: where, message: list === undefined ? 'required: a list of choices' : 'must be a list of choices' });
    return undefined;
  }
  if (list.length < MIN_CHOICES || list.length > MAX_CHOICES) {
    problems.push({ path: where, message: `needs ${MIN_CHOICES} to ${MAX_CHOICES} choices, got ${list.length}` });
    return undefined;
  }
  const choices: Choice[] = [];
  list.forEach((raw, i) => {
    const choicePath = at(where, i);
    const choice = typeof raw === 'string' ? { text: raw } : record(raw, choicePath, problems);
    if (!choice) return;
    const label = requiredText(choice, 'text', choicePath, problems);
    const correct = bool(choice, 'correct', choicePath, problems) ?? false;
    if (label) choices.push({ text: label, correct, feedback: text(choice, 'feedback', choicePath, problems) });
  });
  if (choices.length !== list.length) return undefined;
  const right = choices.filter((c) => c.correct).length;
  if (type === 'single' && right !== 1) {
    problems.push({ path: where, message: `a "single" question needs exactly one correct choice, got ${right}` });
    return undefined;
  }
  if (type === 'multiple' && right < 1) {
    problems.push({ path: where, message: 'a "multiple" question needs at least one correct choice' });
    return undefined;
  }
  return choices;
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

/**
 * Reads saved progress back. Saved data is untrusted: anything that does not
 * fit this quiz gives undefined, and the quiz starts over.
 */
export function restore(quiz: Quiz, saved: unknown): QuizState | undefined {
  const s = saved as Partial<QuizState> | null;
  const n = quiz.questions.length;
  const isIndexList = (list: unknown, size: number): list is number[] =>
    Array.isArray(list) && list.every((i) => Number.isInteger(i) && i >= 0 && i < size);
  if (
    !s ||
    typeof s !== 'object' ||
    !Number.isInteger(s.current) ||
    s.current! < 0 ||
    s.current! >= n ||
    typeof s.finished !== 'boolean' ||
    !Array.isArray(s.order) ||
    !Array.isArray(s.selected) ||
    !Array.isArray(s.checked) ||
    s.order.length !== n ||
    s.selected.length !== n ||
    s.checked.length !== n ||
    !s.checked.every((c) => typeof c === 'boolean') ||
    !quiz.questions.every((q, i) => {
      const size = q.choices.length;
      const order = s.order![i];
      return isIndexList(order, size) && order.length === size && new Set(order).size === size && isIndexList(s.selected![i], size);
    })
  ) {
    return undefined;
  }
  return s as QuizState;
}

/** A short stable fingerprint of a quiz, so saved progress is never applied to different questions. */
export function fingerprint(quiz: Quiz): string {
  const textOf = JSON.stringify(quiz.questions);
  let hash = 5381;
  for (let i = 0; i < textOf.length; i++) hash = ((hash * 33) ^ textOf.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}
