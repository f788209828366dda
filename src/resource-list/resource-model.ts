/**
 * The directory without a DOM: validation, a search index prepared once per
 * data set, filtering with counts, and sorting by distance.
 */
import { read } from '../shared/fields.js';
import type { Problem, Validation } from '../shared/validate.js';
import { label } from '../shared/localize.js';
import { resourceListFields } from './resource-list.fields.js';
import type { Coverage, Resource, ResourceListData } from './resource-types.js';

export type { Coverage, Resource, ResourceListData };
export { MAX_RESOURCES } from './resource-list.fields.js';

export interface Directory {
  title?: string;
  intro?: string;
  resources: Resource[];
  /** Every service id in the data, most common first. */
  services: string[];
  /** Every region in the data, sorted. */
  regions: string[];
  /** Whether any resource has `lat`/`lng`, so that "near me" can help. */
  hasCoordinates: boolean;
}

/** Filters offered: a longer row of choices helps nobody; the rest are still found by search. */
export const MAX_SERVICE_FILTERS = 40;
export const MAX_REGION_FILTERS = 100;

export function validateDirectory(raw: unknown): Validation<Directory> {
  const { value: data, problems } = read<ResourceListData>(resourceListFields, raw);
  if (!data) return { value: undefined, problems };
  const { resources } = data;
  const serviceCounts = new Map<string, number>();
  const regionCounts = new Map<string, number>();
  for (const r of resources) {
    for (const s of r.services ?? []) serviceCounts.set(s, (serviceCounts.get(s) ?? 0) + 1);
    if (r.region) regionCounts.set(r.region, (regionCounts.get(r.region) ?? 0) + 1);
  }
  const services = mostCommon(serviceCounts, MAX_SERVICE_FILTERS, 'services', problems);
  const regions = mostCommon(regionCounts, MAX_REGION_FILTERS, 'regions', problems);
  return {
    value: {
      title: data.title,
      intro: data.intro,
      resources,
      services,
      regions: regions.sort((a, b) => a.localeCompare(b)),
      hasCoordinates: resources.some((r) => r.lat !== undefined),
    },
    problems,
  };
}

/** The most common values first, at most `max` of them; more is said once. */
function mostCommon(counts: Map<string, number>, max: number, noun: string, problems: Problem[]): string[] {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
  if (sorted.length <= max) return sorted;
  problems.push({ path: 'resources', message: `name ${sorted.length} ${noun}; the ${max} most common are filters`, severity: 'warning' });
  return sorted.slice(0, max);
}

// ---------------------------------------------------------------------------
// Search and filters

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
      words = fold([service, ...this.#labels.map((table) => label(table, service) ?? '')].join(' '));
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
    if (terms.length) {
      const hay = index.haystack(i);
      if (!terms.every((t) => hay.includes(t))) continue;
    }
    matches.push(i);
    for (const s of r.services ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return { matches, counts };
}
