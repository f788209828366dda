import { expect, fixture, html } from '@open-wc/testing';
import '../src/helpline/define.js';
import type { HrHelpline } from '../src/helpline/hr-helpline.js';
import { spellOut, type CatalogLine } from '../src/helpline/helpline-model.js';
import { checkCatalog } from '../src/helpline/catalog-check.js';
import { LINE_IDS } from '../src/helpline/helpline.fields.js';
import catalogJson from '../src/helpline/catalog.json';

const catalog = catalogJson as Record<(typeof LINE_IDS)[number], CatalogLine>;
import { $$, recordConsole, reported, textOf, until } from './helpers.js';
import './words.js';

const links = (el: Element) =>
  $$<HTMLAnchorElement>(el, 'a').map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.getAttribute('aria-label')]);

/** Waits until the lines' links are on screen. */
async function linesShown(el: HrHelpline): Promise<HrHelpline> {
  await until(() => $$(el, 'a').length > 0, 'lines rendered');
  return el;
}

describe('<hr-helpline>', () => {
  it('shows the national lines by default, exactly, from the catalog, with tap-to-call links read digit by digit', async () => {
    const el = await linesShown(await fixture<HrHelpline>(html`<hr-helpline></hr-helpline>`));
    await expect(el).to.be.accessible();
    expect($$(el, '[part="name"]').map((n) => n.textContent)).to.deep.equal([
      '988 Suicide & Crisis Lifeline',
      'SAMHSA National Helpline',
      'Emergency: 911',
    ]);
    expect($$(el, '[part="kind"]').map((n) => n.textContent)).to.deep.equal(['Crisis counseling', 'Referral and information', 'Emergency']);
    expect(links(el)).to.deep.equal([
      ['Call 988', 'tel:988', 'Call 988 (9 8 8)'],
      ['Text 988', 'sms:988', 'Text 988 (9 8 8)'],
      ['Chat', 'https://988lifeline.org/chat/', 'Chat'],
      ['Online: 988lifeline.org', 'https://988lifeline.org/', 'Online: 988lifeline.org'],
      ['Call 1-800-662-4357', 'tel:18006624357', 'Call 1-800-662-4357 (1, 8 0 0, 6 6 2, 4 3 5 7)'],
      ['TTY 1-800-487-4889', 'tel:18004874889', 'TTY 1-800-487-4889 (1, 8 0 0, 4 8 7, 4 8 8 9)'],
      ['Online: samhsa.gov', 'https://www.samhsa.gov/find-help/national-helpline', 'Online: samhsa.gov'],
      ['Call 911', 'tel:911', 'Call 911 (9 1 1)'],
    ]);
    const text = textOf(el);
    expect(text).to.contain('Hours: 24/7, 365 days a year');
    expect(text).to.contain('Languages: English, Spanish');
    expect(text).to.contain('It does not provide counseling.');
    expect(text).to.contain('ASL: video call a counselor with “ASL Now” at 988lifeline.org');
    expect(text).to.not.contain('who sign');
    expect(text).to.contain('Give naloxone if you have it. Stay with the person until help arrives.');
  });

  it('tells Spanish speakers how to reach Spanish on 988, in the cards and the compact bar', async () => {
    for (const variant of ['full', 'compact']) {
      const el = await linesShown(await fixture<HrHelpline>(html`<hr-helpline variant=${variant} lang="es"></hr-helpline>`));
      await until(() => textOf(el).includes('Llamar al 988'));
      expect(links(el).slice(0, 2), variant).to.deep.equal([
        ['Llamar al 988 y oprimir 2', 'tel:988', 'Llamar al 988 y oprimir 2 (9 8 8)'],
        ['Enviar AYUDA al 988', 'sms:988', 'Enviar AYUDA al 988 (A Y U D A, 9 8 8)'],
      ]);
      expect(textOf(el), variant)
        .to.contain('Línea Nacional de Ayuda de SAMHSA')
        .and.contain('Apoyo en crisis')
        .and.contain('Información y referencias');
      expect(el.shadowRoot!.querySelector('ul.bar') !== null, variant).to.equal(variant === 'compact');
      await expect(el).to.be.accessible();
    }
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

  it('shows a site’s own kind, option, keyword and first-aid number, in both layouts', async () => {
    const line = {
      name: 'Harbor intake',
      kind: 'referral',
      emergency: '911',
      phone: '555-0100',
      press: '3',
      sms: '555-0101',
      keyword: 'INTAKE',
      hours: 'Mon–Fri 9–5',
    };
    for (const variant of ['full', 'compact']) {
      const el = await linesShown(await fixture<HrHelpline>(html`<hr-helpline variant=${variant} .data=${[line]}></hr-helpline>`));
      expect(links(el), variant).to.deep.equal([
        ['Unconscious or trouble breathing? Call 911', 'tel:911', 'Unconscious or trouble breathing? Call 911 (9 1 1)'],
        ['Call 555-0100, then press 3', 'tel:5550100', 'Call 555-0100, then press 3 (5 5 5, 0 1 0 0)'],
        ['Text INTAKE to 555-0101', 'sms:5550101', 'Text INTAKE to 555-0101 (I N T A K E, 5 5 5, 0 1 0 1)'],
      ]);
      expect(textOf(el), variant).to.contain('Referral and information').and.contain('Mon–Fri 9–5');
    }
  });

  it('a site’s own number beside an id does not take the catalog’s option or keyword', async () => {
    const el = await linesShown(
      await fixture<HrHelpline>(
        html`<hr-helpline .data=${[
          { id: 'veterans-crisis-line', phone: '555-0100' },
          { id: 'crisis-text-line', sms: '555-0101' },
        ]}></hr-helpline>`,
      ),
    );
    await until(() => textOf(el).includes('Veterans Crisis Line'), 'catalog words');
    expect(links(el).map((l) => l[0])).to.include.members(['Call 555-0100', 'Text 838255', 'Text 555-0101']);
    expect(textOf(el)).to.not.contain('press 1').and.not.contain('HOME');
  });

  /** Each national line's card, as a visitor reads it: its name, its links and its words. */
  async function card(id: string, lang: 'en' | 'es', variant: 'full' | 'compact') {
    const el = await linesShown(await fixture<HrHelpline>(html`<hr-helpline lang=${lang} variant=${variant} .data=${[id]}></hr-helpline>`));
    await until(() => $$(el, '[part="name"]')[0]?.textContent !== id, 'catalog words');
    return { el, links: links(el), text: textOf(el) };
  }

  it('Crisis Text Line: the keyword is in the link, HOME in English and AYUDA in Spanish, in both layouts', async () => {
    for (const variant of ['full', 'compact'] as const) {
      const en = await card('crisis-text-line', 'en', variant);
      expect(en.links[0], variant).to.deep.equal(['Text HOME to 741741', 'sms:741741', 'Text HOME to 741741 (H O M E, 7 4 1 7 4 1)']);
      const es = await card('crisis-text-line', 'es', variant);
      expect(es.links[0], variant).to.deep.equal([
        'Enviar AYUDA al 741741',
        'sms:741741',
        'Enviar AYUDA al 741741 (A Y U D A, 7 4 1 7 4 1)',
      ]);
      await expect(es.el).to.be.accessible();
    }
  });

  it('ways no link can show stay in both layouts: ASL Now, AYUDA on English pages, WhatsApp, Spanish options', async () => {
    const also = (el: HTMLElement) => $$(el, '[part="also"]').map((n) => n.textContent);
    for (const variant of ['full', 'compact'] as const) {
      expect(also((await card('988', 'en', variant)).el), variant).to.deep.equal([
        'ASL: video call a counselor with “ASL Now” at 988lifeline.org',
      ]);
      expect(also((await card('crisis-text-line', 'en', variant)).el), variant).to.deep.equal(['In Spanish: text AYUDA to 741741']);
      const whatsapp = await card('crisis-text-line', 'es', variant);
      expect(also(whatsapp.el), variant).to.deep.equal(['WhatsApp: 442-AYUDAME']);
      expect(whatsapp.text, variant).to.not.contain('In Spanish');
      expect(also((await card('samhsa', 'es', variant)).el), variant).to.deep.equal([
        'En español: elige hablar con un representante nacional',
      ]);
      expect(also((await card('disaster-distress', 'en', variant)).el), variant).to.deep.equal(['In Spanish: press 2']);
      // A site's own line, in its list of ways, after the links.
      const own = await linesShown(
        await fixture<HrHelpline>(
          html`<hr-helpline variant=${variant} .data=${[{ name: 'Harbor intake', phone: '555-0100', also: 'Walk in: 12 Main St' }]}></hr-helpline>`,
        ),
      );
      expect($$(own, 'li').at(-1)!.textContent, variant).to.equal('Walk in: 12 Main St');
      expect(also(own), variant).to.deep.equal(['Walk in: 12 Main St']);
      await expect(whatsapp.el).to.be.accessible();
      await expect(own).to.be.accessible();
    }
  });

  it('Veterans Crisis Line: 988, then press 1, in every layout and language', async () => {
    for (const variant of ['full', 'compact'] as const) {
      expect((await card('veterans-crisis-line', 'en', variant)).links[0]).to.deep.equal([
        'Call 988, then press 1',
        'tel:988',
        'Call 988, then press 1 (9 8 8)',
      ]);
      expect((await card('veterans-crisis-line', 'es', variant)).links[0]).to.deep.equal([
        'Llamar al 988 y oprimir 1',
        'tel:988',
        'Llamar al 988 y oprimir 1 (9 8 8)',
      ]);
    }
  });

  it('Poison Control: call 911 first if someone is unconscious, and the federal Poison Help site, never poison.org', async () => {
    for (const variant of ['full', 'compact'] as const) {
      const en = await card('poison-control', 'en', variant);
      expect(en.links[0], variant).to.deep.equal([
        'Unconscious or trouble breathing? Call 911',
        'tel:911',
        'Unconscious or trouble breathing? Call 911 (9 1 1)',
      ]);
      expect(en.links.map((l) => l[1]).join(' ')).to.not.contain('poison.org');
      expect(en.links.at(-1)).to.deep.equal(['Online: poisonhelp.hrsa.gov', 'https://poisonhelp.hrsa.gov/', 'Online: poisonhelp.hrsa.gov']);
      expect(en.text).to.contain('Poison help');
      const es = await card('poison-control', 'es', variant);
      expect(es.links[0]![0]).to.equal('¿Inconsciente o con dificultad para respirar? Llamar al 911');
      expect(es.links.at(-1)).to.deep.equal([
        'En línea: poisonhelp.hrsa.gov',
        'https://poisonhelp.hrsa.gov/es',
        'En línea: poisonhelp.hrsa.gov',
      ]);
      expect(es.text).to.contain('Línea de ayuda por envenenamiento').and.not.contain('Centro de Control de Envenenamientos');
      await expect(es.el).to.be.accessible();
    }
  });

  it('National Domestic Violence Hotline: Spanish is spoken there, START in both languages, the Spanish site and chat', async () => {
    const es = await card('domestic-violence', 'es', 'full');
    // WebKit's language names are capitalized in Spanish ("Inglés").
    expect(es.text.toLowerCase()).to.contain('idiomas: inglés, español').and.contain('atienden en español');
    expect(es.links).to.deep.include.members([
      ['Enviar START al 88788', 'sms:88788', 'Enviar START al 88788 (S T A R T, 8 8 7 8 8)'],
      ['Chat', 'https://espanol.thehotline.org/', 'Chat'],
      ['En línea: espanol.thehotline.org', 'https://espanol.thehotline.org/', 'En línea: espanol.thehotline.org'],
    ]);
    expect(es.text).to.contain('Defensa y apoyo');
    const compact = await card('domestic-violence', 'en', 'compact');
    expect(compact.links.map((l) => l[0])).to.deep.equal([
      'Call 1-800-799-7233',
      'Text START to 88788',
      'TTY 1-800-787-3224',
      'Online: thehotline.org',
    ]);
  });

  it('NAMI HelpLine: its weekday hours and HELPLINE keyword stay in the compact bar', async () => {
    const en = await card('nami-helpline', 'en', 'compact');
    expect(en.text).to.contain('Monday–Friday, 10 a.m.–10 p.m. ET');
    expect(en.links[1]).to.deep.equal(['Text HELPLINE to 62640', 'sms:62640', 'Text HELPLINE to 62640 (H E L P L I N E, 6 2 6 4 0)']);
    const es = await card('nami-helpline', 'es', 'compact');
    expect(es.text).to.contain('De lunes a viernes, de 10 a. m. a 10 p. m. (hora del Este)');
    // Round-the-clock lines keep the bar short.
    expect((await card('988', 'en', 'compact')).text).to.not.contain('24/7');
  });

  it('NAMI HelpLine says whether it answers now, from its opening hours, in both layouts and languages', async () => {
    // Saturday 2026-12-05, noon in New York: closed until Monday 10 AM there.
    const RealDate = Date;
    const fixed = RealDate.parse('2026-12-05T17:00:00Z');
    globalThis.Date = class extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [fixed]) as []));
      }
      static override now = () => fixed;
    } as DateConstructor;
    try {
      for (const variant of ['full', 'compact'] as const) {
        const en = await card('nami-helpline', 'en', variant);
        await until(() => textOf(en.el).includes('(Closed · opens Monday 10'), `${variant}: closed now`);
        expect(textOf(en.el)).to.contain('Monday–Friday, 10 a.m.–10 p.m. ET (Closed · opens Monday 10');
        const es = await card('nami-helpline', 'es', variant);
        await until(() => textOf(es.el).includes('(Cerrado · abre el lunes a las 10'), `${variant}: cerrado ahora`);
        await expect(es.el).to.be.accessible();
      }
    } finally {
      globalThis.Date = RealDate;
    }
  });

  it('Disaster Distress Helpline: press 2 for Spanish on the Spanish card; 988 no longer claims a videophone number', async () => {
    expect((await card('disaster-distress', 'es', 'compact')).links[0]).to.deep.equal([
      'Llamar al 1-800-985-5990 y oprimir 2',
      'tel:18009855990',
      'Llamar al 1-800-985-5990 y oprimir 2 (1, 8 0 0, 9 8 5, 5 9 9 0)',
    ]);
    const lifeline = await card('988', 'es', 'full');
    expect(lifeline.links.map((l) => l[0])).to.not.include('Videoteléfono (ASL) 988');
    expect(lifeline.text).to.not.contain('lengua de señas');
  });

  it('Never Use Alone: help goes to the location you give; no language is claimed', async () => {
    const en = await card('never-use-alone', 'en', 'full');
    expect(en.text).to.contain('they send help to the location you give').and.contain('Overdose spotting').and.not.contain('Languages');
    expect(en.links).to.deep.equal([['Call 1-800-484-3731', 'tel:18004843731', 'Call 1-800-484-3731 (1, 8 0 0, 4 8 4, 3 7 3 1)']]);
    const es = await card('never-use-alone', 'es', 'full');
    expect(es.text).to.contain('envían ayuda al lugar que les diste').and.not.contain('En inglés');
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
      // Every route the catalog has is a link.
      const routes = [entry.phone, entry.sms, entry.tty, entry.videophone, entry.emergency]
        .filter(Boolean)
        .map((n) => n!.replace(/[^\d]/g, ''));
      for (const n of routes)
        expect(
          hrefs.some((h) => h!.replace(/[^\d]/g, '') === n && /^(tel|sms):/.test(h!)),
          `${id} ${n}`,
        ).to.equal(true);
      expect(cards[i]!.textContent).to.contain(entry.en.note);
      expect(cards[i]!.querySelector('[part="kind"]'), `${id} kind`).to.not.equal(null);
    });
    expect(cards[LINE_IDS.length]!.textContent).to.contain('Ask for the Spanish line.').and.not.contain(catalog.samhsa.en.note);
    await expect(el).to.be.accessible();

    el.lang = 'es';
    await until(() => names()[0] === catalog['988'].es.name, 'Spanish names');
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

  it('keeps its catalog sourced and fresh: the check passes today, and fails on a fact with no source or a check over a year old', () => {
    expect(Object.keys(catalog)).to.have.members([...LINE_IDS]);
    for (const [id, entry] of Object.entries(catalog)) expect(entry.en.name && entry.es.name, id).to.be.a('string');
    const today = checkCatalog(catalog);
    expect(today.problems).to.deep.equal([]);
    expect(today.lines).to.include("  es.name       our own words (a translation), not the operator's");
    expect(today.notes.join('\n')).to.contain(
      'never-use-alone en.name, phone: Every source found confirms this number; the newest is from 2023.',
    );

    // A number nobody sourced.
    const unsourced = structuredClone(catalog) as Record<string, CatalogLine>;
    unsourced['911']!.sms = '911';
    expect(checkCatalog(unsourced).problems).to.deep.equal([
      '911: sms (911) has no source. Find the page that states it and add it to "sources", or leave the fact out.',
    ]);
    // A Spanish keyword beside the English one is a fact of its own.
    const keyword = structuredClone(catalog) as Record<string, CatalogLine>;
    keyword['nami-helpline']!.es.keyword = 'AYUDA';
    expect(checkCatalog(keyword).problems).to.deep.equal([
      'nami-helpline: es.keyword (AYUDA) has no source. Find the page that states it and add it to "sources", or leave the fact out.',
    ]);
    // A source that names a fact the entry does not have, a day that does not exist, a page date in another form.
    const wrong = structuredClone(catalog) as Record<string, CatalogLine>;
    wrong['911']!.sources![0]!.facts.push('es.keyword');
    wrong['911']!.sources![1]!.verified = '2026-02-31';
    wrong['samhsa']!.sources![0]!.sourceDate = 'March 2024';
    expect(checkCatalog(wrong).problems).to.deep.equal([
      '911: sources[0] (phone, note, kind, es.keyword): names es.keyword, which the entry does not have. Remove it from the source.',
      '911: sources[1] (languages): "verified" must be the day a person compared these facts with https://cityofsherman.com/641/9-1-1-and-Cell-Phones, like "2026-12-07".',
      'samhsa: sources[0] (en.name, phone, tty, url, hours, note, kind): "sourceDate" is the page\'s own date, like "2023-10-14", "2023-10" or "2023".',
    ]);
    // Thirteen months on, every check is stale, and the message says what to compare with which page.
    const later = checkCatalog(catalog, new Date(Date.parse(today.oldestVerified!) + 396 * 864e5));
    expect(later.problems.length).to.equal(Object.values(catalog).reduce((n, e) => n + (e.sources?.length ?? 0), 0));
    expect(later.problems).to.include(
      '988: sources[0] (phone, sms, url, es.press, es.keyword, kind, languages): last verified 2026-12-07, over 12 months ago. Compare phone, sms, url, es.press, es.keyword, kind, languages with https://988lifeline.org/get-help/what-to-expect again (or a newer page of the operator\'s), correct what changed, and set "verified" to the day you checked.',
    );
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
          'hr-helpline: lines[2]: needs a way to reach it: a phone number (to call, text, TTY or video call) or a web address',
        ].join('\n'),
      ]);
      expect(textOf(el)).to.contain('Some of this content could not be shown.');
    } finally {
      logged.restore();
    }
  });

  it('reads numbers digit by digit and keywords letter by letter', () => {
    expect(spellOut('(215) 634-5272')).to.equal('2 1 5, 6 3 4, 5 2 7 2');
    expect(spellOut('AYÚDAME 442-AYUDAME')).to.equal('A Y Ú D A M E, 4 4 2, A Y U D A M E');
    expect(spellOut(' ')).to.equal('');
  });
});
