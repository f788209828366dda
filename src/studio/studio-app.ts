import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ELEMENTS, tagOf, type ElementEntry } from '../elements.js';
import { version } from '../../package.json';
import { read } from '../shared/fields.js';
import type { Json, Problem } from '../shared/validate.js';
import { attributesOf, defaultsOf } from './catalog.js';
import { authorNotes, type Note } from './author-checks.js';
import { emptyOf, isObject, parsePath, getAt, insertAt, moveAt, pathText, removeAt, setAt, type Path } from './document.js';
import type { Embed } from './embed.js';
import type { JsonView } from './json-view.js';
import type { ProseEntry } from './import/prose.js';
import type { QuizImport } from './import/quiz-text.js';
import type { CsvImportDetail } from './csv-panel.js';
import { isLangCode } from '../i18n/codes.js';
import { forgetDraft, loadDraft, saveDraft, type Draft } from './draft.js';
import { renderExport } from './export-panel.js';
import { alreadyIn, renderImport } from './import-panel.js';
import type { ImportMode } from './replace-or-add.js';
import { renderTheme } from './theme-panel.js';
import { DEFAULT_THEME, themeCss, themeProperties, type Theme } from './theme.js';
import { attributeKey, textOf } from './field-text.js';
import { PAGE, idFor, renderForm, type FormContext, type ListAction } from './form.js';
import { wordsEs } from '../shared/messages.es.js';
import { placeOf } from './place.js';
import { STUDIO_STRINGS, type StudioStrings, type UiLang } from './strings.js';

type ContentLang = 'en' | 'es';
type Width = 'phone' | 'tablet' | 'desktop';
type AttributeValues = Record<string, string | number | boolean | undefined>;

/** What the checks found in one document. */
interface Checks {
  doc: unknown;
  problems: Problem[];
  /** The problems by their path. */
  byPath: Map<string, Problem[]>;
  /** Every path with a problem at it or inside it. */
  flagged: Set<string>;
  notes: { lang: string; list: Note[] } | undefined;
}

/** Data as the form edits it: a bare list is its root object, as the validator reads it (read() in shared/fields.ts). */
function normalize(entry: ElementEntry, data: unknown): unknown {
  const list = entry.fields.list;
  return list && Array.isArray(data) ? { [list]: data } : data;
}

// A test page is opened from the author's disk, where only a full address can load the bundle: the package's public copy.
const TEST_BUNDLE = `https://unpkg.com/hr-widgets@${version}/dist/hr-widgets.js`;

const WIDTHS: Record<Width, string> = { phone: '375px', tablet: '768px', desktop: '100%' };

/**
 * The studio: pick an element, edit its content with a form built from its
 * field specification, see the real element update as you type, and copy the
 * code. Light DOM: the page's stylesheet styles it, and nothing here is
 * embedded anywhere else.
 */
