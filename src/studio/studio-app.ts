import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ELEMENTS, type ElementEntry } from '../elements.js';
import { read } from '../shared/fields.js';
import type { Problem } from '../shared/validate.js';
import { attributesOf, defaultsOf } from './catalog.js';
import type { Note } from './author-checks.js';
import { emptyOf, isObject, getAt, insertAt, moveAt, pathText, removeAt, setAt, type Path } from './document.js';
import type { JsonView } from './json-view.js';
import type { ProseEntry } from './import/prose.js';
import type { QuizImport } from './import/quiz-text.js';
import type { CsvImportDetail } from './csv-panel.js';
import { deviceStorage, type Draft } from './draft.js';
import { StudioStore, freshWork, normalize } from './store.js';
import { alreadyIn, renderImport } from './import-panel.js';
import type { ImportMode } from './replace-or-add.js';
import { checksPanel } from './panels/checks.js';
import { exportPanel } from './panels/export.js';
import { previewPanel } from './panels/preview.js';
import { themePanel } from './panels/theme.js';
import { translatePanel } from './panels/translate.js';
import { placeText, problemText, type Panel, type PanelView, type Studio } from './panel.js';
import { attributeKey, textOf } from './field-text.js';
import { PAGE, idFor, renderForm, type FormContext, type ListAction } from './form.js';
import { STUDIO_STRINGS, type StudioStrings, type UiLang } from './strings.js';

type ContentLang = 'en' | 'es';

/** The panels, in their order on the page: a new one is a file in panels/ and a line here. */
const PANELS: readonly Panel[] = [translatePanel, checksPanel, previewPanel, themePanel, exportPanel];

/**
 * The studio: pick an element, edit its content with a form built from its
 * field specification, see the real element update as you type, and copy the
 * code. Light DOM: the page's stylesheet styles it, and nothing here is
 * embedded anywhere else.
 */
