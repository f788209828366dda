import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { PerLang } from './lang.js';
import { CHANGED, type LocalizeController } from './localize-controller.js';
import { LIMITS, clip, fail, plain, quote, type Problem, type Validation } from './validate.js';
import type { Code } from './messages.js';

/** Where an element's data came from, in order of precedence. */
export type DataSource = 'property' | 'attribute' | 'src' | 'script' | 'default';

/** What an element with data offers the controller: the contract's inputs. */
export interface DataHost extends ReactiveElement {
  data: unknown;
  dataJson: string | null;
  src: string | null;
}

export interface DataOptions<T> {
  /** Checks untrusted data; keeps what is valid and lists every problem. */
  validate(raw: unknown): Validation<T>;
  /**
   * A long list from `src` shows while it arrives: the key of the list in the
   * data. The entries come in parts; the whole is checked and reported once.
   */
  stream?: string;
  /** The built-in content: a module (a chunk) whose default export it is, loaded only when it is shown. Without it, no data means nothing to show. */
  defaults?: () => Promise<{ default: PerLang<unknown> }>;
  localize: LocalizeController;
  /** Milliseconds to wait for `src` (read at each fetch, so tests can shorten it). */
  timeout: () => number;
  /** Says what is wrong: once per load, in the console and as `hr-error`. */
  report(problems: Problem[]): void;
}

/** An exception's message, whatever was thrown: thrown values are untrusted too. */
function messageOf(error: unknown): string {
  try {
    return clip(plain(error instanceof Error ? error.message : String(error)), 200);
  } catch {
    return 'unknown error';
  }
}

/** The address `src` names, resolved against the page; the code of its problem when it cannot be fetched. */
function srcUrl(src: string): URL | Code {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return 'badSrc';
  }
  // Refused before any request: a javascript:, data: or file: address is never fetched.
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : 'srcScheme';
}

/** One problem that leaves all the data out. */
function fatal(path: string, code: Code, ...values: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  fail(problems, path, code, ...values);
  return problems;
}

/**
 * An element's data, taken the five ways the contract lists (property,
 * attribute, `src`, child JSON script, built-in content) in that order,
 * validated, with problems reported once per load. Responses to older
 * requests are dropped; a fetch is stopped when the element leaves the page
 * and started again if it comes back. A new value shows in the host's changed
 * properties as `content`.
 *
 * No data at all means the built-in content. `data` set to `null` means the
 * page's own script will set it (a framework binds null while its fetch runs):
 * the element shows its loading state instead, and the built-in content is
 * never downloaded.
 */
export class DataController<T> implements ReactiveController {
  /** The validated data being shown; kept when later data is unusable. */
  value: T | undefined;
  /** Where `value` came from. */
  source: DataSource | undefined;
  /** What is being loaded: nothing, data (from `src` or the page's script), or the built-in content. */
  loading: '' | 'data' | 'default' = '';
  notice: 'failed' | 'partial' | undefined;
  /** What is shown is the first part of a list from `src`; more is arriving. */
  arriving = false;

  #inputs: unknown[] | undefined;
  #lang: string | undefined;
  #request = 0;
  /** Aborts the `src` fetch under way, if any. */
  #abort: AbortController | undefined;
  #interrupted = false;
  readonly #host: DataHost;
  readonly #options: DataOptions<T>;

  constructor(host: DataHost, options: DataOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.#load();
  }

  hostDisconnected(): void {
    // A fetch still under way is stopped; if the element comes back (moved by a page builder), it starts again.
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = undefined;
    this.#interrupted = true;
  }

