import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { HrElement } from '../shared/hr-element.js';
import { header, heading } from '../shared/heading.js';
import { hostLabel, safeHref, smsHref, telHref } from '../shared/links.js';
import { formatDate, label, languageName } from '../shared/localize.js';
import { baseStyles, buttonStyles, cardStyles, reserveStyles } from '../shared/styles.js';
import {
  SearchIndex,
  filter,
  servesEverywhere,
  validateDirectory,
  type Directory,
  type FilterResult,
  type Resource,
} from './resource-model.js';
import type { Point } from './distance.js';
import { resourceListStyles } from './resource-list.styles.js';
import { en, type ResourceStrings } from '../i18n/en.js';
import type { ResourceListData } from './resource-types.js';

/** The built-in content: a chunk of its own, loaded only by pages that show it. */
const defaults = () => import('./default-content.js');

export type { ResourceListData, Resource, Coverage } from './resource-types.js';

type Geo = 'idle' | 'locating' | 'on' | 'denied' | 'failed';

const ANNOUNCE_DELAY = 600;

/**
 * A searchable, filterable directory of services and organizations. Search is
 * accent-insensitive; service and area filters show counts; "near me" sorts by
 * distance only when asked, and the location never leaves the device. Long
 * lists stay fast: filtering runs over a prepared index and only a page of
 * cards is in the DOM at a time. With no data it lists national harm reduction
 * organizations.
 *
 * @summary A searchable directory of services.
 * @tag hr-resource-list
 *
 * @attr {string} data - The data as JSON text (see the README), or a bare array of resources.
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
 * @cssproperty --hr-reserve - Height held while a site's data loads, so the page does not jump. Default: see "Reserved space" in the README.
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
   * narrow (≤ 30rem) screens: the loading state's min-height. Measured by `npm run reserve`; the README's table is made from it.
   */
  static reserve = [30, 97, 120, 182] as const;
  static override styles = [baseStyles, buttonStyles, cardStyles, reserveStyles(this.reserve), resourceListStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    query: { state: true },
    selected: { state: true },
    region: { state: true },
    shown: { state: true },
    origin: { state: true },
    geo: { state: true },
    announcement: { state: true },
  };

  /** @internal */
  protected readonly loader = this.useData<Directory>({ validate: validateDirectory, defaults });

  /** The directory, set by code; wins over every other source. */
  declare data: ResourceListData | Resource[] | null | undefined;
  /** Level of the title heading (1–6, default 2); resource names sit one below. */
  declare headingLevel: number;
  /** How many cards to show at first and add with each "Show more" (default 20, at most 100). */
  declare pageSize: number;
  /** @internal */
  declare private query: string;
  /** Selected service ids. @internal */
  declare private selected: readonly string[];
  /** @internal */
  declare private region: string;
  /** @internal */
  declare private shown: number;
  /** The visitor's position, in memory only, after they asked. @internal */
  declare private origin: Point | undefined;
  /** @internal */
  declare private geo: Geo;
  /** @internal */
  declare private announcement: string;

  #index: SearchIndex | undefined;
  #result: FilterResult = { matches: [], counts: new Map() };
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
    this.shown = 0;
    this.origin = undefined;
    this.geo = 'idle';
    this.announcement = '';
  }

  get #page(): number {
    // At most 100 cards at a time: the page stays light whatever the attribute says.
    return Math.min(100, Math.max(1, Math.floor(this.pageSize) || 20));
  }

  // update(), not willUpdate(): the data and the language are read just before it.
  protected override update(changed: PropertyValues): void {
    const content = this.loader.value;
    if (content && this.i18n.strings) this.#derive(changed, content);
    super.update(changed);
  }

  #derive(changed: PropertyValues, content: Directory): void {
    if (changed.has('content') || changed.has('strings')) {
      this.#index = new SearchIndex(content.resources, [en.services, this.t.services]);
      this.selected = this.selected.filter((s) => content.services.includes(s));
      if (!content.regions.includes(this.region)) this.region = '';
    }
    const filtersChanged = changed.has('query') || changed.has('selected') || changed.has('region');
    if (changed.has('content') || changed.has('strings') || filtersChanged) {
      this.#result = filter(this.#index!, { query: this.query, services: this.selected, region: this.region });
      this.shown = this.#page;
    }
    if (changed.has('content') || changed.has('strings') || filtersChanged || changed.has('origin')) {
      this.#order =
        this.origin && this.#distance
          ? this.#distance.byDistance(content.resources, this.#result.matches, this.origin)
          : this.#result.matches;
    }
    if (filtersChanged) this.#announceSoon();
  }

  protected override updated(changed: PropertyValues): void {
    if ((changed.has('content') || changed.has('strings')) && this.#index) {
      const index = this.#index;
      // After the first cards are painted, not before: they must not wait for it.
      setTimeout(() => index.prepare(), 50);
    }
    if (this.#focusCard === undefined) return;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="card"]')[this.#focusCard]?.focus();
    this.#focusCard = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
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
    return n ? t.matches(n, this.loader.value?.resources.length ?? n) : t.none;
  }

  #serviceLabel(id: string): string {
    return label(this.t.services, id) ?? id;
  }

  #clearFilters(): void {
    this.query = '';
    this.selected = [];
    this.region = '';
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  #toggleService(id: string, on: boolean): void {
    this.selected = on ? [...this.selected, id] : this.selected.filter((s) => s !== id);
  }

  #showMore(): void {
    this.#focusCard = this.shown;
    this.shown += this.#page;
  }

  #locate(): void {
    if (this.origin || this.geo === 'locating') {
      this.origin = undefined;
      this.geo = 'idle';
      return;
    }
    if (!('geolocation' in navigator)) {
      this.geo = 'failed';
      return;
    }
    this.geo = 'locating';
    // Fetched while the browser finds the position.
    const distance = import('./distance.js');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        distance.then(
          (module) => {
            if (this.geo !== 'locating') return;
            this.#distance = module;
            this.origin = { lat: coords.latitude, lng: coords.longitude };
            this.geo = 'on';
            this.shown = this.#page;
          },
          () => this.geo === 'locating' && (this.geo = 'failed'),
        );
      },
      (error) => {
        if (this.geo !== 'locating') return;
        this.geo = error.code === error.PERMISSION_DENIED ? 'denied' : 'failed';
      },
      { enableHighAccuracy: false, maximumAge: 10 * 60 * 1000, timeout: 20000 },
    );
  }

  override render(): TemplateResult {
    return this.loader.render({ content: this.#renderContent });
  }

  #renderContent(directory: Directory): TemplateResult {
    const t = this.t.resources;
    const [top, itemLevel] = header(this.headingLevel, directory.title, directory.intro);
    const total = this.#result.matches.length;
    const visible = this.#order.slice(0, this.shown);
    const filtered = Boolean(this.query || this.selected.length || this.region);
    const geoMessage = { idle: '', locating: t.locating, on: t.sortedByDistance, denied: t.locationDenied, failed: t.locationFailed }[
      this.geo
    ];
    return html`
      ${top}
      <div class="controls" part="controls">
        <div>
          <label for="search">${t.search}</label>
          <input id="search" type="search" autocomplete="off" enterkeyhint="search" .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </div>
        ${directory.services.length ? this.#renderServices(directory, t) : nothing}
        ${
          directory.regions.length > 1
            ? html`<div>
              <label for="region">${t.region}</label>
              <select id="region" @change=${(e: Event) => (this.region = (e.target as HTMLSelectElement).value)}>
                <option value="" .selected=${!this.region}>${t.allRegions}</option>
                ${directory.regions.map((r) => html`<option value=${r} .selected=${r === this.region}>${r}</option>`)}
              </select>
            </div>`
            : nothing
        }
        <div class="actions">
          ${
            directory.hasCoordinates
              ? html`<button class="button secondary" type="button" aria-pressed=${this.origin ? 'true' : 'false'} @click=${this.#locate}>${t.nearMe}</button>`
              : nothing
          }
          ${filtered ? html`<button class="button secondary" type="button" @click=${this.#clearFilters}>${t.clear}</button>` : nothing}
        </div>
        <p role="status" class="meta">${geoMessage}</p>
      </div>
      <p class="count" part="count">${this.#countText(t)}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${total === 0 ? this.#renderEmpty(t, filtered) : nothing}
      <ul class="cards" part="list">
        ${visible.map((i) => this.#renderCard(directory.resources[i]!, itemLevel, t))}
      </ul>
      ${
        total > this.shown
          ? html`<button class="button secondary" part="more" type="button" @click=${this.#showMore}>${t.showMore(Math.min(this.#page, total - this.shown))}</button>`
          : nothing
      }
    `;
  }

  #renderServices(directory: Directory, t: ResourceStrings): TemplateResult {
    // Folded away by default: a long row of filters would push the results off a phone screen.
    return html`<details class="filters">
      <summary>${t.services}${this.selected.length ? ` (${this.selected.length})` : ''}</summary>
      <fieldset>
      <legend class="visually-hidden">${t.services}</legend>
      <div class="chips">
        ${directory.services.map((id) => {
          const on = this.selected.includes(id);
          const count = this.#result.counts.get(id) ?? 0;
          return html`<label class="chip">
            <input type="checkbox" .checked=${on} @change=${(e: Event) => this.#toggleService(id, (e.target as HTMLInputElement).checked)} />
            ${this.#serviceLabel(id)} <span class="meta">(${count})</span>
          </label>`;
        })}
      </div>
      </fieldset>
    </details>`;
  }

  #renderEmpty(t: ResourceStrings, filtered: boolean): TemplateResult {
    return html`<div class="empty" part="empty">
      <p><strong>${t.none}</strong></p>
      <p>${t.noneHelp}</p>
      <ul aria-label=${t.nationalLines}>
        <li><a href="tel:988">${t.line988}</a></li>
        <li><a href="tel:18006624357">${t.lineSamhsa}</a></li>
      </ul>
      ${filtered ? html`<button class="button" type="button" @click=${this.#clearFilters}>${t.clear}</button>` : nothing}
    </div>`;
  }

  #renderCard(r: Resource, level: number, t: ResourceStrings): TemplateResult {
    const lang = this.i18n.lang;
    const tel = telHref(r.phone);
    const sms = smsHref(r.sms);
    const web = safeHref(r.url);
    const place = [r.address, r.city, r.region].filter(Boolean).join(', ');
    const geo = this.#distance;
    const distance =
      this.origin && geo && r.lat !== undefined && r.lng !== undefined
        ? geo.formatDistance(geo.distanceKm(this.origin, { lat: r.lat, lng: r.lng }), navigator.language || lang, lang)
        : '';
    return html`<li class="card" part="card" tabindex="-1">
      ${heading(level, r.name, 'name')}
      ${
        r.coverage === 'national' || r.coverage === 'online'
          ? html`<span class="badge">${r.coverage === 'national' ? t.national : t.online}${this.region && servesEverywhere(r) ? ` · ${t.servesEverywhere}` : ''}</span>`
          : nothing
      }
      ${distance ? html`<p class="badge">${t.away(distance)}</p>` : nothing}
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
      ${r.hours ? html`<p>${t.hours}: ${r.hours}</p>` : nothing}
      ${r.languages?.length ? html`<p>${t.languages}: ${r.languages.map((l) => languageName(l, lang)).join(', ')}</p>` : nothing}
      ${r.verified ? html`<p class="meta">${t.lastChecked(formatDate(r.verified, lang))}</p>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hr-resource-list': HrResourceList;
  }
}
