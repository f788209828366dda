// A directory from a spreadsheet's CSV export, and back.
import './words.js';
import { expect } from '@open-wc/testing';
import { guessMapping, parseTable, rowsToEntries, toCsv, unknownServices } from '../src/studio/import/csv.js';

describe('directory import: CSV', () => {
  it('reads what spreadsheets write: a BOM, ";" separators, quotes, line breaks inside a cell, Windows line ends', () => {
    const text =
      '\ufeffNombre;Teléfono;Servicios;Descripción\r\n"Harbor ""Light"" Center";(555) 010-4477;Naloxona, Servicios de jeringas;"Two lines:\r\nsecond line"\r\n\r\nPrevention Point;215-634-5272;wound care;\r\n';
    const table = parseTable(text);
    expect(table.headers).to.deep.equal(['Nombre', 'Teléfono', 'Servicios', 'Descripción']);
    expect(table.rows).to.have.length(2);
    expect(table.rows[0]![0]).to.equal('Harbor "Light" Center');
    expect(table.rows[0]![3]).to.equal('Two lines:\r\nsecond line');
    const mapping = guessMapping(table.headers);
    expect(mapping).to.deep.equal(['name', 'phone', 'services', 'description']);
    const { entries, rejected } = rowsToEntries(table, mapping);
    expect(rejected).to.deep.equal([]);
    expect(entries[0]).to.deep.equal({
      name: 'Harbor "Light" Center',
      phone: '(555) 010-4477',
      services: ['naloxone', 'syringe-services'],
      description: 'Two lines:\r\nsecond line',
    });
    expect(entries[1]!['services']).to.deep.equal(['wound-care']);
  });

  it('guesses common English headers, each field once, and leaves the rest out', () => {
    expect(
      guessMapping([
        'Organization',
        'Agency',
        'Telephone',
        'E-mail',
        'Web Site',
        'Street Address',
        'City',
        'State',
        'ZIP Code',
        'Latitude',
        'Longitude',
        'Notes 2',
      ]),
    ).to.deep.equal(['name', '', 'phone', 'email', 'url', 'address', 'city', 'region', 'zip', 'lat', 'lng', '']);
  });

  it('1,000 rows with awkward quoting: every good row becomes an entry, every bad one is listed with its reason', () => {
    const lines = ['Name,Phone,Services,City,State,Zip,Latitude,Longitude'];
    for (let i = 0; i < 1000; i++) {
      const name = i % 250 === 7 ? '' : `"Site ${i}, ""the"" place"`;
      const phone = i % 300 === 11 ? 'call us' : `555-01${String(i % 100).padStart(2, '0')}`;
      lines.push(
        `${name},${phone},"naloxone; Outreach van",Philadelphia,PA,191${String(i % 100).padStart(2, '0')},39.9${i % 10},-75.1${i % 10}`,
      );
    }
    const table = parseTable(lines.join('\n'));
    expect(table.rows).to.have.length(1000);
    expect([...unknownServices(table, 2)]).to.deep.equal([['Outreach van', 1000]]);
    const { entries, rejected } = rowsToEntries(table, guessMapping(table.headers), new Map([['Outreach van', 'outreach']]));
    // Rows 7, 257, 507, 757 have no name; rows 11, 311, 611, 911 a phone that is no number.
    expect(rejected.map((r) => r.row)).to.deep.equal([9, 13, 259, 313, 509, 613, 759, 913]);
    expect(rejected[0]!.reason).to.equal('name: required');
    expect(rejected[1]!.reason).to.match(/^phone: is not a phone number/);
    expect(entries).to.have.length(992);
    expect(entries[0]).to.deep.include({
      name: 'Site 0, "the" place',
      services: ['naloxone', 'outreach'],
      address: '19100',
      lat: 39.9,
      lng: -75.1,
    });
  });

  it('exports the directory as CSV that reads back the same, formulas defused', () => {
    const resources = [
      { name: 'Harbor, "Light"', services: ['naloxone', 'housing'], phone: '+1 555 010 4477', description: 'Line one\nline two' },
      { name: '=HYPERLINK("http://evil")', lat: 39.95, lng: -75.16 },
    ];
    const csv = toCsv(resources);
    expect(csv).to.include("'=HYPERLINK");
    const table = parseTable(csv);
    const { entries, rejected } = rowsToEntries(table, guessMapping(table.headers));
    expect(rejected).to.deep.equal([]);
    expect(entries).to.deep.equal(resources);
  });
});
