import { expect, fixture, html } from '@open-wc/testing';
import '../src/resource-list/define.js';
import { HrResourceList } from '../src/resource-list/hr-resource-list.js';
import type { Resource } from '../src/resource-list/resource-types.js';
import { generateResources } from '../demo/generate-resources.js';
import { $, $$, chromiumOnly, deepActiveElement, keys, recordConsole, reported, settled, textOf, until } from './helpers.js';

const full: Resource = {
  name: 'Prevention Point Philadelphia',
  description: 'Syringe exchange, naloxone and wound care.',
  services: ['syringe-services', 'naloxone', 'street-medicine'],
  phone: '(215) 634-5272',
  sms: '(215) 555-0100',
  email: 'info@ppponline.org',
  url: 'https://www.ppponline.org/',
  address: '2913-15 Kensington Avenue',
  city: 'Philadelphia',
  region: 'PA',
  coverage: 'local',
  hours: 'Mon–Fri 8am–4pm',
  languages: ['en', 'es'],
  lat: 39.99,
  lng: -75.13,
  verified: '2026-03-03',
};
const resources: Resource[] = [
  full,
  { name: 'Centro Médico Española', city: 'Española', region: 'NM', services: ['naloxone', 'testing'], lat: 35.99, lng: -106.08 },
  { name: 'Next Distro', services: ['naloxone', 'mail-delivery'], coverage: 'online', url: 'https://nextdistro.org' },
  { name: 'Sketchy', url: 'javascript:alert(1)', region: 'PA' },
];

async function directory(data: unknown = { title: 'Services', resources }): Promise<HrResourceList> {
  const el = await fixture<HrResourceList>(html`<hr-resource-list .data=${data}></hr-resource-list>`);
  await settled(el);
  return el;
}

const names = (el: HrResourceList) => $$(el, '[part="name"]').map((h) => h.textContent!.trim());
const search = (el: HrResourceList) => $<HTMLInputElement>(el, 'input[type="search"]');

/** Types into the search box once the search code (a chunk a focus on the controls fetches) is here. */
async function type(el: HrResourceList, text: string): Promise<void> {
  search(el).focus();
  await import('../src/resource-list/search.js');
  await new Promise((resolve) => setTimeout(resolve));
  await keys({ type: text });
  await el.updateComplete;
}

async function toggleService(el: HrResourceList, label: string): Promise<void> {
  const chip = $$(el, '.chip').find((c) => c.textContent!.includes(label));
  if (!chip) throw new Error(`no service "${label}"`);
  chip.querySelector('input')!.click();
  await el.updateComplete;
}

