import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HrElement } from '../shared/hr-element.js';
import { header, heading } from '../shared/heading.js';
import { baseStyles, buttonStyles, cardStyles, reserveStyles } from '../shared/styles.js';
import { toLayout, validatePrinciples, type Layout, type ShownPrinciple, type ShownPrinciples } from './principles-model.js';
import { principlesStyles } from './principles.styles.js';
import type { Principle, PrinciplesData } from './principles-types.js';

/** The built-in content: a chunk of its own, loaded only by pages that show it. */
const defaults = () => import('./default-content.js');

export type { PrinciplesData, Principle } from './principles-types.js';

/**
 * Principles, or any titled points, as a numbered list, a grid of cards or an
 * accordion. With no data it shows the principles of harm reduction.
 *
 * @summary Titled points as a list, cards or an accordion.
 * @tag hr-principles
 *
 * @attr {string} data - The data as JSON text: `{ "title", "intro", "principles": [{ "id", "title", "description" }] }` or a bare array of principles.
 * @attr {string} src - URL of a JSON document with the data, fetched without credentials.
 * @attr {string} lang - Language of the interface and default content (`en`, `es`); inherited from ancestors when absent.
 *
 * @event {CustomEvent<HrErrorDetail>} hr-error - The data could not be used in full: `{ message, path, problems }`.
 *
 * @csspart notice - The short notice shown when data has problems.
 * @csspart loading - The loading message while `src` is fetched.
 * @csspart title - The heading of the whole element.
 * @csspart intro - The paragraph under the title.
 * @csspart list - The list of principles (list and cards layouts).
 * @csspart item - One principle.
 * @csspart item-title - A principle's heading.
 * @csspart description - A principle's text.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button (accordion).
 * @csspart header - A principle's button that opens and closes it (accordion).
 * @csspart panel - A principle's collapsible text (accordion).
 *
 * @cssproperty --hr-reserve - Height held while a site's data loads, so the page does not jump. Default: see "Reserved space" in docs/theming.md.
 * @cssproperty --hr-color-accent - Buttons, links, list numbers and focus rings. Default `#0b5cad`.
 * @cssproperty --hr-color-on-accent - Text on accent-coloured buttons. Default `#fff`.
 * @cssproperty --hr-color-text - Text colour. Default: inherited from the page.
 * @cssproperty --hr-color-surface - Card background. Default: transparent.
 * @cssproperty --hr-color-border - Card and divider lines. Default: text colour at 30%.
 * @cssproperty --hr-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --hr-space - Space between items. Default `1rem`.
 * @cssproperty --hr-focus-ring - Focus outline. Default `3px solid` accent.
 * @cssproperty --hr-font-heading - Heading font. Default: inherited.
 */
