import type { Strings } from '../i18n/en.js';

/**
 * The languages besides English, each with the loader of its interface
 * strings: a chunk of its own, fetched only by pages in that language.
 * Adding a language is its module in `src/i18n/` plus one line here. Built-in
 * content in it is optional: English stands in where there is none.
 */
export const LANGUAGES = {
  es: () => import('../i18n/es.js').then((m) => m.es),
} satisfies Record<string, () => Promise<Strings>>;

export type Lang = 'en' | keyof typeof LANGUAGES;

/** Built-in content: English, and any other language it is written in. */
export type PerLang<T> = { en: T } & Partial<Record<Lang, T>>;
