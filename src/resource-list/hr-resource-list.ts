import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { HrElement } from '../shared/hr-element.js';
import { CHANGED } from '../shared/localize-controller.js';
import { header, heading } from '../shared/heading.js';
import { hostLabel, safeHref, smsHref, telHref } from '../shared/links.js';
import { formatDate, label, languageName } from '../shared/localize.js';
import { baseStyles, buttonStyles, cardStyles, reserveStyles } from '../shared/styles.js';
import { validateDirectory, type Directory, type Resource } from './resource-model.js';
import type { Choice, FilterResult, SearchIndex } from './search.js';
import type { Located, Point } from './distance.js';
import { resourceListStyles } from './resource-list.styles.js';
import { en, type ResourceStrings } from '../i18n/en.js';
import type { ResourceListData } from './resource-types.js';

/** The built-in content: a chunk of its own, loaded only by pages that show it. */
const defaults = () => import('./default-content.js');
/** Search and filters: a chunk fetched when a visitor first reaches for the controls. */
const search = () => import('./search.js');
/** "Directions, save or share": a chunk fetched when a visitor first opens one. */
const tools = () => import('./tools.js');
/** What only some directories' cards need (hours, status, payment, who it serves, "Call ahead"): fetched when the data has any. */
const details = () => import('./details.js');

export type { ResourceListData, Resource, Coverage } from './resource-types.js';

type Geo = 'idle' | 'locating' | Located;

const ANNOUNCE_DELAY = 600;

/**
 * A searchable, filterable directory of services and organizations. Search is
 * accent-insensitive; service and area filters show counts; "near me" sorts by
 * distance only when asked, and the location never leaves the device. Long
 * lists stay fast: filtering runs over a prepared index and only a page of
 * cards is in the DOM at a time. Places with structured hours say whether
 * they are open now, and an "Open now" filter shows only those. With no data it lists national harm reduction
 * organizations.
 *
 * @summary A searchable directory of services.
 * @tag hr-resource-list
 *
 * @attr {string} data - The data as JSON text (see docs/data.md), or a bare array of resources.
 * @attr {string} src - URL of a JSON document with the data, fetched without credentials.
 * @attr {string} lang - Language of the interface and default content (`en`, `es`); inherited from ancestors when absent.
 *
 * @event {CustomEvent<HrErrorDetail>} hr-error - The data could not be used in full: `{ message, path, problems }`. Invalid resources are skipped.
 *
 * @csspart notice - The short notice shown when data has problems.
 * @csspart loading - The loading message while `src` is fetched.
 * @csspart title - The heading of the whole element.
 * @csspart intro - The paragraph under the title.
 * @csspart controls - The search box and filters.
 * @csspart count - "12 places found".
 * @csspart list - The list of cards.
 * @csspart card - One resource.
 * @csspart name - A resource's heading.
 * @csspart empty - What is shown when nothing matches.
 * @csspart more - The "Show more" button.
 *
 * @cssproperty --hr-reserve - Height held while a site's data loads, so the page does not jump. Default: see "Reserved space" in docs/theming.md.
 * @cssproperty --hr-color-accent - Buttons, links, selected filters and focus rings. Default `#0b5cad`.
 * @cssproperty --hr-color-surface - Card background. Default: transparent.
 * @cssproperty --hr-color-border - Card and field borders. Default: text colour at 30%.
 * @cssproperty --hr-color-input - Search field background. Default: the system field colour.
 * @cssproperty --hr-radius - Corner radius. Default `0.5rem`.
 * @cssproperty --hr-space - Space between cards. Default `1rem`.
 */
export class HrResourceList extends HrElement {
  /**
   * Height (rem) held while it loads: for a site's data, then for its built-in content on wide, medium (≤ 48rem) and
   * narrow (≤ 30rem) screens: the loading state's min-height. Measured by `npm run reserve`; the table in docs/theming.md is made from it.
   */
  static reserve = [30, 97, 120, 182] as const;
  static override styles = [baseStyles, buttonStyles, cardStyles, reserveStyles(this.reserve), resourceListStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    query: { state: true },
    selected: { state: true },
    region: { state: true },
    openNow: { state: true },
    shown: { state: true },
    origin: { state: true },
    radius: { state: true },
    geo: { state: true },
    announcement: { state: true },
  };

  /** @internal */
  protected readonly loader = this.useData<Directory>({ validate: validateDirectory, defaults, stream: 'resources' });

