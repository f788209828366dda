/**
 * The directory's data without a DOM: validation, and what the filters offer.
 * Searching is in search.ts and distances in distance.ts, chunks loaded when
 * they are needed.
 */
import { read } from '../shared/fields.js';
import { warn, type Problem, type Validation } from '../shared/validate.js';
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
  /** Whether there is anything to filter by beside the search box: an area, services, payment, who it serves, languages. */
  filterable: boolean;
  /** Whether any resource has `lat`/`lng`, so that "near me" can help. */
  hasCoordinates: boolean;
  /** Whether any resource has structured hours: an "Open now" filter. */
  hasHours: boolean;
  /** Whether the cards need the details chunk (hours, status, payment, who it serves, "Call ahead"): it loads before they show. */
  detailed: boolean;
  /** The time zone of resources without their own. */
  timeZone?: string;
  staleAfterDays?: number;
  reportEmail?: string;
  reportUrl?: string;
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
  const languages = new Set<string>();
  let facets = false;
  for (const r of resources) {
    for (const s of r.services ?? []) serviceCounts.set(s, (serviceCounts.get(s) ?? 0) + 1);
    if (r.region) regionCounts.set(r.region, (regionCounts.get(r.region) ?? 0) + 1);
    for (const l of r.languages ?? []) languages.add(l);
    facets ||= Boolean(r.payment || r.populations);
  }
  const hasHours = resources.some((r) => r.openingHours || r.specialHours);
  const services = mostCommon(serviceCounts, MAX_SERVICE_FILTERS, 'services', problems);
  const regions = mostCommon(regionCounts, MAX_REGION_FILTERS, 'regions', problems);
  return {
    value: {
      ...data,
      services,
      regions: regions.sort((a, b) => a.localeCompare(b)),
      filterable: services.length > 0 || regions.length > 1 || facets || languages.size > 1,
      hasCoordinates: resources.some((r) => r.lat !== undefined),
      hasHours,
      detailed: hasHours || data.staleAfterDays !== undefined || facets || resources.some((r) => r.status),
    },
    problems,
  };
}

/** The most common values first, at most `max` of them; more is said once. */
function mostCommon(counts: Map<string, number>, max: number, noun: string, problems: Problem[]): string[] {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
  if (sorted.length <= max) return sorted;
  warn(problems, 'resources', 'manyFilters', sorted.length, noun, max);
  return sorted.slice(0, max);
}
