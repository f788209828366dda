// Real pages that load the built bundle as a site owner would (e2e/*.html),
// opened in an iframe of the given width and looked into.
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS, tagOf } from '../src/elements.js';
import { engine, until } from './helpers.js';

interface PageLog {
  warnings: string[];
  errors: string[];
  violations: string[];
  uncaught: string[];
}
type Page = { win: Window & { __log: PageLog }; doc: Document };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function open(path: string, width = 1000): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:700px;border:0`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as Page['win'], doc: frame.contentDocument! };
}

const TAGS = ELEMENTS.map(tagOf);
const widgets = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(TAGS.join(', '))];

/** Every element defined and past its loading state. */
async function settled(page: Page, count?: number): Promise<HTMLElement[]> {
  await until(() => {
    const els = widgets(page.doc);
    return (
      (count === undefined || els.length === count) &&
      els.length > 0 &&
      els.every((el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part="loading"]'))
    );
  }, 'all elements rendered');
  return widgets(page.doc);
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('embedding: real pages', () => {
  it('a plain page with one script tag renders every element on its default content, with no error', async () => {
    const page = await open('/e2e/plain.html');
    const els = await settled(page);
    // Every hr- tag on the page is one of the registered elements, defined and past loading.
    const tags = [...page.doc.body.querySelectorAll('*')].map((el) => el.localName).filter((tag) => tag.startsWith('hr-'));
    expect(els.map((el) => el.localName)).to.deep.equal(tags);
    expect(tags.length).to.be.greaterThan(1);
    expect(text(page.doc.querySelector('hr-quiz')!)).to.contain('Question 1 of 7');
    expect(page.win.__log).to.deep.equal({ warnings: [], errors: [], violations: [], uncaught: [] });
  });

  it('an English page with inline data loads nothing but the one file; default content and Spanish come as chunks only when used', async () => {
    const resources = (page: Page) =>
      (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .map((r) => new URL(r.name).pathname)
        // The test server adds its own script to every page it serves; a real site has none.
        .filter((path) => !path.startsWith('/__web-dev-server'));
    const inline = await open('/e2e/inline.html');
    await settled(inline, 5);
    await new Promise((r) => setTimeout(r, 100));
    expect(resources(inline)).to.deep.equal(['/e2e/spy.js', '/dist/hr-widgets.js']);

    const plain = await open('/e2e/plain.html');
    await settled(plain, 5);
    const chunks = resources(plain)
      .filter((p) => p.startsWith('/dist/chunks/'))
      .map((p) => p.replace(/-[\w-]{8}\.js$/, ''));
    expect(chunks.sort()).to.deep.equal([
      '/dist/chunks/catalog',
      '/dist/chunks/helpline-default',
      '/dist/chunks/principles-default',
      '/dist/chunks/quiz-default',
      '/dist/chunks/resource-list-default',
    ]);
  });

  it('a page that sets its own data shows no built-in content first and downloads none', async () => {
    const page = await open('/e2e/own-data.html');
    const principles = page.doc.querySelector('#null-first')!;
    // While the page's own fetch runs, data is null: the loading state, never the built-in principles.
    await until(() => principles.shadowRoot?.querySelector('[part="loading"]'), 'loading state');
    expect(text(principles)).to.not.contain('Safety first');
    const [quiz] = await settled(page, 2);
    expect(text(quiz!)).to.contain('Naloxone reverses opioid overdoses.');
    await until(() => text(principles).includes('From the page’s own fetch'), 'the page’s data');
    const chunks = (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((r) => new URL(r.name).pathname)
      .filter((path) => path.startsWith('/dist/chunks/'));
    expect(chunks).to.deep.equal([]);
    expect(page.win.__log).to.deep.equal({ warnings: [], errors: [], violations: [], uncaught: [] });
  });

  it('works with the script in <head>, before the elements exist', async () => {
    const page = await open('/e2e/head.html');
    const [principles, helpline] = await settled(page, 2);
    expect(text(principles!)).to.contain('From the page');
    expect(text(helpline!)).to.contain('Call 988');
  });

  it('survives CMS-mangled markup: <p> and <br>, &quot; entities, smart quotes, placeholders', async () => {
    const page = await open('/e2e/cms.html');
    await settled(page);
    const $ = (id: string) => page.doc.getElementById(id)!;
    expect(text($('wrapped'))).to.contain('Entities decoded');
    expect(text($('script-in-p'))).to.contain('Intake line');
    expect(text($('smart'))).to.contain('Sorry, this content could not be shown.');
    // At once: in words when they have come (another widget's problem loaded them), else its code and values (1: curly quotes).
    await until(
      () =>
        page.win.__log.errors.some(
          (e) =>
            (e.startsWith('hr-principles: data: data attribute is not valid JSON') && e.includes('smart')) ||
            (e.startsWith('hr-principles: data: notJson: data attribute, ') && e.endsWith(', 1')),
        ),
      'the smart quotes reported',
    );
    // Placeholders are upgraded by a chunk of their own: wait for it.
    await until(() => $('holder').querySelector('hr-principles') && $('from-src').querySelector('hr-principles'), 'placeholders upgraded');
    const placed = $('holder').querySelector('hr-principles')!;
    expect(placed.getAttribute('layout')).to.equal('cards');
    expect(placed.getAttribute('lang')).to.equal('es');
    await until(() => text(placed).includes('Desde el marcador'));
    const survey = `hr-widgets: data-hr-widget="survey" names no widget; use one of: ${ELEMENTS.map((e) => e.name).join(', ')}.`;
    await until(() => page.win.__log.errors.includes(survey), 'the unknown widget reported');
    const fromSrc = $('from-src').querySelector('hr-principles')!;
    expect(fromSrc.getAttribute('src')).to.equal('/test/fixtures/principles.json');
    expect(fromSrc.getAttribute('heading-level')).to.equal('4');
    expect(fromSrc.hasAttribute('onmouseover'), 'event-handler attributes are never copied').to.equal(false);
    await until(() => text(fromSrc).includes('Fetched one'));
    expect(fromSrc.shadowRoot!.querySelector('h4')!.textContent).to.equal('From src');
    const fromData = $('from-data').querySelector('hr-helpline')!;
    expect(fromData.getAttribute('variant')).to.equal('compact');
    expect(text(fromData)).to.contain('Text 555-0199');
    expect(page.win.__log.uncaught).to.deep.equal([]);
  });

  it('runs under a strict CSP with Trusted Types, with no violation', async () => {
    const page = await open('/e2e/csp.html');
    const els = await settled(page, 6);
    expect(text(els[1]!)).to.contain('Pregunta 1 de 7');
    await until(() => text(page.doc.querySelector('hr-resource-list')!).includes('Centro Médico'));
    page.doc.querySelector('hr-principles')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(page.win.__log.violations).to.deep.equal([]);
    expect(page.win.__log.uncaught).to.deep.equal([]);
  });

  it('with every chunk failing to load, the help line still shows a working 988 and 911, and says once that something is missing', async () => {
    const page = await open('/e2e/offline.html');
    const els = await settled(page, 3);
    const calls = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(calls(els[0]!)).to.deep.equal([
      ['Call 988', 'tel:988'],
      ['Call 911', 'tel:911'],
    ]);
    // The Spanish words are a chunk too: the bundle's English ones stand in.
    expect(calls(els[1]!)).to.deep.equal(calls(els[0]!));
    // Named by id: Poison Control needs the catalog, so it is left out; 988 and 911 stay.
    expect(calls(els[2]!)).to.deep.equal(calls(els[0]!));
    for (const el of els) expect(text(el)).to.contain('Some of this content could not be shown.');
    // One report each: SAMHSA and Poison Control need the catalog. The words of problems are a chunk too: each says its code.
    await until(() => page.win.__log.errors.length === 3, 'one console line each');
    expect(page.win.__log.errors).to.deep.equal(Array(3).fill('hr-helpline: (catalog): unloaded'));
    expect((page.win as unknown as { __events: string[] }).__events).to.have.members([
      'full: (catalog)',
      'compact: (catalog)',
      'ids: (catalog)',
    ]);
    expect(page.win.__log.uncaught).to.deep.equal([]);
  });

  it('when only the catalog fails to load, the built-in help lines keep their title, 988 and 911, and say once that a line is missing', async () => {
    const page = await open('/e2e/no-catalog.html');
    const [full, ids] = await settled(page, 2);
    await until(() => text(full!).includes('Help is one call away'), 'the built-in title');
    const calls = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent);
    expect(calls(full!)).to.deep.equal(['Call 988', 'Call 911']);
    expect(calls(ids!)).to.deep.equal(['Call 988', 'Call 911']);
    await until(() => page.win.__log.errors.length === 2, 'one console line each');
    expect((page.win as unknown as { __events: string[] }).__events).to.have.members(['full: (catalog)', 'ids: (catalog)']);
    for (const el of [full!, ids!]) expect(text(el)).to.contain('Some of this content could not be shown.');
  });

  for (const [label, path] of [
    ['', '/e2e/notices.html'],
    [', under a strict CSP', '/e2e/notices.html?csp'],
  ] as const) {
    it(`every notice comes with exactly one hr-error and one console line, at once, from every way data comes in${label}`, async () => {
      const page = await open(path);
      const win = page.win as Page['win'] & { __events: string[]; __details: { message: string; code: string }[]; __noticeLate: string[] };
      const ids = [...page.doc.querySelectorAll('main > [id]')].map((el) => el.id);
      // A placeholder's element is inside it.
      const element = (id: string) => {
        const el = page.doc.getElementById(id)!;
        return el.localName.startsWith('hr-') ? el : el.firstElementChild;
      };
      const events = (id: string) => win.__events.filter((e) => e.startsWith(`${id}: `)).length;
      // The quick exit keeps its button and reports only; every other element shows a notice in place of its content.
      const shows = (id: string) => !id.startsWith('quick-exit');
      // Each element's events, counted when its notice is first seen (the quick exit: when it reports). Every chunk,
      // the words of problems among them, answers a second late (the page loads the bundle through /__delay/):
      // the events come with the notices, not after the words.
      const seen = new Map<string, string>();
      await until(
        () => {
          for (const id of ids)
            if (!seen.has(id) && (shows(id) ? element(id)?.shadowRoot?.querySelector('[part="notice"]') : events(id)))
              seen.set(id, `${id}: ${events(id)}`);
          return seen.size === ids.length;
        },
        'every notice shown',
        10000,
      );
      expect(ids.length).to.equal(28);
      // Every element of the registry is on the page (a new one goes into e2e/notices.js).
      expect([...new Set(ids.map((id) => element(id)!.localName))]).to.have.members(TAGS);
      expect(ids.map((id) => seen.get(id))).to.deep.equal(ids.map((id) => `${id}: 1`));
      const atOnce = ids.map((id) => `${id}: ${events(id)}`);
      // And no second one later.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(ids.map((id) => `${id}: ${events(id)}`)).to.deep.equal(atOnce);
      expect(win.__noticeLate.filter(shows), 'a notice by the end of its event’s task').to.deep.equal([]);
      expect(win.__log.errors.length, win.__log.errors.join('\n')).to.equal(ids.length);
      // The words of problems came after the first reports: each event's detail has them now.
      await until(() => win.__details.every((d) => d.message && !d.message.startsWith(d.code)), 'words in every detail');
      expect(win.__log.uncaught).to.deep.equal([]);
      expect(win.__log.violations).to.deep.equal([]);
      // The policy was in force: code from a string is refused.
      if (path.endsWith('?csp')) expect(() => (win as unknown as typeof globalThis).eval('1')).to.throw();
    });
  }

  it('two copies of the bundle: no exception, the first wins, one warning, placeholders upgraded once', async () => {
    const page = await open('/e2e/twice.html');
    await settled(page, 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(page.win.__log.uncaught).to.deep.equal([]);
    expect(page.win.__log.warnings).to.have.length(1);
    expect(page.win.__log.warnings[0]).to.satisfy((w: string) =>
      w.startsWith(`hr-widgets: ${TAGS.map((t) => `<${t}>`).join(', ')} already defined`),
    );
    expect(page.doc.querySelectorAll('#holder hr-helpline').length).to.equal(1);
  });

  it('elements and placeholders added after load, and a script injected late, all work; <html lang="es"> is spoken', async () => {
    const page = await open('/e2e/late.html');
    await waitUntil(() => page.doc.querySelector('#holder hr-resource-list'), 'late placeholder upgraded', { timeout: 5000 });
    const els = await settled(page, 4);
    expect(els.map((el) => el.id || el.parentElement!.id)).to.deep.equal(['before', 'created', 'inner', 'holder']);
    expect(text(page.doc.getElementById('before')!)).to.contain('Llamar al 988');
    expect(text(page.doc.getElementById('inner')!)).to.contain('Pregunta 1 de 7');
  });

  for (const [label, width] of [
    ['a 320 px phone', 320],
    ['200% zoom of a 1280 px window', 640],
  ] as const) {
    it(`at ${label}, nothing is cut off or overlapping`, async () => {
      const page = await open('/e2e/plain.html', width);
      const els = await settled(page, 5);
      const { doc, win } = page;
      expect(doc.documentElement.scrollWidth).to.be.at.most(width, 'no sideways scrolling');
      // Built-in content arrives a moment after the page: the space held for it keeps the page still.
      const shift = await new Promise<number>((resolve) => {
        let sum = 0;
        const Observer = (win as unknown as typeof globalThis).PerformanceObserver;
        new Observer((list) => list.getEntries().forEach((e) => (sum += (e as unknown as { value: number }).value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        setTimeout(() => resolve(sum), 100);
      });
      expect(shift, 'cumulative layout shift').to.be.below(0.1);
      for (const el of els) {
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          if (box.width === 0 || getComputedStyle(node).position === 'fixed') continue;
          expect(box.right, `${el.localName} ${node.localName}.${node.className} ends inside the screen`).to.be.at.most(width + 0.5);
        }
      }
      // The fixed quick-exit button never hides the end of the page: scrolled to the bottom, the last line is clear of it.
      win.scrollTo(0, doc.documentElement.scrollHeight);
      const exit = doc.querySelector('hr-quick-exit')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      const last = doc.getElementById('last')!.getBoundingClientRect();
      expect(last.bottom <= exit.top || last.right <= exit.left, 'last line clear of the button').to.equal(true);
      expect(exit.right).to.be.at.most(width);
    });
  }

  for (const framework of ['react', 'vue']) {
    it(`a ${framework === 'react' ? 'React 19' : 'Vue 3'} page sets data as a property and hears hr-complete`, async () => {
      const page = await open(`/e2e/${framework}.html`);
      const [quiz] = await settled(page, 1);
      const root = quiz!.shadowRoot!;
      expect(root.querySelector('[part="title"]')!.textContent).to.equal(framework === 'react' ? 'From React' : 'From Vue');
      const answer = async () => {
        root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
        for (let i = 0; i < 2; i++) {
          root.querySelector<HTMLButtonElement>('[part~="action"]')!.click();
          await (quiz as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        }
      };
      await answer();
      await until(() => page.doc.getElementById('result')!.textContent === '100%', 'the framework state heard hr-complete');
      page.doc.getElementById('swap')!.click();
      await until(() => root.querySelector('[part="title"]')?.textContent?.startsWith('Swapped'), 'new data property re-rendered');
      expect(page.win.__log.errors).to.deep.equal([]);
    });
  }
});

// Trusted Types (Chromium has them; an engine without `window.trustedTypes`
// ignores those CSP directives, so there the same pages simply render).
const hasTrustedTypes = 'trustedTypes' in window;
const withTrustedTypes = (title: string, fn: Mocha.AsyncFunc) =>
  hasTrustedTypes ? it(title, fn) : it.skip(`${title} [not in ${engine}: no Trusted Types]`, fn);

describe("embedding: Trusted Types in the page's Content-Security-Policy", () => {
  withTrustedTypes("trusted-types lit-html 'allow-duplicates', enforced, two copies: renders, one warning, no violation", async () => {
    const page = await open('/e2e/tt-allow-duplicates.html');
    await settled(page, 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(page.win.__log.uncaught).to.deep.equal([]);
    expect(page.win.__log.violations).to.deep.equal([]);
    expect(page.win.__log.errors).to.deep.equal([]);
    expect(page.win.__log.warnings).to.have.length(1);
    expect(page.win.__log.warnings[0]).to.match(/^hr-widgets: <hr-quiz>, .* already defined/);
  });

  for (const [label, path] of [
    ['', '/e2e/tt-no-duplicates.html'],
    [', enforced', '/e2e/tt-no-duplicates-enforced.html'],
  ] as const) {
    withTrustedTypes(
      `trusted-types lit-html without 'allow-duplicates'${label}, two copies: no exception, the first copy renders, one warning`,
      async () => {
        const page = await open(path);
        const [principles, helpline] = await settled(page, 2);
        expect(text(principles!)).to.contain('From the page');
        expect(text(helpline!)).to.contain('Call 988');
        await new Promise((r) => setTimeout(r, 100));
        expect(page.win.__log.uncaught).to.deep.equal([]);
        expect(page.win.__log.errors).to.deep.equal([]);
        expect(page.win.__log.warnings).to.have.length(1);
        expect(page.win.__log.warnings[0]).to.match(/^hr-widgets: <hr-quiz>, .* already defined.*The first one is kept/);
      },
    );
  }

  withTrustedTypes('a policy that refuses lit-html: no exception, one error that names the fix, no element defined', async () => {
    const page = await open('/e2e/tt-refused.html');
    await until(() => page.doc.querySelector('#holder hr-helpline'), 'placeholder seen');
    await new Promise((r) => setTimeout(r, 200));
    expect(page.win.__log.uncaught).to.deep.equal([]);
    expect(page.win.__log.warnings).to.deep.equal([]);
    expect(page.win.__log.errors).to.have.length(1);
    expect(page.win.__log.errors[0]).to.match(
      /^hr-widgets: .*Content-Security-Policy.*"lit-html".*trusted-types lit-html 'allow-duplicates'/,
    );
    expect(TAGS.filter((tag) => page.win.customElements.get(tag))).to.deep.equal([]);
    // The guard is gone once Lit has started: the page's own calls reach the browser's createPolicy.
    const factory = (page.win as unknown as { trustedTypes: { createPolicy: unknown } }).trustedTypes;
    expect(factory.createPolicy).to.equal(Object.getPrototypeOf(factory).createPolicy);
  });

  withTrustedTypes('a policy that refuses lit-html, but a default policy that lets strings through: renders, no error', async () => {
    const page = await open('/e2e/tt-default-policy.html');
    const [principles, helpline] = await settled(page, 2);
    expect(text(principles!)).to.contain('From the page');
    expect(text(helpline!)).to.contain('Call 988');
    expect(page.win.__log.uncaught).to.deep.equal([]);
    expect(page.win.__log.errors).to.deep.equal([]);
    expect(page.win.__log.warnings).to.deep.equal([]);
  });

  it('in every engine, the Trusted Types pages never throw, and render where the engine has no Trusted Types', async () => {
    for (const name of ['tt-allow-duplicates', 'tt-no-duplicates', 'tt-no-duplicates-enforced', 'tt-refused', 'tt-default-policy']) {
      const page = await open(`/e2e/${name}.html`);
      if (!hasTrustedTypes || name !== 'tt-refused') {
        const [principles] = await settled(page, 2);
        expect(text(principles!), name).to.contain('From the page');
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(page.win.__log.uncaught, name).to.deep.equal([]);
      frames.splice(0).forEach((f) => f.remove());
    }
  });
});

describe('embedding: placeholders on elements that cannot show children', () => {
  it('puts the element right after an <img>, <textarea>, <select>, <template>, <iframe>, <svg> (or the <svg> or <table> around one), visible, one warning each', async () => {
    const page = await open('/e2e/odd-holders.html');
    const cases = [
      ['img', 'img', 'the img'],
      ['textarea', 'textarea', 'the textarea'],
      ['select', 'select', 'the select'],
      ['template', 'template', 'the template'],
      ['iframe', 'iframe', 'the iframe'],
      ['svg', 'svg', 'the svg'],
      ['circle', 'outer-svg', 'the circle'],
      ['tr', 'table', 'the row'],
    ] as const;
    await settled(page, cases.length + 1);
    const $ = (id: string) => page.doc.getElementById(id)!;
    await until(() => page.win.__log.warnings.length >= cases.length, 'one warning each');
    for (const [id, before, title] of cases) {
      const el = $(before).nextElementSibling as HTMLElement;
      expect(el.localName, id).to.equal('hr-principles');
      expect(text(el), id).to.contain(`After ${title}`);
      const box = el.getBoundingClientRect();
      expect(box.width > 0 && box.height > 0, `${id}: visible`).to.equal(true);
      expect($(id).querySelector('hr-principles'), `${id}: nothing inside`).to.equal(null);
      const warnings = page.win.__log.warnings.filter((w) => w.includes(`a <${id}> cannot show`));
      expect(warnings, id).to.have.length(1);
      expect(warnings[0]).to.contain('Use a <div>');
    }
    expect($('div').querySelector('hr-principles'), 'a <div> holds its element').to.not.equal(null);
    expect(page.win.__log.warnings).to.have.length(cases.length);
    expect(page.win.__log.errors).to.deep.equal([]);
    expect(page.win.__log.uncaught).to.deep.equal([]);
  });
});