  /** The directory, set by code; wins over every other source. */
  declare data: ResourceListData | Resource[] | null | undefined;
  /** Level of the title heading (1–6, default 2); resource names sit one below. */
  declare headingLevel: number;
  /** How many cards to show at first and add with each "Show more" (default 20, at most 100). */
  declare pageSize: number;
  /** @internal */
  declare private query: string;
  /** Selected service ids. @internal */
  declare private selected: readonly Choice[];
  /** @internal */
  declare private region: string;
  /** Only places open now. @internal */
  declare private openNow: boolean;
  /** @internal */
  declare private shown: number;
  /** The visitor's position, in memory only, after they asked. @internal */
  declare private origin: Point | undefined;
  /** Only places this near the visitor, in their unit; 0 for any distance. @internal */
  declare private radius: number;
  /** @internal */
  declare private geo: Geo;
  /** @internal */
  declare private announcement: string;

  /** The search chunk, once it has arrived. Until then the list shows unfiltered, and filters asked for wait for it. */
  #search: typeof import('./search.js') | undefined;
  #searchLoad: Promise<unknown> | undefined;
  #index: SearchIndex | undefined;
  /** The matches were derived without the search chunk. */
  #pending = true;
  #result: FilterResult = { matches: [], counts: new Map() };
  /** The details chunk, once it has arrived (false: it could not load, and the cards show without). */
  #details: typeof import('./details.js') | false | undefined;
  #detailsLoading = false;
  #tick: ReturnType<typeof setInterval> | undefined;
  #tools: typeof import('./tools.js') | undefined;
  /** The time structured hours are checked against. Tests set it. @internal */
  static now = (): Date => new Date();
  #order: number[] = [];
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #focusCard: number | undefined;
  /** The distance module, once a visitor asked for "near me". */
  #distance: typeof import('./distance.js') | undefined;

  constructor() {
    super();
    this.headingLevel = 2;
    this.pageSize = 20;
    this.query = '';
    this.selected = [];
    this.region = '';
    this.openNow = false;
    this.shown = 0;
    this.origin = undefined;
    this.geo = 'idle';
    this.radius = 0;
    this.announcement = '';
  }

