import { expect, fixture, html } from '@open-wc/testing';
import '../src/principles/define.js';
import type { HrPrinciples } from '../src/principles/hr-principles.js';
import { $, $$, chromiumOnly, deepActiveElement, engine, keys, textOf, until } from './helpers.js';

const data = {
  title: 'How we work',
  intro: 'Three promises.',
  principles: [
    { title: 'You set the goals', description: 'Cut down, stay safer or stop: you choose.' },
    { id: 'walk-in', title: 'Walk in any day', description: 'No appointment needed.' },
    { title: 'Privacy', description: 'We share nothing without your consent.' },
  ],
};

async function principles(layout: string, extra: Partial<HrPrinciples> = {}): Promise<HrPrinciples> {
  const el = await fixture<HrPrinciples>(html`<hr-principles layout=${layout} .data=${data}></hr-principles>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const headers = (el: Element) => $$<HTMLButtonElement>(el, 'button[part="header"]');

describe('<hr-principles>', () => {
  it('shows the built-in principles of harm reduction, accessibly', async () => {
    const el = await fixture<HrPrinciples>(html`<hr-principles></hr-principles>`);
    await until(() => $$(el, 'li').length > 0);
    await expect(el).to.be.accessible();
    expect($(el, 'h2').textContent).to.equal('The principles of harm reduction');
    expect($$(el, 'ol > li h3').map((h) => h.textContent)).to.have.length.of.at.least(6);
    expect(textOf(el)).to.contain('Meeting people where they are');
  });

  it('lists principles numbered by default, with title, intro and descriptions', async () => {
    const el = await principles('');
    await expect(el).to.be.accessible();
    expect($(el, 'h2[part="title"]').textContent).to.equal('How we work');
    expect($(el, '[part="intro"]').textContent).to.equal('Three promises.');
    expect($$(el, 'ol[part="list"] > li').length).to.equal(3);
    expect($$(el, 'li h3').map((h) => h.textContent)).to.deep.equal(['You set the goals', 'Walk in any day', 'Privacy']);
    expect($$(el, 'li [part="description"]')[1]!.textContent).to.equal('No appointment needed.');
  });

  it('shows cards in a responsive grid', async () => {
    const el = await principles('cards');
    await expect(el).to.be.accessible();
    const list = $(el, 'ul[part="list"]');
    expect(getComputedStyle(list).display).to.equal('grid');
    expect($$(el, 'ul > li').length).to.equal(3);
  });

  it('fits the host page outline with heading-level, and without a title lifts the items', async () => {
    const el = await principles('list', { headingLevel: 4 });
    expect($$(el, 'h4').length).to.equal(1);
    expect($$(el, 'h5').length).to.equal(3);
    el.data = { principles: data.principles };
    el.headingLevel = 9;
    await el.updateComplete;
    expect($$(el, 'h6').length).to.equal(3);
  });

  describe('accordion', () => {
    it('follows the APG pattern: buttons in headings, aria-expanded, aria-controls in the same root', async () => {
      const el = await principles('accordion');
      await expect(el).to.be.accessible();
      for (const button of headers(el)) {
        expect(button.parentElement!.localName).to.equal('h3');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel.hidden).to.equal(true);
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      }
    });

    it('opens and closes sections with Enter and Space, and moves with arrows, Home and End', async () => {
      const el = await principles('accordion');
      const [first, second, third] = headers(el);
      first!.focus();
      await keys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#p-you-set-the-goals').hidden).to.equal(false);
      await expect(el).to.be.accessible();

      await keys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(second);
      await keys({ press: 'Space' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
      await keys({ press: 'End' });
      expect(deepActiveElement()).to.equal(third);
      await keys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(first, 'wraps to the first');
      await keys({ press: 'ArrowUp' });
      expect(deepActiveElement()).to.equal(third, 'wraps to the last');
      await keys({ press: 'Home' });
      expect(deepActiveElement()).to.equal(first);
      await keys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('expands and collapses all', async () => {
      const el = await principles('accordion');
      const toggle = $<HTMLButtonElement>(el, '[part="toggle-all"]');
      expect(toggle.textContent!.trim()).to.equal('Expand all');
      toggle.click();
      await el.updateComplete;
      expect(headers(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(toggle.textContent!.trim()).to.equal('Collapse all');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect($$(el, '[part="panel"]').every((p) => p.hidden)).to.equal(true);
    });

    it('opens the principle named in the URL fragment, on load and when the fragment changes', async () => {
      history.replaceState(null, '', '#walk-in');
      try {
        const el = await principles('accordion');
        await until(() => $(el, '#h-walk-in').getAttribute('aria-expanded') === 'true', 'opened from the fragment');
        expect($(el, '#h-privacy').getAttribute('aria-expanded')).to.equal('false');
        location.hash = '#privacy';
        await until(() => $(el, '#h-privacy').getAttribute('aria-expanded') === 'true', 'opened on hashchange');
        expect(deepActiveElement()).to.equal($(el, '#h-privacy'));
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    chromiumOnly('print media is emulated through the DevTools protocol')('prints every section expanded', async () => {
      const el = await principles('accordion');
      const { emulateMedia } = await import('@web/test-runner-commands');
      await emulateMedia({ media: 'print' });
      try {
        expect($$(el, '[part="panel"]').every((p) => getComputedStyle(p).display !== 'none')).to.equal(true);
        expect(getComputedStyle($(el, '[part="toggle-all"]')).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('moves nothing for visitors who ask for reduced motion', async () => {
      const el = await principles('accordion');
      const icon = $(el, '.icon');
      if (engine !== 'chromium') {
        // Firefox runs with its reduced-motion preference on (web-test-runner.config.js), WebKit without.
        const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
        expect(reduce, 'the preference the engine was started with').to.equal(engine === 'firefox');
        expect(getComputedStyle(icon).transitionDuration).to.equal(reduce ? '0s' : '0.15s');
        return;
      }
      expect(getComputedStyle(icon).transitionDuration).to.equal('0.15s');
      const { emulateMedia } = await import('@web/test-runner-commands');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('speaks Spanish when the page does', async () => {
      const el = await fixture<HrPrinciples>(html`<hr-principles lang="es" layout="accordion"></hr-principles>`);
      await until(() => headers(el).length > 0);
      expect($(el, '[part="toggle-all"]').textContent!.trim()).to.equal('Abrir todo');
      expect(headers(el)[0]!.textContent!.trim()).to.equal('La seguridad primero');
      await expect(el).to.be.accessible();
    });
  });
});
