// Forced colours (Windows high contrast): the browser replaces every colour
// with a few system colours, so what colour alone said must still show.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { HrQuiz } from '../src/quiz/hr-quiz.js';
import type { HrQuickExit } from '../src/quick-exit/hr-quick-exit.js';
import { $, $$, engine, keys, until } from './helpers.js';

const forced = (active: boolean) => executeServerCommand('forced-colors', { active });

// Forced colours are emulated through the DevTools protocol, which only Chromium has.
(engine === 'chromium' ? describe : describe.skip)(
  `forced colours${engine === 'chromium' ? '' : ` [not in ${engine}: emulated through the DevTools protocol]`}`,
  () => {
    before(() => forced(true));
    after(() => forced(false));

    it('is really on', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });

    it('keeps the quiz readable: the picked answer, the marks and the focus ring still show', async () => {
      const el = await fixture<HrQuiz>(
        html`<hr-quiz .data=${[{ prompt: 'Naloxone reverses opioid overdoses.', answer: true }]}></hr-quiz>`,
      );
      const [yes, no] = $$<HTMLLabelElement>(el, '[part="choice"]');
      no!.click();
      await el.updateComplete;
      expect(getComputedStyle(no!).borderColor, 'picked answer stands out').to.not.equal(getComputedStyle(yes!).borderColor);
      $<HTMLButtonElement>(el, '[part~="action"]').click();
      await el.updateComplete;
      expect($$(el, '.mark').map((m) => m.textContent!.trim())).to.deep.equal(['✓ Correct answer', '✗ Your answer']);
      const button = $<HTMLButtonElement>(el, '[part~="action"]');
      button.focus();
      await keys({ press: 'Shift' });
      expect(getComputedStyle(button).outlineStyle).to.not.equal('none');
      await expect(el).to.be.accessible();
    });

    it('keeps the quick exit button outlined against the page', async () => {
      const el = await fixture<HrQuickExit>(html`<hr-quick-exit></hr-quick-exit>`);
      el.navigate = () => undefined;
      await until(() => el.shadowRoot!.querySelector('button'));
      const style = getComputedStyle($(el, 'button'));
      expect(style.borderStyle).to.equal('solid');
      expect(style.borderColor).to.not.equal(style.backgroundColor);
    });
  },
);
