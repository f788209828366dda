/**
 * Search and filters over a directory: a folded index built once per data
 * set, and one pass that finds the matches and counts them per service. A
 * chunk of its own, fetched once the first cards are on screen (they need
 * none of it) and applied when it arrives; the filters folded away under
 * "Filters" are drawn by it too. It imports nothing (only types; the element
 * hands it Lit's `html`), so nothing it needs is split out of the bundle.
 */
import type { Speech } from '../shared/localize-controller.js';
import type { TemplateResult, html as litHtml } from 'lit';
import type { ResourceStrings } from '../i18n/en.js';
import type { Lang } from '../shared/localize.js';
import type { DetailsStrings } from './details.js';
import type { Directory } from './resource-model.js';
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
  /** Filter values by number; each resource's numbers are `#flat[#start[i]]` up to `#flat[#start[i + 1]]`. */
  #choices: string[] = [];
  #flat = new Int32Array();
  #start = new Int32Array();
  readonly #words = new Map<string, string>();
  readonly #labels: readonly Record<string, string>[];
  /** The last few results by their filters (not "open now", which the clock changes): a backspace finds its answer here. */
  readonly results = new Map<string, Kept>();
  /** The last result, to narrow from while a person types on. */
  last: Kept | undefined;

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
    if (this.#haystacks) return;
    this.#haystacks = this.resources.map((r) => {
      // \u0000 between fields: a search term never matches across two of them.
      let hay = fold(`${r.name}\u0000${r.description ?? ''}\u0000${r.city ?? ''}\u0000${r.region ?? ''}`);
      for (const s of r.services ?? []) hay += `\u0000${this.#serviceWords(s)}`;
      return hay;
    });
    // Each resource's filter values as numbers, end to end: a keystroke counts them into an array, not a map.
    const ids = new Map<string, number>();
    const flat: number[] = [];
    const start = new Int32Array(this.resources.length + 1);
    this.resources.forEach((r, i) => {
      for (const key of FACETS) {
        for (const value of r[key] ?? []) {
          const choice = `${key}:${value}`;
          let id = ids.get(choice);
          if (id === undefined) ids.set(choice, (id = ids.size));
          flat.push(id);
        }
      }
      start[i + 1] = flat.length;
    });
    this.#choices = [...ids.keys()];
    this.#flat = Int32Array.from(flat);
    this.#start = start;
  }

  /** How many of `matches` have each filter value ("payment:free"). */
  count(matches: readonly number[]): Map<string, number> {
    this.prepare();
    const tally = new Int32Array(this.#choices.length);
    const flat = this.#flat;
    const start = this.#start;
    for (const i of matches) for (let k = start[i]!; k < start[i + 1]!; k++) tally[flat[k]!]!++;
    const counts = new Map<string, number>();
    tally.forEach((n, id) => n && counts.set(this.#choices[id]!, n));
    return counts;
  }

  /** One folded string per resource, in data order. */
  haystacks(): readonly string[] {
    this.prepare();
    return this.#haystacks!;
  }
}

/** What a visitor can filter by, beside the search box and the area. Each is a list on a resource. */
export const FACETS = ['services', 'payment', 'populations', 'languages'] as const;
export type FacetKey = (typeof FACETS)[number];

/** A selected filter value: "services:naloxone", "languages:es". */
export type Choice = `${FacetKey}:${string}`;

export interface Filters {
  query: string;
  /** A resource must have every value chosen (an AND, within and across filters), as the counts show. */
  chosen: readonly Choice[];
  /** Region to show; national and online resources match every region. */
  region: string;
  /** Another test each match must pass, by index ("open now"). */
  only?: (i: number) => boolean;
}

export interface FilterResult {
  /** Indices of matching resources, in data order. */
  matches: number[];
  /** For each filter value (a Choice), how many matches have it. */
  counts: Map<string, number>;
}

export const servesEverywhere = (r: Resource): boolean => r.coverage === 'national' || r.coverage === 'online';

/** A result kept, with the filters it answers. */
interface Kept extends FilterResult {
  terms: string[];
  /** The area and the chosen values, as JSON. */
  rest: string;
}

/** How many results a directory keeps: enough to backspace over a word. */
const KEPT = 12;

export function filter(index: SearchIndex, filters: Filters): FilterResult {
  const terms = fold(filters.query).split(/\s+/).filter(Boolean);
  const { region, only } = filters;
  const chosen = filters.chosen.map((c) => {
    const at = c.indexOf(':');
    return [c.slice(0, at) as FacetKey, c.slice(at + 1)] as const;
  });
  const rest = JSON.stringify([region, filters.chosen]);
  const key = JSON.stringify([terms, rest]);
  const { results, last } = index;
  const kept = only ? undefined : results.get(key);
  if (kept) return kept;
  // Typing on: when each earlier term is inside a term now, only the earlier matches can match.
  const from = !only && last?.rest === rest && last.terms.every((t) => terms.some((n) => n.includes(t))) ? last.matches : undefined;
  const matches: number[] = [];
  const list = index.resources;
  const hays = index.haystacks();
  // Plain loops: this runs per keystroke over every entry (or every earlier match).
  const n = from ? from.length : list.length;
  next: for (let k = 0; k < n; k++) {
    const i = from ? from[k]! : k;
    const r = list[i]!;
    if (region && r.region !== region && !servesEverywhere(r)) continue;
    if (chosen.length && !chosen.every(([key, value]) => r[key]?.includes(value))) continue;
    if (only && !only(i)) continue;
    for (const term of terms) if (!hays[i]!.includes(term)) continue next;
    matches.push(i);
  }
  const result = { matches, counts: index.count(matches), terms, rest };
  if (!only) {
    if (results.size >= KEPT) results.delete(results.keys().next().value!);
    results.set(key, result);
    index.last = result;
  }
  return result;
}

/** Values offered per filter: services as the validator listed them; the others as the data has them, most common first. */
const offered = new WeakMap<Directory, Record<FacetKey, string[]>>();

function valuesOf(directory: Directory): Record<FacetKey, string[]> {
  let values = offered.get(directory);
  if (values) return values;
  const tally = (key: FacetKey): string[] => {
    const counts = new Map<string, number>();
    for (const r of directory.resources) for (const v of r[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    // A long row of choices helps nobody: the 40 most common, and the rest found by search.
    return [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([v]) => v)
      .slice(0, 40);
  };
  values = { services: directory.services, payment: tally('payment'), populations: tally('populations'), languages: tally('languages') };
  offered.set(directory, values);
  return values;
}

/** Whether the data offers a choice (a new data set may not). */
export function offers(directory: Directory, choice: Choice): boolean {
  const at = choice.indexOf(':');
  return valuesOf(directory)[choice.slice(0, at) as FacetKey].includes(choice.slice(at + 1));
}

/** What the filters panel shows, and what it changes. */
export interface Panel {
  directory: Directory;
  t: ResourceStrings;
  speech: Speech;
  /** Labels of well-known service ids in the page's language. */
  services: Record<string, string>;
  /** Payment and population labels and titles, when the data has them (the details chunk). */
  details: DetailsStrings | false | undefined;
  counts: Map<string, number>;
  chosen: readonly Choice[];
  region: string;
  toggle: (choice: Choice, on: boolean) => void;
  setRegion: (region: string) => void;
}

const own = (table: Record<string, string> | undefined, id: string): string => (table && Object.hasOwn(table, id) ? table[id]! : id);

const endonyms = new Map<string, string>();

/**
 * A language's name in that language, as language pickers write it: a visitor
 * looking for Spanish looks for "Español", whatever the page's language.
 */
function endonym(code: string): string {
  let name = endonyms.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
      name = name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
    } catch {
      name = code;
    }
    // The panel draws again on each keystroke; a name is looked up once.
    endonyms.set(code, name);
  }
  return name;
}

/** The area, then one set of checkboxes per filter the data uses, each value with how many matches have it. */
export function renderFilters(html: typeof litHtml, p: Panel): TemplateResult {
  const { t, directory, details } = p;
  const s = p.speech.words(SEARCH_STRINGS, 'search');
  const values = valuesOf(directory);
  const facets: [FacetKey, string, (v: string) => string][] = [
    ['services', t.services, (v) => own(p.services, v)],
    ['payment', details ? details.payment : 'Payment', (v) => own(details ? details.paymentLabels : undefined, v)],
    ['populations', details ? details.populations : 'Serves', (v) => own(details ? details.populationLabels : undefined, v)],
    ['languages', t.languages, endonym],
  ];
  return html`
    ${
      directory.regions.length > 1
        ? html`<div>
          <label for="region">${s.region}</label>
          <select id="region" @change=${(e: Event) => p.setRegion((e.target as HTMLSelectElement).value)}>
            <option value="" .selected=${!p.region}>${s.allRegions}</option>
            ${directory.regions.map((r) => html`<option value=${r} .selected=${r === p.region}>${r}</option>`)}
          </select>
        </div>`
        : ''
    }
    ${facets.map(([key, legend, label]) =>
      values[key].length > (key === 'languages' ? 1 : 0)
        ? html`<fieldset>
          <legend>${legend}</legend>
          <div class="chips">
            ${values[key].map((value) => {
              const choice: Choice = `${key}:${value}`;
              return html`<label class="chip">
                <input type="checkbox" .checked=${p.chosen.includes(choice)} @change=${(e: Event) => p.toggle(choice, (e.target as HTMLInputElement).checked)} />
                ${label(value)} <span class="meta">(${p.counts.get(choice) ?? 0})</span>
              </label>`;
            })}
          </div>
        </fieldset>`
        : '',
    )}
  `;
}

/** The area filter's words, and what no match says. Here, not in the bundle's tables: only the controls bring them about. */
export const SEARCH_STRINGS: Record<
  Lang,
  { region: string; allRegions: string; noneHelp: string; nationalLines: string; line988: string; lineSamhsa: string }
> = {
  en: {
    region: 'Area',
    allRegions: 'All areas',
    noneHelp: 'Try fewer words or clear the filters. You can also call a national line, free and confidential:',
    nationalLines: 'National help lines',
    line988: '988 Suicide & Crisis Lifeline: call or text 988',
    lineSamhsa: 'SAMHSA National Helpline: 1-800-662-4357',
  },
  es: {
    region: 'Zona',
    allRegions: 'Todas las zonas',
    noneHelp: 'Prueba con menos palabras o quita los filtros. También puedes llamar a una línea nacional, gratuita y confidencial:',
    nationalLines: 'Líneas nacionales de ayuda',
    line988: '988 Línea de Prevención del Suicidio y Crisis: llama o envía un texto al 988',
    lineSamhsa: 'Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357',
  },
};

/**
 * What shows when nothing matches, which only filters can bring about: a way
 * back, and the national lines, free and confidential, so no one is stranded.
 */
export function renderEmpty(html: typeof litHtml, speech: Speech, t: ResourceStrings, clear: () => void): TemplateResult {
  const s = speech.words(SEARCH_STRINGS, 'search');
  return html`<div class="card empty" part="empty">
    <p><strong>${t.none}</strong></p>
    <p>${s.noneHelp}</p>
    <ul aria-label=${s.nationalLines}>
      <li><a href="tel:988">${s.line988}</a></li>
      <li><a href="tel:18006624357">${s.lineSamhsa}</a></li>
    </ul>
    <button class="button" type="button" @click=${clear}>${t.clear}</button>
  </div>`;
}
