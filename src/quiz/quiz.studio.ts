/**
 * What the quiz brings to the studio (found there by this file's name): a quiz
 * written as text, read into the form. Nothing is added until the author says
 * "replace" or "add".
 */
import { html, nothing } from 'lit';
import { clip } from '../shared/validate.js';
import { getAt, pathText, setAt } from '../studio/document.js';
import type { QuizImport } from '../studio/import/quiz-text.js';
import { wordsOf, type Panel } from '../studio/panel.js';
import { pasteHtml, replaceOrAdd, typed, type ImportMode } from '../studio/replace-or-add.js';

interface Words {
  importQuiz: string;
  importPaste: string;
  importQuizHelp: string;
  importQuizExample: string;
  importRead: string;
  forExample: string;
  importNone: string;
  quizFound: (n: number) => string;
  quizReplace: (n: number) => string;
  quizAdd: (n: number) => string;
  imported: (questions: number, skipped: { line: number; text: string }[]) => string;
}

const en: Words = {
  importQuiz: 'Import a quiz from text',
  importPaste: 'Paste or type your quiz',
  importQuizHelp:
    'One question per numbered line ("1.", "1)", "Q1:"), or on the line after a counter such as "1 / 7", as a pop quiz copied from a page has it. Its choices below it, each on a line starting with "-", "•", "a)" or "[ ]"; mark each right answer with "*", "[x]" or "✓". "True" and "False" (or "True / False" on one line) make a true-or-false question. A question without choices is kept: add them in the form. A line starting with ">" explains the answer. A first line starting with "#" is the title.',
  importQuizExample:
    '# Naloxone check-up\n1. Naloxone can reverse an opioid overdose.\n* True\n- False\n> It works in minutes.\n2. Which of these lower the risk?\n* Carrying naloxone\n- Using alone',
  importRead: 'Read it into the form',
  forExample: 'For example:',
  importNone: 'No questions found. Number each question: "1. …".',
  quizFound: (n) => (n === 1 ? 'Found 1 question.' : `Found ${n} questions.`),
  quizReplace: (n) => (n === 1 ? 'Replace the quiz with this question' : `Replace the quiz with these ${n} questions`),
  quizAdd: (n) => (n === 1 ? 'Add this question at the end' : `Add these ${n} questions at the end`),
  imported: (n, skipped) =>
    `Read ${n === 1 ? '1 question' : `${n} questions`} into the form: check each one.` +
    (skipped.length ? ` Left out, as they fit nowhere: ${skipped.map((l) => `line ${l.line} “${clip(l.text, 120)}”`).join('; ')}.` : ''),
};

const es: Words = {
  importQuiz: 'Importar un cuestionario desde texto',
  importPaste: 'Pegue o escriba su cuestionario',
  importQuizHelp:
    'Una pregunta por línea numerada ("1.", "1)", "P1:"), o en la línea después de un contador como "1 / 7", como lo tiene un cuestionario copiado de una página. Sus opciones debajo, cada una en una línea que empieza con "-", "•", "a)" o "[ ]"; marque cada respuesta correcta con "*", "[x]" o "✓". "Verdadero" y "Falso" (o "Verdadero / Falso" en una línea) forman una pregunta de verdadero o falso. Una pregunta sin opciones se conserva: agréguelas en el formulario. Una línea que empieza con ">" explica la respuesta. Una primera línea que empieza con "#" es el título.',
  importQuizExample:
    '# Chequeo sobre naloxona\n1. La naloxona puede revertir una sobredosis de opioides.\n* Verdadero\n- Falso\n> Funciona en minutos.\n2. ¿Qué baja el riesgo?\n* Llevar naloxona\n- Consumir a solas',
  importRead: 'Pasarlo al formulario',
  forExample: 'Por ejemplo:',
  importNone: 'No se encontraron preguntas. Numere cada pregunta: "1. …".',
  quizFound: (n) => (n === 1 ? 'Se encontró 1 pregunta.' : `Se encontraron ${n} preguntas.`),
  quizReplace: (n) => (n === 1 ? 'Reemplazar el cuestionario con esta pregunta' : `Reemplazar el cuestionario con estas ${n} preguntas`),
  quizAdd: (n) => (n === 1 ? 'Agregar esta pregunta al final' : `Agregar estas ${n} preguntas al final`),
  imported: (n, skipped) =>
    `Se ${n === 1 ? 'pasó 1 pregunta' : `pasaron ${n} preguntas`} al formulario: revise cada una.` +
    (skipped.length
      ? ` Quedaron fuera, porque no encajan en ningún lugar: ${skipped.map((l) => `línea ${l.line} “${clip(l.text, 120)}”`).join('; ')}.`
      : ''),
};

const WORDS = { en, es };

const quizText: Panel = {
  column: 'content',
  create(studio) {
    const { store } = studio;
    /** What the last import said. */
    let report = '';
    /** A quiz read from text, waiting for "replace or add". */
    let found: QuizImport | undefined;

    async function read(text: string): Promise<void> {
      const { parseQuizText } = await import('../studio/import/quiz-text.js');
      const quiz = parseQuizText(text);
      const n = quiz.quiz.questions.length;
      found = n ? quiz : undefined;
      report = n ? wordsOf(WORDS, studio).quizFound(n) : wordsOf(WORDS, studio).importNone;
      studio.update();
    }

    /** The questions read replace the quiz (its title and introduction too, when the text has them), or join its end. */
    function add(mode: ImportMode): void {
      if (!found) return;
      const { quiz, skipped } = found;
      const current = getAt(store.doc, ['questions']);
      const before = mode === 'add' && Array.isArray(current) ? current : [];
      report = wordsOf(WORDS, studio).imported(quiz.questions.length, skipped);
      store.setDoc(mode === 'add' ? setAt(store.doc, ['questions'], [...before, ...quiz.questions]) : quiz, {
        label: report,
        path: ['questions', before.length],
      });
      studio.view = { ...studio.view, open: new Set(quiz.questions.map((_, i) => pathText(['questions', before.length + i]))) };
      found = undefined;
      studio.update();
    }

    return {
      render() {
        const s = wordsOf(WORDS, studio);
        const n = found?.quiz.questions.length;
        return html`<details class="import">
          <summary>${s.importQuiz}</summary>
          <label for="import-text">${s.importPaste}</label>
          <p class="help" id="import-help">${s.importQuizHelp}</p>
          <p class="help">${s.forExample}</p>
          <pre class="help example">${s.importQuizExample}</pre>
          <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help" @paste=${pasteHtml}></textarea>
          <button type="button" id="import-read" @click=${(e: Event) => void read(typed(e))}>${s.importRead}</button>
          <p role="status" class="import-report">${report}</p>
          ${n ? replaceOrAdd({ id: 'quiz', builtIn: !store.edited.has(store.name), replace: s.quizReplace(n), add: s.quizAdd(n), pick: add }) : nothing}
        </details>`;
      },
    };
  },
};

/** The studio's importers for this element, in their order. */
export const importers: Panel[] = [quizText];
