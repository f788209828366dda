import './words.js';
import { expect } from '@open-wc/testing';
import { Clock, DAYS, HOURS_STRINGS, localeFor, openAt, status } from '../src/resource-list/hours.js';
import { DAYS as FIELD_DAYS } from '../src/resource-list/resource-list.fields.js';
import { validateDirectory } from '../src/resource-list/resource-model.js';
import type { OpeningHours, Resource } from '../src/resource-list/resource-types.js';

const NY = 'America/New_York';
const weekdays: OpeningHours['dayOfWeek'] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const office: Resource = {
  name: 'Office',
  openingHours: [
    { dayOfWeek: weekdays, opens: '09:00', closes: '17:00' },
    { dayOfWeek: ['Saturday'], opens: '10:00', closes: '14:00' },
  ],
};
const at = (iso: string): Date => new Date(iso);
/** Intl writes "5 PM" with a narrow no-break space: compared as plain spaces. */
const plainSpaces = (text: string): string => text.replace(/\s/g, ' ');

function says(r: Resource, instant: string, options: { lang?: 'en' | 'es'; visitor?: string; locale?: string } = {}): string {
  const { lang = 'en', visitor = NY, locale = lang } = options;
  const clock = new Clock(locale, HOURS_STRINGS[lang]);
  const when = at(instant);
  return plainSpaces(clock.describe(status(r, NY, when), NY, when, visitor));
}

