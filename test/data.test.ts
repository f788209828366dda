// The shared data contract in depth, exercised through <hr-principles>, the
// simplest element built on it: what test/contract.test.ts does not repeat for
// every element (request headers, the parse-time wait, exact messages, HTML in
// data, language resolution).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/principles/define.js';
import type { HrPrinciples } from '../src/principles/hr-principles.js';
import { HrElement, type HrErrorDetail } from '../src/shared/hr-element.js';
import { $$, recordConsole, reported, settled, textOf, until } from './helpers.js';
import './words.js';

const titles = (el: Element) => $$(el, '[part="item-title"]').map((h) => h.textContent!.trim());
const one = (title: string) => JSON.stringify({ principles: [{ title }] });

let logged: ReturnType<typeof recordConsole>;
beforeEach(() => (logged = recordConsole()));
afterEach(() => logged.restore());

describe('data sources', () => {
  it('takes them in the contract order: property, attribute, src, script, default', async () => {
    const el = await fixture<HrPrinciples>(html`
      <hr-principles data=${one('From attribute')} src="/test/fixtures/principles.json">
        <script type="application/json">${one('From script')}</script>
      </hr-principles>`);
    expect(titles(el)).to.deep.equal(['From attribute']);

    el.data = { principles: [{ title: 'From property' }] };
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['From property']);
    expect(el.source).to.equal('property');

    el.data = undefined;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['From attribute']);

    el.removeAttribute('data');
    await settled(el);
    expect(titles(el)).to.deep.equal(['Fetched one', 'Fetched two']);
    expect(el.source).to.equal('src');

    el.removeAttribute('src');
    await settled(el);
    expect(titles(el)).to.deep.equal(['From script']);

    const bare = await fixture<HrPrinciples>(html`<hr-principles></hr-principles>`);
    await settled(bare);
    expect(bare.source).to.equal('default');
    expect(titles(bare)).to.include('Safety first');
    expect(logged.errors).to.deep.equal([]);
  });

  it('re-renders when the data attribute changes', async () => {
    const el = await fixture<HrPrinciples>(html`<hr-principles data=${one('First')}></hr-principles>`);
    el.setAttribute('data', JSON.stringify([{ title: 'A bare array works too' }]));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['A bare array works too']);
  });

  it('shows a loading state while src is fetched, then the data', async () => {
    const el = await fixture<HrPrinciples>(html`<hr-principles src="/__delay/300/test/fixtures/principles.json"></hr-principles>`);
    expect(textOf(el)).to.equal('Loading…');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(titles(el)).to.deep.equal(['Fetched one', 'Fetched two']);
  });

  it('fetches src without cookies or referrer', async () => {
    document.cookie = 'visitor=someone; path=/';
    try {
      const el = await fixture<HrPrinciples>(html`<hr-principles src="/__echo-request"></hr-principles>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['cookie: none', 'referrer: none']);
      const control = await fetch('/__echo-request').then((r) => r.json() as Promise<{ title: string }[]>);
      expect(control[0]!.title, 'the test can see a cookie when one is sent').to.equal('cookie: visitor=someone');
    } finally {
      document.cookie = 'visitor=; path=/; max-age=0';
    }
  });

  it('waits for the page to finish parsing before falling back to default content', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const el = document.createElement('hr-principles');
      document.body.append(el);
      await el.updateComplete;
      expect(el.source).to.equal(undefined);
      // The parser reaches the element's child script after the element was defined.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = one('Parsed late');
      el.append(script);
      delete (document as { readyState?: unknown }).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await settled(el);
      expect(titles(el)).to.deep.equal(['Parsed late']);
      el.remove();
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });
});

describe('bad data', () => {
  async function failing(markup: ReturnType<typeof html>): Promise<{ el: HrPrinciples; detail: HrErrorDetail }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const event = oneEvent(wrapper, 'hr-error');
    const { render } = await import('lit');
    render(markup, wrapper);
    const { detail } = await event;
    const el = wrapper.querySelector('hr-principles')!;
    await settled(el);
    return { el, detail };
  }

  it('reports invalid JSON in the attribute: notice, one console.error, hr-error', async () => {
    const { el, detail } = await failing(html`<hr-principles data='{"principles": [}'></hr-principles>`);
    expect(detail.path).to.equal('data');
    expect(detail.message).to.match(/^data attribute is not valid JSON/);
    expect(textOf(el)).to.equal('Sorry, this content could not be shown.');
    expect(logged.errors).to.have.length(1);
    expect(logged.errors[0]).to.match(/^hr-principles: data: data attribute is not valid JSON/);
    await expect(el).to.be.accessible();
  });

  it('explains curly “smart” quotes that a CMS put in the JSON', async () => {
    const { detail } = await failing(html`<hr-principles data='{“principles”: []}'></hr-principles>`);
    expect(detail.message).to.contain('smart');
  });

  it('reports a src that answers 404, and one that is not JSON', async () => {
    const missing = await failing(html`<hr-principles src="/test/fixtures/missing.json"></hr-principles>`);
    expect(missing.detail).to.include({ path: 'src', message: 'could not load "/test/fixtures/missing.json" (HTTP 404)' });
    expect(textOf(missing.el)).to.equal('Sorry, this content could not be shown.');

    const broken = await failing(html`<hr-principles src="/test/fixtures/broken.json"></hr-principles>`);
    expect(broken.detail.path).to.equal('src');
    expect(broken.detail.message).to.match(/is not valid JSON/);
  });

  it('skips invalid entries with their exact path and keeps the valid ones', async () => {
    const data = JSON.stringify({
      principles: [{ title: 'Kept' }, { description: 'no title' }, 'text', { title: 'Also kept', description: 7 }],
    });
    const { el, detail } = await failing(html`<hr-principles data=${data}></hr-principles>`);
    expect(detail).to.include({ path: 'principles[1].title', message: 'required' });
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['principles[1].title', 'principles[2]', 'principles[3].description']);
    expect(titles(el)).to.deep.equal(['Kept', 'Also kept']);
    expect(textOf(el)).to.contain('Some of this content could not be shown.');
    expect(logged.errors).to.have.length(1);
    expect(logged.errors[0]).to.contain('hr-principles: principles[2]: must be an object');
  });

  it('sums up a long list of problems in one console entry; the event has them all', async () => {
    const broken = Array.from({ length: 25 }, () => ({ description: 'no title' }));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const reported = oneEvent(wrapper, 'hr-error');
    const el = document.createElement('hr-principles');
    // Untrusted data, as a page might set it: 25 principles without a title.
    (el as { data: unknown }).data = [{ title: 'Kept' }, ...broken];
    wrapper.append(el);
    const { detail } = (await reported) as CustomEvent<HrErrorDetail>;
    expect(detail.problems).to.have.length(25);
    expect(logged.errors).to.have.length(1);
    const lines = logged.errors[0]!.split('\n');
    expect(lines).to.have.length(21);
    expect(lines[0]).to.equal('hr-principles: principles[1].title: required');
    expect(lines[20]).to.equal('hr-principles: … and 5 more problems, all in the hr-error event');
  });

  it('keeps showing valid content when later data is unusable, and other elements keep working', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <hr-principles id="a" data=${one('Good')}></hr-principles>
      <hr-principles id="b" data=${one('Neighbour')}></hr-principles>
    </div>`);
    const [a, b] = [...page.querySelectorAll('hr-principles')];
    await a!.updateComplete;
    a!.setAttribute('data', '{"principles": "nope"}');
    await a!.updateComplete;
    expect(titles(a!)).to.deep.equal(['Good']);
    expect(textOf(a!)).to.contain('Sorry, this content could not be shown.');
    b!.setAttribute('data', one('Neighbour, updated'));
    await b!.updateComplete;
    expect(titles(b!)).to.deep.equal(['Neighbour, updated']);
    await reported();
    expect(logged.errors).to.deep.equal(['hr-principles: principles: must be a list of principles, got text "nope"']);
  });

  it('ignores unknown fields without a word', async () => {
    const data = JSON.stringify({ theme: 'dark', principles: [{ title: 'Kept', icon: 'shield', order: 3 }] });
    const el = await fixture<HrPrinciples>(html`<hr-principles data=${data}></hr-principles>`);
    expect(titles(el)).to.deep.equal(['Kept']);
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(logged.errors).to.deep.equal([]);
  });

  it('shows HTML in data as text, never as markup', async () => {
    const data = JSON.stringify({
      title: '<img src=x onerror="window.hacked=1">',
      principles: [{ title: '<b>bold?</b>', description: '<script>window.hacked=1</script>' }],
    });
    const el = await fixture<HrPrinciples>(html`<hr-principles data=${data}></hr-principles>`);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect(textOf(el)).to.contain('<b>bold?</b>');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });
});

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses its own lang, else the nearest ancestor’s, else <html lang>, else English', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="es-MX">
      <section lang="fr"><hr-principles id="fr" data=${one('x')} layout="accordion"></hr-principles></section>
      <hr-principles id="inherit" data=${one('x')} layout="accordion"></hr-principles>
      <hr-principles id="own" lang="en" data=${one('x')} layout="accordion"></hr-principles>
    </div>`);
    const toggle = (id: string) => page.querySelector(`#${id}`)!.shadowRoot!.querySelector('[part="toggle-all"]')?.textContent!.trim();
    await until(() => toggle('inherit') === 'Abrir todo', 'Spanish strings loaded');
    expect(toggle('own')).to.equal('Expand all');
    // No French table: English, and the console says so once.
    await until(() => toggle('fr') === 'Expand all', 'English for French');
    expect(logged.warnings.filter((w) => w.includes('lang "fr"'))).to.have.length(1);
  });

  it('shows built-in content in the language the page has when it arrives', async () => {
    // An element whose built-in content arrives when the test says so.
    let arrive: ((module: { default: { en: string; es: string } }) => void) | undefined;
    class SlowDefaults extends HrElement {
      protected readonly loader = this.useData<string>({
        validate: (raw) => ({ value: String(raw), problems: [] }),
        defaults: () => new Promise((resolve) => (arrive = resolve)),
      });
      override render() {
        return this.loader.render({ content: (text) => html`<p>${text}</p>` });
      }
    }
    customElements.define('hr-slow-defaults', SlowDefaults);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><hr-slow-defaults></hr-slow-defaults></div>`);
    const el = wrapper.firstElementChild as SlowDefaults;
    await until(() => arrive, 'built-in content requested');
    // While it is on its way, the page switches language.
    wrapper.setAttribute('lang', 'es');
    await el.updateComplete;
    arrive!({ default: { en: 'English', es: 'Español' } });
    await until(() => el.source === 'default', 'built-in content shown');
    await el.updateComplete;
    expect(textOf(el)).to.equal('Español');
  });

  it('switches default content when <html lang> changes', async () => {
    const el = await fixture<HrPrinciples>(html`<hr-principles></hr-principles>`);
    await settled(el);
    expect(titles(el)).to.include('Safety first');
    document.documentElement.setAttribute('lang', 'es');
    await until(() => titles(el).includes('La seguridad primero'), 'Spanish default content');
  });
});

describe('reading a list as it arrives: where entries end', () => {
  it('finds each entry of the list, whatever its strings hold, in a root object or a bare array, piece by piece', async () => {
    const { ListScanner } = await import('../src/shared/fetch-json.js');
    const doc = JSON.stringify({
      title: 'a "resources": [ trap',
      resources: [{ name: 'x\\"]}', tags: ['[', '{'] }, { name: 'y', nested: { list: [1, [2]] } }, { name: 'z' }],
      after: [1, 2],
    });
    const scanner = new ListScanner('resources');
    // One character at a time: no piece boundary can fool it.
    for (const c of doc) {
      scanner.push(c);
      scanner.scan();
    }
    expect(scanner.entries).to.equal(3);
    expect(scanner.text()).to.equal(doc);
    const parsed = JSON.parse(scanner.part()) as { resources: unknown[] };
    expect(parsed.resources).to.have.length(3);

    // Stopped at the first entry, with the rest of the piece read later.
    const half = doc.slice(0, doc.indexOf('"name":"y"') + 5);
    const early = new ListScanner('resources');
    early.push(half);
    early.scan(1);
    expect(early.entries).to.equal(1);
    expect(JSON.parse(early.part())).to.deep.equal({
      title: 'a "resources": [ trap',
      resources: [{ name: 'x\\"]}', tags: ['[', '{'] }],
    });
    early.push(doc.slice(half.length));
    early.scan();
    expect(early.entries).to.equal(3);

    const array = new ListScanner('resources');
    // An escaped backslash split between two pieces, then the quote that ends the string.
    for (const piece of ['[{"name":"a"},{"na', 'me":"b\\', '\\"},{"name":']) array.push(piece);
    array.scan();
    expect(JSON.parse(array.part())).to.deep.equal([{ name: 'a' }, { name: 'b\\' }]);
  });
});