  hostUpdate(): void {
    const { data, dataJson, src } = this.#host;
    const lang = this.#options.localize.lang;
    const inputs = [data, dataJson, src];
    const changed = !this.#inputs || inputs.some((value, i) => !Object.is(value, this.#inputs![i]));
    // The built-in content follows the language; data given by the page does not.
    if (changed || (this.source === 'default' && lang !== this.#lang)) this.#load();
    this.#inputs = inputs;
    this.#lang = lang;
  }

  /**
   * The loading state, the notice and the content, each where it belongs.
   * `content` is called on the host, as Lit calls event listeners, so a method can be passed as it is.
   * `waiting`: the data is here but the code to show it is not (a chunk it needs): the space stays held.
   */
  render(views: { content: (this: DataHost, value: T) => unknown }, waiting = false): TemplateResult {
    const strings = this.#options.localize.strings?.shared;
    // Until the language's strings arrive, hold the space without showing another language.
    if (this.loading || !strings || waiting) {
      return html`<p class="loading ${this.loading || (waiting && this.source === 'default' ? 'default' : '')}" part="loading" role="status">${strings?.loading}</p>`;
    }
    const notice = this.notice ? html`<p class="notice" part="notice">${strings[this.notice]}</p>` : nothing;
    return html`${notice}${this.value === undefined ? nothing : views.content.call(this.#host, this.value)}`;
  }

  /** Picks the first source present and loads from it. */
  #load(): void {
    const request = ++this.#request;
    const host = this.#host;
    this.#abort?.abort();
    this.#abort = undefined;
    this.loading = '';
    this.arriving = false;
    host.requestUpdate();
    // Any depth: CMS editors wrap the script in <p> or <div>.
    const script = host.querySelector('script[type="application/json"]');
    const current = (): boolean => request === this.#request;

    if (host.data !== undefined && host.data !== null) {
      this.#accept('property', () => host.data);
    } else if (host.dataJson !== null) {
      this.#acceptJson('attribute', host.dataJson, 'data attribute');
    } else if (host.src) {
      this.#fetchSrc(current, host.src);
    } else if (script) {
      this.#acceptJson('script', script.textContent ?? '', 'child <script type="application/json">');
    } else if (document.readyState === 'loading') {
      // Defined while the page is still parsing (an async or early script):
      // a child JSON script may not be there yet. Decide once it is.
      this.loading = 'data';
      document.addEventListener('DOMContentLoaded', () => current() && this.#load(), { once: true });
    } else if (this.#options.defaults && host.data === null) {
      // The page will set data: wait for it.
      this.loading = 'data';
    } else if (!this.#options.defaults) {
      // No data and no built-in content: nothing to show, and nothing from an earlier source either.
      if (this.value !== undefined) host.requestUpdate('content', this.value, CHANGED);
      this.value = this.source = this.notice = undefined;
    } else {
      const { defaults, localize } = this.#options;
      this.loading = 'default';
      // One task later: a script that runs right after this one and sets data saves the download.
      setTimeout(() => {
        if (!current()) return;
        defaults().then(
          // The language when it arrives: the page may have switched while it loaded.
          ({ default: content }) => current() && this.#accept('default', () => content[localize.lang] ?? content.en),
          () => current() && this.#reject('default', fatal('(default content)', 'unloaded')),
        );
      });
    }
  }

  #fetchSrc(current: () => boolean, src: string): void {
    const url = srcUrl(src);
    if (typeof url === 'string') {
      this.#reject('src', fatal('src', url, quote(src)));
      return;
    }
    this.loading = 'data';
    const abort = (this.#abort = new AbortController());
    const name = quote(src, 120);
    const start = Date.now();
    // The code that reads it is a chunk of its own, only for pages with a `src`: asked for first, so the long answer does not hold it back.
    const reader = import('./fetch-json.js');
    // No cookies, no referrer: the JSON host learns nothing about the visitor or the page.
    const response = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: abort.signal });
    // Handled where it is read; until then a failure is not "uncaught".
    response.catch(() => undefined);
    reader
      .then((m) => {
        const list = this.#options.stream;
        const stream = list ? { list, part: (json: string) => void (current() && this.#part(json)) } : undefined;
        return m.readBody(response, name, abort, start, this.#options.timeout(), stream);
      })
      .then(
        (body) => {
          if (!current()) return;
          this.#abort = undefined;
          this.#acceptJson('src', body, name);
        },
        (error: unknown) => {
          // Superseded, or stopped because the element left the page: not the site owner's problem.
          if (!current() || (error instanceof DOMException && error.name === 'AbortError')) return;
          this.#abort = undefined;
          this.#reject('src', fatal('src', 'raw', messageOf(error)));
        },
      );
  }

  #acceptJson(source: DataSource, json: string, where: string): void {
    const path = source === 'attribute' ? 'data' : source;
    if (json.length > LIMITS.json) {
      this.#reject(source, fatal(path, 'jsonLong', where, json.length, LIMITS.json));
      return;
    }
    // A byte order mark, as some editors and exports write one, is not an error.
    const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      this.#reject(source, fatal(path, 'notJson', where, messageOf(error), /[“”‘’]/.test(text) ? 1 : 0));
      return;
    }
    this.#accept(source, () => raw);
  }

  /**
   * Validates data and shows what is usable. Everything that touches
   * untrusted data runs inside: a getter or Proxy trap that throws, a BigInt,
   * becomes a notice and a report, never an exception in the host page.
   */
  #accept(source: DataSource, read: () => unknown): void {
    let validation: Validation<T>;
    try {
      validation = this.#options.validate(read());
    } catch (error) {
      this.#reject(source, fatal(source === 'property' ? '(data property)' : '(root)', 'unreadable', messageOf(error)));
      return;
    }
    const { value, problems } = validation;
    if (value === undefined) {
      this.#reject(source, problems);
      return;
    }
    if (value !== this.value) this.#host.requestUpdate('content', this.value, CHANGED);
    this.value = value;
    this.source = source;
    this.#show(problems.length ? 'partial' : undefined, problems);
  }

  /** The first entries of a long list: shown while the rest arrives. Their problems are the whole's, reported once it is in. */
  #part(json: string): void {
    try {
      const { value } = this.#options.validate(JSON.parse(json));
      if (value === undefined) return;
      this.#host.requestUpdate('content', this.value, CHANGED);
      this.value = value;
      this.source = 'src';
      this.loading = '';
      this.arriving = true;
    } catch {
      // The whole will say what is wrong.
    }
  }

  /** Something the content needs could not load after all (a chunk): some of it is missing. Said once, with the notice, unless one already shows. */
  missing(path: string): void {
    if (this.notice || this.loading || this.value === undefined) return;
    this.#show('partial', fatal(path, 'unloaded'));
  }

  #reject(source: DataSource, problems: Problem[]): void {
    if (this.value === undefined) this.source = source;
    this.#show('failed', problems);
  }

  /** The load has ended: its notice, if any, and its problems reported once. */
  #show(notice: 'failed' | 'partial' | undefined, problems: Problem[]): void {
    this.loading = '';
    this.arriving = false;
    this.notice = notice;
    if (problems.length) this.#options.report(problems);
    this.#host.requestUpdate();
  }
}
