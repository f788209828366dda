import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/quick-exit/define.js';
import '../src/principles/define.js';
import type { HrQuickExit } from '../src/quick-exit/hr-quick-exit.js';
import { PREFIX } from '../src/shared/storage.js';
import { $, keys, recordConsole, reported, until } from './helpers.js';
import './words.js';

/** A quick exit whose navigation is recorded instead of leaving the test page. */
async function quickExit(markup = html`<hr-quick-exit></hr-quick-exit>`): Promise<{ el: HrQuickExit; visits: string[] }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>${markup}<input id="field" /><hr-principles layout="accordion"></hr-principles></div>`,
  );
  const el = wrapper.querySelector('hr-quick-exit')!;
  const visits: string[] = [];
  el.navigate = (href) => visits.push(href);
  await el.updateComplete;
  return { el, visits };
}

const cover = (el: HrQuickExit) => $(el, '[part="cover"]');
const status = (el: HrQuickExit) => $(el, '[role="status"]').textContent;
/** The marks of presses that landed, shown in the button. */
const marks = (el: HrQuickExit) => el.shadowRoot!.querySelector('button [aria-hidden="true"]')?.textContent ?? '';

async function pressShift(times: number): Promise<void> {
  for (let i = 0; i < times; i++) await keys({ press: 'Shift' });
}

describe('<hr-quick-exit>', () => {
  afterEach(() => sessionStorage.clear());

  it('is a clearly labelled button, described with its shortcut, accessible', async () => {
    const { el } = await quickExit();
    await expect(el).to.be.accessible();
    const button = $<HTMLButtonElement>(el, 'button');
    expect(button.textContent).to.equal('Quick exit');
    expect($(el, '#hint').textContent).to.contain('press Shift 3 times');
    expect(getComputedStyle(button).position).to.equal('fixed');
  });

  it('on click: covers the page, dispatches hr-exit, clears stored progress, then replaces the page', async () => {
    const { el, visits } = await quickExit();
    sessionStorage.setItem(`${PREFIX}quiz:abc`, '{"current":1}');
    sessionStorage.setItem('site-own-key', 'kept');
    let coveredAtEvent = false;
    el.addEventListener(
      'hr-exit',
      () => (coveredAtEvent = cover(el).matches(':popover-open') && getComputedStyle(cover(el)).display === 'block'),
    );
    const event = oneEvent(el, 'hr-exit');
    $<HTMLButtonElement>(el, 'button').click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ href: 'https://www.google.com/' });
    expect(coveredAtEvent).to.equal(true, 'the page is hidden before anything else');
    expect(visits).to.deep.equal(['https://www.google.com/']);
    expect(sessionStorage.getItem('hr-widgets:quiz:abc')).to.equal(null);
    expect(sessionStorage.getItem('site-own-key')).to.equal('kept', 'only what this library stored is cleared');
  });

  it('stays when a listener cancels hr-exit, and uncovers the page', async () => {
    const { el, visits } = await quickExit(html`<hr-quick-exit href="https://weather.example/"></hr-quick-exit>`);
    el.addEventListener('hr-exit', (e) => e.preventDefault());
    $<HTMLButtonElement>(el, 'button').click();
    expect(visits).to.deep.equal([]);
    expect(cover(el).matches(':popover-open')).to.equal(false);
  });

  it('leaves on Shift pressed three times, from anywhere, left and right alike, with a spoken count and marks that fill', async () => {
    const { el, visits } = await quickExit(html`<hr-quick-exit href="https://weather.example/"></hr-quick-exit>`);
    const principles = el.parentElement!.querySelector('hr-principles')!;
    await until(() => principles.shadowRoot!.querySelector('button'), 'principles rendered');
    principles.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
    const button = $<HTMLButtonElement>(el, 'button');
    await keys({ press: 'ShiftLeft' });
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    expect(marks(el)).to.equal('●○○');
    // The marks are for the eyes: the button's name stays "Quick exit".
    expect(button.querySelector('[aria-hidden="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await keys({ press: 'ShiftRight' });
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to exit.');
    expect(marks(el)).to.equal('●●○');
    await keys({ press: 'ShiftLeft' });
    expect(visits).to.deep.equal(['https://weather.example/']);
  });

  it('counts presses up to 5 seconds apart (4.5 s exits, 5.5 s starts again), and empties the marks on another key', async () => {
    const { el, visits } = await quickExit();
    // Key events carry the time they happened: these say when, without waiting.
    const releaseAt = (time: number) => {
      const event = new KeyboardEvent('keyup', { key: 'Shift', bubbles: true, composed: true });
      Object.defineProperty(event, 'timeStamp', { value: time });
      document.body.dispatchEvent(event);
      return el.updateComplete;
    };
    const start = performance.now() + 60_000;
    for (const at of [0, 5500, 11_000]) {
      await releaseAt(start + at);
      expect(marks(el), `press at ${at} ms`).to.equal('●○○');
      expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    }
    expect(visits).to.deep.equal([]);
    await keys({ press: 'a' });
    await el.updateComplete;
    expect(marks(el)).to.equal('');
    expect(status(el)).to.equal('');
    for (const at of [20_000, 24_500, 29_000]) await releaseAt(start + at);
    expect(visits).to.deep.equal(['https://www.google.com/']);
  });

  it('does not fire on other sequences: typing capitals in a text field, or another key between', async () => {
    const { el, visits } = await quickExit();
    el.parentElement!.querySelector<HTMLInputElement>('#field')!.focus();
    for (const letter of ['H', 'E', 'Y']) {
      await keys({ down: 'Shift' });
      await keys({ press: letter });
      await keys({ up: 'Shift' });
      expect(status(el)).to.equal('', 'Shift used for a capital letter is not counted or announced');
    }
    await pressShift(2);
    await keys({ press: 'a' });
    expect(status(el)).to.equal('');
    await pressShift(2);
    expect(visits).to.deep.equal([]);
    expect(el.parentElement!.querySelector<HTMLInputElement>('#field')!.value).to.equal('HEYa');
  });

  it('stops listening once removed from the page', async () => {
    const { el, visits } = await quickExit();
    el.remove();
    await pressShift(3);
    expect(visits).to.deep.equal([]);
  });

  it('does not count Shift held for a click', async () => {
    const { el, visits } = await quickExit();
    const { sendMouse } = await import('@web/test-runner-commands');
    for (let i = 0; i < 3; i++) {
      await keys({ down: 'Shift' });
      await sendMouse({ type: 'click', position: [5, 5] });
      await keys({ up: 'Shift' });
    }
    expect(visits).to.deep.equal([]);
    expect(status(el)).to.equal('');
  });

  it('still covers the page and leaves where the browser has no popover API', async () => {
    const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
    const saved = ['showPopover', 'hidePopover'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
    );
    for (const [name] of saved) delete proto[name];
    try {
      const { el, visits } = await quickExit();
      let covered = false;
      el.addEventListener(
        'hr-exit',
        () => (covered = getComputedStyle(cover(el)).display === 'block' && getComputedStyle(cover(el)).position === 'fixed'),
      );
      $<HTMLButtonElement>(el, 'button').click();
      expect(covered).to.equal(true);
      expect(visits).to.deep.equal(['https://www.google.com/']);
    } finally {
      for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    }
  });

  it('really replaces the page: Back does not return to it', async () => {
    const frame = document.createElement('iframe');
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    let load = loaded();
    frame.src = '/e2e/exit.html';
    document.body.append(frame);
    await load;
    try {
      const win = frame.contentWindow!;
      const before = win.history.length;
      await until(() => win.document.querySelector('hr-quick-exit')?.shadowRoot?.querySelector('button'), 'quick exit rendered');
      load = loaded();
      win.document.querySelector('hr-quick-exit')!.shadowRoot!.querySelector('button')!.click();
      await load;
      expect(frame.contentWindow!.location.pathname).to.equal('/e2e/neutral.html');
      expect(frame.contentWindow!.history.length).to.equal(before, 'no new history entry');
    } finally {
      frame.remove();
    }
  });

  it('resets when the page comes back from the back/forward cache', async () => {
    const { el } = await quickExit();
    el.addEventListener('hr-exit', () => undefined);
    el.navigate = () => undefined;
    $<HTMLButtonElement>(el, 'button').click();
    expect(getComputedStyle(cover(el)).display).to.equal('block');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(getComputedStyle(cover(el)).display).to.equal('none');
  });

  it('reserves room at the end of the page so the button never hides content', async () => {
    const before = parseFloat(getComputedStyle(document.body).paddingBottom);
    const { el } = await quickExit();
    const button = $(el, 'button');
    expect(parseFloat(getComputedStyle(document.body).paddingBottom)).to.be.at.least(before + button.offsetHeight);
    el.remove();
    expect(parseFloat(getComputedStyle(document.body).paddingBottom)).to.equal(before);
    document.body.append(el);
    await until(
      () => parseFloat(getComputedStyle(document.body).paddingBottom) >= before + button.offsetHeight,
      'reserved again after a move',
    );
    el.remove();
  });

  it('refuses a non-http href with a clear error and keeps the neutral default', async () => {
    const logged = recordConsole();
    try {
      const { el, visits } = await quickExit(html`<hr-quick-exit href="javascript:alert(1)"></hr-quick-exit>`);
      await reported();
      expect(logged.errors[0]).to.contain('hr-quick-exit: href: must be an http or https address');
      $<HTMLButtonElement>(el, 'button').click();
      expect(visits).to.deep.equal(['https://www.google.com/']);
    } finally {
      logged.restore();
    }
  });

  it('forgets data whose source is removed, and reports bad data once, however often it re-renders', async () => {
    const logged = recordConsole();
    try {
      const { el } = await quickExit(html`<hr-quick-exit data='{"href": "https://example.org/", "label": "Go"}'></hr-quick-exit>`);
      expect(el.destination).to.equal('https://example.org/');
      expect($(el, 'button').textContent).to.equal('Go');
      el.removeAttribute('data');
      await el.updateComplete;
      expect(el.destination).to.equal('https://www.google.com/');
      expect($(el, 'button').textContent).to.equal('Quick exit');
      expect(el.source).to.equal(undefined);

      // Untrusted data, as a page might set it.
      (el as { data: unknown }).data = Number.NaN;
      await el.updateComplete;
      el.position = 'top-left';
      await el.updateComplete;
      el.position = 'bottom-left';
      await el.updateComplete;
      await reported();
      expect(logged.errors).to.deep.equal(['hr-quick-exit: (root): must be an object, got number NaN']);
    } finally {
      logged.restore();
    }
  });

  it('with tips: "Browse more safely" opens a dialog of steps by keyboard; Escape closes it; Shift still leaves from inside it', async () => {
    const { el, visits } = await quickExit(html`<hr-quick-exit tips></hr-quick-exit>`);
    await until(() => el.shadowRoot!.querySelector('[part="tips"]'), 'the tips chunk');
    const tips = $<HTMLButtonElement>(el, '[part="tips"]');
    expect(tips.textContent).to.equal('Browse more safely');
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(false);
    await expect(el).to.be.accessible();
    tips.focus();
    await keys({ press: 'Enter' });
    expect(dialog.matches(':modal')).to.equal(true);
    // Read from the top: focus on the title, which names the dialog.
    expect(el.shadowRoot!.activeElement).to.equal(dialog.querySelector('h2'));
    expect(dialog.querySelector('h2')!.textContent).to.equal('Browse more safely');
    expect(dialog.querySelectorAll('li').length).to.be.within(4, 6);
    expect(dialog.textContent)
      .to.match(/private/i)
      .and.to.match(/history/i);
    await expect(el).to.be.accessible();
    await keys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(tips, 'focus goes back to the button');
    await keys({ press: 'Enter' });
    expect(dialog.open).to.equal(true);
    await pressShift(3);
    expect(visits).to.deep.equal(['https://www.google.com/']);
  });

  it('with tips: the dialog has the way out too, and speaks Spanish', async () => {
    const { el, visits } = await quickExit(html`<hr-quick-exit tips lang="es"></hr-quick-exit>`);
    await until(() => el.shadowRoot!.querySelector('[part="tips"]'), 'the tips chunk');
    const tips = $<HTMLButtonElement>(el, '[part="tips"]');
    await until(() => $(el, 'button').textContent === 'Salida rápida', 'Spanish label');
    expect(tips.textContent).to.equal('Navega con más seguridad');
    tips.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    await expect(el).to.be.accessible();
    const leave = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Salida rápida')!;
    leave.click();
    expect(visits).to.deep.equal(['https://www.google.com/']);
  });

  it('speaks Spanish', async () => {
    const { el } = await quickExit(html`<hr-quick-exit lang="es"></hr-quick-exit>`);
    await until(() => $(el, 'button').textContent === 'Salida rápida', 'Spanish label');
    await expect(el).to.be.accessible();
  });
});
