/**
 * The preview: the real element with the content, its settings, the theme and
 * a translation being written, at phone, tablet or desktop width. Content it
 * cannot use shows as a visitor would meet it: the notice alone.
 */
import { html } from 'lit';
import { ELEMENTS, tagOf } from '../../elements.js';
import { isLangCode } from '../../i18n/codes.js';
import type { Json } from '../../shared/validate.js';
import { attributesOf } from '../catalog.js';
import { shared, wordsOf, type Panel } from '../panel.js';
import { themeProperties } from '../theme.js';

interface Words {
  width: string;
  widths: Record<'phone' | 'tablet' | 'desktop', string>;
  previewExit: string;
}

const en: Words = {
  width: 'Screen',
  widths: { phone: 'Phone', tablet: 'Tablet', desktop: 'Desktop' },
  previewExit: 'In the preview, the quick exit stays on this page.',
};

const es: Words = {
  width: 'Pantalla',
  widths: { phone: 'Teléfono', tablet: 'Tableta', desktop: 'Computadora' },
  previewExit: 'En la vista previa, la salida rápida se queda en esta página.',
};

const WORDS = { en, es };

type Width = 'phone' | 'tablet' | 'desktop';
const WIDTHS: Record<Width, string> = { phone: '375px', tablet: '768px', desktop: '100%' };

export const panel: Panel = {
  column: 'side',
  create(studio) {
    const { store } = studio;
    let width: Width = 'desktop';
    /** One element per kind, kept while the author switches between them. */
    const previews = new Map<string, HTMLElement & { data: unknown; strings: unknown }>();
    let strings: { code: string; words: Json; value: Json } | undefined;

    const element = (name: string): HTMLElement & { data: unknown; strings: unknown } => {
      let el = previews.get(name);
      if (!el) {
        el = document.createElement(tagOf(ELEMENTS.find((e) => e.name === name)!)) as HTMLElement & { data: unknown; strings: unknown };
        // The preview's quick exit must not leave the studio: the author's work is here.
        el.addEventListener('hr-exit', (e) => {
          e.preventDefault();
          studio.say(wordsOf(WORDS, studio).previewExit);
        });
        previews.set(name, el);
      }
      return el;
    };
    /** The strings being written, the same object while they stay: a new one would make the element read them again. */
    const stringsOf = (code: string, words: Json): Json => {
      if (strings?.code !== code || strings.words !== words) strings = { code, words, value: { [code]: words } };
      return strings.value;
    };

    return {
      render() {
        const s = wordsOf(WORDS, studio);
        const theme = store.work.theme;
        // The width, and the theme as the same properties the exported CSS sets (values from controls, never from data).
        const style = [
          `--preview-width: ${WIDTHS[width]}`,
          `background: ${theme.page}`,
          ...themeProperties(theme).map(([name, value]) => `${name}: ${value}`),
        ].join('; ');
        return html`<section class="preview" aria-labelledby="preview-h">
          <h2 id="preview-h">${shared(studio).preview}</h2>
          <div class="widths" role="group" aria-label=${s.width}>
            ${(Object.keys(WIDTHS) as Width[]).map(
              (w) => html`<button
                type="button"
                aria-pressed=${width === w ? 'true' : 'false'}
                @click=${() => {
                  width = w;
                  studio.update();
                }}
              >
                ${s.widths[w]}
              </button>`,
            )}
          </div>
          <div class="frame" style=${style}>${element(store.name)}</div>
        </section>`;
      },
      updated() {
        const { name, doc } = store;
        if (doc === undefined) return;
        const el = element(name);
        // An element given data it cannot use keeps what it showed before beneath its notice, so a page loses nothing. A
        // visitor arriving meets that data first: a fresh element shows what they would see, not the old content.
        if (el.data !== undefined && el.data !== doc && store.checks().problems.some((p) => p.severity === 'error')) {
          previews.delete(name);
          studio.update();
          return;
        }
        if (el.data !== doc) el.data = doc;
        // A translation being written: the preview speaks it.
        const { code, words } = store.work.translation;
        const translated = isLangCode(code.trim());
        el.setAttribute('lang', translated ? code : (store.work.contentLang[name] ?? 'en'));
        el.strings = translated ? stringsOf(code, words) : undefined;
        const values = store.work.attrs[name] ?? {};
        for (const attr of Object.keys(attributesOf(name))) {
          const value = values[attr];
          if (value === undefined || value === false || value === '') el.removeAttribute(attr);
          else el.setAttribute(attr, value === true ? '' : String(value));
        }
      },
    };
  },
};
