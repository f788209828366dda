/** What to make (the element) and where to start: its built-in content or empty. Starting over is one step Undo takes back. */
import { html, nothing } from 'lit';
import { ELEMENTS } from '../../elements.js';
import { defaultsOf } from '../catalog.js';
import { emptyOf, pathText } from '../document.js';
import { shared, wordsOf, type Panel, type Studio } from '../panel.js';

interface Words {
  element: string;
  start: string;
  startDefault: (lang: string) => string;
  startEmpty: string;
  /** When the content can be only one thing (a site's post of one element). */
  making: (element: string) => string;
}

const en: Words = {
  element: 'What to make',
  start: 'Start from',
  startDefault: (lang) => `The built-in content (${lang})`,
  startEmpty: 'Empty',
  making: (element) => `You are making: ${element}`,
};

const es: Words = {
  element: 'Qué crear',
  start: 'Empezar con',
  startDefault: (lang) => `El contenido incluido (${lang})`,
  startEmpty: 'Vacío',
  making: (element) => `Está creando: ${element}`,
};

const WORDS = { en, es };

/** The content to start from: the built-in one in the content's language, or empty. */
async function startingDoc(studio: Studio, name: string, from: 'default' | 'empty'): Promise<unknown> {
  const load = defaultsOf(name);
  if (from === 'default' && load) {
    const content = (await load()).default;
    return structuredClone(content[studio.store.work.contentLang[name] ?? 'en'] ?? content.en);
  }
  return from === 'empty' ? emptyOf(studio.store.shapes[name]!) : {};
}

export const panel: Panel = {
  column: 'start',
  create(studio) {
    const { store } = studio;
    let loading: string | undefined;

    /** Starts over, as one step that Undo takes back: nothing made is lost, so nothing is asked first. */
    async function startOver(from: 'default' | 'empty'): Promise<void> {
      const s = wordsOf(WORDS, studio);
      const name = store.name;
      const doc = await startingDoc(studio, name, from);
      const label = from === 'empty' ? s.startEmpty : s.startDefault(shared(studio).languages[store.work.contentLang[name] ?? 'en']!);
      store.restart(name, doc, { label });
      // Empty content opens its first entries: they are what to fill in.
      const lists = Object.entries(store.shapes[name]!.fields).filter(([, field]) => field.kind === 'list');
      studio.view = { ...studio.view, open: new Set(from === 'empty' ? lists.map(([key]) => pathText([key, 0])) : []) };
      studio.say(label);
    }

    return {
      render() {
        const s = wordsOf(WORDS, studio);
        const { name } = store;
        const kinds = ELEMENTS.filter((el) => store.shapes[el.name]);
        const title = (el: string): string => shared(studio).elements[el] ?? el;
        return html`<div class="pick">
          ${
            kinds.length === 1
              ? html`<p id="element">${s.making(title(name))}</p>`
              : html`<div class="field inline">
            <label for="element">${s.element}</label>
            <select
              id="element"
              @change=${(e: Event) => {
                store.select((e.target as HTMLSelectElement).value);
                studio.view = { open: new Set(), shown: new Map() };
              }}
            >
              ${kinds.map((el) => html`<option value=${el.name} .selected=${el.name === name}>${title(el.name)}</option>`)}
            </select>
          </div>`
          }
          <div class="start" role="group" aria-labelledby="start-l">
            <span id="start-l">${s.start}</span>
            ${
              defaultsOf(name)
                ? html`<button type="button" id="start-default" @click=${() => void startOver('default')}>
                  ${s.startDefault(shared(studio).languages[store.work.contentLang[name] ?? 'en']!)}
                </button>`
                : nothing
            }
            <button type="button" id="start-empty" @click=${() => void startOver('empty')}>${s.startEmpty}</button>
          </div>
        </div>`;
      },
      async updated() {
        // An element shown for the first time gets its built-in content: where its history starts.
        const name = store.name;
        if (store.work.docs[name] !== undefined || loading === name) return;
        loading = name;
        const doc = await startingDoc(studio, name, 'default');
        loading = undefined;
        if (store.work.docs[name] === undefined) store.load(name, doc);
      },
    };
  },
};
