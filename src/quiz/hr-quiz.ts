import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { chunk } from '../shared/chunk.js';
import { HrElement } from '../shared/hr-element.js';
import { header, heading } from '../shared/heading.js';
import { baseStyles, buttonStyles, reserveStyles } from '../shared/styles.js';
import {
  advance,
  check,
  choose,
  fingerprint,
  isCorrect,
  openHint,
  score,
  start,
  validateQuiz,
  type Choice,
  type Question,
  type Quiz,
  type QuizState,
} from './quiz-model.js';
import { quizStyles } from './quiz.styles.js';
import type { QuizStrings } from '../i18n/en.js';
import type { QuizData } from './quiz-types.js';

/** The built-in content: a chunk of its own, loaded only by pages that show it. */
const defaults = () => import('./default-content.js');
/** The results: a chunk, fetched at a visitor's first answer. */
const results = () => import('./results.js');
/** Progress kept through a reload: a chunk, fetched only where `persist` is set. */
const persist = () => import('./persist.js');
/** Hints and pictures: a chunk, fetched only for a quiz that has them. */
const extras = () => import('./extras.js');

export type { QuizData, QuizQuestion, QuizChoice, QuizResultBand } from './quiz-types.js';

/** Detail of `hr-answer`. */
export interface HrAnswerDetail {
  /** Index of the question in the data. */
  index: number;
  correct: boolean;
  /** Whether the visitor opened the question's hint before answering. */
  hinted: boolean;
}

/** Detail of `hr-complete`. */
export interface HrCompleteDetail {
  percent: number;
  correct: number;
  total: number;
  /** Null when the quiz has no `passPercent`. */
  passed: boolean | null;
}

declare global {
  interface HTMLElementEventMap {
    'hr-answer': CustomEvent<HrAnswerDetail>;
    'hr-complete': CustomEvent<HrCompleteDetail>;
  }
}

type FocusTarget = 'action' | 'first-choice' | 'score';

/**
 * A knowledge quiz, one question at a time, with kind feedback after each
 * answer, a score, a review and a way to try again. Nothing is sent anywhere;
 * nothing is stored unless `persist` is set. With no data it asks seven
 * questions about harm reduction.
 *
 * `multiple` questions score all-or-nothing: right only when exactly the
 * correct choices are picked.
 *
 * @summary A knowledge quiz with feedback, score and review.
 * @tag hr-quiz
 *
 * @attr {string} data - The data as JSON text (see docs/data.md), or a bare array of questions.
 * @attr {string} src - URL of a JSON document with the data, fetched without credentials.
 * @attr {string} lang - Language of the interface and default content (`en`, `es`); inherited from ancestors when absent.
 *
 * @event {CustomEvent<HrAnswerDetail>} hr-answer - An answer was checked: `{ index, correct, hinted }`.
 * @event {CustomEvent<HrCompleteDetail>} hr-complete - The results are shown: `{ percent, correct, total, passed }`.
 * @event {CustomEvent<HrErrorDetail>} hr-error - The data could not be used in full: `{ message, path, problems }`.
 *
 * @csspart notice - The short notice shown when data has problems.
 * @csspart loading - The loading message while `src` is fetched.
 * @csspart title - The quiz heading.
 * @csspart intro - The paragraph under the title.
 * @csspart question - The form holding the current question.
 * @csspart place - "Question 2 of 4".
 * @csspart progress - The progress bar.
 * @csspart prompt - The question text.
 * @csspart image - A picture of a question or a choice.
 * @csspart hint-button - "Show a hint".
 * @csspart hint - The hint, once opened.
 * @csspart choice - One answer (a label around its radio button or checkbox).
 * @csspart feedback - What is said after an answer is checked.
 * @csspart action - The main button: check, next, see results, try again.
 * @csspart results - The results section.
 * @csspart score - "Your score is N%".
 * @csspart message - The result message for the score (a result band's, or a thank-you when there is no pass mark).
 * @csspart review-title - The heading over the review of the answers.
 * @csspart review - The list reviewing every answer.
 *
 * @cssproperty --hr-reserve - Height held while a site's data loads, so the page does not jump. Default: see "Reserved space" in docs/theming.md.
 * @cssproperty --hr-color-accent - Buttons, selected answers and focus rings. Default `#0b5cad`.
 * @cssproperty --hr-color-on-accent - Text on accent-coloured buttons. Default `#fff`.
 * @cssproperty --hr-color-success - Marks a right answer. Default `#166534`.
 * @cssproperty --hr-color-warning - Marks a missed answer. Default `#92400e`.
 * @cssproperty --hr-color-surface - Background of answers and feedback. Default: transparent.
 * @cssproperty --hr-color-border - Answer borders. Default: text colour at 30%.
 * @cssproperty --hr-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --hr-focus-ring - Focus outline. Default `3px solid` accent.
 */
