/**
 * The studio's "Translate" view: every word the element being edited shows,
 * in English from the same template a translator would fill in
 * (schemas/strings.en.json), with a field for each; the preview speaks the
 * translation as it is typed, and the code is the page's strings script. A
 * chunk of the studio, loaded when the view is first opened: the template
 * brings every chunk's table with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import templateJson from '../../schemas/strings.en.json';
import type { Template } from '../i18n/template.js';
import { getAt, setAt } from './document.js';
import { PLURAL, isLangCode } from '../i18n/codes.js';
import { languageName } from '../shared/localize.js';
import type { Json } from '../shared/validate.js';
import { codeBox, download, wordsOf, type Studio } from './panel.js';

interface Words {
  translateHelp: string;
  langCode: string;
  langCodeHelp: string;
  langCodeBad: string;
  /** The strings' sections, as a translator finds them. */
  sections: Record<string, string>;
  pluralForm: (form: string) => string;
  keepPlaceholders: (names: string) => string;
  unknownPlaceholder: (names: string) => string;
  pluralOther: string;
  stringsCode: string;
  stringsHow: (code: string) => string;
  stringsDownload: (code: string) => string;
}

const en: Words = {
  translateHelp:
    'The words the widget itself shows: buttons, counts, messages. For a language we do not ship, or your own wording. Fill in what you can: the rest stays in English, or in Spanish on a Spanish page. The preview speaks your translation as you type.',
  langCode: 'Language code',
  langCodeHelp:
    'The code your page sets in lang: vi for Vietnamese, zh for Chinese, ko for Korean, tl for Tagalog, pt-BR for Brazilian Portuguese.',
  langCodeBad: 'This is not a language code. Use letters, like "vi" or "pt-BR".',
  sections: {
    quiz: 'Questions',
    hints: 'Hints',
    results: 'Feedback and results',
    shared: 'Loading and notices',
    resources: 'Directory',
    search: 'Search and filters',
    details: 'Open now, payment, who it serves',
    hours: 'Opening hours',
    near: 'Distance',
    tools: 'Directions, copy and share',
    services: 'Service names',
    principles: 'Principles',
    helpline: 'Help lines',
    quickExit: 'Quick exit',
    tips: 'Browse more safely',
  },
  pluralForm: (form) => (form === 'one' ? 'When the number is 1.' : form === 'other' ? 'For other numbers.' : `Plural form "${form}".`),
  keepPlaceholders: (names) => `Keep ${names} as written: the widget fills them in.`,
  unknownPlaceholder: (names) => `${names} is not filled in: this text has no such placeholder.`,
  pluralOther: 'Fill in the form for other numbers too: without it, this text stays in English.',
  stringsCode: 'Code for your pages',
  stringsHow: (code) =>
    `Paste it once on every page, for example in the footer, and set lang="${code}" on the page's <html>. In WordPress, which removes scripts, put the strings in the widget's data-strings attribute instead.`,
  stringsDownload: (code) => `Download strings.${code}.json`,
};

const es: Words = {
  translateHelp:
    'Las palabras que muestra el widget: botones, conteos, mensajes. Para un idioma que no incluimos, o con sus propias palabras. Complete lo que pueda: el resto queda en inglés, o en español en una página en español. La vista previa muestra su traducción mientras escribe.',
  langCode: 'Código de idioma',
  langCodeHelp:
    'El código que su página pone en lang: vi para vietnamita, zh para chino, ko para coreano, tl para tagalo, pt-BR para portugués de Brasil.',
  langCodeBad: 'Esto no es un código de idioma. Use letras, como "vi" o "pt-BR".',
  sections: {
    quiz: 'Preguntas',
    hints: 'Pistas',
    results: 'Comentarios y resultados',
    shared: 'Carga y avisos',
    resources: 'Directorio',
    search: 'Búsqueda y filtros',
    details: 'Abierto ahora, pago, a quién atiende',
    hours: 'Horario',
    near: 'Distancia',
    tools: 'Cómo llegar, copiar y compartir',
    services: 'Nombres de servicios',
    principles: 'Principios',
    helpline: 'Líneas de ayuda',
    quickExit: 'Salida rápida',
    tips: 'Navega con más seguridad',
  },
  pluralForm: (form) => (form === 'one' ? 'Cuando el número es 1.' : form === 'other' ? 'Para otros números.' : `Forma plural "${form}".`),
  keepPlaceholders: (names) => `Deje sin cambios ${names}: el widget los completa.`,
  unknownPlaceholder: (names) => `${names} no se completa: este texto no tiene ese marcador.`,
  pluralOther: 'Complete también la forma para otros números: sin ella, este texto queda en inglés.',
  stringsCode: 'Código para sus páginas',
  stringsHow: (code) =>
    `Péguelo una vez en cada página, por ejemplo en el pie de página, y ponga lang="${code}" en el <html> de la página. En WordPress, que quita los scripts, ponga los textos en el atributo data-strings del widget.`,
  stringsDownload: (code) => `Descargar strings.${code}.json`,
};

const WORDS = { en, es };

interface TranslateContext {
  studio: Studio;
  s: Words;
  /** The language being written ("vi"). */
  code: string;
  /** The translation so far, by section, as a site gives it. */
  words: Json;
  /** A string's new text at `path` (section, key, …); blank removes it. */
  set(path: (string | number)[], text: string): void;
}

const template = templateJson as Record<string, Template>;

/** The sections each element shows. */
export const SECTIONS: Record<string, readonly string[]> = {
  quiz: ['quiz', 'hints', 'results', 'shared'],
  'resource-list': ['resources', 'search', 'details', 'hours', 'near', 'tools', 'services', 'shared'],
  principles: ['principles', 'shared'],
  helpline: ['helpline', 'kinds', 'hours', 'shared'],
  'quick-exit': ['quickExit', 'tips'],
};

