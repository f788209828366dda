// What site owners load: the built dist/hr-widgets.js (npm test builds it first).
import { expect } from '@open-wc/testing';
import { recordConsole, until } from './helpers.js';

describe('dist/hr-widgets.js', () => {
  it('defines the elements and renders default content on a plain page', async () => {
    document.body.innerHTML = '<hr-principles></hr-principles>';
    await import('/dist/hr-widgets.js' as string);
    const el = document.querySelector('hr-principles')!;
    expect(customElements.get('hr-principles')).to.not.equal(undefined);
    await until(() => el.shadowRoot?.querySelectorAll('li').length, 'default principles rendered');
    expect(el.shadowRoot!.textContent).to.contain('Safety first');
    await expect(el).to.be.accessible();
  });

  it('a second copy of the library warns instead of throwing', async () => {
    const logged = recordConsole();
    try {
      await import('../src/principles/define.js');
      await until(() => logged.warnings.length, 'warned');
      expect(logged.warnings).to.deep.equal([
        'hr-widgets: <hr-principles> already defined, probably by another copy of hr-widgets on this page. The first one is kept.',
      ]);
    } finally {
      logged.restore();
    }
  });
});
