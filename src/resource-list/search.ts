/**
 * Search and filters over a directory: a folded index built once per data
 * set, and one pass that finds the matches and counts them per service. A
 * chunk of its own, fetched once the first cards are on screen (they need
 * none of it) and applied when it arrives; the filters folded away under
 * "Services" are drawn by it too. It imports nothing (only types; the element
 * hands it Lit's `html`), so nothing it needs is split out of the bundle.
 */
import type { TemplateResult, html as litHtml } from 'lit';
import type { Resource } from './resource-types.js';

/** Lower case without accents, so "Médico" matches "medico". */
export function fold(value: string): string {
  const lower = value.toLowerCase();
  // Most text is plain ASCII: skip the costly normalization for it.
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/**
 * One folded string per resource, built once. Service ids are searched by
 * their labels in every table given (English and the page's language), so
 * "naloxona" finds naloxone on a Spanish page.
 */
export class SearchIndex {
  #haystacks: string[] | undefined;
  readonly #words = new Map<string, string>();
  readonly #labels: readonly Record<string, string>[];

  constructor(
    readonly resources: readonly Resource[],
    labels: readonly Record<string, string>[] = [],
  ) {
    this.#labels = labels;
  }

  #serviceWords(service: string): string {
    let words = this.#words.get(service);
    if (words === undefined) {
      // Only a table's own entries: a service named "constructor" is not a label.
      words = fold([service, ...this.#labels.map((table) => (Object.hasOwn(table, service) ? table[service] : ''))].join(' '));
      this.#words.set(service, words);
    }
    return words;
  }

  /** Builds the index now; the element calls this when the page is idle, so the first keystroke is quick too. */
  prepare(): void {
    this.#haystacks ??= this.resources.map((r) => {
      // \u0000 between fields: a search term never matches across two of them.
      let hay = fold(`${r.name}\u0000${r.description ?? ''}\u0000${r.city ?? ''}\u0000${r.region ?? ''}`);
      for (const s of r.services ?? []) hay += `\u0000${this.#serviceWords(s)}`;
      return hay;
    });
  }

  haystack(i: number): string {
    this.prepare();
    return this.#haystacks![i]!;
  }
}

export interface Filters {
  query: string;
  /** A resource must offer every selected service. */
  services: readonly string[];
  /** Region to show; national and online resources match every region. */
  region: string;
  /** Another test each match must pass, by index ("open now"). */
  only?: (i: number) => boolean;
}

export interface FilterResult {
  /** Indices of matching resources, in data order. */
  matches: number[];
  /** For each service, how many matches offer it. */
  counts: Map<string, number>;
}

export const servesEverywhere = (r: Resource): boolean => r.coverage === 'national' || r.coverage === 'online';

export function filter(index: SearchIndex, filters: Filters): FilterResult {
  const terms = fold(filters.query).split(/\s+/).filter(Boolean);
  const { services, region } = filters;
  const matches: number[] = [];
  const counts = new Map<string, number>();
  const list = index.resources;
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    if (region && r.region !== region && !servesEverywhere(r)) continue;
    if (services.length && !services.every((s) => r.services?.includes(s))) continue;
    if (filters.only && !filters.only(i)) continue;
    if (terms.length) {
      const hay = index.haystack(i);
      if (!terms.every((t) => hay.includes(t))) continue;
    }
    matches.push(i);
    for (const s of r.services ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return { matches, counts };
}

/** One filter's checkboxes, each value with how many matches have it. */
export interface Facet {
  legend: string;
  values: readonly string[];
  label: (value: string) => string;
  count: (value: string) => number;
  selected: readonly string[];
  toggle: (value: string, on: boolean) => void;
}

export function renderFacet(html: typeof litHtml, f: Facet): TemplateResult {
  return html`<fieldset>
    <legend class="visually-hidden">${f.legend}</legend>
    <div class="chips">
      ${f.values.map(
        (value) => html`<label class="chip">
          <input type="checkbox" .checked=${f.selected.includes(value)} @change=${(e: Event) => f.toggle(value, (e.target as HTMLInputElement).checked)} />
          ${f.label(value)} <span class="meta">(${f.count(value)})</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
