/**
 * Saving to WordPress (the studio in wp-admin): the content's title, its state,
 * and Save, Publish or Submit for review. The site checks every save; what it
 * refuses is shown beside the fields, and the work stays here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parsePath } from '../document.js';
import { wordsOf, type Panel, type Studio } from '../panel.js';
import { WordPressSite, type Status } from '../wordpress.js';

interface Words {
  heading: string;
  privacy: string;
  title: string;
  titleHelp: string;
  titleNeeded: string;
  state: (status: string) => string;
  save: string;
  update: string;
  /** Saves content waiting for review, still waiting. */
  keep: string;
  publish: string;
  review: string;
  saving: string;
  saved: (status: string) => string;
  refused: (n: number) => string;
  failed: (said: string) => string;
  unreached: string;
  unsaved: string;
  back: string;
}

const STATES_EN: Record<string, string> = {
  publish: 'Published',
  pending: 'Waiting for review',
  draft: 'Draft',
  future: 'Scheduled',
  private: 'Private',
};
const STATES_ES: Record<string, string> = {
  publish: 'Publicado',
  pending: 'Pendiente de revisión',
  draft: 'Borrador',
  future: 'Programado',
  private: 'Privado',
};

const en: Words = {
  heading: 'Save to WordPress',
  privacy:
    'What you make is saved to this WordPress site when you press a button below, with your role’s rights. Imports are read in this browser: nothing is uploaded.',
  title: 'Title',
  titleHelp: 'Blocks list your content by this title. Visitors do not see it.',
  titleNeeded: 'Give it a title first: blocks list your content by its title.',
  state: (status) => `State: ${STATES_EN[status] ?? 'Not saved yet'}`,
  save: 'Save draft',
  update: 'Update',
  keep: 'Save',
  publish: 'Publish',
  review: 'Submit for review',
  saving: 'Saving…',
  saved: (status) =>
    ({
      publish: 'Published. Choose it by its title in a block’s settings.',
      pending: 'Sent for review: an Editor can publish it.',
      private: 'Saved. It stays private: only people who may read private content see it.',
      future: 'Saved. It stays scheduled: visitors see it from its publication date.',
    })[status] ?? 'Saved as a draft. Visitors do not see it until it is published.',
  refused: (n) =>
    `Not saved: WordPress found ${n === 1 ? 'a problem' : `${n} problems`}. ${n === 1 ? 'It is' : 'Each is'} shown beside its field and in Checks. Your work is still here.`,
  failed: (said) => `Not saved. WordPress said: “${said}” Your work is still here: try again.`,
  unreached: 'Not saved: the site did not answer. Your work is still here: check your connection and try again.',
  unsaved: 'Changes not saved yet.',
  back: 'Back to WordPress',
};

const es: Words = {
  heading: 'Guardar en WordPress',
  privacy:
    'Lo que crea se guarda en este sitio de WordPress cuando pulsa uno de los botones de abajo, con los permisos de su perfil. Las importaciones se leen en este navegador: no se sube nada.',
  title: 'Título',
  titleHelp: 'Los bloques muestran su contenido por este título. Los visitantes no lo ven.',
  titleNeeded: 'Primero póngale un título: los bloques muestran su contenido por su título.',
  state: (status) => `Estado: ${STATES_ES[status] ?? 'Sin guardar todavía'}`,
  save: 'Guardar borrador',
  update: 'Actualizar',
  keep: 'Guardar',
  publish: 'Publicar',
  review: 'Enviar a revisión',
  saving: 'Guardando…',
  saved: (status) =>
    ({
      publish: 'Publicado. Elíjalo por su título en los ajustes de un bloque.',
      pending: 'Enviado a revisión: un editor puede publicarlo.',
      private: 'Guardado. Sigue siendo privado: solo lo ven quienes pueden leer contenido privado.',
      future: 'Guardado. Sigue programado: se verá desde su fecha de publicación.',
    })[status] ?? 'Guardado como borrador. Los visitantes no lo ven hasta que se publique.',
  refused: (n) =>
    `No se guardó: WordPress encontró ${n === 1 ? 'un problema' : `${n} problemas`}. ${n === 1 ? 'Se muestra' : 'Cada uno se muestra'} junto a su campo y en Revisión. Su trabajo sigue aquí.`,
  failed: (said) => `No se guardó. WordPress dijo: «${said}» Su trabajo sigue aquí: inténtelo de nuevo.`,
  unreached: 'No se guardó: el sitio no respondió. Su trabajo sigue aquí: revise su conexión e inténtelo de nuevo.',
  unsaved: 'Hay cambios sin guardar.',
  back: 'Volver a WordPress',
};

