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
import { getAt } from './document.js';
import { PLURAL, isLangCode } from '../i18n/codes.js';
import { languageName } from '../shared/localize.js';
import { codeBox } from './export-panel.js';
import type { Json } from '../shared/validate.js';
import type { StudioStrings, UiLang } from './strings.js';

export interface TranslateContext {
  s: StudioStrings;
  lang: UiLang;
  /** The element being edited: its sections are shown. */
  name: string;
  /** The language being written ("vi"). */
  code: string;
  /** The translation so far, by section, as a site gives it. */
  words: Json;
  setCode(code: string): void;
  /** A string's new text at `path` (section, key, …); blank removes it. */
  set(path: (string | number)[], text: string): void;
  copy(id: string): void;
  download(name: string, type: string, text: string): void;
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

export function renderTranslate(ctx: TranslateContext): TemplateResult {
  const { s } = ctx;
  const code = ctx.code.trim();
  const valid = isLangCode(code);
  // The language's name in the studio's language, when the code is one: "vi" → "Vietnamese".
  const language = valid ? languageName(code, ctx.lang) : '';
  const sections = SECTIONS[ctx.name] ?? [];
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
        @input=${(e: Event) => ctx.setCode((e.target as HTMLInputElement).value)}
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
          ${codeBox(ctx, 'code-strings', s.stringsCode, s.stringsHow(code), stringsScript(code, ctx.words))}
          <button type="button" id="strings-download" @click=${() => ctx.download(`strings.${code}.json`, 'application/json', JSON.stringify({ [code]: ctx.words }, null, 2))}>
            ${s.stringsDownload(code)}
          </button>`
        : nothing
    }`;
}
