/**
 * The studio page: the real elements for the preview, and the app. Defined by
 * calls, not by importing for effect: the package marks its sources free of
 * side effects, so a bare import would be dropped from the build.
 */
import { ELEMENTS, tagOf } from '../elements.js';
import { words } from '../shared/messages.js';
import { setWords } from '../shared/validate.js';
import { define } from '../shared/define-elements.js';
import { StudioCsv } from './csv-panel.js';
import { StudioApp } from './studio-app.js';
import { freshWork } from './store.js';
import { WordPressSite, siteConfig } from './wordpress.js';

// The studio shows every check's words as the author types: they load with it, not later.
setWords(words);

define(Object.fromEntries(ELEMENTS.map((entry) => [tagOf(entry), entry.element])));

// In wp-admin, the work is a post of the site's: it is read before the studio starts, and a refusal is said in its place.
const config = siteConfig(document);
if (config) {
  const site = new WordPressSite(config);
  try {
    await site.open(freshWork(ELEMENTS[0]!.name));
    StudioApp.host = { adapter: site, only: config.post || config.element ? site.load()!.name : undefined };
  } catch (error) {
    const app = document.querySelector('studio-app');
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = `${document.documentElement.lang === 'es' ? 'No se pudo abrir este contenido' : 'This content could not be opened'}: ${(error as Error).message}`;
    app?.replaceWith(note);
  }
}
define({ 'studio-app': StudioApp, 'studio-csv': StudioCsv });
