import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { en } from '../i18n/en.js';
import { loadStrings, resolveLang, stringsFor, type Lang, type Strings } from './localize.js';
import { fetchText, srcUrl } from './fetch-json.js';
import { LIMITS, clip, plain, quote, type Problem, type Validation } from './validate.js';

/** Detail of `hr-error`: the first problem found, and all of them. */
export interface HrErrorDetail extends Problem {
  problems: Problem[];
}

/** Every event of the library: a `CustomEvent` that bubbles out of shadow roots. */
export function hrEvent<D>(name: `hr-${string}`, detail: D, cancelable = false): CustomEvent<D> {
  return new CustomEvent<D>(name, { detail, bubbles: true, composed: true, cancelable });
}

/** Where an element's data came from, in order of precedence. */
export type DataSource = 'property' | 'attribute' | 'src' | 'script' | 'default';

declare global {
  interface HTMLElementEventMap {
    'hr-error': CustomEvent<HrErrorDetail>;
  }
}

/** One problem that leaves all the data out. */
const fatal = (path: string, message: string): Problem[] => [{ path, message, severity: 'error' }];

/** A long list of broken entries is summed up after this many lines. */
const MAX_LOGGED = 20;

/** An exception's message, whatever was thrown: thrown values are untrusted too. */
function messageOf(error: unknown): string {
  try {
    return clip(plain(error instanceof Error ? error.message : String(error)), 200);
  } catch {
    return 'unknown error';
  }
}

// One observer for every element: a page that switches `lang` (on <html> or
// any ancestor) re-renders its widgets in the new language.
const connected = new Set<HrElement<unknown>>();
let langObserver: MutationObserver | undefined;

/**
 * The base of every hr-widgets element. It takes data the five ways the
 * contract lists, validates it, reports problems without throwing, and tracks
 * the visitor's language. Subclasses say how to validate and how to render.
 */