export class HrPrinciples extends HrElement {
  /**
   * Height (rem) held while it loads: for a site's data, then for its built-in content on wide, medium (≤ 48rem) and
   * narrow (≤ 30rem) screens: the loading state's min-height. Measured by `npm run reserve`; the table in docs/theming.md is made from it.
   */
  static reserve = [12, 45, 50, 68] as const;
  static override styles = [baseStyles, buttonStyles, cardStyles, reserveStyles(this.reserve), principlesStyles];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    expanded: { state: true },
  };

  /** @internal */
  protected readonly loader = this.useData<ShownPrinciples>({ validate: validatePrinciples, defaults });

  /** The principles, set by code; wins over every other source. */
  declare data: PrinciplesData | Principle[] | null | undefined;
  /** `list` (numbered, the default), `cards` (a responsive grid) or `accordion`. */
  declare layout: Layout;
  /** Level of the title heading (1–6, default 2); principles sit one level below it. */
  declare headingLevel: number;
  /** Ids of the open accordion sections. @internal */
  declare private expanded: ReadonlySet<string>;

  constructor() {
    super();
    this.layout = 'list';
    this.headingLevel = 2;
    this.expanded = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('content') && changed.get('content') === undefined) this.#showFragment(false);
  }

  #onHashChange = (): void => this.#showFragment(true);

  /** Opens and scrolls to the principle named in the URL fragment (`#safety-first`). */
  #showFragment(focus: boolean): void {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // "#100%" and the like: not ours.
    }
    if (!id || !this.loader.value?.principles.some((p) => p.id === id)) return;
    if (toLayout(this.layout) === 'accordion' && !this.expanded.has(id)) this.expanded = new Set([...this.expanded, id]);
    void this.updateComplete.then(() => {
      const root = this.renderRoot as ShadowRoot;
      const target = root.getElementById(`h-${id}`) ?? root.getElementById(id);
      target?.scrollIntoView({ block: 'start' });
      if (focus) target?.focus();
    });
  }

  override render(): TemplateResult {
    return this.loader.render({ content: this.#renderContent });
  }

  #renderContent(content: ShownPrinciples): TemplateResult {
    const [top, itemLevel] = header(this.headingLevel, content.title, content.intro);
    const layout = toLayout(this.layout);
    return html`
      ${top}
      ${
        layout === 'accordion'
          ? this.#renderAccordion(content.principles, itemLevel)
          : layout === 'cards'
            ? // role="list": Safari drops list semantics once list-style is none.
              // eslint-disable-next-line lit-a11y/no-redundant-role
              html`<ul class="cards" part="list" role="list">${content.principles.map((p) => this.#renderItem(p, itemLevel, true))}</ul>`
            : html`<ol class="list" part="list">${content.principles.map((p) => this.#renderItem(p, itemLevel, false))}</ol>`
      }
    `;
  }

  #renderItem(p: ShownPrinciple, level: number, card: boolean): TemplateResult {
    return html`<li class=${card ? 'card' : ''} part="item" id=${p.id} tabindex="-1">${heading(level, p.title, 'item-title')}${this.#renderDescription(p)}</li>`;
  }

  #renderDescription(p: ShownPrinciple): TemplateResult | typeof nothing {
    return p.description ? html`<p part="description">${p.description}</p>` : nothing;
  }

  // WAI-ARIA Authoring Practices accordion: a button inside each heading,
  // aria-expanded and aria-controls, Up/Down/Home/End between the headers.
  #renderAccordion(principles: ShownPrinciple[], level: number): TemplateResult {
    const t = this.t.principles;
    const allOpen = principles.every((p) => this.expanded.has(p.id));
    // Regions help only while there are few of them (APG advice: up to six).
    const role = principles.length <= 6 ? 'region' : undefined;
    return html`
      <button class="button secondary toggle-all" part="toggle-all" @click=${() => this.#toggleAll(principles, !allOpen)}>
        ${allOpen ? t.collapseAll : t.expandAll}
      </button>
      <div class="accordion" @keydown=${this.#onAccordionKeydown}>
        ${principles.map((p) => {
          const open = this.expanded.has(p.id);
          return html`<div class="section" part="item">
            ${heading(
              level,
              html`<button class="header" part="header" id="h-${p.id}" aria-expanded=${open ? 'true' : 'false'} aria-controls="p-${p.id}" @click=${() => this.#toggle(p.id)}>
                <span>${p.title}</span><span class="icon" aria-hidden="true"></span>
              </button>`,
              'item-title',
            )}
            <div class="panel" part="panel" id="p-${p.id}" role=${ifDefined(role)} aria-labelledby="h-${p.id}" ?hidden=${!open}>
              ${this.#renderDescription(p)}
            </div>
          </div>`;
        })}
      </div>
    `;
  }

  #toggle(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  #toggleAll(principles: ShownPrinciple[], open: boolean): void {
    this.expanded = new Set(open ? principles.map((p) => p.id) : []);
  }

  #onAccordionKeydown(event: KeyboardEvent): void {
    const headers = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.header')];
    const i = headers.indexOf(event.target as HTMLButtonElement);
    if (i < 0) return;
    const last = headers.length - 1;
    const moves: Record<string, number> = { ArrowDown: i === last ? 0 : i + 1, ArrowUp: i === 0 ? last : i - 1, Home: 0, End: last };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    headers[next]?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hr-principles': HrPrinciples;
  }
}
