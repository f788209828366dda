import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { chunk } from '../shared/chunk.js';
import { HrElement } from '../shared/hr-element.js';
import { isWebUrl, safeHref } from '../shared/links.js';
import { clearSession } from '../shared/storage.js';
import { baseStyles } from '../shared/styles.js';
import { read } from '../shared/fields.js';
import { warn, quote, type Problem, type Validation } from '../shared/validate.js';
import { quickExitFields, type POSITIONS } from './quick-exit.fields.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** Optional data: another button label, or where to go. */
export interface QuickExitData {
  label?: string;
  href?: string;
}

/** Detail of `hr-exit`. */
export interface HrExitDetail {
  /** Where the page is about to go. */
  href: string;
}

declare global {
  interface HTMLElementEventMap {
    'hr-exit': CustomEvent<HrExitDetail>;
  }
}

/** A neutral, fast page that says nothing about where the visitor was. */
export const NEUTRAL_HREF = 'https://www.google.com/';
/** Most time allowed between two presses of Shift: 5 s, as GOV.UK found people under stress press slowly. */
const PRESS_WINDOW = 5000;
const PRESSES = 3;
/** "Browse more safely": its words and dialog are a chunk, loaded only where `tips` is set. */
const tipsView = () => import('./tips-view.js');

/** Only http(s) URLs, resolved against the page: a quick exit must land on a real page. */
function exitHref(value: string | null | undefined): string | undefined {
  return value && isWebUrl(value) ? safeHref(value) : undefined;
}

/** Checks the optional data: a label, and a destination that must be an http(s) page. */
export function validateQuickExit(raw: unknown): Validation<QuickExitData> {
  const { value, problems } = read<QuickExitData>(quickExitFields, raw);
  return { value: value && { label: value.label, href: exitHref(value.href) }, problems };
}

/**
 * A button, and a keyboard shortcut (press Shift three times), that leave the
 * page at once for a neutral site. The page is covered first, then `hr-exit`
 * is dispatched (cancelable), anything this library stored is cleared, and the
 * page is replaced in history so Back does not return to it. Place it first
 * in `<body>` so it is early in the tab order.
 *
 * @summary A quick exit button and shortcut for visitors who may be watched.
 * @tag hr-quick-exit
 *
 * @attr {string} href - Where to go. Default `https://www.google.com/`. Pick a fast, neutral page that is common where your visitors are.
 * @attr {string} position - Corner of the screen: `bottom-right` (default), `bottom-left`, `top-right`, `top-left`.
 * @attr {boolean} tips - Adds a "Browse more safely" button where the element sits, opening short steps: private windows, clearing this site from history, a safer device.
 * @attr {string} data - Optional JSON: `{ "label": "…", "href": "…" }`.
 * @attr {string} lang - Language of the label (`en`, `es`); inherited from ancestors when absent.
 *
 * @event {CustomEvent<HrExitDetail>} hr-exit - Just before leaving: `{ href }`. Cancelable: `preventDefault()` stays on the page.
 * @event {CustomEvent<HrErrorDetail>} hr-error - `href` or the data could not be used; the neutral default is kept.
 *
 * @csspart button - The quick exit button.
 * @csspart cover - What hides the page while it is left.
 * @csspart tips - The "Browse more safely" button (with `tips`).
 * @csspart tips-dialog - The dialog of steps it opens.
 *
 * @cssproperty --hr-quick-exit-color - Button colour. Default `#a4161a`.
 * @cssproperty --hr-quick-exit-text - Button text colour. Default `#fff`.
 * @cssproperty --hr-quick-exit-border - Button border colour, for contrast with the page. Default `#fff`.
 */
export class HrQuickExit extends HrElement {
  static override styles = [baseStyles, quickExitStyles];

  static override properties: PropertyDeclarations = {
    href: { reflect: true },
    position: { reflect: true },
    tips: { type: Boolean },
    announcement: { state: true },
  };

  /** No built-in content: without data, the button has its own label and destination. @internal */
  protected readonly loader = this.useData<QuickExitData>({ validate: validateQuickExit });

  /** Optional label and destination, set by code. */
  declare data: QuickExitData | null | undefined;
  /** Where to go; see the class description. */
  declare href: string | null;
  /** Corner of the screen. */
  declare position: (typeof POSITIONS)[number];
  /** Shows "Browse more safely"; see the class description. */
  declare tips: boolean;
  /** What the live region says. @internal */
  declare private announcement: string;

  #presses = 0;
  /** When the last counted Shift was released (the event's time). */
  #last = 0;
  /** Shift is down and something else was pressed with it: a capital letter, a Shift-click. */
  #shiftUsedWithAnother = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #reserved: { side: 'paddingTop' | 'paddingBottom'; before: string } | undefined;
  #resize: ResizeObserver | undefined;

  constructor() {
    super();
    this.href = null;
    this.position = 'bottom-right';
    this.tips = false;
    this.announcement = '';
  }

