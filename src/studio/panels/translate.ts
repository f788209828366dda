/**
 * "Translate": every word the element shows, to write in another language;
 * the preview speaks it as it is typed. Its view is a chunk (translate-view.ts),
 * loaded when first opened: the template brings every chunk's table with it.
 */
import { html, nothing } from 'lit';
import { wordsOf, type Panel } from '../panel.js';

interface Words {
  translate: string;
  translateLoading: string;
}

const en: Words = {
  translate: 'Translate the interface',
  translateLoading: 'Loading every string…',
};

const es: Words = {
  translate: 'Traducir la interfaz',
  translateLoading: 'Cargando todos los textos…',
};

const WORDS = { en, es };

export const panel: Panel = {
  column: 'content',
  create(studio) {
    let open = false;
    let view: typeof import('../translate-view.js') | undefined;
    return {
      render() {
        const s = wordsOf(WORDS, studio);
        return html`<details
          class="translate"
          id="translate"
          ?open=${open}
          @toggle=${async (e: Event) => {
            open = (e.target as HTMLDetailsElement).open;
            studio.update();
            if (open && !view) {
              view = await import('../translate-view.js');
              studio.update();
            }
          }}
        >
          <summary id="translate-s">${s.translate}</summary>
          ${view ? view.renderTranslate(studio, s.translate) : open ? html`<p role="status">${s.translateLoading}</p>` : nothing}
        </details>`;
      },
    };
  },
};
