/**
 * Content the author already has, read into the form: a quiz written as text,
 * or places written as prose (a list copied from a page). Nothing is added
 * until the author says "replace" or "add".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clip } from '../../shared/validate.js';
import { getAt, isObject, pathText, setAt } from '../document.js';
import type { ProseEntry } from '../import/prose.js';
import type { QuizImport } from '../import/quiz-text.js';
import { shared, wordsOf, type Panel, type Studio } from '../panel.js';
import { addEntries, replaceOrAdd, type ImportMode } from '../replace-or-add.js';

interface Words {
  importQuiz: string;
  importPaste: string;
  importQuizHelp: string;
  importQuizExample: string;
  importRead: string;
  forExample: string;
  importNone: string;
  importProse: string;
  importProsePaste: string;
  importProseHelp: string;
  importFind: string;
  foundEntries: (n: number) => string;
  importReplace: (n: number) => string;
  quizFound: (n: number) => string;
  quizReplace: (n: number) => string;
  quizAdd: (n: number) => string;
  importAdd: (n: number) => string;
  alreadyIn: (n: number) => string;
  foundNone: string;
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
  importProse: 'Import places from text',
  importProsePaste: 'Paste a list of places, as written on a web page or in a document',
  importProseHelp:
    'Copy the list from a web page or a document and paste it here: its bullets and links come with it. Or write each place on its own line: its name, a colon and what it offers, then its phone, email, web address and "Location:" on the next lines. "Operates nationally" marks it national. Words that fit no field go into its description. You check each one before it is added.',
  importFind: 'Find the places',
  foundEntries: (n) => (n === 1 ? 'Found 1 place: check it' : `Found ${n} places: check each one`),
  importReplace: (n) => (n === 1 ? 'Replace the directory with this place' : `Replace the directory with these ${n} places`),
  quizFound: (n) => (n === 1 ? 'Found 1 question.' : `Found ${n} questions.`),
  quizReplace: (n) => (n === 1 ? 'Replace the quiz with this question' : `Replace the quiz with these ${n} questions`),
  quizAdd: (n) => (n === 1 ? 'Add this question at the end' : `Add these ${n} questions at the end`),
  importAdd: (n) => (n === 1 ? 'Add this place at the end' : `Add these ${n} places at the end`),
  alreadyIn: (n) => `Already in the directory: entry ${n}`,
  foundNone: 'No places found. Put each one on its own line, "Name: what it offers", with its phone or email on the next line.',
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
  importProse: 'Importar lugares desde texto',
  importProsePaste: 'Pegue una lista de lugares, tal como está en una página web o un documento',
  importProseHelp:
    'Copie la lista de una página web o un documento y péguela aquí: sus viñetas y enlaces vienen con ella. O escriba cada lugar en su propia línea: su nombre, dos puntos y lo que ofrece, y luego su teléfono, correo, sitio web y "Location:" en las líneas siguientes. "Operates nationally" lo marca como nacional. Las palabras que no caben en ningún campo van a su descripción. Usted revisa cada uno antes de agregarlo.',
  importFind: 'Buscar los lugares',
  foundEntries: (n) => (n === 1 ? 'Se encontró 1 lugar: revíselo' : `Se encontraron ${n} lugares: revise cada uno`),
  importReplace: (n) => (n === 1 ? 'Reemplazar el directorio con este lugar' : `Reemplazar el directorio con estos ${n} lugares`),
  quizFound: (n) => (n === 1 ? 'Se encontró 1 pregunta.' : `Se encontraron ${n} preguntas.`),
  quizReplace: (n) => (n === 1 ? 'Reemplazar el cuestionario con esta pregunta' : `Reemplazar el cuestionario con estas ${n} preguntas`),
  quizAdd: (n) => (n === 1 ? 'Agregar esta pregunta al final' : `Agregar estas ${n} preguntas al final`),
  importAdd: (n) => (n === 1 ? 'Agregar este lugar al final' : `Agregar estos ${n} lugares al final`),
  alreadyIn: (n) => `Ya está en el directorio: entrada ${n}`,
  foundNone:
    'No se encontraron lugares. Ponga cada uno en su propia línea, "Nombre: lo que ofrece", con su teléfono o correo en la línea siguiente.',
  imported: (n, skipped) =>
    `Se ${n === 1 ? 'pasó 1 pregunta' : `pasaron ${n} preguntas`} al formulario: revise cada una.` +
    (skipped.length
      ? ` Quedaron fuera, porque no encajan en ningún lugar: ${skipped.map((l) => `línea ${l.line} “${clip(l.text, 120)}”`).join('; ')}.`
      : ''),
};

const WORDS = { en, es };

/** The entry number (from 1) of a place already in the directory by its name, or 0. */
const alreadyIn = (existing: readonly string[], name: string): number =>
  existing.findIndex((n) => n.trim().toLowerCase() === name.trim().toLowerCase()) + 1;

