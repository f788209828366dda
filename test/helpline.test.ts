import { expect, fixture, html } from '@open-wc/testing';
import '../src/helpline/define.js';
import type { HrHelpline } from '../src/helpline/hr-helpline.js';
import { spokenDigits, type CatalogLine } from '../src/helpline/helpline-model.js';
import { LINE_IDS } from '../src/helpline/helpline.fields.js';
import catalogJson from '../src/helpline/catalog.json';

const catalog = catalogJson as Record<(typeof LINE_IDS)[number], CatalogLine>;
import { $$, recordConsole, reported, textOf, until } from './helpers.js';

const links = (el: Element) =>
  $$<HTMLAnchorElement>(el, 'a').map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.getAttribute('aria-label')]);

/** Waits until the lines' links are on screen. */
async function linesShown(el: HrHelpline): Promise<HrHelpline> {
  await until(() => $$(el, 'a').length > 0, 'lines rendered');
  return el;
}

describe('<hr-helpline>', () => {
  it('shows the national lines by default, exactly, with tap-to-call links read digit by digit', async () => {
    const el = await linesShown(await fixture<HrHelpline>(html`<hr-helpline></hr-helpline>`));
    await expect(el).to.be.accessible();
    expect($$(el, '[part="name"]').map((n) => n.textContent)).to.deep.equal([
      '988 Suicide & Crisis Lifeline',
      'SAMHSA National Helpline',
      'Emergency: 911',
    ]);
    expect(links(el)).to.deep.equal([
      ['Call 988', 'tel:988', 'Call 988 (9 8 8)'],
      ['Text 988', 'sms:988', 'Text 988 (9 8 8)'],
      ['Videophone (ASL) 988', 'tel:988', 'Videophone (ASL) 988 (9 8 8)'],
      ['Chat', 'https://988lifeline.org/chat/', 'Chat'],
      ['Online: 988lifeline.org', 'https://988lifeline.org/', 'Online: 988lifeline.org'],
      ['Call 1-800-662-4357', 'tel:18006624357', 'Call 1-800-662-4357 (1, 8 0 0, 6 6 2, 4 3 5 7)'],
      ['TTY 1-800-487-4889', 'tel:18004874889', 'TTY 1-800-487-4889 (1, 8 0 0, 4 8 7, 4 8 8 9)'],
      ['Online: samhsa.gov', 'https://www.samhsa.gov/find-help/helplines/national-helpline', 'Online: samhsa.gov'],
      ['Call 911', 'tel:911', 'Call 911 (9 1 1)'],
    ]);
    expect(textOf(el)).to.contain('Hours: 24/7, 365 days a year');
    expect(textOf(el)).to.contain('Languages: English, Spanish');
    expect(textOf(el)).to.contain('Give naloxone if you have it. Stay with the person until help arrives.');
  });

  it('shows a compact bar, in Spanish', async () => {
    const el = await linesShown(await fixture<HrHelpline>(html`<hr-helpline variant="compact" lang="es"></hr-helpline>`));
    await until(() => textOf(el).includes('Llamar al 988'));
    expect(el.shadowRoot!.querySelector('ul.bar')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h2, h3')).to.equal(null);
    expect(textOf(el)).to.contain('Línea Nacional de Ayuda de SAMHSA');
    await expect(el).to.be.accessible();
  });

  it('shows a site’s own lines, and keeps the national ones when asked', async () => {
    const own = { name: 'Harbor intake', phone: '(555) 010-4477', sms: '(555) 010-4478', hours: 'Mon–Sat', note: 'A peer answers.' };
    const replaced = await linesShown(await fixture<HrHelpline>(html`<hr-helpline .data=${[own]}></hr-helpline>`));
    expect($$(replaced, '[part="name"]').map((n) => n.textContent)).to.deep.equal(['Harbor intake']);
    expect(links(replaced)[1]).to.deep.equal(['Text (555) 010-4478', 'sms:5550104478', 'Text (555) 010-4478 (5 5 5, 0 1 0, 4 4 7 8)']);

    const kept = await fixture<HrHelpline>(html`<hr-helpline .data=${{ includeDefaults: true, lines: [own] }}></hr-helpline>`);
    await until(() => $$(kept, '[part="name"]').length === 4, 'national lines added');
    expect($$(kept, '[part="name"]').map((n) => n.textContent)[0]).to.equal('Harbor intake');
    await expect(kept).to.be.accessible();
  });

  it('lists national lines of the catalog by id, each with working links, a site’s own words over the catalog’s, in English and Spanish', async () => {
    const data = {
      lines: [...LINE_IDS, { id: 'samhsa', note: 'Ask for the Spanish line.' }, { name: 'Our intake line', phone: '555-0100' }],
    };
    const el = await linesShown(await fixture<HrHelpline>(html`<hr-helpline .data=${data}></hr-helpline>`));
    const names = () => $$(el, '[part="name"]').map((n) => n.textContent);
    expect(names()).to.deep.equal(LINE_IDS.map((id) => catalog[id].en.name).concat('SAMHSA National Helpline', 'Our intake line'));
    const cards = $$(el, '[part="line"]');
    LINE_IDS.forEach((id, i) => {
      const entry = catalog[id];
      const hrefs = [...cards[i]!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      // Every route the catalog has is a link, and each link is one of its routes.
      const routes = [entry.phone, entry.sms, entry.tty, entry.videophone].filter(Boolean).map((n) => n!.replace(/[^\d]/g, ''));
      for (const n of routes)
        expect(
          hrefs.some((h) => h!.replace(/[^\d]/g, '') === n && /^(tel|sms):/.test(h!)),
          `${id} ${n}`,
        ).to.equal(true);
      if (entry.chat) expect(hrefs).to.include(entry.chat);
      if (entry.url)
        expect(
          hrefs.some((h) => h!.startsWith(entry.url!)),
          `${id} website`,
        ).to.equal(true);
      expect(cards[i]!.textContent).to.contain(entry.en.note);
    });
    expect(links(el)).to.deep.include.members([['Videophone (ASL) 988', 'tel:988', 'Videophone (ASL) 988 (9 8 8)']]);
    expect(cards[LINE_IDS.length]!.textContent).to.contain('Ask for the Spanish line.').and.not.contain(catalog.samhsa.en.note);
    await expect(el).to.be.accessible();

    el.lang = 'es';
    await until(() => names()[0] === catalog['988'].es.name, 'Spanish names');
    expect(names()[3]).to.equal('Centro de Control de Envenenamientos');
    await expect(el).to.be.accessible();
  });

  it('says which line id it does not know, by path, and keeps the rest', async () => {
    const logged = recordConsole();
    try {
      const el = await linesShown(
        await fixture<HrHelpline>(html`<hr-helpline .data=${['988', '98', { id: 'poison' }, { phone: '555-0100' }]}></hr-helpline>`),
      );
      await reported();
      expect($$(el, '[part="name"]').map((n) => n.textContent)).to.deep.equal([catalog['988'].en.name]);
      const said = logged.errors.join('\n');
      expect(said).to.contain(
        'lines[1].id: must be "988", "samhsa", "911", "poison-control", "never-use-alone", "crisis-text-line", "veterans-crisis-line", "domestic-violence", "disaster-distress" or "nami-helpline", got "98"',
      );
      expect(said).to.contain(
        'lines[2].id: must be "988", "samhsa", "911", "poison-control", "never-use-alone", "crisis-text-line", "veterans-crisis-line", "domestic-violence", "disaster-distress" or "nami-helpline", got "poison"',
      );
      expect(said).to.contain('lines[3]: needs a name, or the id of a national line such as "988"');
    } finally {
      logged.restore();
    }
  });

  it('keeps its catalog up to date: every line checked within a year, from its own source, in both languages', () => {
    expect(Object.keys(catalog)).to.have.members([...LINE_IDS]);
    const yearAgo = Date.now() - 365 * 864e5;
    for (const [id, entry] of Object.entries(catalog)) {
      expect(Date.parse(entry.verified), `${id} verified ${entry.verified}: check it again`).to.be.above(yearAgo);
      expect(entry.source, id).to.match(/^https:\/\//);
      expect(entry.en.name && entry.es.name, id).to.be.a('string');
    }
  });

  it('never links a javascript: URL, and reports bad lines with their path', async () => {
    const logged = recordConsole();
    try {
      const el = await fixture<HrHelpline>(
        html`<hr-helpline .data=${[{ name: 'Fine', url: 'javascript:alert(1)', phone: '988' }, { name: 'Letters', phone: 'CALL-NOW' }, { name: 'No way to reach' }]}></hr-helpline>`,
      );
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(links(el)).to.deep.equal([['Call 988', 'tel:988', 'Call 988 (9 8 8)']]);
      await reported();
      expect(logged.errors).to.deep.equal([
        [
          'hr-helpline: lines[0].url: must be an http or https address, got "javascript:alert(1)"; it is not shown',
          'hr-helpline: lines[1].phone: is not a phone number in digits: "CALL-NOW"',
          'hr-helpline: lines[2]: needs a way to reach it: phone, sms, tty, videophone or an http(s) url',
        ].join('\n'),
      ]);
      expect(textOf(el)).to.contain('Some of this content could not be shown.');
    } finally {
      logged.restore();
    }
  });

  it('reads numbers digit by digit', () => {
    expect(spokenDigits('(215) 634-5272')).to.equal('2 1 5, 6 3 4, 5 2 7 2');
  });
});