/** The plural forms a language has, in CLDR's order; English's when it cannot say. */
function pluralForms(code: string): string[] {
  try {
    const found: string[] = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    return PLURAL.filter((f) => found.includes(f));
  } catch {
    return ['one', 'other'];
  }
}

const idOf = (path: (string | number)[]): string => `tr-${path.join('-')}`;
/** One string: its English as the label, its placeholders to keep, and the field for the translation. */
function field(
  ctx: TranslateContext,
  path: (string | number)[],
  english: string,
  value: unknown,
  form?: string,
  also?: string,
): TemplateResult {
  const id = idOf(form ? [...path, form] : path);
  const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[0]);
  const text = typeof value === 'string' ? value : '';
  const unknown = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[0]).filter((n) => !names.includes(n));
  const help = [form && ctx.s.pluralForm(form), names.length ? ctx.s.keepPlaceholders(names.join(' ')) : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id} lang="en">${english}</label>
    ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
    <input
      type="text"
      id=${id}
      lang=${ctx.code || nothing}
      .value=${text}
      aria-describedby=${[help ? `${id}-help` : '', unknown.length ? `${id}-warn` : '', also ?? ''].filter(Boolean).join(' ') || nothing}
      @input=${(e: Event) => ctx.set(form ? [...path, form] : path, (e.target as HTMLInputElement).value)}
    />
    ${unknown.length ? html`<p class="message warning" id="${id}-warn">${ctx.s.unknownPlaceholder(unknown.join(' '))}</p>` : nothing}
  </div>`;
}

/** A part of the template: a string, plural forms, a list (the tips' steps) or a table. */
function part(ctx: TranslateContext, path: (string | number)[], english: Template, value: unknown): TemplateResult {
  if (typeof english === 'string') return field(ctx, path, english, value);
  if (Array.isArray(english)) return html`${english.map((item, i) => part(ctx, [...path, i], item, getAt(value, [i])))}`;
  const keys = Object.keys(english);
  if (keys.includes('other') && keys.every((f) => typeof english[f] === 'string' && PLURAL.includes(f))) {
    // The forms the language being written has (Russian: one, few, many, other), each labelled by the nearest English.
    const forms = pluralForms(ctx.code);
    const missing = forms.some((f) => getAt(value, [f])) && !getAt(value, ['other']);
    const warn = `${idOf(path)}-other-warn`;
    return html`${forms.map((f) => field(ctx, path, (english[f] ?? english['other']) as string, getAt(value, [f]), f, f === 'other' && missing ? warn : undefined))}
    ${missing ? html`<p class="message warning" id=${warn}>${ctx.s.pluralOther}</p>` : nothing}`;
  }
  return html`${keys.map((key) => part(ctx, [...path, key], english[key]!, getAt(value, [key])))}`;
}

/** The page's strings: the script to paste once on every page (or in the site's footer). */
export function stringsScript(code: string, words: Json): string {
  const json = JSON.stringify({ [code]: words }, null, 2).replace(/</g, '\\u003c');
  return `<script type="application/json" data-hr-strings>\n${json}\n</script>`;
}

/** The view, for the element being edited; `label` names its changes in history. */
export function renderTranslate(studio: Studio, label: string): TemplateResult {
  const { store } = studio;
  const translation = store.work.translation;
  const s = wordsOf(WORDS, studio);
  const ctx: TranslateContext = {
    studio,
    s,
    code: translation.code,
    words: translation.words,
    set: (path, text) =>
      store.change(
        { translation: { ...translation, words: (setAt(translation.words, path, text.trim() ? text : undefined) ?? {}) as Json } },
        { label, key: `translation:${path.join('.')}` },
      ),
  };
  const code = ctx.code.trim();
  const valid = isLangCode(code);
  // The language's name in the studio's language, when the code is one: "vi" → "Vietnamese".
  const language = valid ? languageName(code, studio.lang) : '';
  const sections = SECTIONS[store.name] ?? [];
  return html`<p class="help">${s.translateHelp}</p>
    <div class="field">
      <label for="tr-code">${s.langCode}</label>
      <p class="help" id="tr-code-help">${s.langCodeHelp}</p>
      <input
        id="tr-code"
        type="text"
        autocomplete="off"
        spellcheck="false"
        size="8"
        .value=${ctx.code}
        aria-describedby="tr-code-help tr-code-name"
        aria-invalid=${code && !valid ? 'true' : 'false'}
        @input=${(e: Event) =>
          store.change({ translation: { ...translation, code: (e.target as HTMLInputElement).value } }, { label, key: 'translation:code' })}
      />
      <p id="tr-code-name" class=${code && !valid ? 'message error' : 'help'}>${code && !valid ? s.langCodeBad : language}</p>
    </div>
    ${
      valid
        ? html`${sections.map(
            (section) => html`<fieldset class="item">
              <legend>${s.sections[section] ?? section}</legend>
              ${part(ctx, [section], template[section]!, getAt(ctx.words, [section]))}
            </fieldset>`,
          )}
          ${codeBox(studio, 'code-strings', s.stringsCode, s.stringsHow(code), stringsScript(code, ctx.words))}
          <button
            type="button"
            id="strings-download"
            @click=${() => download(studio, `strings.${code}.json`, 'application/json', JSON.stringify({ [code]: ctx.words }, null, 2))}
          >
            ${s.stringsDownload(code)}
          </button>`
        : nothing
    }`;
}