const WORDS = { en, es };

export const panel: Panel = {
  column: 'header',
  create(studio: Studio) {
    const { store } = studio;
    const adapter = store.adapter;
    if (!(adapter instanceof WordPressSite)) return { render: () => nothing };
    const site = adapter;
    /** What the last save gave, in words (shown, and said). */
    let outcome = '';
    /** Whether the last save was stopped for want of a title. */
    let untitled = false;

    async function save(next: Status): Promise<void> {
      const s = wordsOf(WORDS, studio);
      untitled = !site.title.trim();
      if (untitled) {
        outcome = s.titleNeeded;
        studio.say(outcome);
        studio.focus('site-title');
        studio.update();
        return;
      }
      site.next = next;
      outcome = s.saving;
      studio.say(outcome);
      await store.save();
      const refused = store.refused;
      outcome =
        refused.length > 0
          ? s.refused(refused.length)
          : site.failed === undefined
            ? s.saved(site.status)
            : site.failed
              ? s.failed(site.failed)
              : s.unreached;
      studio.say(outcome);
      // The first field the site refused, with its words beside it.
      const first = refused.find((p) => p.path);
      if (first) studio.show(parsePath(first.path));
      studio.update();
    }

    const button = (id: string, words: string, next: Status): TemplateResult =>
      html`<button type="button" id=${id} aria-disabled=${store.saving ? 'true' : 'false'} @click=${() => !store.saving && void save(next)}>
        ${words}
      </button>`;

    return {
      render() {
        const s = wordsOf(WORDS, studio);
        // Public, private or scheduled: a save keeps it so ("Update"). Waiting for review: "Save" keeps it waiting.
        const settled = ['publish', 'private', 'future'].includes(site.status);
        const pending = site.status === 'pending';
        return html`<section class="site" aria-labelledby="site-h">
          <h2 id="site-h">${s.heading}</h2>
          <p class="privacy">${s.privacy}</p>
          <div class="field">
            <label for="site-title">${s.title}</label>
            <p class="help" id="site-title-help">${s.titleHelp}</p>
            <input
              id="site-title"
              type="text"
              required
              autocomplete="off"
              aria-describedby=${untitled ? 'site-title-help site-outcome' : 'site-title-help'}
              aria-invalid=${untitled ? 'true' : 'false'}
              .value=${site.title}
              @input=${(e: Event) => {
                site.title = (e.target as HTMLInputElement).value;
                untitled = false;
                store.touch();
              }}
            />
          </div>
          <p id="site-state">${s.state(site.status)}${store.unsaved && !store.saving ? html` · ${s.unsaved}` : nothing}</p>
          <div class="actions">
            ${button('site-save', settled ? s.update : pending ? s.keep : s.save, 'keep')}
            ${
              settled
                ? nothing
                : site.config.canPublish
                  ? button('site-publish', s.publish, 'publish')
                  : pending
                    ? nothing
                    : button('site-review', s.review, 'pending')
            }
            ${site.config.back ? html`<a href=${site.config.back} target="_top">${s.back}</a>` : nothing}
          </div>
          <p id="site-outcome">${outcome}</p>
        </section>`;
      },
    };
  },
};
