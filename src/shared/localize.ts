import { en, type Strings } from '../i18n/en.js';
import { LANGUAGES, type Lang } from './lang.js';

export { type Lang, type Strings };

/** "es-MX" → "es"; anything without a table → "en". */
export function toLang(code: string | null | undefined): Lang {
  const base = (code ?? '').trim().toLowerCase().split('-')[0] as Lang;
  return Object.hasOwn(LANGUAGES, base) ? base : 'en';
}

/**
 * The language code an element speaks as the page writes it, in lower case
 * ("vi", "pt-br"): its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else `<html lang>`, else English ("en").
 */
export function resolveCode(el: Element): string {
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!.trim().toLowerCase();
  }
  return 'en';
}

/**
 * A label from a table keyed by ids that come from data: only the table's own
 * entries, so an id such as "constructor" or "__proto__" is shown as written.
 */
export function label(table: Readonly<Record<string, string>>, id: string): string | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

const tables: Partial<Record<Lang, Strings>> = { en };
const loads = new Map<Lang, Promise<void>>();

/** The interface strings for a language, or undefined while they load. */
export function stringsFor(lang: Lang): Strings | undefined {
  return tables[lang];
}

/**
 * Loads a language's strings (a small chunk beside the bundle), so English
 * pages never download them. If the chunk cannot load, English stands in.
 */
export function loadStrings(lang: Lang): Promise<void> {
  if (lang === 'en' || tables[lang]) return Promise.resolve();
  let load = loads.get(lang);
  if (!load) {
    load = LANGUAGES[lang]().then(
      (strings) => void (tables[lang] = strings),
      () => void (tables[lang] = en),
    );
    loads.set(lang, load);
  }
  return load;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date (YYYY-MM-DD) for the visitor's language, or returns it as given. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  // Building a formatter is slow; a long list formats many dates.
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' })));
  return format.format(date);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language code's name in the visitor's language: "es" → "Spanish" / "español". */
export function languageName(code: string, lang: string): string {
  try {
    let names = languageNames.get(lang);
    if (!names) languageNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'language' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
