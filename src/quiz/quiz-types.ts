/** A picture with its text alternative and size (CSS pixels), so the page keeps its space while it loads. */
export interface QuizImage {
  /** An http or https address, or one relative to the page. */
  src: string;
  /** What the picture shows, for people who cannot see it. Required. */
  alt: string;
  width: number;
  height: number;
}

export interface QuizChoice {
  text: string;
  correct?: boolean;
  /** Shown after answering when this choice was picked. */
  feedback?: string;
  image?: QuizImage;
}

interface QuestionBase {
  prompt: string;
  /** Shown after answering, whatever the answer. */
  explanation?: string;
  /** Help a visitor can open before answering. */
  hint?: string;
  image?: QuizImage;
}

export interface ChoiceQuestion extends QuestionBase {
  /** `single` (the default): exactly one correct choice. `multiple`: at least one; scored all-or-nothing. */
  type?: 'single' | 'multiple';
  /** 2–10 choices; a plain string is a choice with no other field. */
  choices: (QuizChoice | string)[];
}

export interface TrueFalseQuestion extends QuestionBase {
  /** May be left out: a boolean `answer` makes a true-false question. */
  type?: 'true-false';
  answer: boolean;
  /** Feedback shown after a true or false pick. */
  feedbackTrue?: string;
  feedbackFalse?: string;
}

export type QuizQuestion = ChoiceQuestion | TrueFalseQuestion;

export interface QuizResultBand {
  minPercent: number;
  message: string;
}

/** The data `<hr-quiz>` accepts after validation. A bare array of questions is accepted too. */
export interface QuizData {
  title?: string;
  intro?: string;
  /** When given, results say passed or not. */
  passPercent?: number;
  results?: QuizResultBand[];
  /** Shuffle choice order (a fresh order on each try). */
  shuffle?: boolean;
  questions: QuizQuestion[];
}
