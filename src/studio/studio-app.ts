/**
 * The studio's shell: the page's frame (title, language), the sticky strip (Go
 * to, Undo, Redo), focus, and the panels (each a file in panels/) in their
 * places. The work lives in the store. Light DOM: the page's CSS styles it.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ELEMENTS } from '../elements.js';
import { pathText, type Path } from './document.js';
import { deviceStorage } from './draft.js';
import { PAGE, idFor } from './form.js';
import type { Panel, PanelView, Studio } from './panel.js';
import { StudioStore, freshWork, type Adapter } from './store.js';
import { STUDIO_STRINGS, type StudioStrings, type UiLang } from './strings.js';

/** Every panel in panels/ (each exports `panel`). */
const FOUND = import.meta.glob<{ panel: Panel }>('./panels/*.ts', { eager: true });
/** The panels, in their order on the page: a new one is a file in panels/ and its name here. */
const ORDER = ['draft', 'pick', 'import', 'json', 'settings', 'content', 'translate', 'checks', 'preview', 'theme', 'export'];
/** On a site (WordPress) the work is one post, saved there: its settings, theme and code are the blocks' and the site's. */
const ON_A_SITE = ['site', 'pick', 'import', 'json', 'content', 'checks', 'preview'];
const panels = (names: string[]): Panel[] => names.map((name) => FOUND[`./panels/${name}.ts`]!.panel);

/** Where the work lives when it is not this device: a site's adapter, and the one element its content is (if known). */
export interface Host {
  adapter: Adapter;
  only?: string;
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

export class StudioApp extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    announcement: { state: true },
  };

  declare lang: UiLang;
  /** What the live region says. */
  declare announcement: string;

  /** Set before the element is defined (main.ts) when the studio works for a site. */
  static host: Host | undefined;

  /** The work, its history and its checks. */
  readonly store = new StudioStore(
    Object.fromEntries(ELEMENTS.filter((e) => !StudioApp.host?.only || e.name === StudioApp.host.only).map((e) => [e.name, e.fields])),
    StudioApp.host?.adapter ?? deviceStorage(ELEMENTS.map((e) => e.name)),
    freshWork(ELEMENTS[0]!.name),
  );

  /** Where focus goes after the next render (a moved item's button, a new item). */
  #focusNext: string | undefined;

  /** What the panels are given: the store, the language, and the shell's voice, focus and rendering. */
  readonly #studio: Studio = {
    store: this.store,
    lang: 'en',
    view: { open: new Set(), shown: new Map() },
    // The same words twice are a change too (a space told apart), or screen readers would not say them again.
    say: (words) => (this.announcement = words === this.announcement ? `${words}\u00a0` : words),
    focus: (id) => (this.#focusNext = id),
    update: () => this.requestUpdate(),
    rendered: () => this.updateComplete,
    show: (path) => this.#show(path),
  };

  readonly #views: { column: Panel['column']; view: PanelView }[] = panels(StudioApp.host ? ON_A_SITE : ORDER).map((p) => ({
    column: p.column,
    view: p.create(this.#studio),
  }));

  constructor() {
    super();
    this.lang = document.documentElement.lang.startsWith('es') ? 'es' : 'en';
    this.announcement = '';
    this.store.subscribe(() => this.requestUpdate());
    // A site's content is the author's own, not built-in content an import replaces.
    if (StudioApp.host && this.store.doc !== undefined) this.store.edited.add(this.store.name);
  }

  get #s(): StudioStrings {
    return STUDIO_STRINGS[this.lang];
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    window.addEventListener('keydown', this.#onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    window.removeEventListener('keydown', this.#onKey);
    this.#barSize.disconnect();
  }

  // Leaving with changes that are not kept asks first; kept ones are saved on the way out.
  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    this.store.flush();
    if (this.store.safe) return;
    event.preventDefault();
    event.returnValue = '';
  };

  /** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y, except where a text box or the JSON editor keeps its own undo. */
  #onKey = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
    const key = event.key.toLowerCase();
    const which = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && event.ctrlKey && !event.shiftKey ? 'redo' : undefined;
    // The control itself, inside a shadow root too (the preview's search box).
    if (!which || keepsOwnUndo(event.composedPath()[0] ?? null)) return;
    event.preventDefault();
    this.#history(which);
  };

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
  }

  /** Opens every item on the way to `keys` (long lists show enough to hold it), then moves focus there. */
  #show(keys: Path): void {
    const { open, shown } = this.#studio.view;
    const nextShown = new Map(shown);
    const nextOpen = new Set(open);
    keys.forEach((key, i) => {
      if (typeof key !== 'number') return;
      const list = pathText(keys.slice(0, i));
      if (key >= (nextShown.get(list) ?? PAGE)) nextShown.set(list, Math.ceil((key + 1) / PAGE) * PAGE);
      nextOpen.add(pathText(keys.slice(0, i + 1)));
    });
    this.#studio.view = { open: nextOpen, shown: nextShown };
    this.#focusNext = idFor(keys);
    this.requestUpdate();
  }

  /** The sticky strip's height, for the page's scroll padding: it wraps at narrow widths and in longer words. */
  #barSize = new ResizeObserver(([entry]) => {
    if (entry) document.documentElement.style.setProperty('--bar', `${Math.ceil(entry.borderBoxSize[0]?.blockSize ?? 0)}px`);
  });

  protected override willUpdate(): void {
    this.#studio.lang = this.lang;
  }

  protected override firstUpdated(): void {
    const bar = this.querySelector('.bar');
    if (bar) this.#barSize.observe(bar);
  }

  protected override updated(): void {
    document.documentElement.lang = this.lang;
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

  #column(column: Panel['column']): unknown[] {
    return this.#views.filter((v) => v.column === column).map(({ view }) => view.render());
  }

  override render(): TemplateResult {
    const s = this.#s;
    const { store } = this;
    return html`
      <header class="top">
        <h1>${s.title}</h1>
        ${StudioApp.host ? nothing : html`<p>${s.tagline}</p><p class="privacy">${s.privacy}</p>`}
        ${this.#column('header')}
        <div class="field inline">
          <label for="ui-lang">${s.language}</label>
          <select id="ui-lang" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value as UiLang)}>
            <option value="en" .selected=${this.lang === 'en'} lang="en">English</option>
            <option value="es" .selected=${this.lang === 'es'} lang="es">Español</option>
          </select>
        </div>
      </header>
      <main>
        ${this.#column('start')}
        <div class="bar">
          <nav class="jump" aria-label=${s.jump}>
            <a href="#content-h">${s.content}</a>
            <a href="#preview-h">${s.preview}</a>
            ${StudioApp.host ? html`<a href="#site-h">${s.save}</a>` : html`<a href="#export-h">${s.export}</a>`}
          </nav>
          <div class="history" role="group" aria-label=${s.changes}>
            ${(['undo', 'redo'] as const).map(
              (which) => html`<button
                type="button"
                id=${which}
                aria-disabled=${(which === 'undo' ? store.canUndo : store.canRedo) ? 'false' : 'true'}
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
            ${this.#column('content')}
          </form>
          <div class="side">${this.#column('side')}</div>
        </div>
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
  }
}