  /** Where activation goes: the `href` attribute, else the data's, else the neutral default. */
  get destination(): string {
    return exitHref(this.href) ?? this.loader.value?.href ?? NEUTRAL_HREF;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture on the document: the shortcut works wherever focus is, inside other shadow roots too.
    document.addEventListener('keydown', this.#onOtherKey, true);
    document.addEventListener('keyup', this.#onShiftRelease, true);
    document.addEventListener('pointerdown', this.#onShiftClick, true);
    window.addEventListener('pageshow', this.#onBackFromCache);
    // A moved element reserves its space again.
    if (this.hasUpdated) this.#watchSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onOtherKey, true);
    document.removeEventListener('keyup', this.#onShiftRelease, true);
    document.removeEventListener('pointerdown', this.#onShiftClick, true);
    window.removeEventListener('pageshow', this.#onBackFromCache);
    clearTimeout(this.#timer);
    this.#resize?.disconnect();
    this.#releaseSpace();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('href') && this.href && !exitHref(this.href)) {
      const problems: Problem[] = [];
      warn(problems, 'href', 'exitHref', quote(this.href), NEUTRAL_HREF);
      this.report(problems);
    }
  }

  protected override firstUpdated(): void {
    this.#watchSize();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('position')) this.#reserveSpace();
  }

  /** Follows the button's size (label, language, zoom) to keep the reserved space right. */
  #watchSize(): void {
    const button = this.renderRoot.querySelector('[part="button"]');
    if (!button) return;
    this.#resize ??= new ResizeObserver(() => this.#reserveSpace());
    this.#resize.observe(button);
  }

  /**
   * The fixed button must never hide the end (or start) of the page: pad the
   * body by the button's height so everything can scroll clear of it.
   */
  #reserveSpace(): void {
    const button = this.renderRoot.querySelector<HTMLElement>('[part="button"]');
    if (!button || !this.isConnected) return;
    this.#releaseSpace();
    const side = this.position?.startsWith('top') ? 'paddingTop' : 'paddingBottom';
    const body = document.body;
    this.#reserved = { side, before: body.style[side] };
    const current = parseFloat(getComputedStyle(body)[side]) || 0;
    body.style[side] = `${current + button.offsetHeight + 24}px`;
  }

  #releaseSpace(): void {
    if (!this.#reserved) return;
    document.body.style[this.#reserved.side] = this.#reserved.before;
    this.#reserved = undefined;
  }

  // Like GOV.UK's "Exit this page": each Shift counts when it is released,
  // unless another key or a click came while it was down.
  #onOtherKey = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') return;
    this.#shiftUsedWithAnother = event.shiftKey;
    this.#reset();
  };

  #onShiftClick = (event: PointerEvent): void => {
    if (!event.shiftKey) return;
    this.#shiftUsedWithAnother = true;
    this.#reset();
  };

  #onShiftRelease = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') return;
    if (this.#shiftUsedWithAnother) {
      this.#shiftUsedWithAnother = false;
      return;
    }
    clearTimeout(this.#timer);
    // Left and right Shift alike; a press more than the window after the last starts again.
    if (event.timeStamp - this.#last > PRESS_WINDOW) this.#presses = 0;
    this.#last = event.timeStamp;
    this.#presses += 1;
    if (this.#presses >= PRESSES) {
      this.#reset();
      this.exit();
      return;
    }
    this.announcement = this.t.quickExit.pressMore(PRESSES - this.#presses);
    this.#timer = setTimeout(() => this.#reset(), PRESS_WINDOW);
  };

  #reset(): void {
    clearTimeout(this.#timer);
    this.#presses = 0;
    if (this.announcement) this.announcement = '';
  }

  // Back from the back/forward cache: show the page again, ready for another exit.
  #onBackFromCache = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    this.#showCover(false);
    this.#reset();
  };

  /**
   * Covers the whole page. The popover's top layer puts it above any z-index;
   * where popovers are missing (older Safari, Firefox), a fixed cover does the job.
   */
  #showCover(show: boolean): void {
    const cover = this.renderRoot.querySelector<HTMLElement>('[part="cover"]');
    if (!cover) return;
    cover.classList.toggle('shown', show);
    try {
      if (show) cover.showPopover?.();
      else cover.hidePopover?.();
    } catch {
      // Already in that state.
    }
  }

  /** Leaves the page: cover it, tell listeners, clear storage, replace it in history. */
  exit(): void {
    const href = this.destination;
    this.#showCover(true);
    if (!this.emit('hr-exit', { href }, true)) {
      this.#showCover(false);
      return;
    }
    clearSession();
    this.announcement = this.t.quickExit.leaving;
    this.navigate(href);
  }

  /** Replaces the page, so Back does not come back to it. Tests stub this. @internal */
  navigate(href: string): void {
    location.replace(href);
  }

  // Always the button, even while data loads or when it is bad: the way out must never be missing.
  override render(): TemplateResult {
    const t = this.t.quickExit;
    const n = this.#presses;
    const label = this.loader.value?.label ?? t.label;
    // The presses that landed, as three marks that fill; the live region says it in words.
    return html`
      <button class="exit" part="button" type="button" aria-describedby="hint" @click=${() => this.exit()}>${label}${n ? html`<span aria-hidden="true">${'●●●○○○'.slice(3 - n, 6 - n)}</span>` : ''}</button>
      <span id="hint" class="visually-hidden">${t.hint}</span>
      <span class="visually-hidden" role="status">${this.announcement}</span>
      <div class="cover" part="cover" popover="manual"></div>
      ${(this.tips && chunk(tipsView, this)?.render(html, { speech: this.i18n, root: this.shadowRoot!, label, exit: () => this.exit() })) || ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hr-quick-exit': HrQuickExit;
  }
}