  get #page(): number {
    // At most 100 cards at a time: the page stays light whatever the attribute says.
    return Math.min(100, Math.max(1, Math.floor(this.pageSize) || 20));
  }

  protected override willUpdate(): void {
    // A directory from src is a long list, usually with hours: the details chunk is asked for before the list, so it is not held behind it.
    if (this.src) this.#loadDetails();
  }

  // update(), not willUpdate(): the data and the language are read just before it.
  protected override update(changed: PropertyValues): void {
    const content = this.loader.value;
    if (content && this.i18n.strings) this.#derive(changed, content);
    super.update(changed);
  }

  #derive(changed: PropertyValues, content: Directory): void {
    const dataChanged = changed.has('content') || changed.has('table');
    const module = this.#search;
    if (dataChanged) {
      this.#index = undefined;
      // Choices the data no longer offers go; the search chunk knows what it offers (none are made without it).
      if (module) this.selected = this.selected.filter((c) => module.offers(content, c));
      if (!content.regions.includes(this.region)) this.region = '';
    }
    const asked = ['query', 'selected', 'region', 'openNow', 'radius'].some((key) => changed.has(key));
    // Derived without the search chunk last time: derived again once it is here, for the filters and their counts.
    const filtersChanged = asked || (this.#pending && module);
    if (dataChanged || filtersChanged) {
      const { origin, radius, openNow } = this;
      const now = HrResourceList.now();
      const near = radius && origin && this.#distance;
      const filtered = this.query.trim() || this.selected.length || this.region || openNow || near;
      this.#index ??= module && new module.SearchIndex(content.resources, [en.services, this.t.services]);
      // Without the search chunk, everything matches: the first cards need none of it.
      this.#result = this.#index
        ? module!.filter(this.#index, {
            query: this.query,
            chosen: this.selected,
            region: this.region,
            // Only places known to be open (a place without structured hours may be closed), and near enough.
            only:
              openNow || near
                ? (i) =>
                    (!openNow || Boolean(this.#details && this.#details.isOpen(content.resources[i]!, content, now))) &&
                    (!near || near.within(origin!, content.resources[i]!, radius, this.i18n.lang))
                : undefined,
          })
        : filtered
          ? this.#result
          : { matches: content.resources.map((_, i) => i), counts: new Map() };
      this.#pending = !module;
      if (filtered && !module) this.#loadSearch();
      this.shown = this.#page;
    }
    if (dataChanged || filtersChanged || changed.has('origin')) {
      const order =
        this.origin && this.#distance
          ? this.#distance.byDistance(content.resources, this.#result.matches, this.origin)
          : this.#result.matches;
      this.#order = this.#details ? this.#details.closedLast(content.resources, order) : order;
    }
    if (asked) this.#announceSoon();
  }

  /** Fetches the search chunk, once; filters asked for meanwhile apply when it lands, and the index is built then. */
  #loadSearch(): void {
    this.#searchLoad ??= search().then(
      (module) => {
        this.#search = module;
        this.requestUpdate();
        // After the next frame: the first keystroke is quick too.
        setTimeout(() => this.#index?.prepare(), 50);
      },
      // Offline: the next reach for the controls tries again.
      () => (this.#searchLoad = undefined),
    );
  }

  /** What the details chunk adds to a card now; undefined without it. */
  #card(directory: Directory, r: Resource) {
    return this.#details ? this.#details.card(html, r, directory, this.i18n, this.t.resources, HrResourceList.now()) : undefined;
  }

  #loadTools(): void {
    tools().then(
      (module) => {
        this.#tools = module;
        this.requestUpdate();
      },
      // Offline: nothing shows, and the next opening tries again; never an error in the host page.
      () => undefined,
    );
  }

  /** Fetches the details chunk; the cards wait for it, so nothing moves when it lands. */
  #loadDetails(): void {
    if (this.#detailsLoading) return;
    this.#detailsLoading = true;
    // A page's first date format loads the browser's time-zone data (over 100 ms on a slow phone): made now, while the
    // chunk and the list are on their way, not when the chunk arrives with the first entries.
    setTimeout(Intl.DateTimeFormat);
    details().then(
      (module) => {
        this.#details = module;
        this.#startTick();
        // As if the data had changed: its order (closed places last) is derived again.
        this.requestUpdate('content', undefined, CHANGED);
      },
      () => {
        this.#details = false;
        this.requestUpdate();
      },
    );
  }

  /** "Open now · closes 5 PM" stays true as the minutes pass. */
  #startTick(): void {
    if (this.#details && this.isConnected) this.#tick ??= setInterval(() => this.requestUpdate(), 60_000);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#startTick();
  }

  protected override updated(): void {
    if (this.#focusCard === undefined) return;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="card"]')[this.#focusCard]?.focus();
    this.#focusCard = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    clearInterval(this.#tick);
    this.#tick = undefined;
  }

  /** Says the number of matches once typing pauses, so a screen reader is not flooded. */
  #announceSoon(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = this.#countText(this.t.resources);
    }, ANNOUNCE_DELAY);
  }

  #countText(t: ResourceStrings): string {
    const n = this.#result.matches.length;
    // While a long list arrives, the count is of what has come so far.
    const total = this.loader.value?.resources.length ?? n;
    return this.loader.arriving ? t.arriving(n) : !n ? t.none : n === total ? t.found(n) : t.foundOf(n, total);
  }

  #serviceLabel(id: string): string {
    return label(this.t.services, id) ?? id;
  }

  #clearFilters(): void {
    this.query = '';
    this.selected = [];
    this.region = '';
    this.openNow = false;
    this.radius = 0;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  #showMore(): void {
    this.#focusCard = this.shown;
    this.shown += this.#page;
  }

  #locate(): void {
    if (this.origin || this.geo === 'locating') {
      this.origin = undefined;
      this.geo = 'idle';
      this.radius = 0;
      return;
    }
    this.geo = 'locating';
    import('./distance.js').then(
      (module) => {
        this.#distance = module;
        module.locate((geo, origin) => {
          if (this.geo !== 'locating') return;
          this.geo = geo;
          this.origin = origin;
          this.shown = this.#page;
        });
      },
      () => this.geo === 'locating' && (this.geo = 'failed'),
    );
  }

  override render(): TemplateResult {
    const waiting = Boolean(this.loader.value?.detailed && this.#details === undefined);
    if (waiting) this.#loadDetails();
    return this.loader.render({ content: this.#renderContent }, waiting);
  }

  #renderContent(directory: Directory): TemplateResult {
    const t = this.t.resources;
    const [top, itemLevel] = header(this.headingLevel, directory.title, directory.intro);
    const total = this.#result.matches.length;
    const visible = this.#order.slice(0, this.shown);
    const filtered = Boolean(this.query || this.selected.length || this.region || this.openNow || this.radius);
    return html`
      ${top}
      <div class="controls" part="controls" @focusin=${this.#loadSearch}>
        <div>
          <label for="search">${t.search}</label>
          <input id="search" type="search" autocomplete="off" enterkeyhint="search" .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </div>
        ${directory.filterable ? this.#renderFilters(directory, t) : nothing}
        <div class="actions">
          ${
            directory.hasHours && this.#details
              ? this.#details.openNowToggle(html, this.i18n, this.openNow, (on) => (this.openNow = on))
              : nothing
          }
          ${
            directory.hasCoordinates
              ? html`<button class="button secondary" type="button" aria-pressed=${this.origin ? 'true' : 'false'} @click=${this.#locate}>${t.nearMe}</button>`
              : nothing
          }
          ${this.origin ? this.#distance?.radiusChoice(html, this.i18n, this.radius, (r) => (this.radius = r)) : nothing}
          ${filtered ? html`<button class="button secondary" type="button" @click=${this.#clearFilters}>${t.clear}</button>` : nothing}
        </div>
        <p role="status" class="meta">${this.geo === 'idle' ? '' : this.#distance && this.i18n.words(this.#distance.NEAR_STRINGS, 'near')[this.geo]}</p>
      </div>
      <p class="count" part="count">${this.#countText(t)}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${total === 0 ? this.#search?.renderEmpty(html, this.i18n, t, () => this.#clearFilters()) : nothing}
      <ul class="cards" part="list">
        ${visible.map((i) => this.#renderCard(directory, directory.resources[i]!, itemLevel, t))}
      </ul>
      ${
        total > this.shown
          ? html`<button class="button secondary" part="more" type="button" @click=${this.#showMore}>${t.showMore(Math.min(this.#page, total - this.shown))}</button>`
          : nothing
      }
    `;
  }

  #renderFilters(directory: Directory, t: ResourceStrings): TemplateResult {
    const module = this.#search;
    const details = this.#details;
    const n = this.selected.length + (this.region ? 1 : 0);
    // Folded away by default: a long row of filters would push the results off a phone screen.
    // Drawn by the search chunk, which opening it (or a focus on the summary) fetches.
    return html`<details class="filters" @toggle=${this.#loadSearch}>
      <summary>${t.filters}${n ? ` (${n})` : ''}</summary>
      ${
        module
          ? module.renderFilters(html, {
              directory,
              t,
              speech: this.i18n,
              services: this.t.services,
              details: details && this.i18n.words(details.DETAILS_STRINGS, 'details'),
              counts: this.#result.counts,
              chosen: this.selected,
              region: this.region,
              toggle: (choice, on) => (this.selected = on ? [...this.selected, choice] : this.selected.filter((c) => c !== choice)),
              setRegion: (region) => (this.region = region),
            })
          : html`<p role="status">${this.t.shared.loading}</p>`
      }
    </details>`;
  }

  #renderCard(directory: Directory, r: Resource, level: number, t: ResourceStrings): TemplateResult {
    const { locale } = this.i18n;
    const more = this.#card(directory, r);
    // The site owner's own words for the week win; else the week made from the structured hours.
    const hours = r.hours || more?.week;
    const tel = telHref(r.phone);
    const sms = smsHref(r.sms);
    const web = safeHref(r.url);
    const place = [r.address, r.city, r.region].filter(Boolean).join(', ');
    return html`<li class="card" part="card" tabindex="-1">
      ${heading(level, r.name, 'name')}
      ${
        r.coverage === 'national' || r.coverage === 'online'
          ? html`<span class="badge">${r.coverage === 'national' ? t.national : t.online}${this.region ? ` · ${t.servesEverywhere}` : ''}</span>`
          : nothing
      }
      ${more?.badge}
      ${this.origin && this.#distance?.badge(html, this.origin, r, this.i18n)}
      ${r.description ? html`<p>${r.description}</p>` : nothing}
      ${r.services?.length ? html`<ul class="tags" aria-label=${t.services}>${r.services.map((s) => html`<li>${this.#serviceLabel(s)}</li>`)}</ul>` : nothing}
      ${
        tel || sms || r.email || web
          ? html`<ul class="contact">
            ${tel ? html`<li><a href=${tel}>${t.call} ${r.phone}</a></li>` : nothing}
            ${sms ? html`<li><a href=${sms}>${t.text} ${r.sms}</a></li>` : nothing}
            ${r.email ? html`<li><a href="mailto:${r.email}">${t.email} ${r.email}</a></li>` : nothing}
            ${web ? html`<li><a href=${web} rel="noopener noreferrer">${t.website}: ${hostLabel(web)}</a></li>` : nothing}
          </ul>`
          : nothing
      }
      ${place ? html`<p>${t.address}: ${place}</p>` : nothing}
      ${hours ? html`<p>${t.hours}: ${hours}</p>` : nothing}
      ${r.languages?.length ? html`<p>${t.languages}: ${r.languages.map((l) => languageName(l, locale)).join(', ')}</p>` : nothing}
      ${more ? more.lines : r.verified ? html`<p class="meta">${t.lastChecked(formatDate(r.verified, locale))}</p>` : nothing}
      <details class="take" @toggle=${this.#loadTools}>
        <summary>${t.takeIt}</summary>
        ${this.#tools?.render(html, r, { speech: this.i18n, t, directory, hours })}
      </details>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hr-resource-list': HrResourceList;
  }
}
