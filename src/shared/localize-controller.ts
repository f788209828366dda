import type { PropertyDeclaration, ReactiveController, ReactiveElement } from 'lit';
import { en, type Strings } from '../i18n/en.js';
import { loadStrings, resolveLang, stringsFor } from './localize.js';
import type { Lang } from './lang.js';

type Host = ReactiveElement;

/** Records a change under a name the host's `willUpdate`/`update` can test, whatever the host keeps under it. */
export const CHANGED: PropertyDeclaration = { hasChanged: () => true };

// One observer for every element: a page that switches `lang` (on <html> or
// any ancestor) re-renders its widgets in the new language.
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/**
 * The language an element speaks (its own `lang`, else the nearest
 * ancestor's, else `<html lang>`) and its interface strings, loaded as a chunk
 * for languages other than English. A change shows in the host's changed
 * properties as `locale` and `strings`.
 */
export class LocalizeController implements ReactiveController {
  lang: Lang = 'en';
  /** The strings in `lang`; undefined while they load, so nothing shows in another language meanwhile. */
  strings: Strings | undefined = en;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The strings for render code, which runs once they are loaded. */
  get t(): Strings {
    return this.strings ?? en;
  }

  hostConnected(): void {
    hosts.add(this.#host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  hostUpdate(): void {
    const lang = resolveLang(this.#host);
    const strings = stringsFor(lang);
    if (lang !== this.lang) this.#host.requestUpdate('locale', this.lang, CHANGED);
    if (strings !== this.strings) this.#host.requestUpdate('strings', this.strings, CHANGED);
    this.lang = lang;
    this.strings = strings;
    if (!strings) void loadStrings(lang).then(() => this.lang === lang && this.#host.requestUpdate());
  }
}