describe('<hr-resource-list>', () => {
  it('shows at most 100 cards at a time, whatever page-size says', async () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ name: `Place ${i}` }));
    const el = await fixture<HrResourceList>(html`<hr-resource-list page-size="100000" .data=${many}></hr-resource-list>`);
    await settled(el);
    expect(names(el)).to.have.length(100);
    expect($(el, '[part="more"]').textContent).to.contain('100');
  });

  it('shows the built-in national organizations, accessibly', async () => {
    const el = await fixture<HrResourceList>(html`<hr-resource-list></hr-resource-list>`);
    await until(() => names(el).length > 0);
    await expect(el).to.be.accessible();
    expect(names(el)).to.include('Prevention Point Philadelphia');
    expect(textOf(el)).to.contain('Serves the whole country');
    expect($$<HTMLAnchorElement>(el, 'a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.include('tel:2156345272');
  });

  it('renders every field of a resource, with tap-to-call, text and email links', async () => {
    const el = await directory();
    const card = $$(el, '[part="card"]')[0]!;
    const links = [...card.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Call (215) 634-5272', 'tel:2156345272'],
      ['Text (215) 555-0100', 'sms:2155550100'],
      ['Email info@ppponline.org', 'mailto:info@ppponline.org'],
      ['Website: ppponline.org', 'https://www.ppponline.org/'],
    ]);
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect(card.querySelector('h3')!.textContent).to.equal('Prevention Point Philadelphia');
    expect([...card.querySelectorAll('.tags li')].map((li) => li.textContent)).to.deep.equal([
      'Syringe services',
      'Naloxone',
      'street-medicine',
    ]);
    for (const part of [
      'Syringe exchange, naloxone and wound care.',
      'Address: 2913-15 Kensington Avenue, Philadelphia, PA',
      'Hours: Mon–Fri 8am–4pm',
      'Languages: English, Spanish',
      'Last checked March 3, 2026',
    ]) {
      expect(text).to.contain(part);
    }
    expect($$(el, '[part="card"]')[2]!.textContent).to.contain('Online');
  });

  it('never turns a javascript: URL into a link: it is reported and left out, the rest of the entry kept', async () => {
    const logged = recordConsole();
    try {
      const el = await directory();
      const sketchy = $$(el, '[part="card"]')[3]!;
      expect(sketchy.querySelector('h3')!.textContent).to.equal('Sketchy');
      expect(sketchy.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(logged.errors).to.deep.equal([
        'hr-resource-list: resources[3].url: must be an http or https address, got "javascript:alert(1)"; it is not shown',
      ]);
    } finally {
      logged.restore();
    }
  });

  it('searches as you type, ignoring accents, and announces the count once typing pauses', async () => {
    const el = await directory();
    const status = $$(el, '[role="status"]').find((s) => s.classList.contains('visually-hidden'))!;
    await type(el, 'medico espanola');
    expect(names(el)).to.deep.equal(['Centro Médico Española']);
    expect($(el, '[part="count"]').textContent).to.equal('1 of 4 places found');
    expect(status.textContent).to.equal('', 'not announced while typing');
    await until(() => status.textContent === '1 of 4 places found', 'announced after a pause');
    await expect(el).to.be.accessible();
  });

  it('filters by service and area, with counts, and national/online entries match every area', async () => {
    const el = await directory();
    // The filters are drawn by a chunk that opening them fetches.
    expect($(el, 'summary').textContent!.trim()).to.equal('Filters');
    $(el, 'summary').click();
    await until(() => $$(el, '.chip').length, 'service filters drawn');
    expect($$(el, '.chip').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.include('Naloxone (3)');
    await toggleService(el, 'Naloxone');
    expect(names(el)).to.deep.equal(['Prevention Point Philadelphia', 'Centro Médico Española', 'Next Distro']);
    const region = $<HTMLSelectElement>(el, 'select');
    expect([...region.options].map((o) => o.text)).to.deep.equal(['All areas', 'NM', 'PA']);
    region.value = 'PA';
    region.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Prevention Point Philadelphia', 'Next Distro']);
    expect($$(el, '[part="card"]')[1]!.textContent).to.contain('Online · Also shown for every area');
    expect($$(el, '.chip').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.include('Supplies by mail (1)');
    await expect(el).to.be.accessible();

    const clear = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Clear filters')!;
    clear.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    expect(region.value, 'the area box shows "All areas" again').to.equal('');
    expect(deepActiveElement()).to.equal(search(el));
  });

  it('never leaves a visitor stranded: no match offers to clear filters and national lines', async () => {
    const el = await directory();
    await type(el, 'zzzz');
    const empty = $(el, '[part="empty"]');
    expect(empty.textContent).to.contain('No places match your search.');
    expect([...empty.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'tel:18006624357']);
    await expect(el).to.be.accessible();
    [...empty.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear filters'))!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
  });

  describe('open now', () => {
    afterEach(() => (HrResourceList.now = () => new Date()));
    // Monday 2026-11-23, 10:00 on the directory's clock (UTC). A visitor whose clock differs is told whose it is.
    const monday = new Date('2026-11-23T10:00:00Z');
    const utc = monday.getTimezoneOffset() === 0 ? '' : ' UTC';
    const week: Resource[] = [
      {
        name: 'Office',
        openingHours: [{ dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '17:00' }],
      },
      {
        name: 'Line',
        openingHours: [
          { dayOfWeek: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], opens: '00:00', closes: '23:59' },
        ],
      },
      { name: 'Night', openingHours: [{ dayOfWeek: ['Friday'], opens: '22:00', closes: '02:00' }], hours: 'Friday nights' },
      {
        name: 'Holiday',
        openingHours: [{ dayOfWeek: ['Monday'], opens: '09:00', closes: '17:00' }],
        specialHours: [{ validFrom: '2026-11-23' }],
      },
      { name: 'Unknown', hours: 'Call for hours' },
    ];
    const badge = (el: HrResourceList, name: string) =>
      $$(el, '[part="card"]')
        .find((c) => c.querySelector('[part="name"]')!.textContent === name)!
        .querySelector('.badge')
        ?.textContent?.replace(/\s/g, ' ');

    it('says whether each place is open, and "Open now" shows only those', async () => {
      HrResourceList.now = () => monday;
      const el = await directory({ timeZone: 'UTC', resources: week });
      expect(badge(el, 'Office')).to.equal(`Open now · closes 5 PM${utc}`);
      expect(badge(el, 'Line')).to.equal('Open 24 hours');
      expect(badge(el, 'Night')).to.equal(`Closed · opens Friday 10 PM${utc}`);
      // Closed today for a holiday: its next opening is a week away.
      expect(badge(el, 'Holiday')).to.equal(`Closed · opens Monday 9 AM${utc}`);
      expect(badge(el, 'Unknown')).to.equal(undefined);
      // The week is written out, unless the site owner wrote it in words.
      expect(textOf(el)).to.contain('Hours: Monday–Friday 9 AM–5 PM');
      expect(textOf(el)).to.contain('Hours: Friday nights');
      await expect(el).to.be.accessible();

      const openNow = $$<HTMLInputElement>(el, 'input[type="checkbox"]').find((c) => c.parentElement!.textContent!.includes('Open now'))!;
      openNow.click();
      await until(() => names(el).length === 2, 'only open places');
      expect(names(el)).to.deep.equal(['Office', 'Line']);
      await expect(el).to.be.accessible();
      // Each place's answer holds for its minute only: at 5 PM the office is closed when the list is asked again.
      HrResourceList.now = () => new Date('2026-11-23T17:00:00Z');
      await type(el, 'e');
      expect(names(el)).to.deep.equal(['Line']);
      $$<HTMLButtonElement>(el, 'button')
        .find((b) => b.textContent!.trim() === 'Clear filters')!
        .click();
      await el.updateComplete;
      expect(openNow.checked).to.equal(false);
      expect(names(el)).to.have.length(5);
    });

    it('says it in Spanish, on a 24-hour clock', async () => {
      HrResourceList.now = () => monday;
      const el = await fixture<HrResourceList>(
        html`<hr-resource-list lang="es" .data=${{ timeZone: 'UTC', resources: week }}></hr-resource-list>`,
      );
      await settled(el);
      expect(badge(el, 'Office')).to.equal(`Abierto ahora · cierra a las 17:00${utc}`);
      expect(badge(el, 'Line')).to.equal('Abierto las 24 horas');
      expect(textOf(el)).to.contain('Horario: Lunes–viernes 9:00–17:00');
      expect(textOf(el)).to.contain('Abierto ahora');
    });
  });

  describe('what some directories add: payment, who it serves, languages, status, freshness', () => {
    afterEach(() => (HrResourceList.now = () => new Date()));
    const places: Resource[] = [
      { name: 'Closed clinic', status: 'temporarily-closed', payment: ['free'], verified: '2026-11-01' },
      {
        name: 'Youth drop-in',
        payment: ['free', 'no-id-needed'],
        populations: ['youth', 'lgbtq'],
        languages: ['en', 'es'],
        verified: '2026-11-01',
      },
      {
        name: 'Veterans center',
        payment: ['medicaid', 'va-benefits'],
        populations: ['veterans'],
        languages: ['en'],
        verified: '2024-01-15',
      },
      { name: 'Clínica', payment: ['sliding-scale'], languages: ['es'] },
    ];
    const card = (el: HrResourceList, name: string) =>
      $$(el, '[part="card"]')
        .find((c) => c.querySelector('[part="name"]')!.textContent === name)!
        .textContent!.replace(/\s+/g, ' ');

    it('shows payment and who it serves with labels, says "Call ahead" when a listing is old, and puts closed places last', async () => {
      HrResourceList.now = () => new Date('2026-11-23T12:00:00Z');
      const el = await directory({ staleAfterDays: 365, resources: places });
      expect(names(el)).to.deep.equal(['Youth drop-in', 'Veterans center', 'Clínica', 'Closed clinic']);
      expect(card(el, 'Closed clinic')).to.contain('Temporarily closed');
      expect(card(el, 'Youth drop-in')).to.contain('Payment: Free, No ID needed');
      expect(card(el, 'Youth drop-in')).to.contain('Serves: Young people, LGBTQ+ people');
      expect(card(el, 'Youth drop-in')).to.contain('Last checked November 1, 2026');
      // A value with no label is shown as given.
      expect(card(el, 'Veterans center')).to.contain('Payment: Medicaid, va-benefits');
      expect(card(el, 'Veterans center')).to.contain('Call ahead: last checked January 15, 2024');
      expect(card(el, 'Clínica')).to.contain('Call ahead: this listing has not been checked');
      await expect(el).to.be.accessible();
    });

    it('offers a filter for each, with counts, by keyboard; a language is named in its own language', async () => {
      const el = await directory({ resources: places });
      const summary = $(el, 'summary');
      expect(summary.textContent!.trim()).to.equal('Filters');
      summary.focus();
      await keys({ press: 'Enter' });
      await until(() => $$(el, '.chip').length > 1, 'filters drawn');
      const chips = () =>
        $$(el, 'fieldset').map((f) => [
          f.querySelector('legend')!.textContent,
          [...f.querySelectorAll('.chip')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
        ]);
      expect(chips()).to.deep.equal([
        ['Payment', ['Free (2)', 'Medicaid (1)', 'No ID needed (1)', 'Sliding scale (1)', 'va-benefits (1)']],
        ['Serves', ['LGBTQ+ people (1)', 'Veterans (1)', 'Young people (1)']],
        ['Languages', ['English (2)', 'Español (2)']],
      ]);
      await expect(el).to.be.accessible();
      // Tab to "Español" and tick it with the space bar.
      const spanish = $$<HTMLInputElement>(el, '.chip input').find((i) => i.parentElement!.textContent!.includes('Español'))!;
      spanish.focus();
      await keys({ press: 'Space' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Youth drop-in', 'Clínica']);
      expect(summary.textContent!.trim()).to.equal('Filters (1)');
      expect(chips()[0]![1]).to.deep.equal(['Free (1)', 'Medicaid (0)', 'No ID needed (1)', 'Sliding scale (1)', 'va-benefits (0)']);
      const free = $$<HTMLInputElement>(el, '.chip input').find((i) => i.parentElement!.textContent!.includes('Free'))!;
      free.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Youth drop-in']);
      await expect(el).to.be.accessible();
    });

    it('says it in Spanish', async () => {
      HrResourceList.now = () => new Date('2026-11-23T12:00:00Z');
      const el = await fixture<HrResourceList>(
        html`<hr-resource-list lang="es" .data=${{ staleAfterDays: 365, resources: places }}></hr-resource-list>`,
      );
      await settled(el);
      expect(card(el, 'Closed clinic')).to.contain('Cerrado por ahora');
      expect(card(el, 'Youth drop-in')).to.contain('Pago: Gratis, No se necesita identificación');
      expect(card(el, 'Youth drop-in')).to.contain('Atiende a: Jóvenes, Personas LGBTQ+');
      expect(card(el, 'Veterans center')).to.contain('Llama antes: revisado por última vez el 15 de enero de 2024');
    });
  });

  describe('directions, save or share', () => {
    const clinic: Resource = { ...full, id: 'ppp-1' };
    async function openTools(el: HrResourceList, card = 0): Promise<HTMLElement> {
      const take = $$(el, '[part="card"]')[card]!.querySelector<HTMLDetailsElement>('details.take')!;
      take.querySelector('summary')!.focus();
      await keys({ press: 'Enter' });
      await until(() => take.querySelector('.actions'), 'the actions drawn');
      return take;
    }
    const action = (take: HTMLElement, text: string) =>
      [...take.querySelectorAll<HTMLElement>('a, button')].find((a) => a.textContent!.trim() === text)!;

    it('opens by keyboard: directions and "text this to myself" are links, nothing is requested until tapped', async () => {
      performance.clearResourceTimings();
      const el = await directory({ resources: [clinic] });
      const take = await openTools(el);
      const maps = action(take, 'Directions').getAttribute('href')!;
      expect(maps).to.match(/^https:\/\/(maps\.apple\.com\/\?daddr=|www\.google\.com\/maps\/dir\/\?api=1&destination=)39\.99%2C-75\.13$/);
      const sms = action(take, 'Text this to myself').getAttribute('href')!;
      expect(sms.startsWith('sms:?&body=')).to.equal(true);
      expect(decodeURIComponent(sms.slice('sms:?&body='.length))).to.equal(
        [
          'Prevention Point Philadelphia',
          'Phone: (215) 634-5272',
          'Text: (215) 555-0100',
          'Address: 2913-15 Kensington Avenue, Philadelphia, PA',
          'Hours: Mon–Fri 8am–4pm',
          'Website: https://www.ppponline.org/',
          'Email: info@ppponline.org',
        ].join('\n'),
      );
      // Only our own files were fetched: no map, no third party.
      const hosts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => new URL(r.name).host);
      expect(hosts.filter((h) => h !== location.host)).to.deep.equal([]);
      // No report link unless the site owner set where reports go.
      expect(take.textContent).to.not.contain('Report a problem');
      await expect(el).to.be.accessible();
    });

    it('copies the listing as plain text, and shows it to copy by hand when the browser refuses', async () => {
      const clipboard = navigator.clipboard;
      const copied: string[] = [];
      let refuse = false;
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: async (text: string) => {
          if (refuse) throw new DOMException('denied', 'NotAllowedError');
          copied.push(text);
        },
      });
      try {
        const el = await directory({ resources: [clinic] });
        const take = await openTools(el);
        action(take, 'Copy').click();
        await until(() => take.querySelector('.copied')!.textContent === 'Copied.', 'said copied');
        expect(copied).to.have.length(1);
        expect(copied[0]!.split('\n')[0]).to.equal('Prevention Point Philadelphia');
        expect(copied[0]).to.contain('Phone: (215) 634-5272');
        refuse = true;
        action(take, 'Copy').click();
        await until(() => take.querySelector('.copied')!.textContent!.includes('did not let us copy'), 'said it could not');
        const box = take.querySelector<HTMLTextAreaElement>('textarea')!;
        expect(box.hidden).to.equal(false);
        expect(box.value).to.equal(copied[0]);
        await expect(el).to.be.accessible();
      } finally {
        delete (clipboard as { writeText?: unknown }).writeText;
      }
    });

    it('reports a problem by email with the listing named, or on the site owner’s page with its id', async () => {
      const byMail = await directory({ reportEmail: 'fix@example.org', resources: [clinic] });
      const mail = action(await openTools(byMail), 'Report a problem with this listing').getAttribute('href')!;
      const [to, query] = mail.split('?');
      expect(to).to.equal('mailto:fix@example.org');
      const params = new URLSearchParams(query);
      expect(params.get('subject')).to.equal('Problem with a listing: Prevention Point Philadelphia');
      expect(params.get('body')).to.contain('Listing: Prevention Point Philadelphia (ppp-1)');
      const byPage = await directory({ reportUrl: 'https://example.org/report?from=directory', resources: [clinic, { name: 'No id' }] });
      expect(action(await openTools(byPage), 'Report a problem with this listing').getAttribute('href')).to.equal(
        'https://example.org/report?from=directory&listing=ppp-1',
      );
      expect(action(await openTools(byPage, 1), 'Report a problem with this listing').getAttribute('href')).to.equal(
        'https://example.org/report?from=directory&listing=No+id',
      );
    });

    it('prints one card, or the list shown, and puts the page back after', async () => {
      const printed: [boolean, boolean][] = [];
      const original = window.print;
      const el = await directory();
      const list = $(el, '[part="list"]');
      window.print = () => {
        const cards = $$(el, '[part="card"]');
        printed.push([list.classList.contains('one'), cards[1]!.classList.contains('printing')]);
      };
      try {
        const take = await openTools(el, 1);
        action(take, 'Print this').click();
        window.dispatchEvent(new Event('afterprint'));
        action(take, 'Print the list').click();
        window.dispatchEvent(new Event('afterprint'));
        expect(printed).to.deep.equal([
          [true, true],
          [false, false],
        ]);
        expect([list.classList.contains('one'), $$(el, '.printing').length]).to.deep.equal([false, 0]);
      } finally {
        window.print = original;
      }
    });

    chromiumOnly('print media is emulated through the DevTools protocol')('on paper: only the card chosen, without controls', async () => {
      const { emulateMedia } = await import('@web/test-runner-commands');
      const original = window.print;
      const el = await directory();
      const take = await openTools(el, 2);
      window.print = () => undefined;
      try {
        action(take, 'Print this').click();
        await emulateMedia({ media: 'print' });
        const shown = $$(el, '[part="card"]').filter((c) => getComputedStyle(c).display !== 'none');
        expect(shown.map((c) => c.querySelector('[part="name"]')!.textContent)).to.deep.equal(['Next Distro']);
        expect(getComputedStyle($(el, '[part="controls"]')).display).to.equal('none');
        expect(getComputedStyle(take).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
        window.print = original;
      }
    });

    it('speaks Spanish', async () => {
      const el = await fixture<HrResourceList>(
        html`<hr-resource-list lang="es" .data=${{ reportEmail: 'a@b.org', resources: [clinic] }}></hr-resource-list>`,
      );
      await settled(el);
      expect($(el, 'details.take summary').textContent).to.equal('Cómo llegar, guardar o compartir');
      const take = await openTools(el);
      expect([...take.querySelectorAll('a, button')].map((a) => a.textContent!.trim())).to.deep.equal([
        'Cómo llegar',
        'Copiar',
        'Enviarme esto por mensaje de texto',
        'Imprimir este',
        'Imprimir la lista',
        'Reportar un problema con este recurso',
      ]);
    });
  });

  describe('near me', () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    afterEach(() => (geolocation.getCurrentPosition = original));

    it('asks only when the visitor does, then sorts by distance and shows it', async () => {
      let asked = 0;
      geolocation.getCurrentPosition = (ok) => {
        asked++;
        ok({ coords: { latitude: 35.7, longitude: -105.9 } } as GeolocationPosition);
      };
      const el = await directory();
      expect(asked).to.equal(0);
      const button = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Sort by distance'))!;
      button.click();
      // Asked once the small "near me" chunk has arrived.
      await until(() => asked === 1, 'asked for the position');
      await until(() => names(el)[0] === 'Centro Médico Española', 'sorted by distance');
      expect(names(el)).to.deep.equal(['Centro Médico Española', 'Prevention Point Philadelphia', 'Next Distro', 'Sketchy']);
      expect($$(el, '[part="card"]')[0]!.textContent).to.match(/\d+(\.\d)? mi away/);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(textOf(el)).to.contain('Your location stays on this device.');
      expect(sessionStorage.length + localStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
      // A radius, in the visitor's unit: places that serve everywhere stay, places with no coordinates go.
      const radius = $<HTMLSelectElement>(el, '.radius select');
      expect([...radius.options].map((o) => o.value)).to.deep.equal(['0', '5', '10', '25', '50', '100']);
      radius.value = '50';
      radius.dispatchEvent(new Event('change'));
      // Applied once the search code is here (a real tap fetches it as it focuses the controls).
      await until(() => names(el).length === 2, 'only places within 50');
      expect(names(el)).to.deep.equal(['Centro Médico Española', 'Next Distro']);
      expect($(el, '[part="count"]').textContent).to.equal('2 of 4 places found');
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(names(el)[0]).to.equal('Prevention Point Philadelphia');
    });

    it('handles a refusal kindly', async () => {
      geolocation.getCurrentPosition = (_ok, fail) => fail!({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError);
      const el = await directory();
      $$<HTMLButtonElement>(el, 'button')
        .find((b) => b.textContent!.includes('Sort by distance'))!
        .click();
      await until(() => textOf(el).includes('We could not use your location. That’s okay: you can search by city or area instead.'));
      await expect(el).to.be.accessible();
      expect(names(el)[0]).to.equal('Prevention Point Philadelphia');
    });
  });

  it('keeps 10,000 entries fast to use: a bounded DOM, exact counts, and "show more" moving focus', async () => {
    const data = generateResources(10000);
    const el = await directory(data);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
    expect($(el, '[part="count"]').textContent).to.equal('10000 places found');
    expect(names(el)).to.have.length(20);

    await type(el, 'harbor');
    // Counted independently of the code under test: "harbor" appears only in these names.
    const expected = data.resources.filter((r) => r.name.toLowerCase().includes('harbor')).length;
    expect(expected).to.be.within(100, 9999);
    expect($(el, '[part="count"]').textContent).to.equal(`${expected} of 10000 places found`);
    expect(names(el).every((n) => n.startsWith('Harbor'))).to.equal(true);

    $<HTMLButtonElement>(el, '[part="more"]').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(40);
    expect(deepActiveElement()).to.equal($$(el, '[part="card"]')[20]);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
  });

  it('skips invalid entries with their path and shows the rest', async () => {
    const logged = recordConsole();
    try {
      const el = await directory({ resources: [{ name: 'Fine' }, { name: '' }, { name: 'Bad mail', email: 'x' }] });
      expect(names(el)).to.deep.equal(['Fine']);
      expect(textOf(el)).to.contain('Some of this content could not be shown.');
      expect(logged.errors).to.deep.equal([
        'hr-resource-list: resources[1].name: required\nhr-resource-list: resources[2].email: is not an email address: "x"',
      ]);
    } finally {
      logged.restore();
    }
  });

  it('speaks Spanish', async () => {
    const el = await fixture<HrResourceList>(html`<hr-resource-list lang="es"></hr-resource-list>`);
    await until(() => names(el).length > 0);
    expect(textOf(el)).to.contain('Busca por nombre, servicio o ciudad');
    expect(textOf(el)).to.contain('Atiende a todo el país');
    await expect(el).to.be.accessible();
  });
});

describe('<hr-resource-list> reading a long list from src as it arrives', () => {
  const entry = (i: number): Resource => ({
    name: `Place ${i}`,
    description: 'Has "quotes", [brackets] and {braces} in it.',
    services: ['naloxone'],
  });
  const original = window.fetch;
  afterEach(() => (window.fetch = original));

  /** The answer to the next fetch: a body the test writes piece by piece. */
  function answer() {
    let push!: (text: string) => void;
    let end!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder();
        push = (text) => controller.enqueue(bytes.encode(text));
        end = () => controller.close();
      },
    });
    window.fetch = () => Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    return { push, end };
  }

  it('shows the first cards while the rest arrives, then the whole, with one report for the whole', async () => {
    const { push, end } = answer();
    const logged = recordConsole();
    try {
      const all = Array.from({ length: 200 }, (_, i) => entry(i));
      const text = JSON.stringify({ title: 'Big directory', resources: [...all, { name: '', phone: 'bad' }], intro: 'After the list.' });
      // Six entries, and half of the 7th: a part is only ever entries that came in full.
      const el = await fixture<HrResourceList>(html`<hr-resource-list src="/big.json"></hr-resource-list>`);
      const six = text.indexOf('Place 6') + 4;
      push(text.slice(0, six));
      await until(() => names(el).length > 0, 'the first cards shown');
      // The first part is a screenful, shown at once.
      expect(names(el)).to.have.length(4);
      expect($(el, '[part="count"]').textContent).to.equal('Loading more… 4 so far');
      // Then the first page: 20 entries, whatever more has come.
      const cut = text.indexOf('Place 30') + 4;
      push(text.slice(six, cut));
      await until(() => names(el).length === 20, 'the first page shown');
      expect(names(el)[0]).to.equal('Place 0');
      expect($(el, '[part="count"]').textContent).to.equal('Loading more… 20 so far');
      expect($(el, '[part="title"]').textContent).to.equal('Big directory');
      await expect(el).to.be.accessible();
      // A search works on what has arrived.
      await type(el, 'place 2');
      // Each word anywhere: "Place 12" has both.
      const matching = (n: number) => all.slice(0, n).filter((p) => p.name.includes('2')).length;
      expect(names(el)).to.have.length(matching(20));
      expect(names(el)).to.deep.equal(['Place 2', 'Place 12']);
      expect(logged.errors, 'nothing reported before the whole is in').to.deep.equal([]);
      push(text.slice(cut));
      end();
      await until(() => $(el, '[part="count"]').textContent!.includes('found'), 'the whole shown');
      // The same search, over everything now.
      expect($(el, '[part="count"]').textContent).to.equal(`${matching(200)} of 200 places found`);
      expect(textOf(el)).to.contain('After the list.');
      await reported();
      expect(logged.errors).to.deep.equal([
        'hr-resource-list: resources[200].name: required\nhr-resource-list: resources[200].phone: is not a phone number in digits: "bad"',
      ]);
    } finally {
      logged.restore();
    }
  });

  it('shows nothing of a list while the page is hidden, and the whole once it is in', async () => {
    const { push, end } = answer();
    // A tab in the background: it does not paint, so parts would only cost time.
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      const text = JSON.stringify({ resources: Array.from({ length: 30 }, (_, i) => entry(i)) });
      const el = await fixture<HrResourceList>(html`<hr-resource-list src="/big.json"></hr-resource-list>`);
      push(text.slice(0, -2));
      // Long enough for the parts of 4 and 20 entries, had they been made.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(names(el)).to.deep.equal([]);
      push(text.slice(-2));
      end();
      await until(() => names(el).length > 0, 'the whole shown');
      expect($(el, '[part="count"]').textContent).to.equal('30 places found');
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
  });
});
