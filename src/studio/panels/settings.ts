/** The element's settings: the content's language and the attributes the page's code sets, drawn by the form's own control. */
import { html } from 'lit';
import { attributesOf } from '../catalog.js';
import { attributeKey, textOf } from '../field-text.js';
import { renderControl, type ControlContext } from '../form.js';
import { problemText, shared, wordsOf, type Panel } from '../panel.js';

interface Words {
  contentLanguage: string;
  settings: string;
}

const en: Words = {
  contentLanguage: 'Language of the content',
  settings: 'Settings',
};

const es: Words = {
  contentLanguage: 'Idioma del contenido',
  settings: 'Ajustes',
};

const WORDS = { en, es };

export const panel: Panel = {
  column: 'content',
  create: (studio) => ({
    render() {
      const s = wordsOf(WORDS, studio);
      const { store } = studio;
      const { name, attrs, contentLang } = store.work;
      const values = attrs[name] ?? {};
      const attributes = attributesOf(name);
      const text = (attr: string) => textOf(attributeKey(name, attr), attributes[attr]!, studio.lang);
      const ctx: ControlContext = {
        lang: studio.lang,
        s: shared(studio),
        // The element reads its attributes leniently (a bad value is its default): nothing here is a problem.
        problems: new Map(),
        notes: new Map(),
        say: (p) => problemText(studio, p),
        set: ([attr], value) =>
          store.change(
            { attrs: { ...attrs, [name]: { ...values, [attr!]: value as string | number | boolean | undefined } } },
            { label: text(String(attr)).label, key: `attr:${String(attr)}` },
          ),
        idOf: (path) => `a-${path.join('-')}`,
        defaultFirst: true,
      };
      return html`<fieldset class="settings">
        <legend>${s.settings}</legend>
        <div class="field">
          <label for="content-lang">${s.contentLanguage}</label>
          <select
            id="content-lang"
            @change=${(e: Event) =>
              store.change(
                { contentLang: { ...contentLang, [name]: (e.target as HTMLSelectElement).value as 'en' | 'es' } },
                { label: s.contentLanguage },
              )}
          >
            ${(['en', 'es'] as const).map(
              (l) => html`<option value=${l} .selected=${(contentLang[name] ?? 'en') === l}>${shared(studio).languages[l]}</option>`,
            )}
          </select>
        </div>
        ${Object.entries(attributes).map(([attr, field]) => renderControl(ctx, field, text(attr), [attr], values[attr]))}
      </fieldset>`;
    },
  }),
};