/** Clipboard HTML longer than this (characters) is left to the browser, which pastes its plain text. */
const MAX_PASTE_HTML = 10_000_000;

/**
 * A paste copied from a page or a word processor: its HTML read as the lines the importers read (bullets, table
 * cells, the addresses of links), put where the text would have gone, for the author to see before reading it.
 */
async function pasteHtml(e: ClipboardEvent): Promise<void> {
  const markup = e.clipboardData?.getData('text/html');
  if (!markup || markup.length > MAX_PASTE_HTML) return;
  e.preventDefault();
  const box = e.target as HTMLTextAreaElement;
  const [start, end] = [box.selectionStart, box.selectionEnd];
  const { htmlToText } = await import('../import/html-text.js');
  box.setRangeText(htmlToText(markup), start, end, 'end');
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

const typed = (e: Event): string => ((e.target as HTMLElement).closest('details')!.querySelector('textarea') as HTMLTextAreaElement).value;

/** The names of the directory's entries. */
function names(studio: Studio): string[] {
  const resources = getAt(studio.store.doc, ['resources']);
  return Array.isArray(resources) ? resources.map((r) => (isObject(r) && typeof r.name === 'string' ? r.name : '')) : [];
}

export const panel: Panel = {
  column: 'content',
  create(studio) {
    const { store } = studio;
    /** What the last import said. */
    let report = '';
    /** Places read from prose, waiting for the author to confirm them, and those chosen. */
    let found: ProseEntry[] | undefined;
    let chosen = new Set<number>();
    /** A quiz read from text, waiting for "replace or add". */
    let quizFound: QuizImport | undefined;
    const builtIn = (): boolean => !store.edited.has(store.name);
    const done = (): void => studio.update();

    /** A quiz written as text, read: the author then says whether it replaces the questions or joins them. */
    async function readQuiz(text: string): Promise<void> {
      const { parseQuizText } = await import('../import/quiz-text.js');
      const read = parseQuizText(text);
      const n = read.quiz.questions.length;
      quizFound = n ? read : undefined;
      report = n ? wordsOf(WORDS, studio).quizFound(n) : wordsOf(WORDS, studio).importNone;
      done();
    }

    /** The questions read replace the quiz (its title and introduction too, when the text has them), or join its end. */
    function addQuiz(mode: ImportMode): void {
      if (!quizFound) return;
      const { quiz, skipped } = quizFound;
      const current = getAt(store.doc, ['questions']);
      const before = mode === 'add' && Array.isArray(current) ? current : [];
      report = wordsOf(WORDS, studio).imported(quiz.questions.length, skipped);
      store.setDoc(mode === 'add' ? setAt(store.doc, ['questions'], [...before, ...quiz.questions]) : quiz, {
        label: report,
        path: ['questions', before.length],
      });
      studio.view = { ...studio.view, open: new Set(quiz.questions.map((_, i) => pathText(['questions', before.length + i]))) };
      quizFound = undefined;
      done();
    }

    /** Places written as prose, proposed one by one: nothing is added until the author says so. */
    async function readProse(text: string): Promise<void> {
      const { parseProse } = await import('../import/prose.js');
      found = parseProse(text);
      // A place the directory already has (by name) is not chosen, unless the directory is the built-in one, replaced.
      const existing = builtIn() ? [] : names(studio);
      chosen = new Set(found.flatMap((entry, i) => (alreadyIn(existing, entry.name) ? [] : [i])));
      report = found.length ? '' : wordsOf(WORDS, studio).foundNone;
      done();
    }

    /** The chosen places replace the directory's entries, or join them at the end. */
    function addChosen(mode: ImportMode): void {
      const entries = (found ?? []).filter((_, i) => chosen.has(i));
      const s = shared(studio);
      report = mode === 'replace' ? s.entriesReplaced(entries.length) : s.entriesAdded(entries.length);
      addEntries(store, entries, mode, report);
      studio.view = { ...studio.view, open: new Set() };
      found = undefined;
      chosen = new Set();
      done();
    }

    /** One found entry as the author checks it: what was read, in a line or two. */
    const summary = (entry: ProseEntry): string =>
      [
        entry.phone,
        entry.email,
        entry.url,
        [entry.address, entry.city, entry.region].filter(Boolean).join(', '),
        entry.coverage === 'national' ? shared(studio).values['national'] : '',
      ]
        .filter(Boolean)
        .join(' · ');

    function renderFound(s: Words): TemplateResult | typeof nothing {
      if (!found?.length) return nothing;
      const n = chosen.size;
      // Only while places wait to be added: a directory of 50,000 is not walked on every keystroke.
      const existing = builtIn() ? [] : names(studio);
      return html`<fieldset class="found">
        <legend>${s.foundEntries(found.length)}</legend>
        <ul>
          ${found.map(
            (entry, i) => html`<li class="field check">
              <input
                type="checkbox"
                id="found-${i}"
                .checked=${chosen.has(i)}
                @change=${(e: Event) => {
                  chosen = new Set(chosen);
                  if ((e.target as HTMLInputElement).checked) chosen.add(i);
                  else chosen.delete(i);
                  done();
                }}
              />
              <label for="found-${i}">${entry.name}</label>
              <p class="help">
                ${summary(entry)}${alreadyIn(existing, entry.name) ? html` · <strong>${s.alreadyIn(alreadyIn(existing, entry.name))}</strong>` : nothing}
              </p>
            </li>`,
          )}
        </ul>
        ${replaceOrAdd({ id: 'import', builtIn: builtIn(), replace: s.importReplace(n), add: s.importAdd(n), pick: addChosen, disabled: !n })}
      </fieldset>`;
    }

    return {
      render() {
        const s = wordsOf(WORDS, studio);
        if (store.name === 'quiz') {
          const n = quizFound?.quiz.questions.length;
          return html`<details class="import">
            <summary>${s.importQuiz}</summary>
            <label for="import-text">${s.importPaste}</label>
            <p class="help" id="import-help">${s.importQuizHelp}</p>
            <p class="help">${s.forExample}</p>
            <pre class="help example">${s.importQuizExample}</pre>
            <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help" @paste=${pasteHtml}></textarea>
            <button type="button" id="import-read" @click=${(e: Event) => void readQuiz(typed(e))}>${s.importRead}</button>
            <p role="status" class="import-report">${report}</p>
            ${n ? replaceOrAdd({ id: 'quiz', builtIn: builtIn(), replace: s.quizReplace(n), add: s.quizAdd(n), pick: addQuiz }) : nothing}
          </details>`;
        }
        if (store.name === 'resource-list') {
          return html`<details class="import">
            <summary>${s.importProse}</summary>
            <label for="import-text">${s.importProsePaste}</label>
            <p class="help" id="import-help">${s.importProseHelp}</p>
            <textarea id="import-text" rows="8" spellcheck="false" aria-describedby="import-help" @paste=${pasteHtml}></textarea>
            <button type="button" id="import-read" @click=${(e: Event) => void readProse(typed(e))}>${s.importFind}</button>
            <p role="status" class="import-report">${report}</p>
            ${renderFound(s)}
          </details>`;
        }
        return nothing;
      },
    };
  },
};
