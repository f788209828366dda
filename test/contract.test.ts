// The data contract (../CONTRACT: five sources in order, bad data, events,
// languages), run against every element in the registry with the smallest
// valid document its field specification accepts. A new element gets these
// tests without writing any.
import { expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { ELEMENTS, tagOf } from '../src/elements.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import type { HrElement, HrErrorDetail } from '../src/shared/hr-element.js';
import { sample } from '../src/shared/sample.js';
import { recordConsole, settled, stash, textOf, until } from './helpers.js';

type El = HrElement & { updateComplete: Promise<boolean> };

const made: Element[] = [];
afterEach(() => made.splice(0).forEach((el) => el.remove()));

/** A connected element with these attributes and, if given, a child JSON script. */
function make(tag: string, attributes: Record<string, string> = {}, script?: string): El {
  const el = document.createElement(tag) as El;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (script !== undefined) {
    const child = document.createElement('script');
    child.type = 'application/json';
    child.textContent = script;
    el.append(child);
  }
  document.body.append(el);
  made.push(el);
  return el;
}

const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.trim();

// HR_ONLY (see web-test-runner.config.js): one element alone, as the generator's test runs it.
const only = (globalThis as { HR_ONLY?: string }).HR_ONLY;

for (const entry of ELEMENTS.filter((e) => !only || e.name === only)) {
  const tag = tagOf(entry);
  const spec = entry.fields;
  const doc = sample(spec);
  const json = JSON.stringify(doc);
  // Elements with a list of entries show a notice in place; the quick exit keeps its button and reports only.
  const shows = Boolean(spec.list);

  describe(`data contract: <${tag}>`, () => {
    let logged: ReturnType<typeof recordConsole>;
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push(String('message' in event ? event.message : event.reason));
    before(() => {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
    });
    after(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
    });
    beforeEach(() => (logged = recordConsole()));
    afterEach(() => logged.restore());

    it('accepts its smallest valid document from each source, and is accessible', async () => {
      const url = await stash(json);
      const byProperty = make(tag);
      byProperty.data = JSON.parse(json);
      const sources = [byProperty, make(tag, { data: json }), make(tag, { src: url }), make(tag, {}, json)];
      // The quick exit shows its button while it loads: wait for the data itself.
      await until(() => sources.every((el) => el.source), 'every source loaded');
      for (const el of sources) await settled(el);
      expect(sources.map((el) => el.source)).to.deep.equal(['property', 'attribute', 'src', 'script']);
      for (const el of sources) expect(notice(el), `${el.source}: no notice`).to.equal(undefined);
      expect(logged.errors).to.deep.equal([]);
      await expect(sources[0]).to.be.accessible();
    });

    it('takes the first source present: property, attribute, src, script, then its own', async () => {
      const url = await stash(json);
      const el = make(tag, { data: json, src: url }, json);
      await settled(el);
      expect(el.source).to.equal('attribute');
      el.data = JSON.parse(json);
      await settled(el);
      expect(el.source).to.equal('property');
      el.data = undefined;
      await settled(el);
      expect(el.source).to.equal('attribute');
      el.removeAttribute('data');
      await until(() => el.source === 'src', 'src');
      el.removeAttribute('src');
      await until(() => el.source === 'script', 'script');
      const bare = make(tag);
      await settled(bare);
      // Built-in content, or (an element without any) nothing to load and nothing wrong.
      expect(['default', undefined]).to.include(bare.source);
      expect(logged.errors).to.deep.equal([]);
    });

    for (const [name, attribute, path] of [
      ['JSON that does not parse', '{"', 'data'],
      ['a shape it cannot use', '42', '(root)'],
    ] as const) {
      it(`reports ${name}: one console line naming it, one hr-error${shows ? ', a notice' : ''}`, async () => {
        const el = document.createElement(tag) as El;
        const reported = oneEvent(el, 'hr-error') as Promise<CustomEvent<HrErrorDetail>>;
        el.setAttribute('data', attribute);
        document.body.append(el);
        made.push(el);
        const { detail } = await reported;
        await settled(el);
        expect(detail.path).to.equal(path);
        expect(detail.severity).to.equal('error');
        expect(logged.errors).to.have.length(1);
        expect(logged.errors[0]).to.match(new RegExp(`^${tag}: ${path.replace(/[()]/g, '\\$&')}: `));
        if (shows) {
          expect(notice(el)).to.equal(en.shared.failed);
          await expect(el).to.be.accessible();
        }
      });
    }

    if (spec.list) {
      const list = spec.list;
      it('keeps the valid entries of partial data and names the broken one', async () => {
        const el = make(tag);
        const reported = oneEvent(el, 'hr-error') as Promise<CustomEvent<HrErrorDetail>>;
        el.data = { ...doc, [list]: [...(doc[list] as unknown[]), 42] };
        const { detail } = await reported;
        await settled(el);
        expect(detail.problems.map((p) => p.path)).to.include(`${list}[1]`);
        expect(el.source).to.equal('property');
        expect(notice(el)).to.equal(en.shared.partial);
        await expect(el).to.be.accessible();
      });

      it('speaks the language it is in: the notice in Spanish', async () => {
        const el = make(tag, { lang: 'es', data: '42' });
        await until(() => notice(el) === es.shared.failed, 'Spanish notice');
        el.setAttribute('lang', 'en');
        await until(() => notice(el) === en.shared.failed, 'English notice');
      });
    }

    it('reports a src that answers 404, and ignores the late answer of a superseded src', async () => {
      const missing = make(tag, { src: '/test/fixtures/none.json' });
      const reported = (await oneEvent(missing, 'hr-error')) as CustomEvent<HrErrorDetail>;
      expect(reported.detail.path).to.equal('src');
      expect(reported.detail.message).to.contain('404');
      logged.errors.length = 0;
      // The first answer is slow and broken; by the time it comes, the element wants the second.
      const slow = await stash('42');
      const el = make(tag, { src: `/__delay/400${slow}` });
      el.setAttribute('src', await stash(json));
      await until(() => el.source === 'src', 'second src');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(logged.errors).to.deep.equal([]);
      expect(notice(el)).to.equal(undefined);
    });

    it('finishes a load that moving the element interrupted', async () => {
      const url = await stash(json);
      const el = make(tag, { src: `/__delay/300${url}` });
      await el.updateComplete;
      const other = document.createElement('div');
      document.body.append(other);
      made.push(other);
      other.append(el);
      await until(() => el.source === 'src', 'loaded after the move');
      expect(logged.errors).to.deep.equal([]);
      expect(textOf(el)).to.not.equal('');
    });
  });
}