export abstract class HrElement<T> extends LitElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: { reflect: true },
    lang: { reflect: true },
    locale: { state: true },
    strings: { state: true },
    content: { state: true },
    loading: { state: true },
    notice: { state: true },
  };

  /** Data set by code. Wins over every other source. */
  declare data: unknown;
  /** JSON text from the `data` attribute. */
  declare dataJson: string | null;
  /** URL of a JSON document, fetched without credentials. */
  declare src: string | null;
  /** The language the element speaks, resolved from `lang` attributes. @internal */
  declare protected locale: Lang;
  /** Interface strings in that language; undefined while they load. @internal */
  declare protected strings: Strings | undefined;
  /** The validated data being shown. Kept when later data is unusable. @internal */
  declare protected content: T | undefined;
  /** What is being loaded: nothing, data from `src`, or the built-in content. @internal */
  declare protected loading: '' | 'data' | 'default';
  /** @internal */
  declare protected notice: 'failed' | 'partial' | undefined;

  /** Milliseconds to wait for `src` before showing the notice (default 30 seconds). */
  static srcTimeout = 30_000;

  /** Where the data being shown came from. */
  source: DataSource | undefined;

  #request = 0;
  /** Aborts the `src` fetch under way, if any. */
  #abort: AbortController | undefined;
  #interrupted = false;

  constructor() {
    super();
    this.data = undefined;
    this.dataJson = null;
    this.src = null;
    this.locale = 'en';
    this.strings = en;
    this.content = undefined;
    this.loading = '';
    this.notice = undefined;
  }

  /** Checks untrusted data; keeps what is valid and lists every problem. */
  protected abstract validate(raw: unknown): Validation<T>;
  /** The built-in content, loaded as a separate chunk only when it is used. */
  protected abstract loadDefault(): Promise<Record<Lang, unknown>>;
  /** Renders validated data. */
  protected abstract renderContent(content: T): TemplateResult;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this as HrElement<unknown>);
    if (!langObserver) {
      langObserver = new MutationObserver(() => connected.forEach((el) => el.syncLang()));
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.syncLang();
    if (this.#interrupted) {
      this.#interrupted = false;
      this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this as HrElement<unknown>);
    // A fetch still under way is stopped; if the element comes back (moved
    // by a page builder), it starts again.
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
      this.#interrupted = true;
    }
  }

  private syncLang(): void {
    const lang = resolveLang(this);
    if (lang !== this.locale) this.locale = lang;
    this.strings = stringsFor(lang);
    if (!this.strings) void loadStrings(lang).then(() => this.locale === lang && (this.strings = stringsFor(lang)));
  }

  /** Interface strings for render code, which only runs once they are loaded. */
  protected get t(): Strings {
    return this.strings ?? en;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) this.syncLang();
    const dataChanged = changed.has('data') || changed.has('dataJson') || changed.has('src');
    if (!this.hasUpdated || dataChanged || (this.source === 'default' && changed.has('locale'))) {
      this.load();
    }
  }

  /** Picks the first source present and loads from it. Responses to older requests are dropped. */
  private load(): void {
    const request = ++this.#request;
    this.#abort?.abort();
    this.#abort = undefined;
    this.loading = '';
    // Any depth: CMS editors wrap the script in <p> or <div>.
    const script = this.querySelector('script[type="application/json"]');

    if (this.data !== undefined && this.data !== null) {
      this.accept('property', () => this.data);
    } else if (this.dataJson !== null) {
      this.acceptJson('attribute', this.dataJson, 'data attribute');
    } else if (this.src) {
      this.fetchSrc(request, this.src);
    } else if (script) {
      this.acceptJson('script', script.textContent ?? '', 'child <script type="application/json">');
    } else if (document.readyState === 'loading') {
      // Defined while the page is still parsing (an async or early script):
      // a child JSON script may not be there yet. Decide once it is.
      this.loading = 'data';
      document.addEventListener('DOMContentLoaded', () => request === this.#request && this.load(), { once: true });
    } else {
      this.loading = 'default';
      this.loadDefault().then(
        (content) => request === this.#request && this.accept('default', () => content[this.locale]),
        () => request === this.#request && this.reject('default', fatal('(default content)', 'could not be loaded')),
      );
    }
  }

  private fetchSrc(request: number, src: string): void {
    let url: URL;
    try {
      url = srcUrl(src);
    } catch (error) {
      this.reject('src', fatal('src', messageOf(error)));
      return;
    }
    this.loading = 'data';
    const abort = (this.#abort = new AbortController());
    const name = quote(src, 120);
    fetchText(url, name, abort, (this.constructor as typeof HrElement).srcTimeout).then(
      (body) => {
        if (request !== this.#request) return;
        this.#abort = undefined;
        this.acceptJson('src', body, name);
      },
      (error: unknown) => {
        // Superseded, or stopped because the element left the page: not the site owner's problem.
        if (request !== this.#request || (error instanceof DOMException && error.name === 'AbortError')) return;
        this.#abort = undefined;
        this.reject('src', fatal('src', messageOf(error)));
      },
    );
  }

  private acceptJson(source: DataSource, json: string, where: string): void {
    const path = source === 'attribute' ? 'data' : source;
    if (json.length > LIMITS.json) {
      this.reject(source, fatal(path, `${where} is ${json.length} characters long; at most ${LIMITS.json} are read`));
      return;
    }
    // A byte order mark, as some editors and exports write one, is not an error.
    const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const hint = /[“”‘’]/.test(text) ? ' (it has curly “smart” quotes; JSON needs straight quotes ")' : '';
      this.reject(source, fatal(path, `${where} is not valid JSON: ${messageOf(error)}${hint}`));
      return;
    }
    this.accept(source, () => raw);
  }

  /**
   * Validates data and shows what is usable. Everything that touches
   * untrusted data runs inside: a getter or Proxy trap that throws, a BigInt,
   * becomes a notice and a report, never an exception in the host page.
   */
  private accept(source: DataSource, read: () => unknown): void {
    let validation: Validation<T>;
    try {
      validation = this.validate(read());
    } catch (error) {
      this.reject(source, fatal(source === 'property' ? '(data property)' : '(root)', `could not be read: ${messageOf(error)}`));
      return;
    }
    const { value, problems } = validation;
    this.loading = '';
    if (value === undefined) {
      this.reject(source, problems);
      return;
    }
    this.source = source;
    this.content = value;
    this.notice = problems.length ? 'partial' : undefined;
    if (problems.length) this.report(problems);
  }

  private reject(source: DataSource, problems: Problem[]): void {
    if (this.content === undefined) this.source = source;
    this.loading = '';
    this.notice = 'failed';
    this.report(problems);
  }

  /** One console line per load, and one `hr-error`, naming the exact path of each problem. */
  protected report(problems: Problem[]): void {
    const tag = this.localName;
    const lines = problems.slice(0, MAX_LOGGED).map((p) => `${tag}: ${p.path}: ${p.message}`);
    if (problems.length > MAX_LOGGED)
      lines.push(`${tag}: … and ${problems.length - MAX_LOGGED} more problems (all in the hr-error event's detail)`);
    console.error(lines.join('\n'));
    const [first] = problems;
    if (first) this.emit<HrErrorDetail>('hr-error', { ...first, problems });
  }

  /** Dispatches a composed, bubbling `CustomEvent`; returns false when a listener cancelled it. */
  protected emit<D>(name: `hr-${string}`, detail: D, cancelable = false): boolean {
    return this.dispatchEvent(hrEvent(name, detail, cancelable));
  }

  override render(): TemplateResult | typeof nothing {
    const strings = this.strings?.shared;
    // Until the language's strings arrive, hold the space without showing another language.
    if (this.loading || !strings) return html`<p class="loading ${this.loading}" part="loading" role="status">${strings?.loading}</p>`;
    const notice = this.notice ? html`<p class="notice" part="notice">${strings[this.notice]}</p>` : nothing;
    return html`${notice}${this.content === undefined ? nothing : this.renderContent(this.content)}`;
  }
}
