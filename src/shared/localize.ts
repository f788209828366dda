import { LANGS, type Lang } from './lang.js';

export { LANGS, type Lang };

/** "es-MX" → "es"; anything without a table → "en". */
export function toLang(code: string | null | undefined): Lang {
  const base = (code ?? '').trim().toLowerCase().split('-')[0] as Lang;
  return LANGS.includes(base) ? base : 'en';
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else English.
 */
export function resolveLang(el: Element): Lang {
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
  }
  return 'en';
}

/** Strings shared by every element. Each element keeps its own table beside it. */
export const sharedStrings = {
  en: {
    loading: 'Loading…',
    failed: 'Sorry, this content could not be shown.',
    partial: 'Some items could not be shown.',
  },
  es: {
    loading: 'Cargando…',
    failed: 'Lo sentimos, este contenido no se pudo mostrar.',
    partial: 'Algunos elementos no se pudieron mostrar.',
  },
} satisfies Record<Lang, Record<string, string>>;

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Formats a date (YYYY-MM-DD) for the visitor's language, or returns it as given. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  // Building a formatter is slow; a long list formats many dates.
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' })));
  return format.format(date);
}
