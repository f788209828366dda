import './words.js';
import { expect } from '@open-wc/testing';
import { byDistance, formatDistance, usesMiles } from '../src/resource-list/distance.js';
import { validateDirectory } from '../src/resource-list/resource-model.js';
import { SearchIndex, filter, type Choice } from '../src/resource-list/search.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import type { Resource } from '../src/resource-list/resource-types.js';
import { generateResources } from '../demo/generate-resources.js';

const list: Resource[] = [
  {
    name: 'Centro Médico Española',
    city: 'Española',
    region: 'NM',
    services: ['naloxone', 'testing'],
    coverage: 'local',
    lat: 35.99,
    lng: -106.08,
  },
  {
    name: 'Harbor Clinic',
    description: 'Wound care and syringes',
    region: 'PA',
    services: ['wound-care', 'naloxone'],
    lat: 39.95,
    lng: -75.16,
  },
  { name: 'Mail Project', services: ['mail-delivery', 'naloxone'], coverage: 'online' },
  { name: 'Coalition', services: ['advocacy'], coverage: 'national', region: 'NY' },
];
const index = new SearchIndex(list, [en.services, es.services]);
const names = (matches: number[]) => matches.map((i) => list[i]!.name);
const find = (query: string, chosen: Choice[] = [], region = '') => names(filter(index, { query, chosen, region }).matches);

describe('resource model: validation', () => {
  it('reports each bad field at its path, skips those entries and keeps the valid ones', () => {
    const { value, problems } = validateDirectory([
      { name: 'Good', phone: '(215) 634-5272', email: 'a@b.org', lat: 40, lng: -75, verified: '2026-03-31' },
      { description: 'no name' },
      { name: 'Bad email', email: 'not an email' },
      { name: 'Bad phone', phone: 'call us' },
      { name: 'Bad lat', lat: 123, lng: 0 },
      { name: 'Half a place', lat: 12 },
      { name: 'Bad coverage', coverage: 'galactic' },
      { name: 'Bad date', verified: 'last week' },
      { name: 'Bad services', services: 'naloxone' },
    ]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'resources[1].name: required',
      'resources[2].email: is not an email address: "not an email"',
      'resources[3].phone: is not a phone number in digits: "call us"',
      'resources[4].lat: must be a number from -90 to 90, got number 123',
      'resources[5].lng: lat and lng go together',
      'resources[6].coverage: must be "local", "regional", "national" or "online", got "galactic"',
      'resources[7].verified: must be a real date written like "2026-03-31", got "last week"',
      'resources[8].services: must be a list of text, got text "naloxone"',
    ]);
    expect(value!.resources.map((r) => r.name)).to.deep.equal(['Good']);
    expect(value!.hasCoordinates).to.equal(true);
  });

  it('quotes data in a message exactly, whatever it holds', () => {
    const { problems } = validateDirectory([{ name: 'A', email: "a$&b$'c" }, { name: 'B' }]);
    expect(problems.map((p) => p.message)).to.deep.equal([`is not an email address: "a$&b$'c"`]);
  });

  it('lists services, most common first, and regions, sorted', () => {
    const { value } = validateDirectory({ resources: list });
    expect(value!.services[0]).to.equal('naloxone');
    expect(value!.regions).to.deep.equal(['NM', 'NY', 'PA']);
  });

  it('offers at most 40 services and 100 regions as filters, the most common, and says so', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      name: `Place ${i}`,
      services: [`s${i}`, 'common'],
      region: i < 2 ? 'Busy' : `Region ${i}`,
    }));
    const { value, problems } = validateDirectory(many);
    expect(value!.resources).to.have.length(300);
    expect(value!.services).to.have.length(40);
    expect(value!.services[0]).to.equal('common');
    expect(value!.regions).to.have.length(100);
    expect(value!.regions).to.include('Busy');
    expect(problems.map((p) => p.message)).to.deep.equal([
      'name 301 services; the 40 most common are filters',
      'name 299 regions; the 100 most common are filters',
    ]);
  });
});