export class StudioApp extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    name: { state: true },
    docs: { state: true },
    attrs: { state: true },
    contentLang: { state: true },
    open: { state: true },
    width: { state: true },
    announcement: { state: true },
    bundle: { state: true },
    fileUrls: { state: true },
    theme: { state: true },
    kept: { state: true },
    jsonOpen: { state: true },
    jsonState: { state: true },
    importReport: { state: true },
    found: { state: true },
    quizFound: { state: true },
    shown: { state: true },
    chosen: { state: true },
    translation: { state: true },
    translateOpen: { state: true },
  };

  declare lang: UiLang;
  declare name: string;
  declare docs: Record<string, unknown>;
  declare attrs: Record<string, AttributeValues>;
  declare contentLang: Record<string, ContentLang>;
  declare open: Set<string>;
  declare width: Width;
  declare announcement: string;
  declare bundle: string;
  declare fileUrls: Record<string, string>;
  declare theme: Theme;
  /** Whether the author asked to keep the draft on this device. */
  declare kept: boolean;
  /** Whether the JSON view is shown. */
  declare jsonOpen: boolean;
  /** What the JSON view's text is: loading the editor, valid, not valid JSON, or holding curly quotes that break it. */
  declare jsonState: 'loading' | 'failed' | 'ok' | 'invalid' | 'curly';
  /** What the last import said. */
  declare importReport: string;
  /** Places read from prose, waiting for the author to confirm them. */
  declare found: ProseEntry[] | undefined;
  declare chosen: Set<number>;
  /** A quiz read from text, waiting for the author to say whether it replaces the questions or joins them. */
  declare quizFound: QuizImport | undefined;
  /** Items shown of long lists, by the list's path. */
  declare shown: Map<string, number>;
  /** The interface strings being written in the Translate view: a language code and its words. */
  declare translation: Draft['translation'];
  /** Whether the Translate view is open; its code loads when it first is. */
  declare translateOpen: boolean;

  /** One preview element per kind, kept while the author switches between them. */
  #previews = new Map<string, HTMLElement>();
  /** Elements whose content the author has changed since it was started. */
  #edited = new Set<string>();
  /** Where focus goes after the next render (a moved item's button, a new item). */
  #focusNext: string | undefined;

  constructor() {
    super();
    this.lang = document.documentElement.lang.startsWith('es') ? 'es' : 'en';
    this.name = ELEMENTS[0]!.name;
    this.docs = {};
    this.attrs = {};
    this.contentLang = {};
    this.open = new Set();
    this.width = 'desktop';
    this.announcement = '';
    this.bundle = '/hr-widgets.js';
    this.fileUrls = {};
    this.theme = DEFAULT_THEME;
    this.kept = false;
    this.jsonOpen = false;
    this.jsonState = 'ok';
    this.importReport = '';
    this.found = undefined;
    this.chosen = new Set();
    this.quizFound = undefined;
    this.shown = new Map();
    this.translation = { code: '', words: {} };
    this.translateOpen = false;
    const draft = loadDraft(ELEMENTS.map((e) => e.name));
    if (draft) Object.assign(this, draft, { kept: true });
  }

  #json: JsonView | undefined;
  /** The document the JSON view's text was last read as, or written from. */
  #jsonDoc: unknown;

  async #toggleJson(): Promise<void> {
    this.jsonOpen = !this.jsonOpen;
    if (!this.jsonOpen || this.#json) return;
    this.jsonState = 'loading';
    let createJsonView: typeof import('./json-view.js').createJsonView;
    try {
      ({ createJsonView } = await import('./json-view.js'));
    } catch {
      // Offline, or the studio was updated on its host: the form still works.
      this.jsonState = 'failed';
      return;
    }
    await this.updateComplete;
    const parent = this.querySelector<HTMLElement>('#json-editor');
    if (!parent || this.#json) return;
    this.#jsonDoc = this.doc;
    this.#json = createJsonView(parent, {
      text: this.#jsonText(),
      label: this.#s.jsonLabel,
      onChange: (text) => this.#fromJson(text),
      check: (value) => read(this.#entry.fields, normalize(this.#entry, value)).problems.map((p) => ({ ...p, message: this.#say(p) })),
    });
    this.jsonState = 'ok';
  }

  /** A problem's message in the studio's language. */
  /** A path as the form names it: "Question 1 › Answer". */
  #place(path: string): string {
    return placeOf(this.#entry.fields, this.doc, path, this.lang, this.#s.item);
  }

  #say(problem: Problem): string {
    return this.lang === 'es' ? wordsEs(problem) : problem.message;
  }

  #jsonText(): string {
    return this.doc === undefined ? '' : JSON.stringify(this.doc, null, 2);
  }

  /** The author typed or pasted JSON: the form and the preview follow when it parses. */
  #fromJson(text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.jsonState = /[“”]/.test(text) ? 'curly' : 'invalid';
      return;
    }
    this.jsonState = 'ok';
    this.#jsonDoc = normalize(this.#entry, value);
    this.#setDoc(this.#jsonDoc);
  }

  async #fixQuotes(): Promise<void> {
    const { fixSmartQuotes } = await import('./json-view.js');
    const json = this.#json;
    if (!json) return;
    const fixed = fixSmartQuotes(json.text);
    json.setText(fixed);
    this.#fromJson(fixed);
    this.announcement = this.jsonState === 'ok' ? this.#s.quotesFixed : this.#s.jsonInvalid;
  }

  #renderJson(): TemplateResult {
    const s = this.#s;
    return html`<div class="json">
      <button type="button" id="json-toggle" aria-expanded=${this.jsonOpen ? 'true' : 'false'} aria-controls="json-panel" @click=${() => void this.#toggleJson()}>
        ${this.jsonOpen ? s.jsonHide : s.jsonShow}
      </button>
      <div id="json-panel" ?hidden=${!this.jsonOpen}>
        <p class="help" id="json-help">${s.jsonHelp}</p>
        <div id="json-editor" class="json-editor"></div>
        <p role="status" class="json-state ${this.jsonState}">
          ${{ loading: s.jsonLoading, failed: s.jsonFailed, invalid: s.jsonInvalid, curly: s.jsonCurly, ok: '' }[this.jsonState]}
        </p>
        ${this.jsonState === 'curly' ? html`<button type="button" id="fix-quotes" @click=${() => void this.#fixQuotes()}>${s.fixQuotes}</button>` : nothing}
      </div>
    </div>`;
  }

  /** Changes not yet kept: leaving the page would lose them. */
  #unsaved = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  #draft(): Draft {
    const { name, docs, attrs, contentLang, theme, bundle, fileUrls, translation } = this;
    return { name, docs, attrs, contentLang, theme, bundle, fileUrls, translation };
  }

  #save(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (!this.kept) return;
    if (saveDraft(this.#draft())) this.#unsaved = false;
    else {
      this.kept = false;
      this.announcement = this.#s.keepFailed;
    }
  }

  #keep(): void {
    this.kept = true;
    this.#save();
    if (this.kept) this.announcement = this.#s.keptNow;
    // The button pressed is replaced: focus goes to the one in its place.
    this.#focusNext = this.kept ? 'forget-draft' : 'keep-draft';
  }

  #forget(): void {
    forgetDraft();
    this.kept = false;
    this.announcement = this.#s.forgotten;
    this.#focusNext = 'keep-draft';
  }

  // Leaving with changes that are not kept asks first; kept ones are saved on the way out.
  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.kept && this.#saveTimer) this.#save();
    if (!this.#unsaved || this.kept) return;
    event.preventDefault();
    event.returnValue = '';
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    void this.#ensureDoc(this.name);
  }

  get #s(): StudioStrings {
    return STUDIO_STRINGS[this.lang];
  }

  get #entry(): ElementEntry {
    return ELEMENTS.find((e) => e.name === this.name) ?? ELEMENTS[0]!;
  }

  /** The document being edited for the current element. */
  get doc(): unknown {
    return this.docs[this.name];
  }

  /** Its problems, as the element's validator finds them. */
  get problems(): Problem[] {
    return this.#checks().problems;
  }

  /** Advice for the author, in the content's language: words, reading level, stale or duplicate entries. */
  get notes(): Note[] {
    return this.#checks().notes!.list;
  }

  #checked: Checks | undefined;

  /** The checks of the document being edited, made once per document (and the advice once per language): a directory can be long. */
  #checks(): Checks {
    const doc = this.doc;
    let checked = this.#checked;
    if (!checked || checked.doc !== doc) {
      const problems = doc === undefined ? [] : read(this.#entry.fields, doc).problems;
      const byPath = new Map<string, Problem[]>();
      const flagged = new Set<string>();
      for (const p of problems) {
        byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
        const keys = parsePath(p.path);
        keys.forEach((_, i) => flagged.add(pathText(keys.slice(0, i + 1))));
      }
      checked = this.#checked = { doc, problems, byPath, flagged, notes: undefined };
    }
    const lang = this.contentLang[this.name] ?? 'en';
    if (checked.notes?.lang !== lang) checked.notes = { lang, list: doc === undefined ? [] : authorNotes(this.#entry.fields, doc, lang) };
    return checked;
  }

  async #ensureDoc(name: string): Promise<void> {
    if (this.docs[name] !== undefined) return;
    await this.#start(name, 'default');
  }

  /** Starts over: from the built-in content in the content's language, or empty. */
  async #start(name: string, from: 'default' | 'empty'): Promise<void> {
    const entry = ELEMENTS.find((e) => e.name === name)!;
    const load = defaultsOf(name);
    let doc: unknown = {};
    if (from === 'default' && load) {
      const content = (await load()).default;
      doc = structuredClone(content[this.contentLang[name] ?? 'en'] ?? content.en);
    } else if (from === 'empty') {
      doc = emptyOf(entry.fields);
    }
    this.docs = { ...this.docs, [name]: normalize(entry, doc) };
    // Empty content opens its first entries: they are what to fill in.
    const lists = Object.entries(entry.fields.fields).filter(([, field]) => field.kind === 'list');
    this.open = new Set(from === 'empty' ? lists.map(([key]) => pathText([key, 0])) : []);
  }

  #setDoc(doc: unknown): void {
    this.#edited.add(this.name);
    this.#unsaved = true;
    this.docs = { ...this.docs, [this.name]: doc };
  }

  #form(): FormContext {
    const { byPath, flagged } = this.#checks();
    const notes = new Map<string, string[]>();
    for (const n of this.notes) notes.set(n.path, [...(notes.get(n.path) ?? []), this.#s.note(n)]);
    return {
      notes,
      lang: this.lang,
      s: this.#s,
      doc: this.doc,
      problems: byPath,
      flagged,
      say: (p) => this.#say(p),
      open: this.open,
      set: (path, value, shorthand) => this.#setDoc(setAt(this.doc, path, value, shorthand)),
      list: (action, path, index, noun, item) => this.#list(action, path, index, noun, item),
      shown: this.shown,
      more: (path) => {
        const key = pathText(path);
        this.shown = new Map(this.shown).set(key, (this.shown.get(key) ?? PAGE) + PAGE);
        // Focus stays where the reader was: on the first item just shown.
        this.#focusNext = `${idFor([...path, (this.shown.get(key) ?? PAGE) - PAGE])}`;
      },
      toggle: (path, open) => {
        const next = new Set(this.open);
        if (open) next.add(pathText(path));
        else next.delete(pathText(path));
        this.open = next;
      },
    };
  }

  /** Long lists show enough items to hold each index on the way to `keys`. */
  #reveal(keys: Path): void {
    const shown = new Map(this.shown);
    keys.forEach((key, i) => {
      if (typeof key !== 'number') return;
      const list = pathText(keys.slice(0, i));
      if (key >= (shown.get(list) ?? PAGE)) shown.set(list, Math.ceil((key + 1) / PAGE) * PAGE);
    });
    this.shown = shown;
  }

  #list(action: ListAction, path: Path, index: number, noun: string, item: unknown): void {
    const s = this.#s;
    const itemId = (i: number): string => idFor([...path, i]);
    const items = getAt(this.doc, path);
    const count = Array.isArray(items) ? items.length : 0;
    if (action === 'add') {
      this.#setDoc(insertAt(this.doc, path, item));
      this.#reveal([...path, index]);
      this.open = new Set([...this.open, pathText([...path, index])]);
      this.announcement = s.added(noun, index + 1);
      this.#focusNext = itemId(index);
    } else if (action === 'remove') {
      this.#setDoc(removeAt(this.doc, path, index));
      // Open items after it move up one place: their paths change.
      this.open = new Set();
      this.announcement = s.removed(noun, index + 1);
      this.#focusNext = count > 1 ? itemId(Math.min(index, count - 2)) : `${idFor(path)}-add`;
    } else {
      const to = action === 'up' ? index - 1 : index + 1;
      this.#setDoc(moveAt(this.doc, path, index, to));
      const [a, b] = [pathText([...path, index]), pathText([...path, to])];
      const open = new Set(this.open);
      const [wasA, wasB] = [open.delete(a), open.delete(b)];
      if (wasA) open.add(b);
      if (wasB) open.add(a);
      this.open = open;
      this.announcement = s.moved(noun, to + 1);
      // The same button on the item that moved; at an end, the one that still works.
      const edge = to === 0 || to === count - 1;
      this.#focusNext = `${itemId(to)}-${edge ? (action === 'up' ? 'down' : 'up') : action}`;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    document.documentElement.lang = this.lang;
    const work = ['name', 'attrs', 'contentLang', 'theme', 'bundle', 'fileUrls', 'translation'] as const;
    // Loading a document is not a change of the author's; editing one is (see #setDoc).
    if (this.hasUpdated && work.some((key) => changed.has(key) && changed.get(key) !== undefined)) this.#unsaved = true;
    if (this.kept && this.#unsaved && !this.#saveTimer) this.#saveTimer = setTimeout(() => this.#save(), 400);
    // The form or a new start changed the data: the JSON view shows it (its own edits are already there).
    if (this.#json && this.doc !== this.#jsonDoc) {
      this.#jsonDoc = this.doc;
      this.#json.setText(this.#jsonText());
      this.jsonState = 'ok';
    }
    if (this.#focusNext) {
      const target = this.querySelector<HTMLElement>(`#${this.#focusNext}`);
      // A new or moved item: its summary when it is one, else the element itself.
      (target?.querySelector<HTMLElement>(':scope > summary') ?? target)?.focus();
      this.#focusNext = undefined;
    }
    this.#updatePreview();
  }

  #updatePreview(): void {
    const el = this.#preview();
    if (!el || this.doc === undefined) return;
    const widget = el as HTMLElement & { data: unknown };
    // An element given data it cannot use keeps what it showed before beneath its notice, so a page loses nothing. A
    // visitor arriving meets that data first: a fresh element shows what they would see, not the old content.
    if (widget.data !== undefined && widget.data !== this.doc && this.problems.some((p) => p.severity === 'error')) {
      this.#previews.delete(this.name);
      this.requestUpdate();
      return;
    }
    if (widget.data !== this.doc) widget.data = this.doc;
    // A translation being written: the preview speaks it.
    const { code, words } = this.translation;
    const translated = isLangCode(code.trim());
    el.setAttribute('lang', translated ? code : (this.contentLang[this.name] ?? 'en'));
    (el as HTMLElement & { strings: unknown }).strings = translated ? this.#stringsOf(code, words) : undefined;
    const values = this.attrs[this.name] ?? {};
    for (const name of Object.keys(attributesOf(this.name))) {
      const value = values[name];
      if (value === undefined || value === false || value === '') el.removeAttribute(name);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  }

  #preview(): HTMLElement | undefined {
    let el = this.#previews.get(this.name);
    if (!el) {
      el = document.createElement(tagOf(this.#entry));
      // The preview's quick exit must not leave the studio: the author's work is here.
      el.addEventListener('hr-exit', (e) => {
        e.preventDefault();
        this.announcement = this.#s.previewExit;
      });
      this.#previews.set(this.name, el);
    }
    return el;
  }

  /** The preview's width, and the theme as the same properties the exported CSS sets (values from controls, never from data). */
  #frameStyle(): string {
    const props = themeProperties(this.theme).map(([name, value]) => `${name}: ${value}`);
    return [`--preview-width: ${WIDTHS[this.width]}`, `background: ${this.theme.page}`, ...props].join('; ');
  }

  #embed(): Embed {
    const values = this.attrs[this.name] ?? {};
    const lang = this.contentLang[this.name];
    return { name: this.name, data: this.doc, attributes: { ...values, lang: lang === 'es' ? 'es' : undefined } };
  }

  #renderAttributes(): TemplateResult | typeof nothing {
    const attributes = Object.entries(attributesOf(this.name));
    const values = this.attrs[this.name] ?? {};
    const set = (name: string, value: string | number | boolean | undefined): void => {
      this.attrs = { ...this.attrs, [this.name]: { ...values, [name]: value } };
    };
    const s = this.#s;
    return html`<fieldset class="settings">
      <legend>${s.settings}</legend>
      <div class="field">
        <label for="content-lang">${s.contentLanguage}</label>
        <select
          id="content-lang"
          @change=${(e: Event) => {
            this.contentLang = { ...this.contentLang, [this.name]: (e.target as HTMLSelectElement).value as ContentLang };
          }}
        >
          ${(['en', 'es'] as const).map(
            (l) => html`<option value=${l} ?selected=${(this.contentLang[this.name] ?? 'en') === l}>${s.languages[l]}</option>`,
          )}
        </select>
      </div>
      ${attributes.map(([name, field]) => {
        const text = textOf(attributeKey(this.name, name), field, this.lang);
        const id = `a-${name}`;
        const value = values[name];
        if (field.kind === 'bool') {
          return html`<div class="field check">
            <input type="checkbox" id=${id} .checked=${value === true} @change=${(e: Event) => set(name, (e.target as HTMLInputElement).checked)} />
            <label for=${id}>${text.label}</label>
            ${text.description ? html`<p class="help">${text.description}</p>` : nothing}
          </div>`;
        }
        if (field.kind === 'enum') {
          return html`<div class="field">
            <label for=${id}>${text.label}</label>
            <select id=${id} @change=${(e: Event) => set(name, (e.target as HTMLSelectElement).value || undefined)}>
              ${(field.values ?? []).map(
                (v, i) =>
                  html`<option value=${i === 0 ? '' : v} ?selected=${(value ?? field.values![0]) === v}>${s.values[v] ?? v}</option>`,
              )}
            </select>
            ${text.description ? html`<p class="help">${text.description}</p>` : nothing}
          </div>`;
        }
        return html`<div class="field">
          <label for=${id}>${text.label}</label>
          <input
            type="number"
            id=${id}
            min=${field.min ?? ''}
            max=${field.max ?? ''}
            .value=${value === undefined ? '' : String(value)}
            @input=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              set(name, input.value === '' || Number.isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber);
            }}
          />
          ${text.description ? html`<p class="help">${text.description}</p>` : nothing}
        </div>`;
      })}
    </fieldset>`;
  }

  #renderChecks(problems: Problem[]): TemplateResult {
    const s = this.#s;
    return html`<section class="checks" aria-labelledby="checks-h">
      <h2 id="checks-h">${s.checks}</h2>
      ${
        problems.length
          ? html`<p>${s.problemCount(problems.length)}</p>
            <ul>
              ${problems.map(
                (p) => html`<li class=${p.severity}>
                  <a href="#${idFor(parsePath(p.path))}" @click=${(e: Event) => this.#goTo(e, p.path)}>${this.#place(p.path)}</a>:
                  ${this.#say(p)}
                </li>`,
              )}
            </ul>`
          : html`<p>${s.noProblems}</p>`
      }
      <h3 id="suggestions-h">${s.suggestions}</h3>
      ${
        this.notes.length
          ? html`<ul aria-labelledby="suggestions-h">
              ${this.notes.map(
                (n) => html`<li class="hint">
                  <a href="#${idFor(parsePath(n.path))}" @click=${(e: Event) => this.#goTo(e, n.path)}>${this.#place(n.path)}</a>: ${s.note(n)}
                </li>`,
              )}
            </ul>`
          : html`<p>${s.noSuggestions}</p>`
      }
    </section>`;
  }

  /** Opens every item on the way to a problem's field, then moves focus there. */
  #goTo(event: Event, path: string): void {
    event.preventDefault();
    const keys = parsePath(path);
    this.#reveal(keys);
    const open = new Set(this.open);
    keys.forEach((key, i) => typeof key === 'number' && open.add(pathText(keys.slice(0, i + 1))));
    this.open = open;
    this.#focusNext = idFor(keys);
  }

  override render(): TemplateResult {
    const s = this.#s;
    const problems = this.problems;
    const entry = this.#entry;
    const embed = this.#embed();
    return html`
      <header class="top">
        <h1>${s.title}</h1>
        <p>${s.tagline}</p>
        <p class="privacy">${s.privacy}</p>
        <div class="draft">
          ${
            this.kept
              ? html`<p>${s.keptNote}</p>
                <button type="button" id="forget-draft" @click=${() => this.#forget()}>${s.forget}</button>`
              : html`<button type="button" id="keep-draft" @click=${() => this.#keep()}>${s.keep}</button>`
          }
        </div>
        <div class="field inline">
          <label for="ui-lang">${s.language}</label>
          <select id="ui-lang" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value as UiLang)}>
            <option value="en" ?selected=${this.lang === 'en'} lang="en">English</option>
            <option value="es" ?selected=${this.lang === 'es'} lang="es">Español</option>
          </select>
        </div>
      </header>
      <main>
      <div class="pick">
        <div class="field inline">
          <label for="element">${s.element}</label>
          <select
            id="element"
            @change=${(e: Event) => {
              this.name = (e.target as HTMLSelectElement).value;
              this.open = new Set();
              void this.#ensureDoc(this.name);
            }}
          >
            ${ELEMENTS.map((el) => html`<option value=${el.name} ?selected=${el.name === this.name}>${s.elements[el.name] ?? el.name}</option>`)}
          </select>
        </div>
        <div class="start" role="group" aria-labelledby="start-l">
          <span id="start-l">${s.start}</span>
          ${
            defaultsOf(this.name)
              ? html`<button type="button" id="start-default" @click=${() => this.#confirmStart('default')}>
                ${s.startDefault(s.languages[this.contentLang[this.name] ?? 'en']!)}
              </button>`
              : nothing
          }
          <button type="button" id="start-empty" @click=${() => this.#confirmStart('empty')}>${s.startEmpty}</button>
        </div>
      </div>
      <nav class="jump" aria-label=${s.jump}>
        <a href="#content-h">${s.content}</a>
        <a href="#preview-h">${s.preview}</a>
        <a href="#export-h">${s.export}</a>
      </nav>
      <div class="workspace">
        <form class="editor" aria-labelledby="content-h" @submit=${(e: Event) => e.preventDefault()}>
          <h2 id="content-h">${s.content}</h2>
          ${renderImport({
            s,
            name: this.name,
            report: this.importReport,
            found: this.found,
            chosen: this.chosen,
            quizFound: this.quizFound?.quiz.questions.length,
            addQuiz: (mode) => this.#addQuiz(mode),
            builtIn: !this.#edited.has(this.name),
            // Only while places wait to be added: a directory of 50,000 is not walked on every keystroke.
            existing: this.found ? this.#names() : [],
            readQuiz: (text) => void this.#importQuiz(text),
            readProse: (text) => void this.#findProse(text),
            choose: (i, on) => {
              const chosen = new Set(this.chosen);
              if (on) chosen.add(i);
              else chosen.delete(i);
              this.chosen = chosen;
            },
            addChosen: (mode) => this.#addChosen(mode),
          })}
          ${
            this.name === 'resource-list'
              ? html`<studio-csv .lang=${this.lang} .builtIn=${!this.#edited.has(this.name)} @studio-import=${(e: CustomEvent<CsvImportDetail>) => this.#addResources(e.detail.entries, e.detail.mode)}></studio-csv>`
              : nothing
          }
          ${this.#renderJson()}
          ${this.#renderAttributes()} ${this.doc === undefined ? html`<p role="status">…</p>` : renderForm(this.#form(), entry.fields)}
          <details
            class="translate"
            id="translate"
            ?open=${this.translateOpen}
            @toggle=${(e: Event) => {
              this.translateOpen = (e.target as HTMLDetailsElement).open;
              if (this.translateOpen) void this.#loadTranslate();
            }}
          >
            <summary id="translate-s">${s.translate}</summary>
            ${this.#translate ? this.#renderTranslate() : this.translateOpen ? html`<p role="status">${s.translateLoading}</p>` : nothing}
          </details>
        </form>
        <div class="side">
          ${this.#renderChecks(problems)}
          <section class="preview" aria-labelledby="preview-h">
            <h2 id="preview-h">${s.preview}</h2>
            <div class="widths" role="group" aria-label=${s.width}>
              ${(Object.keys(WIDTHS) as Width[]).map(
                (w) => html`<button type="button" aria-pressed=${this.width === w ? 'true' : 'false'} @click=${() => (this.width = w)}>
                  ${s.widths[w]}
                </button>`,
              )}
            </div>
            <div class="frame" style=${this.#frameStyle()}>${this.#preview()}</div>
            ${renderTheme(s, this.theme, (theme) => (this.theme = theme))}
          </section>
          <section class="export" aria-labelledby="export-h">
            <h2 id="export-h">${s.export}</h2>
            ${renderExport({
              s,
              embed,
              bundle: this.bundle,
              fileUrl: this.fileUrls[this.name] ?? `/${this.name}.json`,
              css: themeCss(this.theme, ELEMENTS.map(tagOf)),
              testBundle: TEST_BUNDLE,
              setBundle: (value) => (this.bundle = value),
              setFileUrl: (value) => (this.fileUrls = { ...this.fileUrls, [this.name]: value }),
              copy: (id) => void this.#copy(id),
              download: (name, type, text) => this.#download(name, type, text),
              downloadCsv: async () => {
                const { toCsv } = await import('./import/csv.js');
                const resources = getAt(this.doc, ['resources']);
                this.#download('directory.csv', 'text/csv', toCsv(Array.isArray(resources) ? resources : []));
              },
            })}
          </section>
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      </main>
    `;
  }

  #translate: typeof import('./translate-panel.js') | undefined;
  #strings: { code: string; words: Json; value: Json } | undefined;

  /** The preview's strings, the same object while the translation stays: a new one would make it read them again. */
  #stringsOf(code: string, words: Json): Json {
    if (this.#strings?.code !== code || this.#strings.words !== words) this.#strings = { code, words, value: { [code]: words } };
    return this.#strings.value;
  }

  async #loadTranslate(): Promise<void> {
    this.#translate ??= await import('./translate-panel.js');
    this.requestUpdate();
  }

  #renderTranslate(): TemplateResult {
    return this.#translate!.renderTranslate({
      s: this.#s,
      lang: this.lang,
      name: this.name,
      code: this.translation.code,
      words: this.translation.words,
      setCode: (code) => (this.translation = { ...this.translation, code }),
      set: (path, text) =>
        (this.translation = {
          ...this.translation,
          words: (setAt(this.translation.words, path, text.trim() ? text : undefined) ?? {}) as Json,
        }),
      copy: (id) => void this.#copy(id),
      download: (name, type, text) => this.#download(name, type, text),
    });
  }

  /** Copies a code box; where the clipboard is refused (an http page), selects it for the keyboard instead. */
  async #copy(id: string): Promise<void> {
    const box = this.querySelector<HTMLTextAreaElement>(`#${id}`);
    if (!box) return;
    try {
      await navigator.clipboard.writeText(box.value);
      this.announcement = this.#s.copied;
    } catch {
      box.focus();
      box.select();
      this.announcement = this.#s.copyFailed;
    }
  }

  /** Saves text as a file: made on this page, nothing is requested. */
  #download(name: string, type: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.announcement = this.#s.downloaded(name);
  }

  /** A quiz written as text, read: the author then says whether it replaces the questions or joins them. */
  async #importQuiz(text: string): Promise<void> {
    const { parseQuizText } = await import('./import/quiz-text.js');
    const read = parseQuizText(text);
    this.quizFound = read.quiz.questions.length ? read : undefined;
    this.importReport = read.quiz.questions.length ? this.#s.quizFound(read.quiz.questions.length) : this.#s.importNone;
  }

  /** The questions read replace the quiz (its title and introduction too, when the text has them), or join its end. */
  #addQuiz(mode: ImportMode): void {
    const found = this.quizFound;
    if (!found) return;
    const { quiz, skipped } = found;
    const current = getAt(this.doc, ['questions']);
    const before = mode === 'add' && Array.isArray(current) ? current : [];
    this.#setDoc(mode === 'add' ? setAt(this.doc, ['questions'], [...before, ...quiz.questions]) : quiz);
    this.open = new Set(quiz.questions.map((_, i) => pathText(['questions', before.length + i])));
    this.quizFound = undefined;
    this.importReport = this.#s.imported(quiz.questions.length, skipped);
  }

  /** Places written as prose, proposed one by one: nothing is added until the author says so. */
  async #findProse(text: string): Promise<void> {
    const { parseProse } = await import('./import/prose.js');
    const found = parseProse(text);
    this.found = found;
    // A place the directory already has (by name) is not chosen, unless the directory is the built-in one, replaced.
    const existing = this.#edited.has(this.name) ? this.#names() : [];
    this.chosen = new Set(found.flatMap((entry, i) => (alreadyIn(existing, entry.name) ? [] : [i])));
    this.importReport = found.length ? '' : this.#s.foundNone;
  }

  /** The names of the directory's entries. */
  #names(): string[] {
    const resources = getAt(this.doc, ['resources']);
    return Array.isArray(resources) ? resources.map((r) => (isObject(r) && typeof r.name === 'string' ? r.name : '')) : [];
  }

  /** The chosen places replace the directory's entries, or join them at the end. */
  #addChosen(mode: ImportMode): void {
    const chosen = (this.found ?? []).filter((_, i) => this.chosen.has(i));
    this.#addResources(chosen, mode);
    this.found = undefined;
    this.chosen = new Set();
    this.importReport = mode === 'replace' ? this.#s.entriesReplaced(chosen.length) : this.#s.entriesAdded(chosen.length);
  }

  /** Imported entries: the directory's new entries, or more of them at its end (a blank entry left by "Empty" goes). */
  #addResources(entries: readonly unknown[], mode: ImportMode): void {
    const current = getAt(this.doc, ['resources']);
    const blank = (r: unknown): boolean => isObject(r) && Object.values(r).every((v) => v === '' || v === undefined);
    const kept = mode === 'add' && Array.isArray(current) ? current.filter((r) => !blank(r)) : [];
    this.#setDoc(setAt(this.doc, ['resources'], [...kept, ...entries]));
    this.open = new Set();
  }

  async #confirmStart(from: 'default' | 'empty'): Promise<void> {
    // A native, accessible confirmation, only when there is work to lose.
    if (this.#edited.has(this.name) && !window.confirm(this.#s.startConfirm)) return;
    this.#edited.delete(this.name);
    this.docs = { ...this.docs, [this.name]: undefined };
    await this.#start(this.name, from);
    this.#unsaved = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
  }
}