export class StudioApp extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    canUndo: { state: true },
    open: { state: true },
    announcement: { state: true },
    jsonOpen: { state: true },
    jsonState: { state: true },
    importReport: { state: true },
    found: { state: true },
    quizFound: { state: true },
    shown: { state: true },
    chosen: { state: true },
  };

  declare lang: UiLang;
  declare open: Set<string>;
  declare announcement: string;
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

  /** Where focus goes after the next render (a moved item's button, a new item). */
  #focusNext: string | undefined;

  constructor() {
    super();
    this.lang = document.documentElement.lang.startsWith('es') ? 'es' : 'en';
    this.open = new Set();
    this.announcement = '';
    this.jsonOpen = false;
    this.jsonState = 'ok';
    this.importReport = '';
    this.found = undefined;
    this.chosen = new Set();
    this.quizFound = undefined;
    this.shown = new Map();
    this.store.subscribe(() => this.requestUpdate());
  }

  /** The work, its history and its checks. */
  readonly store = new StudioStore(
    Object.fromEntries(ELEMENTS.map((e) => [e.name, e.fields])),
    deviceStorage(ELEMENTS.map((e) => e.name)),
    freshWork(ELEMENTS[0]!.name),
  );

  get #w(): Draft {
    return this.store.work;
  }

  get name(): string {
    return this.store.name;
  }

  /** What the panels are given: the store, the language, and the shell's voice, focus and rendering. */
  readonly #studio: Studio = {
    store: this.store,
    lang: 'en',
    say: (words) => (this.announcement = words),
    focus: (id) => (this.#focusNext = id),
    update: () => this.requestUpdate(),
    show: (path) => this.#show(path),
  };

  #views: { column: Panel['column']; view: PanelView }[] = PANELS.map((p) => ({ column: p.column, view: p.create(this.#studio) }));

  #column(column: Panel['column']): unknown[] {
    return this.#views.filter((v) => v.column === column).map(({ view }) => view.render());
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
      check: (value) =>
        read(this.#entry.fields, normalize(this.#entry.fields, value)).problems.map((p) => ({
          ...p,
          message: problemText(this.#studio, p),
        })),
    });
    this.jsonState = 'ok';
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
    this.#jsonDoc = normalize(this.#entry.fields, value);
    this.store.setDoc(this.#jsonDoc, { label: this.#s.jsonLabel, key: 'json' });
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

  #keep(): void {
    this.announcement = this.store.keep() ? this.#s.keptNow : this.#s.keepFailed;
    // The button pressed is replaced: focus goes to the one in its place.
    this.#focusNext = this.store.kept ? 'forget-draft' : 'keep-draft';
  }

  #forget(): void {
    this.store.forget();
    this.announcement = this.#s.forgotten;
    this.#focusNext = 'keep-draft';
  }

  // Leaving with changes that are not kept asks first; kept ones are saved on the way out.
  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    this.store.flush();
    if (!this.store.unsaved || this.store.kept) return;
    event.preventDefault();
    event.returnValue = '';
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    window.removeEventListener('keydown', this.#onKey);
    this.#barSize.disconnect();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    window.addEventListener('keydown', this.#onKey);
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
    return this.store.doc;
  }

  /** Its problems, as the element's validator finds them. */
  get problems(): Problem[] {
    return this.store.checks().problems;
  }

  /** Advice for the author, in the content's language: words, reading level, stale or duplicate entries. */
  get notes(): Note[] {
    return this.store.checks().notes;
  }

  /** An element shown for the first time gets its built-in content: where its history starts. */
  async #ensureDoc(name: string): Promise<void> {
    if (this.#w.docs[name] !== undefined) return;
    const doc = await this.#startingDoc(name, 'default');
    if (this.#w.docs[name] === undefined) this.store.load(name, doc);
  }

  /** The content to start from: the built-in one in the content's language, or empty. */
  async #startingDoc(name: string, from: 'default' | 'empty'): Promise<unknown> {
    const entry = ELEMENTS.find((e) => e.name === name)!;
    const load = defaultsOf(name);
    if (from === 'default' && load) {
      const content = (await load()).default;
      return structuredClone(content[this.#w.contentLang[name] ?? 'en'] ?? content.en);
    }
    return from === 'empty' ? emptyOf(entry.fields) : {};
  }

  #form(): FormContext {
    const { byPath, flagged } = this.store.checks();
    const notes = new Map<string, string[]>();
    for (const n of this.notes) notes.set(n.path, [...(notes.get(n.path) ?? []), this.#s.note(n)]);
    return {
      notes,
      lang: this.lang,
      s: this.#s,
      doc: this.doc,
      problems: byPath,
      flagged,
      say: (p) => problemText(this.#studio, p),
      open: this.open,
      set: (path, value, shorthand) =>
        this.store.setDoc(setAt(this.doc, path, value, shorthand), {
          label: placeText(this.#studio, pathText(path)),
          path,
          key: pathText(path),
        }),
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
      this.store.setDoc(insertAt(this.doc, path, item), { label: s.added(noun, index + 1), path: [...path, index] });
      this.#reveal([...path, index]);
      this.open = new Set([...this.open, pathText([...path, index])]);
      this.announcement = s.added(noun, index + 1);
      this.#focusNext = itemId(index);
    } else if (action === 'remove') {
      this.store.setDoc(removeAt(this.doc, path, index), { label: s.removed(noun, index + 1), path: [...path, index] });
      // Open items after it move up one place: their paths change.
      this.open = new Set();
      this.announcement = s.removed(noun, index + 1);
      this.#focusNext = count > 1 ? itemId(Math.min(index, count - 2)) : `${idFor(path)}-add`;
    } else {
      const to = action === 'up' ? index - 1 : index + 1;
      this.store.setDoc(moveAt(this.doc, path, index, to), { label: s.moved(noun, to + 1), path: [...path, to] });
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

  /** Undo or redo one change: said, and focus goes back to what it changed. */
  #history(which: 'undo' | 'redo'): void {
    const s = this.#s;
    const step = which === 'undo' ? this.store.undo() : this.store.redo();
    if (!step) {
      this.announcement = which === 'undo' ? s.nothingToUndo : s.nothingToRedo;
      return;
    }
    this.announcement = which === 'undo' ? s.undone(step.label) : s.redone(step.label);
    if (step.path) this.#show(step.path);
    void this.#ensureDoc(this.name);
  }

  /** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y, except where a text box or the JSON editor keeps its own undo. */
  #onKey = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
    const key = event.key.toLowerCase();
    const which = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && event.ctrlKey && !event.shiftKey ? 'redo' : undefined;
    if (!which || keepsOwnUndo(event.target)) return;
    event.preventDefault();
    this.#history(which);
  };

  /** The sticky strip's height, for the page's scroll padding: it wraps at narrow widths and in longer words. */
  #barSize = new ResizeObserver(([entry]) => {
    if (entry) document.documentElement.style.setProperty('--bar', `${Math.ceil(entry.borderBoxSize[0]?.blockSize ?? 0)}px`);
  });

  protected override firstUpdated(): void {
    const bar = this.querySelector('.bar');
    if (bar) this.#barSize.observe(bar);
  }

  protected override willUpdate(): void {
    this.#studio.lang = this.lang;
  }

  protected override updated(): void {
    document.documentElement.lang = this.lang;
    // The form or a new start changed the data: the JSON view shows it (its own edits are already there).
    if (this.#json && this.doc !== this.#jsonDoc) {
      this.#jsonDoc = this.doc;
      this.#json.setText(this.#jsonText());
      this.jsonState = 'ok';
    }
    if (this.#focusNext) {
      // What held the path may be gone (an item removed again): the nearest part that is still there.
      let id = this.#focusNext;
      while (!this.querySelector(`#${id}`) && id.includes('-', 2)) id = id.slice(0, id.lastIndexOf('-'));
      const target = this.querySelector<HTMLElement>(`#${id}`);
      // A new or moved item: its summary when it is one, else the element itself.
      (target?.querySelector<HTMLElement>(':scope > summary') ?? target)?.focus();
      this.#focusNext = undefined;
    }
    for (const { view } of this.#views) view.updated?.();
  }

  #renderAttributes(): TemplateResult | typeof nothing {
    const attributes = Object.entries(attributesOf(this.name));
    const values = this.#w.attrs[this.name] ?? {};
    const set = (name: string, value: string | number | boolean | undefined): void => {
      const label = textOf(attributeKey(this.name, name), attributesOf(this.name)[name]!, this.lang).label;
      this.store.change({ attrs: { ...this.#w.attrs, [this.name]: { ...values, [name]: value } } }, { label, key: `attr:${name}` });
    };
    const s = this.#s;
    return html`<fieldset class="settings">
      <legend>${s.settings}</legend>
      <div class="field">
        <label for="content-lang">${s.contentLanguage}</label>
        <select
          id="content-lang"
          @change=${(e: Event) => {
            const contentLang = { ...this.#w.contentLang, [this.name]: (e.target as HTMLSelectElement).value as ContentLang };
            this.store.change({ contentLang }, { label: s.contentLanguage });
          }}
        >
          ${(['en', 'es'] as const).map(
            (l) => html`<option value=${l} ?selected=${(this.#w.contentLang[this.name] ?? 'en') === l}>${s.languages[l]}</option>`,
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

  /** Opens every item on the way to `keys`, then moves focus there (or to the nearest thing that still holds it). */
  #show(keys: Path): void {
    this.#reveal(keys);
    const open = new Set(this.open);
    keys.forEach((key, i) => typeof key === 'number' && open.add(pathText(keys.slice(0, i + 1))));
    this.open = open;
    this.#focusNext = idFor(keys);
  }

  override render(): TemplateResult {
    const s = this.#s;
    const entry = this.#entry;
    return html`
      <header class="top">
        <h1>${s.title}</h1>
        <p>${s.tagline}</p>
        <p class="privacy">${s.privacy}</p>
        <div class="draft">
          ${
            this.store.kept
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
              this.store.select((e.target as HTMLSelectElement).value);
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
              ? html`<button type="button" id="start-default" @click=${() => this.#startOver('default')}>
                ${s.startDefault(s.languages[this.#w.contentLang[this.name] ?? 'en']!)}
              </button>`
              : nothing
          }
          <button type="button" id="start-empty" @click=${() => this.#startOver('empty')}>${s.startEmpty}</button>
        </div>
      </div>
      <div class="bar">
        <nav class="jump" aria-label=${s.jump}>
          <a href="#content-h">${s.content}</a>
          <a href="#preview-h">${s.preview}</a>
          <a href="#export-h">${s.export}</a>
        </nav>
        <div class="history" role="group" aria-label=${s.changes}>
          ${(['undo', 'redo'] as const).map(
            (which) => html`<button
              type="button"
              id=${which}
              aria-disabled=${(which === 'undo' ? this.store.canUndo : this.store.canRedo) ? 'false' : 'true'}
              aria-keyshortcuts=${which === 'undo' ? 'Control+Z Meta+Z' : 'Control+Shift+Z Meta+Shift+Z Control+Y'}
              @click=${() => this.#history(which)}
            >
              ${s[which]}
            </button>`,
          )}
        </div>
      </div>
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
            builtIn: !this.store.edited.has(this.name),
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
              ? html`<studio-csv .lang=${this.lang} .builtIn=${!this.store.edited.has(this.name)} @studio-import=${(e: CustomEvent<CsvImportDetail>) => this.#addResources(e.detail.entries, e.detail.mode)}></studio-csv>`
              : nothing
          }
          ${this.#renderJson()}
          ${this.#renderAttributes()} ${this.doc === undefined ? html`<p role="status">…</p>` : renderForm(this.#form(), entry.fields)}
          ${this.#column('content')}
        </form>
        <div class="side">${this.#column('side')}</div>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      </main>
    `;
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
    const label = this.#s.imported(quiz.questions.length, skipped);
    this.store.setDoc(mode === 'add' ? setAt(this.doc, ['questions'], [...before, ...quiz.questions]) : quiz, {
      label,
      path: ['questions', before.length],
    });
    this.open = new Set(quiz.questions.map((_, i) => pathText(['questions', before.length + i])));
    this.quizFound = undefined;
    this.importReport = label;
  }

  /** Places written as prose, proposed one by one: nothing is added until the author says so. */
  async #findProse(text: string): Promise<void> {
    const { parseProse } = await import('./import/prose.js');
    const found = parseProse(text);
    this.found = found;
    // A place the directory already has (by name) is not chosen, unless the directory is the built-in one, replaced.
    const existing = this.store.edited.has(this.name) ? this.#names() : [];
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
    this.found = undefined;
    this.chosen = new Set();
    this.importReport = this.#addResources(chosen, mode);
  }

  /** Imported entries: the directory's new entries, or more of them at its end (a blank entry left by "Empty" goes). Returns what it did, in words. */
  #addResources(entries: readonly unknown[], mode: ImportMode): string {
    const current = getAt(this.doc, ['resources']);
    const blank = (r: unknown): boolean => isObject(r) && Object.values(r).every((v) => v === '' || v === undefined);
    const kept = mode === 'add' && Array.isArray(current) ? current.filter((r) => !blank(r)) : [];
    const label = mode === 'replace' ? this.#s.entriesReplaced(entries.length) : this.#s.entriesAdded(entries.length);
    this.store.setDoc(setAt(this.doc, ['resources'], [...kept, ...entries]), { label, path: ['resources', kept.length] });
    this.open = new Set();
    return label;
  }

  /** Starts over, as one step that Undo takes back: nothing made is lost, so nothing is asked first. */
  async #startOver(from: 'default' | 'empty'): Promise<void> {
    const s = this.#s;
    const doc = await this.#startingDoc(this.name, from);
    const label = from === 'empty' ? s.startEmpty : s.startDefault(s.languages[this.#w.contentLang[this.name] ?? 'en']!);
    this.store.restart(doc, { label });
    // Empty content opens its first entries: they are what to fill in.
    const lists = Object.entries(this.#entry.fields.fields).filter(([, field]) => field.kind === 'list');
    this.open = new Set(from === 'empty' ? lists.map(([key]) => pathText([key, 0])) : []);
    this.announcement = label;
  }
}

/** Whether a key press belongs to a text box or the JSON editor, which undo their own typing. */
function keepsOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, [contenteditable]:not([contenteditable="false"]), .cm-editor')) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'range', 'file'].includes(target.type)
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
  }
}
