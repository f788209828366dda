import type { PropertyDeclaration, ReactiveController, ReactiveElement } from 'lit';
import { en, type Strings } from '../i18n/en.js';
import type { Mix } from '../i18n/translate.js';
import { chunk } from './chunk.js';
import { loadStrings, resolveCode, stringsFor, toLang } from './localize.js';
import type { Lang } from './lang.js';
import type { Problem } from './validate.js';

/** An element with its own interface strings, if any (`strings`: JSON text or an object). */
type Host = ReactiveElement & { strings?: unknown };

/** A site's strings, or a language without built-in ones: the chunk that reads them. */
const translate = () => import('../i18n/translate.js');

/** The page's strings: the text of `<script type="application/json" data-hr-strings>` (read on each update: a page may add it late). */
const pageStrings = (): string | undefined => document.querySelector('script[data-hr-strings]')?.textContent ?? undefined;

/** Records a change under a name the host's `willUpdate`/`update` can test, whatever the host keeps under it. */
export const CHANGED: PropertyDeclaration = { hasChanged: () => true };

// One observer for every element: a page that switches `lang` (on <html> or
// any ancestor) re-renders its widgets in the new language.
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/**
 * The language an element speaks (its own `lang`, else the nearest
 * ancestor's, else `<html lang>`) and its interface strings, loaded as a chunk
 * for languages other than English. A site's own strings (the element's, over
 * the page's) replace any of them, in any language. A change shows in the
 * host's changed properties as `locale` and `table`.
 */
/** What a chunk needs to find its words: the built-in table's language, and the site's words through `words()`. */
export type Speech = Pick<LocalizeController, 'lang' | 'locale' | 'words'>;

export class LocalizeController implements ReactiveController {
  /** The built-in table it speaks: English for a language without one. */
  lang: Lang = 'en';
  /** The language code as the page writes it, lower case ("vi"); "en" when none says. */
  code = 'en';
  /** Dates, times, numbers and language names: the page's language when Intl takes its code ("en_US" it does not), else the table's. */
  locale = 'en';
  /** The strings in `lang`; undefined while they load, so nothing shows in another language meanwhile. */
  strings: Strings | undefined = en;
  /** Lays the site's words over a chunk's own table (results, hours, tips, …). */
  #mix: Mix | undefined;

  readonly #host: Host;
  readonly #report: (problems: Problem[]) => void;

  constructor(host: Host, report: (problems: Problem[]) => void) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
  }

  /** The strings for render code, which runs once they are loaded. */
  get t(): Strings {
    return this.strings ?? en;
  }

  /** A chunk's own table in this language, with the site's words for its `section` in (the same object while they stay). */
  words<T>(table: Record<Lang, T>, section: string): T {
    return this.#mix ? this.#mix(table[this.lang], section) : table[this.lang];
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
    const host = this.#host;
    const code = resolveCode(host);
    const lang = toLang(code);
    const page = pageStrings();
    let strings = stringsFor(lang);
    let mix: Mix | undefined;
    // Strings from the site, or a language with no table of ours: their chunk makes the tables (none meanwhile).
    if (strings && (host.strings || page || !code.startsWith(lang))) {
      const reader = chunk(translate, host);
      const made = reader?.localize(code, strings, host.strings, page);
      // Offline (null): the built-in strings.
      if (reader !== null) strings = made?.t;
      mix = made?.mix;
      if (made?.problems.length) this.#report(made.problems);
    }
    if (lang !== this.lang) host.requestUpdate('locale', this.lang, CHANGED);
    if (strings !== this.strings) host.requestUpdate('table', this.strings, CHANGED);
    this.lang = lang;
    // Once per change of language, not on every update.
    if (code !== this.code) {
      try {
        this.locale = Intl.getCanonicalLocales(code)[0] ?? lang;
      } catch {
        this.locale = lang;
      }
    }
    this.code = code;
    this.strings = strings;
    this.#mix = mix;
    if (!stringsFor(lang)) void loadStrings(lang).then(() => this.lang === lang && host.requestUpdate());
  }
}
