// The npm package as an agency installs it: scripts/pack-test.js packs it and
// installs the tarball into node_modules/.cache/pack-test (npm test runs it
// first). Here its modules run in Chromium, resolving `lit` from that install.
import { expect, fixture, html } from '@open-wc/testing';
import { ELEMENTS, tagOf } from '../src/elements.js';
import { until } from './helpers.js';

const installed = '/node_modules/.cache/pack-test/node_modules/hr-widgets';

describe('the installed npm package', () => {
  it('defines one element alone, without the others', async () => {
    await import(`${installed}/dist/esm/quiz/define.js`);
    expect(customElements.get('hr-quiz')).to.not.equal(undefined);
    expect(customElements.get('hr-principles')).to.equal(undefined);
    const el = await fixture(html`<hr-quiz .data=${[{ prompt: 'Naloxone reverses opioid overdoses.', answer: true }]}></hr-quiz>`);
    expect(el.shadowRoot!.textContent).to.contain('Question 1 of 1');
  });

  it('defines everything from its main entry, with default content', async () => {
    await import(`${installed}/dist/esm/index.js`);
    const el = await fixture(html`<hr-principles></hr-principles>`);
    await until(() => el.shadowRoot!.textContent!.includes('Safety first'), 'default content loaded');
    await expect(el).to.be.accessible();
  });

  it('ships the manifest and a schema per element', async () => {
    const manifest = (await (await fetch(`${installed}/custom-elements.json`)).json()) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .map((d) => d.tagName)
      .filter(Boolean);
    expect(tags.sort()).to.deep.equal(ELEMENTS.map(tagOf).sort());
    for (const { name } of ELEMENTS) {
      const response = await fetch(`${installed}/schemas/${name}.schema.json`);
      expect(response.ok, `${name} schema`).to.equal(true);
    }
  });
});
