// Open Referral HSDS: a CSV package, and the nested JSON of the HSDS 3 API, as directory entries.
import { expect } from '@open-wc/testing';
import { read } from '../src/shared/fields.js';
import { resourceListFields } from '../src/resource-list/resource-list.fields.js';
import { entriesFromTables, readCsv, tableOf, tablesFromJson, type Tables } from '../src/studio/import/hsds.js';

const FILES = ['organizations', 'services', 'locations', 'physical_addresses', 'phones', 'service_at_location', 'languages'];

async function package_(): Promise<Tables> {
  const tables: Tables = {};
  for (const file of FILES) tables[tableOf(`${file}.csv`)!] = readCsv(await (await fetch(`/test/fixtures/hsds/${file}.csv`)).text());
  return tables;
}

const EXPECTED = [
  {
    name: 'Naloxone and test strips',
    description: 'Free naloxone, fentanyl test strips and training. No ID needed.',
    phone: '(215) 555-0100',
    email: 'info@harborlight.example.org',
    url: 'https://harborlight.example.org',
    address: '2913 Kensington Ave, Suite 2',
    city: 'Philadelphia',
    region: 'PA',
    lat: 39.9921,
    lng: -75.1268,
    languages: ['es', 'en'],
  },
  {
    name: 'Syringe services',
    description: 'Peer-run harm reduction program serving the river wards.',
    phone: '(215) 555-0101 ext. 12',
    email: 'syringes@harborlight.example.org',
    url: 'https://harborlight.example.org',
    address: '2913 Kensington Ave, Suite 2',
    city: 'Philadelphia',
    region: 'PA',
    lat: 39.9921,
    lng: -75.1268,
  },
  {
    name: 'HIV and hepatitis testing',
    description: 'Walk-in testing, results in 20 minutes.',
    phone: '215-555-0199',
    email: 'health@county.example.gov',
    url: 'https://county.example.gov/testing',
    address: '1101 Market St',
    city: 'Philadelphia',
    region: 'PA',
    lat: 39.9526,
    lng: -75.1652,
  },
];

describe('directory import: Open Referral HSDS', () => {
  it('names each file’s table, HSDS 2 and 3 spellings alike', () => {
    expect(
      ['organizations.csv', 'hsds/physical_addresses.csv', 'Phones.CSV', 'service_at_location.csv', 'taxonomy_terms.csv'].map(tableOf),
    ).to.deep.equal(['organizations', 'addresses', 'phones', 'service_at_location', undefined]);
  });

  it('a CSV package: one entry per service, its contacts else its organization’s, the place of its location', async () => {
    const entries = entriesFromTables(await package_());
    expect(entries).to.deep.equal(EXPECTED);
    expect(read(resourceListFields, { resources: entries }).problems).to.deep.equal([]);
  });

  it('the HSDS 3 API’s nested services give the same entries', () => {
    const json = [
      {
        id: 'svc-1',
        name: 'Naloxone and test strips',
        description: 'Free naloxone, fentanyl test strips and training. No ID needed.',
        organization: {
          id: 'org-1',
          name: 'Harbor Light Harm Reduction',
          email: 'info@harborlight.example.org',
          website: 'https://harborlight.example.org',
        },
        phones: [{ number: '(215) 555-0100' }],
        languages: [
          { name: 'Spanish', code: 'es' },
          { name: 'English', code: 'en' },
        ],
        service_at_locations: [
          {
            location: {
              id: 'loc-1',
              latitude: 39.9921,
              longitude: -75.1268,
              addresses: [
                {
                  address_1: '2913 Kensington Ave',
                  address_2: 'Suite 2',
                  city: 'Philadelphia',
                  state_province: 'PA',
                  postal_code: '19134',
                },
              ],
            },
          },
        ],
      },
    ];
    expect(entriesFromTables(tablesFromJson(json))).to.deep.equal([EXPECTED[0]]);
    expect(entriesFromTables(tablesFromJson({ services: json }))).to.deep.equal([EXPECTED[0]]);
  });

  it('anything else gives no entries and throws nothing', () => {
    for (const junk of [null, 5, 'x', {}, { services: 'x' }, [1, null, []]])
      expect(entriesFromTables(tablesFromJson(junk))).to.deep.equal([]);
  });
});
