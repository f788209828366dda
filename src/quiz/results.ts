/**
 * What a quiz says about answers: the feedback after each check, and the
 * results (the score, the verdict and every answer again). A chunk of its own,
 * fetched when a visitor first picks an answer (a page shows its first
 * question without it). It imports nothing from the bundle: the element hands
 * it Lit's `html`, its heading helper and what it has worked out.
 */
import type { TemplateResult, html as litHtml } from 'lit';
import type { QuizStrings } from '../i18n/en.js';
import type { heading as headingOf } from '../shared/heading.js';
import type { Lang } from '../shared/localize.js';
import type { Speech } from '../shared/localize-controller.js';
import type { Choice, Question, Quiz, QuizState, Score } from './quiz-model.js';

/** Words only the results show: here, not in the bundle's tables. */
export interface ResultsStrings {
  right: string;
  notQuite: string;
  theAnswer: string;
  theAnswers: string;
  score: (percent: number) => string;
  correctOf: (correct: number, total: number) => string;
  passed: (pass: number) => string;
  notPassed: (pass: number) => string;
  selfCheck: string;
  review: string;
  tryAgain: string;
  markRight: string;
  markWrong: string;
}

export const RESULTS_STRINGS: Record<Lang, ResultsStrings> = {
  en: {
    right: 'That’s right.',
    notQuite: 'Not quite.',
    theAnswer: 'The answer:',
    theAnswers: 'The answers:',
    score: (percent) => `Your score is ${percent}%`,
    correctOf: (correct, total) => `${correct} of ${total} correct.`,
    passed: (pass) => `You passed. You needed ${pass}%.`,
    notPassed: (pass) => `You need ${pass}% to pass. Look over the answers below and try again when you are ready.`,
    selfCheck: 'Thanks for taking the quiz. Every answer is a chance to learn something.',
    review: 'Your answers',
    tryAgain: 'Try again',
    markRight: 'Right',
    markWrong: 'Not quite',
  },
  es: {
    right: '¡Correcto!',
    notQuite: 'No exactamente.',
    theAnswer: 'La respuesta:',
    theAnswers: 'Las respuestas:',
    score: (percent) => `Tu puntuación es ${percent}%`,
    correctOf: (correct, total) => `${correct} de ${total} correctas.`,
    passed: (pass) => `Aprobaste. Necesitabas ${pass}%.`,
    notPassed: (pass) => `Necesitas ${pass}% para aprobar. Revisa las respuestas de abajo e inténtalo de nuevo cuando quieras.`,
    selfCheck: 'Gracias por hacer el cuestionario. Cada respuesta es una oportunidad para aprender algo.',
    review: 'Tus respuestas',
    tryAgain: 'Intentar de nuevo',
    markRight: 'Correcta',
    markWrong: 'No exactamente',
  },
};

/** The results' own styles: they come with the chunk. Sizes read well whatever heading level the page needs. */
const CSS = `
  .score { margin-block-end: var(--_s4); }
  .score:focus { outline: none; }
  .score:focus-visible { outline: var(--_focus); }
  [part='score'] { font-size: 1.6em; }
  [part='review-title'] { font-size: 1.2em; }
  .review { padding-inline-start: 1.5rem; margin-block: var(--_s2) 1.5rem; }
  .review > li { margin-block-end: var(--_s4); }
  .review p { margin-block-end: var(--_s1); }
`;

let sheet: CSSStyleSheet | undefined;
/** The styles join the element's own, once per shadow root: adopted sheets pass a strict Content-Security-Policy. Each chunk has its own copy: chunks import nothing. */
function adopt(root: ShadowRoot): void {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export interface Results {
  /** The element's shadow root: the styles are adopted there. */
  root: ShadowRoot;
  quiz: Quiz;
  state: QuizState;
  result: Score;
  /** Level of the score's heading. */
  level: number;
  speech: Speech;
  t: QuizStrings;
  heading: typeof headingOf;
  /** Whether each question was answered right. */
  right: (question: Question, i: number) => boolean;
  /** A choice as the question shows it (true and false in the visitor's language). */
  choiceText: ChoiceText;
  retry: () => void;
}

type ChoiceText = (question: Question, choice: Choice) => string;

/** The choices `picked` names, as the question shows them. */
const answerText = (question: Question, picked: (choice: Choice, i: number) => boolean, text: ChoiceText): string =>
  question.choices
    .filter(picked)
    .map((c) => text(question, c))
    .join('; ') || '—';

export interface Feedback {
  question: Question;
  selected: number[];
  right: boolean;
  speech: Speech;
  choiceText: ChoiceText;
}

/** After a check: right or not, the feedback of each picked choice, the right answer when missed, the explanation. */
export function renderFeedback(html: typeof litHtml, { question, selected, right, speech, choiceText }: Feedback): TemplateResult {
  const s = speech.words(RESULTS_STRINGS, 'results');
  return html`
    <p class="verdict ${right ? 'right' : 'wrong'}"><strong>${right ? s.right : s.notQuite}</strong></p>
    ${selected
      .map((i) => question.choices[i]?.feedback)
      .filter(Boolean)
      .map((f) => html`<p>${f}</p>`)}
    ${right ? '' : html`<p>${question.choices.filter((c) => c.correct).length > 1 ? s.theAnswers : s.theAnswer} ${answerText(question, (c) => c.correct, choiceText)}</p>`}
    ${question.explanation ? html`<p>${question.explanation}</p>` : ''}
  `;
}

export function renderResults(html: typeof litHtml, r: Results): TemplateResult {
  adopt(r.root);
  const { quiz, state, result, level, t, heading } = r;
  const s = r.speech.words(RESULTS_STRINGS, 'results');
  const pass = quiz.passPercent;
  return html`
    <section part="results">
      <div class="score" tabindex="-1">
        ${heading(level, s.score(result.percent), 'score')}
        <p>${s.correctOf(result.correct, result.total)}</p>
        ${pass === undefined ? '' : html`<p class="verdict ${result.passed ? 'right' : 'wrong'}">${result.passed ? s.passed(pass) : s.notPassed(pass)}</p>`}
        ${result.band ? html`<p part="message">${result.band.message}</p>` : pass === undefined ? html`<p part="message">${s.selfCheck}</p>` : ''}
      </div>
      ${heading(Math.min(level + 1, 6), s.review, 'review-title')}
      <ol class="review" part="review">
        ${quiz.questions.map((question, i) => {
          const selected = state.selected[i] ?? [];
          const right = r.right(question, i);
          return html`<li>
            <p><strong>${question.prompt}</strong></p>
            <p class="verdict ${right ? 'right' : 'wrong'}">${right ? `✓ ${s.markRight}` : `✗ ${s.markWrong}`}</p>
            <p>${t.yourAnswer} ${answerText(question, (_, c) => selected.includes(c), r.choiceText)}</p>
            ${right ? '' : html`<p>${t.correctAnswer} ${answerText(question, (c) => c.correct, r.choiceText)}</p>`}
            ${question.explanation ? html`<p>${question.explanation}</p>` : ''}
          </li>`;
        })}
      </ol>
      <button class="button" part="action" type="button" @click=${r.retry}>${s.tryAgain}</button>
    </section>
  `;
}
