// A directory pasted as prose: seed 001's list of seven organizations, as published.
import { expect } from '@open-wc/testing';
import { read } from '../src/shared/fields.js';
import { resourceListFields } from '../src/resource-list/resource-list.fields.js';
import { parseProse } from '../src/studio/import/prose.js';
import { SEED_001 } from './seed-001.js';

/** Seed 001's list of organizations and the paragraphs around it, byte for byte. */
const seed001 = async (): Promise<string> => (await fetch('/test/fixtures/seed-001-directory.txt')).text();

describe('directory import: prose', () => {
  it('reads seed 001: seven entries, their phones and emails, the national ones marked national', async () => {
    const entries = parseProse(await seed001());
    expect(entries.map((e) => e.name)).to.deep.equal(SEED_001.names);
    expect(entries.map((e) => e.phone ?? null)).to.deep.equal(SEED_001.phones);
    expect(entries.map((e) => e.email ?? null)).to.deep.equal(SEED_001.emails);
    expect(entries.filter((e) => e.coverage === 'national').map((e) => e.name)).to.deep.equal([
      'Next Distro',
      'North American Syringe Exchange Network (NASEN)',
      'The DOPE Project (Drug Overdose Prevention and Education)',
    ]);
    expect(entries[4]).to.include({ address: '2913-15 Kensington Avenue', city: 'Philadelphia', region: 'PA' });
    expect(entries[5]).to.include({ city: 'Chicago', region: 'IL' });
    expect(entries[6]).to.include({ city: 'Lansing', region: 'MI' });
    expect(entries[4]!.services).to.include.members(['syringe-services', 'naloxone', 'wound-care', 'housing', 'case-management']);
    // The closing paragraph ("…across the U.S.") is not read as a national entry or a contact.
    expect(entries[6]!.coverage).to.equal(undefined);
    // What it reads is valid directory data as it stands.
    const { problems } = read(resourceListFields, { resources: entries });
    expect(problems).to.deep.equal([]);
  });

  it('also "Name – description" lines, numbered, with a web address; text without a list gives nothing', () => {
    expect(
      parseProse('1. Harbor Light – Peer support and counseling. Call 555-010-4477 or visit www.harborlight.example.org'),
    ).to.deep.equal([
      {
        name: 'Harbor Light',
        description: 'Peer support and counseling. Call 555-010-4477 or visit www.harborlight.example.org',
        phone: '555-010-4477',
        url: 'https://www.harborlight.example.org',
        services: ['peer-support', 'counseling'],
      },
    ]);
    expect(parseProse('Just a paragraph about harm reduction.')).to.deep.equal([]);
  });
});