export class HrQuiz extends HrElement {
  /**
   * Height (rem) held while it loads: for a site's data, then for its built-in content on wide, medium (≤ 48rem) and
   * narrow (≤ 30rem) screens: the loading state's min-height. Measured by `npm run reserve`; the table in docs/theming.md is made from it.
   */
  static reserve = [24, 29, 29, 33] as const;
  static override styles = [baseStyles, buttonStyles, reserveStyles(this.reserve), quizStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    shuffle: { type: Boolean, reflect: true },
    persist: { type: Boolean, reflect: true },
    state: { state: true },
    nudge: { state: true },
    hintOpen: { state: true },
  };

  /** @internal */
  protected readonly loader = this.useData<Quiz>({ validate: validateQuiz, defaults });

  /** The quiz, set by code; wins over every other source. */
  declare data: QuizData | QuizData['questions'] | null | undefined;
  /** Level of the title heading (1–6, default 2). */
  declare headingLevel: number;
  /** Shows choices in a random order, a fresh one on each try (also settable in data). */
  declare shuffle: boolean;
  /** Keeps progress through a reload in sessionStorage (never localStorage); cleared on completion and by "Try again". */
  declare persist: boolean;
  /** @internal */
  declare private state: QuizState | undefined;
  /** A gentle prompt, e.g. to choose an answer first. @internal */
  declare private nudge: string;
  /** The current question's hint is open. @internal */
  declare private hintOpen: boolean;

  #focus: FocusTarget | undefined;
  /** New questions: the state is made (or read back from storage) at the next update. */
  #starting = false;

  constructor() {
    super();
    this.headingLevel = 2;
    this.shuffle = false;
    this.persist = false;
    this.state = undefined;
    this.nudge = '';
    this.hintOpen = false;
  }

