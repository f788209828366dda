/**
 * A quiz written as plain text, in any editor or copied from a document:
 *
 *     # Naloxone check-up                    ← a title (optional)
 *     A few questions. Nothing is sent.      ← an introduction (optional)
 *
 *     1. Naloxone can reverse an opioid overdose.
 *     * True                                 ← "*" marks a right answer
 *     - False
 *     > It works in minutes.                 ← an explanation (optional)
 *
 *     2. Which of these lower the risk?
 *     * Carrying naloxone
 *     - Using alone
 *     * Testing drugs for fentanyl
 *
 * Forgiving on purpose: questions may be numbered "1." "1)" "Q1:" or "1 / 7"
 * (a blog's pop-quiz, with the question on the next line); choices may start
 * with "-", "*", "•", "a)", "A." or "[x]"; a right answer may be marked "*",
 * "[x]", "✓" or "(correct)" before or after; True / False (Verdadero / Falso)
 * make a true-false question, and only they: a question with no choices at
 * all ("What is the main goal of harm reduction?") is kept as one with
 * choices to add, never guessed true or false. A question with no mark is
 * kept, for the author to mark in the form. Lines that fit nowhere are
 * listed, never dropped silently.
 */

export interface TextQuiz {
  title?: string;
  intro?: string;
  questions: TextQuestion[];
}

export type TextQuestion =
  | { type: 'true-false'; prompt: string; answer?: boolean; explanation?: string }
  | { type: 'single' | 'multiple'; prompt: string; choices: { text: string; correct?: true }[]; explanation?: string };

export interface QuizImport {
  quiz: TextQuiz;
  /** Lines that fit nowhere, by line number (1-based). */
  skipped: { line: number; text: string }[];
}

const QUESTION = /^\s*(?:(?:q(?:uestion)?|p(?:regunta)?)\s*)?\d{1,3}\s*[.):]\s*(.+)$/i;
/** "1 / 7": a pop-quiz's counter, with the question on the next line. */
const COUNTER = /^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/;
const CHOICE = /^\s*(?:[-*•·–]|\[[ xX✓]?\]|\(?[a-jA-J][.)])\s*(.*)$/;
const EXPLANATION = /^\s*(?:>|(?:explanation|why|explicación|por qué)\s*:)\s*(.*)$/i;
const TITLE = /^\s*(?:#+\s*|(?:title|título)\s*:\s*)(.+)$/i;
const MARK = /^\s*(?:\*|\[[xX✓]\]|✓|✔|\(correct\)|\(correcta?\))\s*|\s*(?:\*|✓|✔|\(correct\)|\(correcta?\))\s*$/;
/** "True / False" on one line, as pop-quizzes print it; a "*" may mark either. */
const TF_LINE = /^(true|verdadero)\s*(\*)?\s*(?:\/|or|o)\s*(false|falso)\s*(\*)?$/i;
const TRUE = /^(?:true|verdadero|cierto|t|v)$/i;
const FALSE = /^(?:false|falso|f)$/i;

interface Draft {
  prompt: string;
  choices: { text: string; correct: boolean }[];
  explanation: string[];
}

/** Reads a choice line: its text and whether it is marked right. */
function choiceOf(line: string): { text: string; correct: boolean } | undefined {
  const checked = /^\s*\[[xX✓]\]/.test(line);
  const starred = /^\s*\*/.test(line);
  const m = CHOICE.exec(line);
  if (!m) return undefined;
  let text = m[1]!.trim();
  let correct = checked || starred;
  if (MARK.test(text)) {
    correct = true;
    text = text.replace(MARK, '').trim();
  }
  return text ? { text, correct } : undefined;
}

function finish(draft: Draft): TextQuestion {
  const explanation = draft.explanation.join(' ').trim() || undefined;
  const prompt = draft.prompt.trim();
  const [a, b] = draft.choices;
  const tf =
    draft.choices.length === 2 &&
    [a, b].every((c) => TRUE.test(c!.text) || FALSE.test(c!.text)) &&
    TRUE.test(a!.text) !== TRUE.test(b!.text);
  if (tf) {
    const marked = draft.choices.find((c) => c.correct);
    const answer = marked ? TRUE.test(marked.text) : undefined;
    return { type: 'true-false', prompt, ...(answer === undefined ? {} : { answer }), ...(explanation ? { explanation } : {}) };
  }
  const right = draft.choices.filter((c) => c.correct).length;
  return {
    type: right > 1 ? 'multiple' : 'single',
    prompt,
    choices: draft.choices.map((c) => (c.correct ? { text: c.text, correct: true } : { text: c.text })),
    ...(explanation ? { explanation } : {}),
  };
}

export function parseQuizText(text: string): QuizImport {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const quiz: TextQuiz = { questions: [] };
  const skipped: QuizImport['skipped'] = [];
  const intro: string[] = [];
  let current: Draft | undefined;
  let awaitingPrompt = false;
  /** Whether a blank line came just before: a prompt runs on only without one. */
  let afterBlank = false;
  const close = (): void => {
    if (current?.prompt.trim()) quiz.questions.push(finish(current));
    current = undefined;
  };

  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      afterBlank = true;
      return;
    }
    const runsOn = !afterBlank;
    afterBlank = false;
    if (awaitingPrompt) {
      current = { prompt: line, choices: [], explanation: [] };
      awaitingPrompt = false;
      return;
    }
    if (COUNTER.test(line)) {
      close();
      awaitingPrompt = true;
      return;
    }
    const title = !quiz.questions.length && !current && !quiz.title ? TITLE.exec(line) : null;
    if (title) {
      quiz.title = title[1]!.trim();
      return;
    }
    const question = QUESTION.exec(line);
    if (question) {
      close();
      current = { prompt: question[1]!, choices: [], explanation: [] };
      return;
    }
    const tf = current ? TF_LINE.exec(line) : null;
    if (tf && current) {
      current.choices.push({ text: tf[1]!, correct: Boolean(tf[2]) }, { text: tf[3]!, correct: Boolean(tf[4]) });
      return;
    }
    const explanation = EXPLANATION.exec(line);
    if (explanation && current) {
      current.explanation.push(explanation[1]!);
      return;
    }
    const bareTf =
      current && (TRUE.test(line.replace(MARK, '')) || FALSE.test(line.replace(MARK, ''))) && line.replace(MARK, '').length <= 10;
    const choice = current
      ? (choiceOf(line) ?? (bareTf ? { text: line.replace(MARK, '').trim(), correct: MARK.test(line) } : undefined))
      : undefined;
    if (choice && current) {
      current.choices.push(choice);
      return;
    }
    if (!current && !quiz.questions.length) {
      intro.push(line);
      return;
    }
    // A question's prompt may run on to a second line, before its choices.
    if (current && runsOn && !current.choices.length && !current.explanation.length) {
      current.prompt += ` ${line}`;
      return;
    }
    skipped.push({ line: i + 1, text: line });
  });
  close();
  if (intro.length) quiz.intro = intro.join(' ');
  return { quiz, skipped };
}
