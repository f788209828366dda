/** The checks: the element's own validator, and suggestions that never block, each linked to its field and named in words. */
import { html } from 'lit';
import { parsePath } from '../document.js';
import { idFor } from '../form.js';
import { placeText, problemText, shared, wordsOf, type Panel } from '../panel.js';

interface Words {
  checks: string;
  noProblems: string;
  problemCount: (n: number) => string;
  suggestions: string;
  noSuggestions: string;
}

const en: Words = {
  checks: 'Checks',
  noProblems: 'No problems found. Visitors will see all of it.',
  problemCount: (n) => (n === 1 ? '1 thing to fix' : `${n} things to fix`),
  suggestions: 'Suggestions',
  noSuggestions: 'No suggestions: the words and the reading level look fine.',
};

const es: Words = {
  checks: 'Revisión',
  noProblems: 'No hay problemas. Quien visite el sitio verá todo.',
  problemCount: (n) => (n === 1 ? '1 cosa por corregir' : `${n} cosas por corregir`),
  suggestions: 'Sugerencias',
  noSuggestions: 'No hay sugerencias: las palabras y el nivel de lectura se ven bien.',
};

const WORDS = { en, es };

export const panel: Panel = {
  column: 'side',
  create: (studio) => ({
    render() {
      const s = wordsOf(WORDS, studio);
      const { problems, notes } = studio.store.checks();
      const link = (path: string) =>
        html`<a
          href="#${idFor(parsePath(path))}"
          @click=${(e: Event) => {
            e.preventDefault();
            studio.show(parsePath(path));
          }}
          >${placeText(studio, path)}</a
        >`;
      return html`<section class="checks" aria-labelledby="checks-h">
        <h2 id="checks-h">${s.checks}</h2>
        ${
          problems.length
            ? html`<p>${s.problemCount(problems.length)}</p>
              <ul>
                ${problems.map((p) => html`<li class=${p.severity}>${link(p.path)}: ${problemText(studio, p)}</li>`)}
              </ul>`
            : html`<p>${s.noProblems}</p>`
        }
        <h3 id="suggestions-h">${s.suggestions}</h3>
        ${
          notes.length
            ? html`<ul aria-labelledby="suggestions-h">
                ${notes.map((n) => html`<li class="hint">${link(n.path)}: ${shared(studio).note(n)}</li>`)}
              </ul>`
            : html`<p>${s.noSuggestions}</p>`
        }
      </section>`;
    },
  }),
};