  get #storageKey(): string | undefined {
    return this.loader.value && `quiz:${fingerprint(this.loader.value)}`;
  }

  #fresh(quiz: Quiz): QuizState {
    return start(quiz, this.shuffle || quiz.shuffle);
  }

  // update(), not willUpdate(): the data and the language are read just before it.
  protected override update(changed: PropertyValues): void {
    const quiz = this.loader.value;
    if (changed.has('content') && quiz) {
      // Frameworks often pass an equal new object on re-render: same questions, same progress.
      const previous = changed.get('content') as Quiz | undefined;
      if (!previous || !this.state || fingerprint(previous) !== fingerprint(quiz)) {
        this.state = undefined;
        this.nudge = '';
        this.hintOpen = false;
        this.#starting = true;
      }
    }
    if (this.#starting && quiz) {
      // With persist, the first question waits for the chunk that reads saved progress back.
      const saved = this.persist && chunk(persist, this);
      if (saved !== undefined) {
        this.state = (saved && saved.load(quiz, this.#storageKey!)) || this.#fresh(quiz);
        this.#starting = false;
      }
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('state') && this.persist && this.state) chunk(persist, this)?.keep(this.#storageKey!, this.state);
    const focus = this.#focus;
    const target =
      focus === 'action'
        ? this.renderRoot.querySelector<HTMLElement>('[part~="action"]')
        : focus === 'first-choice'
          ? this.renderRoot.querySelector<HTMLElement>('input')
          : focus === 'score'
            ? this.renderRoot.querySelector<HTMLElement>('.score')
            : null;
    // The score may wait for its chunk: focus goes there once it is shown.
    if (target || focus !== 'score') this.#focus = undefined;
    target?.focus();
  }

  #onChoiceChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    // A first answer: the results will be wanted.
    chunk(results, this);
    if (!this.loader.value || !this.state) return;
    this.state = choose(this.loader.value, this.state, Number(input.value), input.checked);
    this.nudge = '';
  }

  #onAnswerSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const quiz = this.loader.value;
    const state = this.state;
    if (!quiz || !state) return;
    const t = this.t.quiz;
    if (!state.checked[state.current]) {
      const result = check(quiz, state);
      if (!result) {
        // Re-announce even when the same words are already there.
        this.nudge = this.nudge === t.chooseFirst ? `${t.chooseFirst}\u00a0` : t.chooseFirst;
        return;
      }
      this.state = result.state;
      // Inputs are disabled once checked; keep focus on the button, never on <body>.
      this.#focus = 'action';
      this.emit('hr-answer', {
        index: quiz.questions[state.current]!.index,
        correct: result.correct,
        hinted: state.hinted[state.current]!,
      });
      return;
    }
    const next = advance(quiz, state);
    this.state = next;
    this.hintOpen = false;
    if (next.finished) {
      this.#focus = 'score';
      const { percent, correct, total, passed } = score(quiz, next);
      this.emit('hr-complete', { percent, correct, total, passed });
    } else {
      this.#focus = 'first-choice';
    }
  }

  /** Opens or closes the hint; once opened, the answer counts as hinted. */
  #toggleHint(): void {
    this.hintOpen = !this.hintOpen;
    if (this.hintOpen && this.state) this.state = openHint(this.state);
  }

  #retry(): void {
    if (!this.loader.value) return;
    this.state = this.#fresh(this.loader.value);
    this.nudge = '';
    this.hintOpen = false;
    this.#focus = 'first-choice';
  }

  #choiceText(question: Question, choice: Choice, t: QuizStrings): string {
    return question.type === 'true-false' ? (choice.text === 'true' ? t.true : t.false) : choice.text;
  }

  override render(): TemplateResult {
    return this.loader.render({ content: this.#renderContent });
  }

  #renderContent(quiz: Quiz): TemplateResult {
    const state = this.state;
    const [top, level] = header(this.headingLevel, quiz.title, state?.finished ? undefined : quiz.intro);
    const t = this.t.quiz;
    return html`
      ${top}
      ${!state ? this.#loading() : state.finished ? this.#renderResults(quiz, state, level, t) : this.#renderQuestion(quiz, state, t)}
    `;
  }

  /** The results come from their chunk; until it is here, the space says it is loading. */
  #renderResults(quiz: Quiz, state: QuizState, level: number, t: QuizStrings): TemplateResult {
    const view = chunk(results, this);
    if (!view) return view === null ? html`<p class="notice" part="notice">${this.t.shared.failed}</p>` : this.#loading();
    return view.renderResults(html, {
      root: this.shadowRoot!,
      quiz,
      state,
      result: score(quiz, state),
      level,
      speech: this.i18n,
      t,
      heading,
      right: (question, i) => isCorrect(question, state.selected[i] ?? []),
      choiceText: (question, choice) => this.#choiceText(question, choice, t),
      retry: () => this.#retry(),
    });
  }

  #loading(): TemplateResult {
    return html`<p class="loading" part="loading" role="status">${this.t.shared.loading}</p>`;
  }

  #renderQuestion(quiz: Quiz, state: QuizState, t: QuizStrings): TemplateResult {
    const q = state.current;
    const question = quiz.questions[q]!;
    const total = quiz.questions.length;
    const checked = state.checked[q]!;
    const selected = state.selected[q]!;
    const multiple = question.type === 'multiple';
    // A quiz with hints or pictures waits for their chunk: nothing moves when they arrive.
    const x = quiz.extras ? chunk(extras, this) : undefined;
    const view = checked ? chunk(results, this) : undefined;
    // Offline (null): the questions without their hints and pictures.
    if (x === undefined && quiz.extras) return this.#loading();
    const root = this.shadowRoot!;
    return html`
      <form part="question" novalidate @submit=${this.#onAnswerSubmit}>
        <p class="place" part="place" id="place">${t.place(q + 1, total)}</p>
        <progress part="progress" max=${total} .value=${q + 1} aria-labelledby="place"></progress>
        <fieldset>
          <legend class="prompt" part="prompt">${question.prompt}</legend>
          ${x?.picture(html, question.image, root, 'prompt-image')}
          ${multiple ? html`<p class="hint">${t.chooseAll}</p>` : nothing}
          <div class="choices">
            ${state.order[q]!.map((i) => {
              const choice = question.choices[i]!;
              const picked = selected.includes(i);
              const mark = !checked ? '' : choice.correct ? 'right' : picked ? 'wrong' : '';
              return html`<label class="choice ${mark}" part="choice">
                <input type=${multiple ? 'checkbox' : 'radio'} name="q${q}" .value=${String(i)} .checked=${picked} ?disabled=${checked} @change=${this.#onChoiceChange} />
                <span class="text">${x?.picture(html, choice.image, root)}${this.#choiceText(question, choice, t)}</span>
                ${mark ? html`<span class="mark ${mark}">${mark === 'right' ? `✓ ${t.correctAnswer.replace(/:$/, '')}` : `✗ ${t.yourAnswer.replace(/:$/, '')}`}</span>` : nothing}
              </label>`;
            })}
          </div>
        </fieldset>
        ${x?.hint(html, { text: question.hint, open: this.hintOpen, speech: this.i18n, toggle: () => this.#toggleHint() }, root)}
        <div class="feedback" part="feedback" aria-live="polite">${
          checked
            ? (view?.renderFeedback(html, {
                question,
                selected,
                right: isCorrect(question, selected),
                speech: this.i18n,
                choiceText: (q, c) => this.#choiceText(q, c, t),
              }) ??
              html`<p part=${view === null ? 'notice' : 'loading'}>${view === null ? this.t.shared.failed : this.t.shared.loading}</p>`)
            : this.nudge
              ? html`<p>${this.nudge}</p>`
              : nothing
        }</div>
        <button class="button" part="action" type="submit">${!checked ? t.check : q === total - 1 ? t.seeResults : t.next}</button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hr-quiz': HrQuiz;
  }
}
