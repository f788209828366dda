/**
 * Open Referral's Human Services Data Specification (HSDS 2 and 3): the
 * format community directories and 211s export. Either a CSV package (one
 * file per table: organizations, services, locations, addresses, phones,
 * languages, service_at_location) or JSON (a list of services with their
 * organization, locations and phones nested, as the HSDS 3 API gives them,
 * or an object of tables). Each service becomes one directory entry: its
 * name, description and contacts, else its organization's, and the place of
 * its first location.
 */
import Papa from 'papaparse';
import { isObject } from '../document.js';

type Row = Record<string, string>;
export type Tables = Record<string, Row[]>;

/** Table names as HSDS 2 and 3 write them, singular or plural. */
const TABLE_NAMES: Record<string, string> = {
  organization: 'organizations',
  organizations: 'organizations',
  service: 'services',
  services: 'services',
  location: 'locations',
  locations: 'locations',
  physical_address: 'addresses',
  physical_addresses: 'addresses',
  address: 'addresses',
  addresses: 'addresses',
  phone: 'phones',
  phones: 'phones',
  language: 'languages',
  languages: 'languages',
  service_at_location: 'service_at_location',
  service_at_locations: 'service_at_location',
};

/** The table a file holds, from its name ("phones.csv", "hsds/physical_addresses.csv"); undefined for others. */
export function tableOf(fileName: string): string | undefined {
  const base = fileName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.csv$/i, '')
    .toLowerCase();
  return TABLE_NAMES[base];
}

/** A CSV file as rows keyed by its header. */
export function readCsv(text: string): Row[] {
  return Papa.parse<Row>(text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  }).data;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** HSDS JSON, nested (a list of services, or `{ services: [...] }` with nesting) or flat (an object of tables), as tables. */
export function tablesFromJson(json: unknown): Tables {
  const tables: Tables = {
    organizations: [],
    services: [],
    locations: [],
    addresses: [],
    phones: [],
    languages: [],
    service_at_location: [],
  };
  const add = (table: string, row: Record<string, unknown>): void => {
    const flat: Row = {};
    for (const [k, v] of Object.entries(row)) if (typeof v === 'string' || typeof v === 'number') flat[k.toLowerCase()] = String(v);
    tables[table]!.push(flat);
  };
  const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : []);
  let services: Record<string, unknown>[] = [];
  if (Array.isArray(json)) services = list(json);
  else if (isObject(json)) {
    // Flat tables first (HSDS 2 style dumps), then nested services.
    for (const [name, rows] of Object.entries(json)) {
      const table = TABLE_NAMES[name.toLowerCase()];
      if (table && table !== 'services') list(rows).forEach((r) => add(table, r));
    }
    services = list(json['services'] ?? json['contents'] ?? json['items']);
  }
  let n = 0;
  for (const s of services) {
    const id = str(s['id']) || `s${++n}`;
    const org = isObject(s['organization']) ? s['organization'] : undefined;
    if (org) add('organizations', { ...org, id: str(org['id']) || `o-${id}` });
    add('services', { ...s, id, organization_id: str(s['organization_id']) || (org ? str(org['id']) || `o-${id}` : '') });
    list(s['phones']).forEach((p) => add('phones', { ...p, service_id: id }));
    list(s['languages']).forEach((l) => add('languages', { ...l, service_id: id }));
    // HSDS 3 nests locations under service_at_locations; older exports put them on the service.
    const sals = list(s['service_at_locations']);
    const locations = [
      ...sals.map((sal) => (isObject(sal['location']) ? sal['location'] : undefined)).filter(isObject),
      ...list(s['locations']),
    ];
    locations.forEach((loc, i) => {
      const locId = str(loc['id']) || `l-${id}-${i}`;
      add('locations', { ...loc, id: locId });
      add('service_at_location', { service_id: id, location_id: locId });
      [...list(loc['addresses']), ...list(loc['physical_addresses'])].forEach((a) => add('addresses', { ...a, location_id: locId }));
      list(loc['phones']).forEach((p) => add('phones', { ...p, location_id: locId }));
    });
  }
  return tables;
}

/** The first row whose `key` is `id`. */
const by = (rows: Row[] | undefined, key: string, id: string): Row | undefined => (id ? rows?.find((r) => r[key] === id) : undefined);

/** One directory entry per service (or per organization, when a package has none). */
export function entriesFromTables(tables: Tables): Record<string, unknown>[] {
  const orgs = tables['organizations'] ?? [];
  const services: Row[] = tables['services']?.length ? tables['services'] : orgs.map((o) => ({ ...o, organization_id: o['id'] ?? '' }));
  return services.map((service) => {
    const sid = service['id'] ?? '';
    const org = by(orgs, 'id', service['organization_id'] ?? '');
    const locationId =
      by(tables['service_at_location'], 'service_id', sid)?.['location_id'] ??
      by(tables['locations'], 'organization_id', org?.['id'] ?? '')?.['id'] ??
      '';
    const location = by(tables['locations'], 'id', locationId);
    const address = by(tables['addresses'], 'location_id', locationId);
    const phone =
      by(tables['phones'], 'service_id', sid) ??
      by(tables['phones'], 'location_id', locationId) ??
      by(tables['phones'], 'organization_id', org?.['id'] ?? '');
    const languages = (tables['languages'] ?? [])
      .filter((l) => l['service_id'] === sid || (locationId && l['location_id'] === locationId))
      .map((l) => l['code'] || l['language'] || '')
      .filter(Boolean);
    const entry: Record<string, unknown> = {};
    const set = (key: string, value: string | undefined): void => {
      if (value?.trim()) entry[key] = value.trim();
    };
    set('name', service['name'] || org?.['name']);
    set('description', service['description'] || org?.['description']);
    const number = phone?.['number'];
    set('phone', number && phone?.['extension'] ? `${number} ext. ${phone['extension']}` : number);
    set('email', service['email'] || org?.['email']);
    set('url', service['url'] || org?.['url'] || org?.['website']);
    set('address', [address?.['address_1'], address?.['address_2']].filter(Boolean).join(', '));
    set('city', address?.['city']);
    set('region', address?.['state_province'] || address?.['region']);
    const lat = Number(location?.['latitude']);
    const lng = Number(location?.['longitude']);
    if (location?.['latitude'] && location['longitude'] && Number.isFinite(lat) && Number.isFinite(lng)) Object.assign(entry, { lat, lng });
    if (languages.length) entry['languages'] = [...new Set(languages)];
    return entry;
  });
}