describe('resource model: search and filters', () => {
  it('searches name, description, services, city and region, ignoring case and accents', () => {
    expect(find('medico espanola')).to.deep.equal(['Centro Médico Española']);
    expect(find('WOUND')).to.deep.equal(['Harbor Clinic']);
    expect(find('nm')).to.deep.equal(['Centro Médico Española']);
    expect(find('naloxona'), 'Spanish service label').to.have.length(3);
    expect(find('hiv'), 'English label of "testing"').to.deep.equal(['Centro Médico Española']);
    expect(find('nothing like this')).to.deep.equal([]);
  });

  it('requires every selected service, and counts services among the matches', () => {
    expect(find('', ['services:naloxone', 'services:wound-care'])).to.deep.equal(['Harbor Clinic']);
    const { counts } = filter(index, { query: '', chosen: ['services:naloxone'], region: '' });
    expect(Object.fromEntries(counts)).to.deep.equal({
      'services:naloxone': 3,
      'services:testing': 1,
      'services:wound-care': 1,
      'services:mail-delivery': 1,
    });
  });

  it('filters by payment, who it serves and language too, every choice required, each counted', () => {
    const places: Resource[] = [
      { name: 'A', payment: ['free', 'medicaid'], populations: ['youth'], languages: ['en', 'es'] },
      { name: 'B', payment: ['medicaid'], populations: ['veterans'], languages: ['en'] },
      { name: 'C', payment: ['free'], languages: ['es'] },
    ];
    const all = new SearchIndex(places);
    const pick = (...chosen: Choice[]) => filter(all, { query: '', chosen, region: '' });
    expect(pick('languages:es').matches).to.deep.equal([0, 2]);
    expect(pick('payment:medicaid', 'languages:es').matches).to.deep.equal([0]);
    expect(pick('populations:veterans').matches).to.deep.equal([1]);
    const { counts } = pick('payment:free');
    expect(Object.fromEntries(counts)).to.deep.equal({
      'payment:free': 2,
      'payment:medicaid': 1,
      'populations:youth': 1,
      'languages:en': 1,
      'languages:es': 2,
    });
  });

  it('answers a person typing on, backspacing and changing filters exactly as a fresh search does', () => {
    const places = generateResources(400, 7, { full: true }).resources;
    const typed = new SearchIndex(places, [en.services]);
    const steps: [string, Choice[], string][] = [
      ['h', [], ''],
      ['ha', [], ''],
      ['har', [], ''],
      ['harb', [], ''],
      ['harb', ['services:naloxone'], ''],
      ['harbo', ['services:naloxone'], ''],
      ['harbo', [], ''],
      ['harb', [], ''],
      ['harb c', [], ''],
      ['harb cl', [], ''],
      ['harbcl', [], ''],
      ['harb', [], ''],
      // Shorter than any word before it: every place with an "a", not only those with "harb".
      ['a', [], ''],
      ['', [], ''],
      ['a', [], places[0]!.region ?? ''],
      ['a', [], ''],
    ];
    for (const [query, chosen, region] of steps) {
      const fresh = filter(new SearchIndex(places, [en.services]), { query, chosen, region });
      const got = filter(typed, { query, chosen, region });
      expect(got.matches, `"${query}" ${chosen.join()} ${region}`).to.deep.equal(fresh.matches);
      expect(Object.fromEntries(got.counts)).to.deep.equal(Object.fromEntries(fresh.counts));
    }
    // The words narrow for real: some places match, not all.
    expect(filter(typed, { query: 'harb', chosen: [], region: '' }).matches.length).to.be.within(1, 399);
  });

  it('lets national and online resources match every region', () => {
    expect(find('', [], 'PA')).to.deep.equal(['Harbor Clinic', 'Mail Project', 'Coalition']);
    expect(find('', ['services:naloxone'], 'NM')).to.deep.equal(['Centro Médico Española', 'Mail Project']);
  });

  it('sorts by distance, places without coordinates last', () => {
    const philly = { lat: 39.95, lng: -75.16 };
    expect(names(byDistance(list, [0, 1, 2, 3], philly))).to.deep.equal([
      'Harbor Clinic',
      'Centro Médico Española',
      'Mail Project',
      'Coalition',
    ]);
  });

  it('speaks miles or kilometres by locale', () => {
    expect([usesMiles('en-US'), usesMiles('es-US'), usesMiles('es-MX'), usesMiles('en'), usesMiles('es')]).to.deep.equal([
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(formatDistance(3.2, 'en-US', 'en')).to.equal('2 mi');
    expect(formatDistance(3.2, 'es-MX', 'es')).to.equal('3,2 km');
    // Written as the page's language writes numbers, in the visitor's unit.
    expect(formatDistance(5.6, 'en-US', 'de')).to.equal('3,5 mi');
    expect(formatDistance(5.6, 'en-US', 'en-US')).to.equal('3.5 mi');
  });
});
