import type { PerLang } from '../shared/lang.js';
import type { Helpline } from './helpline-model.js';

/**
 * Built-in content, written from the seed posts in shared/seeds: the national
 * lines by id, so every number, keyword and claim comes from the catalog,
 * with its source. Loaded as its own chunk only when a page uses it.
 */
const content: PerLang<Helpline> = {
  en: {
    title: 'Help is one call away',
    intro: 'You don’t have to face this alone. These lines are here for you and the people you care about.',
    lines: [{ id: '988' }, { id: 'samhsa' }, { id: '911' }],
  },
  es: {
    title: 'La ayuda está a una llamada',
    intro: 'No tienes que enfrentar esto en soledad. Estas líneas están para ti y para las personas que quieres.',
    lines: [{ id: '988' }, { id: 'samhsa' }, { id: '911' }],
  },
};
export default content;
