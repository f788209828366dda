/**
 * The content as JSON, in a code editor loaded when first shown (a chunk):
 * paste JSON in and the form and the preview follow; the checks show in the
 * editor too; curly quotes are made straight in one click.
 */
import { html, nothing } from 'lit';
import { read } from '../../shared/fields.js';
import type { JsonView } from '../json-view.js';
import { problemText, wordsOf, type Panel } from '../panel.js';
import { normalize } from '../store.js';

interface Words {
  jsonShow: string;
  jsonHide: string;
  jsonHelp: string;
  jsonLabel: string;
  jsonLoading: string;
  jsonFailed: string;
  jsonInvalid: string;
  jsonCurly: string;
  fixQuotes: string;
  quotesFixed: string;
}

const en: Words = {
  jsonShow: 'Show the JSON',
  jsonHide: 'Hide the JSON',
  jsonHelp: 'The same content as JSON. Edit it, or paste JSON in: the form and the preview follow. Marks in the margin show each problem.',
  jsonLabel: 'The content as JSON',
  jsonLoading: 'Loading the code editor…',
  jsonFailed: 'The code editor could not load. Check your connection, then hide and show the JSON again. The form works as before.',
  jsonInvalid: 'This is not valid JSON yet. The form and the preview show the last version that was.',
  jsonCurly: 'This has curly “smart” quotes where JSON needs straight ones (").',
  fixQuotes: 'Make the quotes straight',
  quotesFixed: 'Quotes made straight.',
};

const es: Words = {
  jsonShow: 'Mostrar el JSON',
  jsonHide: 'Ocultar el JSON',
  jsonHelp:
    'El mismo contenido en JSON. Edítelo, o pegue JSON aquí: el formulario y la vista previa lo siguen. Las marcas en el margen señalan cada problema.',
  jsonLabel: 'El contenido en JSON',
  jsonLoading: 'Cargando el editor de código…',
  jsonFailed:
    'No se pudo cargar el editor de código. Revise su conexión y luego oculte y vuelva a mostrar el JSON. El formulario sigue funcionando.',
  jsonInvalid: 'Esto todavía no es JSON válido. El formulario y la vista previa muestran la última versión válida.',
  jsonCurly: 'Tiene comillas tipográficas “curvas” donde JSON necesita comillas rectas (").',
  fixQuotes: 'Enderezar las comillas',
  quotesFixed: 'Comillas enderezadas.',
};

const WORDS = { en, es };

type State = 'loading' | 'failed' | 'ok' | 'invalid' | 'curly';

export const panel: Panel = {
  column: 'content',
  create(studio) {
    const { store } = studio;
    let open = false;
    /** What the text is: the editor loading, valid, not valid JSON, or holding curly quotes that break it. */
    let state: State = 'ok';
    let view: JsonView | undefined;
    /** The document the text was last read as, or written from. */
    let shownDoc: unknown;
    const s = (): Words => wordsOf(WORDS, studio);
    const text = (): string => (store.doc === undefined ? '' : JSON.stringify(store.doc, null, 2));
    const set = (next: State): void => {
      state = next;
      studio.update();
    };

    /** The author typed or pasted JSON: the form and the preview follow when it parses. */
    function fromJson(json: string): void {
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        set(/[“”]/.test(json) ? 'curly' : 'invalid');
        return;
      }
      shownDoc = normalize(store.shapes[store.name]!, value);
      state = 'ok';
      store.setDoc(shownDoc, { label: s().jsonLabel, key: 'json' });
    }

    async function toggle(): Promise<void> {
      open = !open;
      studio.update();
      if (!open || view) return;
      set('loading');
      let createJsonView: typeof import('../json-view.js').createJsonView;
      try {
        ({ createJsonView } = await import('../json-view.js'));
      } catch {
        // Offline, or the studio was updated on its host: the form still works.
        set('failed');
        return;
      }
      await studio.rendered();
      const parent = document.getElementById('json-editor');
      if (!parent || view) return;
      shownDoc = store.doc;
      view = createJsonView(parent, {
        text: text(),
        label: s().jsonLabel,
        onChange: fromJson,
        check: (value) => {
          const shape = store.shapes[store.name]!;
          return read(shape, normalize(shape, value)).problems.map((p) => ({ ...p, message: problemText(studio, p) }));
        },
      });
      set('ok');
    }

    async function fixQuotes(): Promise<void> {
      const { fixSmartQuotes } = await import('../json-view.js');
      if (!view) return;
      const fixed = fixSmartQuotes(view.text);
      view.setText(fixed);
      fromJson(fixed);
      studio.say(state === 'ok' ? s().quotesFixed : s().jsonInvalid);
    }

    return {
      render() {
        const w = s();
        return html`<div class="json">
          <button type="button" id="json-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="json-panel" @click=${() => void toggle()}>
            ${open ? w.jsonHide : w.jsonShow}
          </button>
          <div id="json-panel" ?hidden=${!open}>
            <p class="help" id="json-help">${w.jsonHelp}</p>
            <div id="json-editor" class="json-editor"></div>
            <p role="status" class="json-state ${state}">
              ${{ loading: w.jsonLoading, failed: w.jsonFailed, invalid: w.jsonInvalid, curly: w.jsonCurly, ok: '' }[state]}
            </p>
            ${state === 'curly' ? html`<button type="button" id="fix-quotes" @click=${() => void fixQuotes()}>${w.fixQuotes}</button>` : nothing}
          </div>
        </div>`;
      },
      updated() {
        // The form, an import or undo changed the content: the editor shows it (its own edits are already there).
        if (view && store.doc !== shownDoc) {
          shownDoc = store.doc;
          view.setText(text());
          if (state !== 'ok') set('ok');
        }
      },
    };
  },
};
