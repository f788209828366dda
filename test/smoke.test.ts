import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/principles/define.js';

it('renders default content', async () => {
  const el = await fixture(html`<hr-principles></hr-principles>`);
  await waitUntil(() => el.shadowRoot?.querySelector('li'));
  expect(el.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(3);
  await expect(el).to.be.accessible();
});
