import { LitElement, type PropertyDeclarations } from 'lit';
import type { Strings } from '../i18n/en.js';
import { DataController, type DataOptions, type DataSource } from './data-controller.js';
import { LocalizeController } from './localize-controller.js';
import { fail, said, withWords, type Problem } from './validate.js';

export type { DataSource };

/**
 * Detail of `hr-error`: the first problem found, and all of them. It comes at
 * once, with the notice; on a page's first problem, before the words of
 * problems have loaded, `message` says the code and its values and is
 * replaced by the words when they arrive.
 */
export interface HrErrorDetail extends Problem {
  problems: Problem[];
}

declare global {
  interface HTMLElementEventMap {
    'hr-error': CustomEvent<HrErrorDetail>;
  }
}

/** The library's events (`hr-…`), each with its detail type, from the global event map the elements extend. */
export type HrEventName = Extract<keyof HTMLElementEventMap, `hr-${string}`>;
export type HrEventDetail<K extends HrEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** A long list of broken entries is summed up after this many lines. */
const MAX_LOGGED = 20;

/**
 * What every hr-widgets element shares: the contract's data inputs (`data`,
 * `src`, a `data` attribute), the visitor's language, and reporting. Loading
 * the data is a controller each element composes (DataController), with its
 * own validator and built-in content.
 */
export abstract class HrElement extends LitElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: { reflect: true },
    lang: { reflect: true },
    strings: {},
  };

  /** Data set by code. Wins over every other source. `null` means the page will set it: with no other source, the element waits. */
  declare data: unknown;
  /** JSON text from the `data` attribute. */
  declare dataJson: string | null;
  /** URL of a JSON document, fetched without credentials. */
  declare src: string | null;
  /**
   * Interface strings for this element, by language code: any part of
   * `schemas/strings.en.json`, translated or reworded. An object, or JSON text
   * in the `strings` attribute. They win over the page's (`<script
   * type="application/json" data-hr-strings>`) and the built-in ones.
   */
  declare strings: unknown;

  /** Milliseconds to wait for `src` before showing the notice (default 30 seconds). */
  static srcTimeout = 30_000;

  /** The visitor's language and the interface strings in it. @internal */
  protected readonly i18n = new LocalizeController(this, (problems) => this.report(problems));
  /** The element's data. @internal */
  protected abstract readonly loader: { readonly source: DataSource | undefined };

  constructor() {
    super();
    this.dataJson = null;
    this.src = null;
  }

  /** Where the data being shown came from. */
  get source(): DataSource | undefined {
    return this.loader.source;
  }

  /** Interface strings for render code, which only runs once they are loaded. @internal */
  protected get t(): Strings {
    return this.i18n.t;
  }

  /** Data loaded the five ways the contract lists, checked by `validate`; `defaults` is the built-in content. */
  protected useData<T>(options: Pick<DataOptions<T>, 'validate' | 'defaults' | 'stream'>): DataController<T> {
    return new DataController<T>(this, {
      ...options,
      localize: this.i18n,
      timeout: () => (this.constructor as typeof HrElement).srcTimeout,
      report: (problems) => this.report(problems),
    });
  }

  /**
   * One console line per load, and one `hr-error`, naming the exact path of
   * each problem: at once, with the notice, never waiting for a download. The
   * words of problems are a chunk of their own, which pages with good data
   * never load: until it has come, a problem says its code and values, and
   * gets its words when they arrive (the event's detail keeps them).
   */
  protected report(problems: Problem[]): void {
    const tag = this.localName;
    const lines = problems.slice(0, MAX_LOGGED).map((p) => `${tag}: ${p.path}: ${said(p)}`);
    if (problems.length > MAX_LOGGED) {
      const more: Problem[] = [];
      fail(more, '', 'more', problems.length - MAX_LOGGED);
      lines.push(`${tag}: ${said(more[0]!)}`);
    }
    console.error(lines.join('\n'));
    const [first] = problems;
    if (!first) return;
    const detail = { ...first, message: said(first), problems };
    this.emit('hr-error', detail);
    void withWords(problems).then(() => (detail.message = first.message));
  }

  /**
   * Dispatches one of the library's events: composed and bubbling, so a page
   * hears it outside the shadow root. The detail must be the event's own type.
   * Returns false when a listener cancelled it.
   */
  protected emit<K extends HrEventName>(name: K, detail: HrEventDetail<K>, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }
}
