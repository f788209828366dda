/** A draft kept on this device, only when the author asks: Keep, and Forget. */
import { html } from 'lit';
import { wordsOf, type Panel } from '../panel.js';

interface Words {
  keep: string;
  keptNote: string;
  keptNow: string;
  keepFailed: string;
  forget: string;
  forgotten: string;
}

const en: Words = {
  keep: 'Keep this draft on this device',
  keptNote: 'Your draft is kept in this browser on this device, and saved as you work. Anyone using this browser can see it.',
  keptNow: 'Draft kept on this device.',
  keepFailed: 'This browser would not keep the draft (private browsing, or storage is full). Copy your code before you leave.',
  forget: 'Forget draft',
  forgotten: 'Draft forgotten. Nothing is kept on this device.',
};

const es: Words = {
  keep: 'Guardar este borrador en este dispositivo',
  keptNote:
    'Su borrador se guarda en este navegador, en este dispositivo, mientras trabaja. Cualquier persona que use este navegador puede verlo.',
  keptNow: 'Borrador guardado en este dispositivo.',
  keepFailed: 'Este navegador no quiso guardar el borrador (navegación privada, o no hay espacio). Copie su código antes de salir.',
  forget: 'Olvidar el borrador',
  forgotten: 'Borrador olvidado. No queda nada guardado en este dispositivo.',
};

const WORDS = { en, es };

export const panel: Panel = {
  column: 'header',
  create(studio) {
    const { store } = studio;
    /** Failures to keep already said: one found while saving as the author works is said once. */
    let said = 0;
    return {
      render() {
        const s = wordsOf(WORDS, studio);
        const keep = (): void => {
          studio.say(store.keep() ? s.keptNow : s.keepFailed);
          said = store.failures;
          // The button pressed is replaced: focus goes to the one in its place.
          studio.focus(store.kept ? 'forget-draft' : 'keep-draft');
        };
        const forget = (): void => {
          store.forget();
          studio.say(s.forgotten);
          studio.focus('keep-draft');
        };
        return html`<div class="draft">
        ${
          store.kept
            ? html`<p>${s.keptNote}</p>
              <button type="button" id="forget-draft" @click=${forget}>${s.forget}</button>`
            : html`<button type="button" id="keep-draft" @click=${keep}>${s.keep}</button>`
        }
      </div>`;
      },
      updated() {
        if (store.failures > said) {
          said = store.failures;
          studio.say(wordsOf(WORDS, studio).keepFailed);
        }
      },
    };
  },
};