describe('structured hours (fixed clock, America/New_York)', () => {
  it('says open and when it closes, closed and when it opens next, naming the day past tomorrow', () => {
    // Monday 2026-11-23, 10:00 EST.
    expect(says(office, '2026-11-23T15:00:00Z')).to.equal('Open now · closes 5 PM');
    expect(says(office, '2026-11-23T23:00:00Z')).to.equal('Closed · opens tomorrow 9 AM');
    // Saturday 15:00: closed since 2 PM, next open Monday.
    expect(says(office, '2026-11-28T20:00:00Z')).to.equal('Closed · opens Monday 9 AM');
    // Before opening on a weekday: today, no day named.
    expect(says(office, '2026-11-24T12:30:00Z')).to.equal('Closed · opens 9 AM');
  });

  it('runs an opening past midnight into the next day', () => {
    const bar: Resource = { name: 'Night', openingHours: [{ dayOfWeek: ['Friday'], opens: '22:00', closes: '02:30' }] };
    // Saturday 01:00 EST: still Friday night's opening.
    expect(says(bar, '2026-11-28T06:00:00Z')).to.equal('Open now · closes 2:30 AM');
    expect(says(bar, '2026-11-28T08:00:00Z')).to.equal('Closed · opens Friday 10 PM');
  });

  it('says "Open 24 hours" for every day from midnight to midnight, written either way', () => {
    for (const closes of ['23:59', '24:00', '00:00']) {
      const opens = closes === '00:00' ? '00:01' : '00:00';
      const always: Resource = { name: 'Line', openingHours: [{ dayOfWeek: [...DAYS], opens, closes }] };
      const text = says(always, '2026-11-25T09:00:00Z');
      // 00:01 to 00:00 leaves a minute a day: open, closing at midnight, not "24 hours".
      expect(text, closes).to.equal(closes === '00:00' ? 'Open now · closes 12 AM' : 'Open 24 hours');
    }
  });

  it('lets special hours replace the week: a holiday closure and shorter hours', () => {
    const holiday: Resource = {
      ...office,
      specialHours: [{ validFrom: '2026-11-26' }, { validFrom: '2026-11-27', validThrough: '2026-11-27', opens: '10:00', closes: '13:00' }],
    };
    // Thanksgiving, Thursday 11:00: closed; Friday it opens late.
    expect(says(holiday, '2026-11-26T16:00:00Z')).to.equal('Closed · opens tomorrow 10 AM');
    expect(says(holiday, '2026-11-27T16:00:00Z')).to.equal('Open now · closes 1 PM');
    // schema.org's way of writing a closed day: opens and closes at midnight.
    const closed = { ...office, specialHours: [{ validFrom: '2026-11-23', opens: '00:00', closes: '00:00' }] };
    expect(says(closed, '2026-11-23T15:00:00Z')).to.equal('Closed · opens tomorrow 9 AM');
  });

  it('keeps the place’s clock on the days daylight saving starts and ends', () => {
    const sunday: Resource = { name: 'Sunday', openingHours: [{ dayOfWeek: ['Sunday'], opens: '09:00', closes: '17:00' }] };
    // 2026-03-08: clocks go from 2:00 to 3:00. 13:30 UTC is 9:30 EDT (it would be 8:30 on the old offset).
    expect(says(sunday, '2026-03-08T13:30:00Z')).to.equal('Open now · closes 5 PM');
    expect(says(sunday, '2026-03-08T12:30:00Z')).to.equal('Closed · opens 9 AM');
    // 2026-11-01: clocks go back from 2:00 to 1:00. 13:30 UTC is 8:30 EST (9:30 on the old offset).
    expect(says(sunday, '2026-11-01T13:30:00Z')).to.equal('Closed · opens 9 AM');
    expect(says(sunday, '2026-11-01T14:30:00Z')).to.equal('Open now · closes 5 PM');
    // The overnight hour that repeats: 01:30 happens twice and is inside a 01:00–03:00 opening both times.
    const night: Resource = { name: 'Night', openingHours: [{ dayOfWeek: ['Sunday'], opens: '01:00', closes: '03:00' }] };
    expect(says(night, '2026-11-01T05:30:00Z')).to.equal('Open now · closes 3 AM');
    expect(says(night, '2026-11-01T06:30:00Z')).to.equal('Open now · closes 3 AM');
  });

  it('tells a visitor three time zones away whose clock the time is on', () => {
    // 9:30 in New York is 6:30 in Los Angeles: open, and "5 PM" is New York's.
    expect(says(office, '2026-11-23T14:30:00Z', { visitor: 'America/Los_Angeles' })).to.equal('Open now · closes 5 PM EST');
    expect(says(office, '2026-11-23T23:00:00Z', { visitor: 'America/Los_Angeles' })).to.equal('Closed · opens tomorrow 9 AM EST');
  });

  it('speaks Spanish on a 24-hour clock, and follows the visitor’s own variant of the language', () => {
    expect(says(office, '2026-11-23T15:00:00Z', { lang: 'es' })).to.equal('Abierto ahora · cierra a las 17:00');
    expect(says(office, '2026-11-23T23:00:00Z', { lang: 'es' })).to.equal('Cerrado · abre mañana a las 9:00');
    expect(says(office, '2026-11-28T20:00:00Z', { lang: 'es' })).to.equal('Cerrado · abre el lunes a las 9:00');
    const late: Resource = { name: 'Late', openingHours: [{ dayOfWeek: weekdays, opens: '09:00', closes: '13:00' }] };
    expect(says(late, '2026-11-23T15:00:00Z', { lang: 'es' })).to.equal('Abierto ahora · cierra a las 13:00');
    expect(localeFor('en', 'en-GB')).to.equal('en-GB');
    expect(localeFor('es', 'en-US')).to.equal('es');
    expect(says(office, '2026-11-23T15:00:00Z', { locale: localeFor('en', 'en-GB') })).to.equal('Open now · closes 17:00');
  });

  it('writes the usual week with days of the same hours grouped', () => {
    const week = (lang: 'en' | 'es', r: Resource = office) => plainSpaces(new Clock(lang, HOURS_STRINGS[lang]).week(r.openingHours!));
    expect(week('en')).to.equal('Monday–Friday 9 AM–5 PM; Saturday 10 AM–2 PM');
    expect(week('es')).to.equal('Lunes–viernes 9:00–17:00; Sábado 10:00–14:00');
    const split: Resource = {
      name: 'Split',
      openingHours: [
        { dayOfWeek: ['Monday'], opens: '13:00', closes: '17:00' },
        { dayOfWeek: ['Monday'], opens: '08:30', closes: '12:00' },
        { dayOfWeek: ['Sunday'], opens: '00:00', closes: '23:59' },
      ],
    };
    expect(week('en', split)).to.equal('Monday 8:30 AM–12 PM, 1 PM–5 PM; Sunday open 24 hours');
  });

  it('answers "open?" for the "Open now" filter as the card does, every half hour across a daylight-saving change', () => {
    const places: Resource[] = [
      office,
      { name: 'Night', openingHours: [{ dayOfWeek: ['Friday', 'Saturday'], opens: '22:00', closes: '02:30' }] },
      { name: 'Line', openingHours: [{ dayOfWeek: [...DAYS], opens: '00:00', closes: '23:59' }] },
      { ...office, specialHours: [{ validFrom: '2026-11-03' }, { validFrom: '2026-11-04', opens: '20:00', closes: '01:00' }] },
    ];
    let open = 0;
    // 2026-10-29 to 2026-11-08: clocks go back on 1 November in New York.
    for (let t = Date.parse('2026-10-29T00:00:00Z'); t < Date.parse('2026-11-08T00:00:00Z'); t += 30 * 60_000) {
      for (const r of places) {
        const expected = status(r, NY, new Date(t)).open;
        expect(openAt(r, NY, new Date(t)), `${r.name} at ${new Date(t).toISOString()}`).to.equal(expected);
        open += Number(expected);
      }
    }
    // Each place is open some of the time and closed some of it (the Line always): the check is not vacuous.
    expect(open)
      .to.be.above(480)
      .and.below(4 * 480);
  });

  it('keeps the day names of the data in step with the validator’s', () => {
    expect([...DAYS]).to.deep.equal([...FIELD_DAYS]);
  });

  it('validates hours path by path, keeping the place when only its hours are wrong', () => {
    const { value, problems } = validateDirectory({
      timeZone: 'Mars/Olympus',
      resources: [
        {
          name: 'A',
          timeZone: 'America/Chicago',
          openingHours: [
            { dayOfWeek: ['Monday', 'Funday'], opens: '09:00', closes: '17:00' },
            { dayOfWeek: ['Tuesday'], opens: '9am', closes: '17:00' },
            { dayOfWeek: ['Wednesday'], opens: '09:00', closes: '17:00' },
          ],
          specialHours: [{ validThrough: '2026-12-25' }],
        },
      ],
    });
    const resource = value!.resources[0]!;
    expect(resource.name).to.equal('A');
    expect(resource.timeZone).to.equal('America/Chicago');
    expect(resource.openingHours).to.deep.equal([
      { dayOfWeek: ['Wednesday'], opens: '09:00', closes: '17:00', validFrom: undefined, validThrough: undefined },
    ]);
    expect(resource.specialHours).to.equal(undefined);
    const said = problems.map((p) => `${p.path}: ${p.message}`);
    expect(said).to.include('timeZone: must be a time zone name like "America/New_York", got "Mars/Olympus"');
    expect(said).to.include(
      'resources[0].openingHours[0].dayOfWeek[1]: must be "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" or "Saturday", got "Funday"',
    );
    expect(said).to.include('resources[0].openingHours[1].opens: must be a time written like "09:30" or "17:00", got "9am"');
    expect(said).to.include('resources[0].specialHours[0].validFrom: required');
  });
});
