// The built studio (dist-studio/, built by `npm run build`), opened in a frame
// and used as an author would: keyboard and form controls, no JSON typed.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { HrQuiz } from '../src/index.js';
import type { HrHelpline, HrPrinciples } from '../src/index.js';
import { $, $$, closeFrames, engine, keys, openFrame, settled, stash, textOf, until, violationsIn } from './helpers.js';
import type { LitElement } from 'lit';

interface Studio {
  win: Window & typeof globalThis & { axe?: { run: (context: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
  doc: Document;
  uncaught: string[];
}

afterEach(closeFrames);

const DRAFT = 'hr-widgets-studio:draft';

/** Runs `test` with `draft` kept on this device. Its studios close before the draft goes: a kept draft autosaves and would write itself back. */
async function withDraft(draft: object, test: () => Promise<void>): Promise<void> {
  localStorage.setItem(DRAFT, JSON.stringify(draft));
  try {
    await test();
  } finally {
    closeFrames();
    localStorage.removeItem(DRAFT);
  }
}

async function openStudio(width = 1280): Promise<Studio> {
  const frame = await openFrame('/dist-studio/index.html', width);
  const win = frame.contentWindow as Studio['win'];
  const studio: Studio = { win, doc: frame.contentDocument!, uncaught: [] };
  win.addEventListener('error', (e) => studio.uncaught.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => studio.uncaught.push(String(e.reason)));
  await until(() => studio.doc.querySelector('studio-app #f-questions'), 'studio shows the quiz form', 10000);
  return studio;
}

/** The directory's first place opened, and its time zone's control. */
async function firstTimeZone(studio: Studio): Promise<HTMLSelectElement> {
  await make(studio, 'resource-list', 'resources');
  await press(studio, 'f-resources-0-s');
  await until(() => studio.doc.getElementById('f-resources-0-timeZone'), 'the first place open');
  return control<HTMLSelectElement>(studio, 'f-resources-0-timeZone');
}

/** Runs axe inside the studio's own document (`exclude`: selectors left out). */
const violations = (studio: Studio, exclude: string[] = []): Promise<string[]> => violationsIn(studio.win, exclude);

const control = <T extends HTMLElement = HTMLInputElement>(studio: Studio, id: string): T => {
  const el = studio.doc.getElementById(id);
  if (!el) throw new Error(`no #${id} in the studio`);
  return el as T;
};

/** A control's value while waiting: none while the form re-renders without it (a wait must not throw then). */
const valueOf = (studio: Studio, id: string): string | undefined => (studio.doc.getElementById(id) as HTMLInputElement | null)?.value;

// Imports load their parser as a chunk when first used: their waits allow for a loaded CI machine (15 s).

/** Focuses a control and types into it, key by key. */
async function typeInto(studio: Studio, id: string, text: string): Promise<void> {
  await focus(studio, id);
  await keys({ type: text });
}

async function press(studio: Studio, id: string): Promise<void> {
  await focus(studio, id);
  let received = false;
  control(studio, id).addEventListener('keydown', () => (received = true), { once: true });
  await keys({ press: 'Enter' });
  // WebKit’s WebDriver, on a loaded machine, has now and then never dispatched a key to the focused control (two full
  // runs on 2026-12-07, two different journeys; each passes alone). Only then is the key sent again: never twice to it.
  if (!received)
    await until(() => received, `Enter reached #${id}`, 2000).catch(() => focus(studio, id).then(() => keys({ press: 'Enter' })));
}

/** Focus on a control, the frame's window focused first: keys go where focus is, and a busy engine may lag. */
async function focus(studio: Studio, id: string): Promise<void> {
  const el = control(studio, id);
  studio.win.focus();
  el.focus();
  await until(() => studio.doc.activeElement === el && studio.doc.hasFocus(), `#${id} focused`);
}

/**
 * A person using the studio by what they see: a control by its visible label, a button, link or disclosure by its
 * words; each thing they do is counted. What they paste arrives through the real clipboard.
 */
function person(studio: Studio) {
  let actions = 0;
  const shown = (selector: string, words: string | RegExp): HTMLElement | undefined =>
    [...studio.doc.querySelectorAll<HTMLElement>(selector)].find((el) => {
      const text = el.textContent!.replace(/\s+/g, ' ').trim();
      return typeof words === 'string' ? text === words : words.test(text);
    });
  const find = async (selector: string, words: string | RegExp): Promise<HTMLElement> => {
    await until(() => shown(selector, words), `${selector} “${words}” on the screen`, 15000);
    return shown(selector, words)!;
  };
  const labelled = async (words: string | RegExp): Promise<HTMLElement> => {
    const label = (await find('label', words)) as HTMLLabelElement;
    return studio.doc.getElementById(label.htmlFor)!;
  };
  return {
    get actions(): number {
      return actions;
    },
    async choose(label: string, option: string): Promise<void> {
      const select = (await labelled(label)) as HTMLSelectElement;
      select.value = [...select.options].find((o) => o.text.trim() === option)!.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      actions++;
    },
    async open(words: string): Promise<void> {
      (await find('summary', words)).click();
      actions++;
    },
    async press(words: string | RegExp): Promise<void> {
      (await find('button, a', words)).click();
      actions++;
    },
    /**
     * A copy somewhere else, then Ctrl+V into the labelled box: two actions. What `copied` holds reaches the real
     * clipboard through a copy event (a page may set what is copied): a paste event's data can be read only in a real
     * paste (Firefox gives a made-up one none).
     */
    async copyPaste(label: string, copied: { html: string; text: string }): Promise<void> {
      const box = (await labelled(label)) as HTMLTextAreaElement;
      const copy = (e: ClipboardEvent): void => {
        e.clipboardData!.setData('text/html', copied.html);
        e.clipboardData!.setData('text/plain', copied.text);
        e.preventDefault();
      };
      studio.doc.addEventListener('copy', copy);
      studio.win.focus();
      box.focus();
      await ctrl('c');
      studio.doc.removeEventListener('copy', copy);
      const before = box.value;
      await ctrl('v');
      // As a person sees the pasted text appear before going on (a page's HTML is read by a chunk loaded then).
      await until(() => box.value !== before, 'the pasted text in the box', 15000);
      actions += 2;
    },
  };
}

/** Plays the seed quiz in the preview, right answers picked (False; Carrying naloxone): what hr-complete says. */
async function playSeedQuiz(quiz: HrQuiz): Promise<unknown> {
  const completed = oneEvent(quiz, 'hr-complete');
  for (const right of ['False', 'Carrying naloxone']) {
    $$(quiz, '[part="choice"]')
      .find((c) => c.textContent!.includes(right))!
      .click();
    await quiz.updateComplete;
    for (let step = 0; step < 2; step++) {
      $<HTMLButtonElement>(quiz, '[part~="action"]').click();
      await quiz.updateComplete;
    }
  }
  return (await completed).detail;
}

/** Ctrl and a key, as a person presses them. */
async function ctrl(key: string): Promise<void> {
  await keys({ down: 'Control' });
  await keys({ press: key });
  await keys({ up: 'Control' });
}

/** Picks an element to make, as a person does with the select. */
async function make(studio: Studio, name: string, list: string): Promise<void> {
  const pick = control<HTMLSelectElement>(studio, 'element');
  pick.value = name;
  pick.dispatchEvent(new Event('change', { bubbles: true }));
  // Its content arrives (the built-in content is a chunk): the list's first item is in the form.
  await until(() => studio.doc.querySelector(`#f-${list}-0`), `${name} chosen`);
}

/** Files the studio offers for download, kept instead of saved. */
function captureDownloads(studio: Studio): Map<string, Blob> {
  const files = new Map<string, Blob>();
  const { URL: url, HTMLAnchorElement: anchor } = studio.win;
  const blobs = new Map<string, Blob>();
  const create = url.createObjectURL.bind(url);
  url.createObjectURL = (blob: Blob) => {
    const href = create(blob);
    blobs.set(href, blob);
    return href;
  };
  anchor.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.set(this.download, blobs.get(this.href)!);
  };
  return files;
}

/** Pastes embed code into a plain part of this page, where the bundle is loaded, and waits for the element. */
async function pasteOnPage<T extends HTMLElement>(code: string, tag: string): Promise<T> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = code;
  const el = holder.querySelector<T>(tag)!;
  await settled(el);
  return el;
}

const preview = (studio: Studio): HrQuiz => studio.doc.querySelector<HrQuiz>('.frame hr-quiz')!;

describe('studio', function () {
  this.timeout(60000);

  it('opens on the built-in quiz with its preview, asks nothing of any other host, and has no axe violations', async () => {
    const studio = await openStudio();
    await settled(preview(studio));
    expect(textOf(preview(studio))).to.include('Question 1 of');
    expect(studio.doc.querySelector('.checks')!.textContent).to.include('No problems found');
    expect((await violations(studio)).join('\n')).to.equal('');
    // Open a question: the form inside it is accessible too.
    await press(studio, 'f-questions-0-s');
    await until(() => studio.doc.getElementById('f-questions-0-prompt'), 'question 1 open');
    expect((await violations(studio)).join('\n')).to.equal('');
    const hosts = studio.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).host);
    expect(hosts.filter((h) => h !== location.host)).to.deep.equal([]);
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('journey: a hint and a picture for a question, the picture folded until opened; the preview shows both', async () => {
    const studio = await openStudio();
    await settled(preview(studio));
    await press(studio, 'f-questions-0-s');
    await until(() => studio.doc.getElementById('f-questions-0-prompt'), 'question 1 open');
    await typeInto(studio, 'f-questions-0-hint', 'Think about safety.');
    expect(studio.doc.getElementById('f-questions-0-image-src'), 'folded while empty').to.equal(null);
    await press(studio, 'f-questions-0-image-s');
    await until(() => studio.doc.getElementById('f-questions-0-image-src'), 'picture fields shown');
    await typeInto(studio, 'f-questions-0-image-src', '/test/fixtures/picture.svg');
    // Half filled in: the checks say what the picture still needs.
    await until(
      () => studio.doc.querySelector('.checks')!.textContent!.includes('Question 1 › Picture › Text alternative'),
      'alt asked for',
    );
    await typeInto(studio, 'f-questions-0-image-alt', 'A naloxone kit');
    await typeInto(studio, 'f-questions-0-image-width', '400');
    await typeInto(studio, 'f-questions-0-image-height', '300');
    await until(() => studio.doc.querySelector('.checks')!.textContent!.includes('No problems found'), 'no problems left');
    expect((await violations(studio)).join('\n')).to.equal('');
    await until(() => preview(studio).shadowRoot!.querySelector('img[part="image"]'), 'the preview shows the picture');
    expect(preview(studio).shadowRoot!.querySelector('img')!.alt).to.equal('A naloxone kit');
    expect($(preview(studio), '[part="hint-button"]').textContent!.trim()).to.equal('Show a hint');
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('journey: a 3-question quiz from empty, with a pass mark and a Spanish title, plays from its placeholder code', async () => {
    const studio = await openStudio();
    await press(studio, 'start-empty');
    await until(() => valueOf(studio, 'f-title') === '', 'empty quiz');
    // The checks say what is missing before anything is typed.
    expect(studio.doc.querySelector('.checks')!.textContent).to.include('required');

    await typeInto(studio, 'f-title', '¿Qué sabes de la naloxona?');
    await typeInto(studio, 'f-passPercent', '60');
    const questions = [
      ['Naloxone reverses opioid overdoses.', 'Yes', 'No'],
      ['Fentanyl test strips check a drug.', 'For fentanyl', 'For sugar'],
      ['Never use alone.', 'A safer practice', 'A rule to ignore'],
    ];
    for (const [q, [prompt, right, wrong]] of questions.entries()) {
      if (q > 0) {
        await press(studio, 'f-questions-add');
        // Focus moves to the new question, open.
        await until(() => studio.doc.getElementById(`f-questions-${q}-prompt`), `question ${q + 1} added`);
        expect(studio.doc.activeElement?.id).to.equal(`f-questions-${q}-s`);
      } else {
        // Empty content opens its first question: it is what to fill in.
        expect(studio.doc.getElementById('f-questions-0-prompt'), 'question 1 open').not.to.equal(null);
      }
      await typeInto(studio, `f-questions-${q}-prompt`, prompt!);
      await typeInto(studio, `f-questions-${q}-choices-0-text`, right!);
      await typeInto(studio, `f-questions-${q}-choices-1-text`, wrong!);
      control(studio, `f-questions-${q}-choices-0-correct`).focus();
      await keys({ press: 'Space' });
    }
    await until(() => studio.doc.querySelector('.checks')!.textContent!.includes('No problems found'), 'no problems left');
    expect((await violations(studio)).join('\n')).to.equal('');

    // The preview is the real element, on the author's data.
    await settled(preview(studio));
    expect(textOf(preview(studio)))
      .to.include('¿Qué sabes de la naloxona?')
      .and.include('Question 1 of 3');

    // The placeholder code, on a plain page with the bundle: it plays to the end.
    const code = control<HTMLTextAreaElement>(studio, 'code-placeholder').value;
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = code;
    await until(() => holder.querySelector('hr-quiz'), 'placeholder upgraded');
    const quiz = holder.querySelector<HrQuiz>('hr-quiz')!;
    await settled(quiz);
    expect(quiz.source).to.equal('attribute');
    const completed = oneEvent(quiz, 'hr-complete');
    for (const [, right] of questions) {
      $$(quiz, '[part="choice"]')
        .find((c) => c.textContent!.includes(right!))!
        .click();
      await quiz.updateComplete;
      // Check, then next (or the results).
      for (let step = 0; step < 2; step++) {
        $<HTMLButtonElement>(quiz, '[part~="action"]').click();
        await quiz.updateComplete;
      }
    }
    const { detail } = await completed;
    expect(detail).to.include({ correct: 3, total: 3, passed: true });
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('theme: the preview takes it, the theme code is written, and a pale accent is flagged below WCAG AA', async () => {
    const studio = await openStudio();
    await settled(preview(studio));
    expect(studio.doc.getElementById('code-theme')).to.equal(null);
    const accent = control(studio, 'theme-accent');
    // A colour picker sets its value and says so: what a person's pick does.
    accent.value = '#6b21a8';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => studio.doc.getElementById('code-theme'), 'theme code shown');
    const action = $<HTMLButtonElement>(preview(studio), '[part~="action"]');
    expect(getComputedStyle(action).backgroundColor).to.equal('rgb(107, 33, 168)');
    expect(control<HTMLTextAreaElement>(studio, 'code-theme').value).to.include('--hr-color-accent: #6b21a8;');
    expect(studio.doc.querySelector('.contrast .low')).to.equal(null);
    accent.value = '#9cc3ea';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => studio.doc.querySelectorAll('.contrast .low').length === 2, 'two pairs flagged');
    expect(studio.doc.querySelector('.contrast .low')!.textContent).to.include('below WCAG AA');
    // The preview shows the author's pale choice as visitors would get it (that is the warning's point); the studio around it stays clean.
    expect((await violations(studio, ['.frame'])).join('\n')).to.equal('');
  });

  it('drafts: nothing kept until asked; kept through a reload; forgotten on request; leaving with unkept changes asks first', async () => {
    localStorage.removeItem(DRAFT);
    let studio = await openStudio();
    const builtIn = control(studio, 'f-title').value;
    await typeInto(studio, 'f-title', ' (ours)');
    expect(localStorage.getItem(DRAFT)).to.equal(null);
    const leaving = new Event('beforeunload', { cancelable: true });
    studio.win.dispatchEvent(leaving);
    expect(leaving.defaultPrevented, 'unkept changes ask before leaving').to.equal(true);

    await press(studio, 'keep-draft');
    await until(() => localStorage.getItem(DRAFT), 'draft kept');
    expect(studio.doc.activeElement?.id, 'focus stays on the draft controls').to.equal('forget-draft');
    studio = await openStudio();
    expect(control(studio, 'f-title').value).to.equal(`${builtIn} (ours)`);
    const again = new Event('beforeunload', { cancelable: true });
    studio.win.dispatchEvent(again);
    expect(again.defaultPrevented, 'a kept draft leaves freely').to.equal(false);

    await press(studio, 'forget-draft');
    expect(localStorage.getItem(DRAFT)).to.equal(null);
    studio = await openStudio();
    expect(control(studio, 'f-title').value).to.equal(builtIn);
    expect(studio.doc.getElementById('keep-draft')).not.to.equal(null);
  });

  it('a draft changed by hand or by an older studio is read as untrusted: bad parts fall back, nothing throws', async () => {
    const draft = { v: 1, name: 'nope', docs: { quiz: 42 }, theme: { accent: 'red; x: y', radius: 1e9 }, attrs: { quiz: { shuffle: {} } } };
    await withDraft(draft, async () => {
      const studio = await openStudio();
      expect(control<HTMLSelectElement>(studio, 'element').value).to.equal('quiz');
      expect(control(studio, 'theme-accent').value).to.equal('#0b5cad');
      // The data itself goes through the validator like any other: its problem is shown, not thrown.
      expect(studio.doc.querySelector('.checks')!.textContent).to.include('must be an object');
      expect(studio.uncaught).to.deep.equal([]);
    });
  });

  it('JSON view: loaded when opened, in sync both ways, curly quotes fixed in one click, the validator’s problems marked on their line', async () => {
    const studio = await openStudio();
    const chunksBefore = studio.win.performance.getEntriesByType('resource').length;
    const pick = control<HTMLSelectElement>(studio, 'element');
    pick.value = 'principles';
    pick.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => studio.doc.getElementById('f-principles'), 'principles form');
    await press(studio, 'json-toggle');
    // The editor is a 110 KB chunk: WebKit on a loaded CI machine once took more than 10 s to load and run it.
    await until(() => studio.doc.querySelector('#json-editor .cm-content'), 'code editor loaded', 20000);
    expect(studio.win.performance.getEntriesByType('resource').length, 'the editor is a chunk of its own').to.be.above(chunksBefore);
    const editorText = (): string => studio.doc.querySelector('#json-editor .cm-content')!.textContent!;
    expect(editorText()).to.include(control(studio, 'f-title').value);

    // Form → JSON.
    await typeInto(studio, 'f-title', '!');
    await until(() => editorText().includes(`${control(studio, 'f-title').value}"`), 'JSON follows the form');

    // JSON → form: everything replaced by text with curly quotes, as a word processor writes it.
    const content = studio.doc.querySelector<HTMLElement>('#json-editor .cm-content')!;
    content.focus();
    await keys({ down: 'Control' });
    await keys({ press: 'a' });
    await keys({ up: 'Control' });
    await keys({ type: '{“title”: “Nuestros principios”, “principles”: [{“title”: “Dignidad”}, {“id”: 5}]}' });
    await until(() => studio.doc.getElementById('fix-quotes'), 'curly quotes noticed');
    expect(studio.doc.querySelector('.json-state')!.textContent).to.include('curly');
    await press(studio, 'fix-quotes');
    await until(() => valueOf(studio, 'f-title') === 'Nuestros principios', 'form follows the JSON');
    expect(editorText()).to.include('"Dignidad"');
    // The second principle has no title: marked on its own text, with the validator's message.
    await until(() => studio.doc.querySelector('#json-editor .cm-lintRange-error'), 'problem marked', 5000);
    expect(studio.doc.querySelector('#json-editor .cm-lintRange-error')!.textContent).to.include('{');
    expect(studio.doc.querySelector('.checks')!.textContent!.replace(/\s+/g, ' ')).to.include('Principle 2 › Title: required');
    expect((await violations(studio)).join('\n')).to.equal('');
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('JSON view of a long document (the built-in quiz): axe finds nothing, its scroller included', async () => {
    const studio = await openStudio();
    await press(studio, 'json-toggle');
    await until(() => studio.doc.querySelector('#json-editor .cm-content'), 'code editor loaded', 20000);
    const lines = studio.doc.querySelectorAll('#json-editor .cm-line').length;
    expect(lines).to.be.above(20);
    expect((await violations(studio)).join('\n')).to.equal('');
  });

  it('journey: the built-in principles edited into 4 cards, exported as a file with src', async () => {
    const studio = await openStudio();
    const downloads = captureDownloads(studio);
    await make(studio, 'principles', 'principles');
    const count = (): number => studio.doc.querySelectorAll('#f-principles > .items > li').length;
    while (count() > 4) {
      const before = count();
      await press(studio, 'f-principles-0-remove');
      await until(() => count() === before - 1, `removed (${before} before)`).catch((e: Error) => {
        throw new Error(`${e.message}: ${count()} now, focus on ${studio.doc.activeElement?.id || studio.doc.activeElement?.localName}`);
      });
    }
    const layout = control<HTMLSelectElement>(studio, 'a-layout');
    layout.value = 'cards';
    layout.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => studio.doc.querySelector('.frame hr-principles')!.getAttribute('layout') === 'cards', 'preview in cards');

    await press(studio, 'download-json');
    const file = downloads.get('principles.json');
    expect(file, 'principles.json offered').not.to.equal(undefined);
    const url = await stash(await file!.text());
    control(studio, 'file-url').select();
    await typeInto(studio, 'file-url', url);
    const code = control<HTMLTextAreaElement>(studio, 'code-src-element').value;
    expect(code).to.include(`src="${url}"`).and.include('layout="cards"').and.not.include(' data=');

    const principles = await pasteOnPage<HrPrinciples>(code.split('\n')[1]!, 'hr-principles');
    expect(principles.source).to.equal('src');
    expect($$(principles, 'ul.cards > li.card')).to.have.length(4);
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('journey: a program’s own help line, keeping the national lines, from empty', async () => {
    const studio = await openStudio();
    await make(studio, 'helpline', 'lines');
    await press(studio, 'start-empty');
    await until(() => valueOf(studio, 'f-lines-0-name') === '', 'empty help lines');
    await typeInto(studio, 'f-lines-0-name', 'Harbor Light intake line');
    await typeInto(studio, 'f-lines-0-phone', '(555) 010-4477');
    control(studio, 'f-includeDefaults').focus();
    await keys({ press: 'Space' });
    await until(() => studio.doc.querySelector('.checks')!.textContent!.includes('No problems found'), 'no problems left');
    const code = control<HTMLTextAreaElement>(studio, 'code-element').value;
    const lines = await pasteOnPage<HrHelpline>(code.split('\n')[1]!, 'hr-helpline');
    await until(() => textOf(lines).includes('988'), 'national lines shown');
    expect(textOf(lines)).to.include('Harbor Light intake line').and.include('(555) 010-4477');
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('in Spanish at 320 px: every label in Spanish, nothing wider than the screen, no axe violations', async () => {
    const studio = await openStudio(320);
    const lang = control<HTMLSelectElement>(studio, 'ui-lang');
    lang.value = 'es';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => studio.doc.documentElement.lang === 'es', 'studio in Spanish');
    expect(studio.doc.querySelector('h1')!.textContent).to.equal('Estudio de hr-widgets');
    expect(studio.doc.querySelector('label[for="f-passPercent"]')!.textContent).to.include('Porcentaje para aprobar');
    await press(studio, 'f-questions-0-s');
    await until(() => studio.doc.getElementById('f-questions-0-prompt'), 'question 1 open');
    expect(studio.doc.querySelector('label[for="f-questions-0-type"]')!.textContent).to.equal('Tipo de pregunta');
    expect(studio.doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    expect((await violations(studio)).join('\n')).to.equal('');

    // The built-in content in Spanish, then empty: the checks speak Spanish too.
    const contentLang = control<HTMLSelectElement>(studio, 'content-lang');
    contentLang.value = 'es';
    contentLang.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => studio.doc.getElementById('start-default')?.textContent?.includes('español'), 'start button follows');
    await press(studio, 'start-default');
    await until(() => valueOf(studio, 'f-title')?.startsWith('Pon a prueba'), 'Spanish built-in quiz');
    await press(studio, 'start-empty');
    await until(() => studio.doc.querySelector('.checks')!.textContent!.includes('obligatorio'), 'checks in Spanish');
    expect(studio.doc.querySelector('.checks')!.textContent).not.to.include('required');
    expect((await violations(studio)).join('\n')).to.equal('');
  });

  it('translate: a language code, then the quiz in Vietnamese field by field; the preview speaks it; the page code carries it; at 320 px in Spanish too', async () => {
    const studio = await openStudio(320);
    await settled(preview(studio));
    await press(studio, 'translate-s');
    // Its code loads when it is first opened.
    await until(() => studio.doc.getElementById('tr-code'), 'the Translate view');
    await typeInto(studio, 'tr-code', 'vietnam');
    expect(studio.doc.getElementById('tr-code-name')!.textContent).to.include('not a language code');
    expect(control(studio, 'tr-code').getAttribute('aria-invalid')).to.equal('true');
    expect(studio.doc.getElementById('tr-quiz-check'), 'no fields for a code that is none').to.equal(null);
    const code = control(studio, 'tr-code');
    code.value = '';
    code.dispatchEvent(new Event('input', { bubbles: true }));
    await typeInto(studio, 'tr-code', 'vi');
    await until(() => studio.doc.getElementById('tr-quiz-check'), 'the fields');
    expect(studio.doc.getElementById('tr-code-name')!.textContent!.toLowerCase()).to.equal('vietnamese');
    // Each field is labelled by the English it translates; placeholders are named.
    expect(studio.doc.querySelector('label[for="tr-quiz-check"]')!.textContent).to.equal('Check my answer');
    expect(studio.doc.getElementById('tr-quiz-place-help')!.textContent).to.include('{n} {total}');
    await typeInto(studio, 'tr-quiz-check', 'Kiểm tra câu trả lời');
    await typeInto(studio, 'tr-quiz-place', 'Câu hỏi {n} trong số {tong}');
    await until(() => studio.doc.getElementById('tr-quiz-place-warn'), 'an unknown placeholder said');
    expect(studio.doc.getElementById('tr-quiz-place-warn')!.textContent).to.include('{tong}');
    await until(() => $(preview(studio), '[part~="action"]').textContent!.trim() === 'Kiểm tra câu trả lời', 'the preview speaks it');
    expect(preview(studio).getAttribute('lang')).to.equal('vi');
    const script = control<HTMLTextAreaElement>(studio, 'code-strings').value;
    expect(script).to.match(/^<script type="application\/json" data-hr-strings>/);
    expect(JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, ''))).to.deep.equal({
      vi: { quiz: { check: 'Kiểm tra câu trả lời', place: 'Câu hỏi {n} trong số {tong}' } },
    });
    expect(studio.doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    expect((await violations(studio)).join('\n')).to.equal('');

    const lang = control<HTMLSelectElement>(studio, 'ui-lang');
    lang.value = 'es';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => studio.doc.querySelector('#translate > summary')!.textContent!.trim() === 'Traducir la interfaz', 'in Spanish');
    // Engines capitalize language names differently.
    expect(studio.doc.getElementById('tr-code-name')!.textContent!.toLowerCase()).to.equal('vietnamita');
    expect(studio.doc.querySelector('label[for="tr-code"]')!.textContent).to.equal('Código de idioma');
    expect((await violations(studio)).join('\n')).to.equal('');
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('whatever is typed or pasted as JSON, nothing is thrown: the checks say what is wrong', async () => {
    const studio = await openStudio();
    await press(studio, 'json-toggle');
    // The editor is a 110 KB chunk: WebKit on a loaded CI machine once took more than 10 s to load and run it.
    await until(() => studio.doc.querySelector('#json-editor .cm-content'), 'code editor loaded', 20000);
    const content = studio.doc.querySelector<HTMLElement>('#json-editor .cm-content')!;
    for (const text of [
      '{"__proto__": {"polluted": 1}, "questions": [1e999]}',
      '[[[[[[]]]]]]',
      '"just text"',
      'null',
      '{"questions": {"length": 5}}',
      '{"title": "<b id=x>bold</b>", "questions": [{"prompt": "<i id=y>q</i>", "answer": true}]}',
      '{,',
    ]) {
      content.focus();
      await keys({ down: 'Control' });
      await keys({ press: 'a' });
      await keys({ up: 'Control' });
      await keys({ type: text });
      await until(() => content.textContent === text, `typed ${text}`);
    }
    // The last one is not JSON: the form keeps the last version that was, and says so.
    await until(() => studio.doc.querySelector('.json-state')!.textContent!.includes('not valid JSON'), 'invalid JSON said');
    expect((studio.win.Object.prototype as unknown as Record<string, unknown>)['polluted']).to.equal(undefined);
    // No HTML from data is ever interpreted: the form, the checks and the preview show it as text.
    expect(control(studio, 'f-title').value).to.equal('<b id=x>bold</b>');
    expect(studio.doc.querySelector('#x, #y')).to.equal(null);
    expect(preview(studio).shadowRoot!.querySelector('#x, #y, b, i')).to.equal(null);
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('suggestions: a paragraph that says "addicts" gets a person-first hint beside it; the quoted "junkies" does not', async () => {
    const studio = await openStudio();
    await make(studio, 'principles', 'principles');
    control(studio, 'f-principles-0-description').select();
    await typeInto(studio, 'f-principles-0-description', 'We welcome addicts. We never call anyone “junkies”.');
    await until(() => studio.doc.querySelector('#f-principles-0-description-err .hint'), 'hint shown');
    const hints = [...studio.doc.querySelectorAll('#f-principles-0-description-err .hint')].map((h) => h.textContent!);
    expect(hints).to.have.length(1);
    expect(hints[0]).to.include('“addicts” can read as judgment').and.include('person who uses drugs');
    // Advice never blocks: the data has no problem, and the code is there to copy.
    expect(studio.doc.querySelector('.checks')!.textContent).to.include('No problems found');
    expect(control(studio, 'f-principles-0-description').getAttribute('aria-describedby')).to.include('f-principles-0-description-err');
    expect((await violations(studio)).join('\n')).to.equal('');
  });

  it('journey: a pop-quiz pasted as text (seed 001 style) becomes a quiz that plays', async () => {
    const studio = await openStudio();
    studio.doc.querySelector<HTMLElement>('details.import > summary')!.click();
    const box = control<HTMLTextAreaElement>(studio, 'import-text');
    // A paste: the text arrives at once.
    box.value =
      'Pop-Quiz\n\n1 / 2\n\nHarm reduction is only about illegal drug use.\nTrue / False*\n\n2 / 2\n\nWhich of these is a harm reduction strategy?\n- Using alone\n- Carrying naloxone *\n\nYour score is\n';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await press(studio, 'import-read');
    await until(() => studio.doc.querySelector('.import-report')!.textContent!.includes('Found 2 questions'), 'read', 15000);
    // The quiz is still the built-in one: replacing it comes first, the same question every import asks.
    expect([...studio.doc.querySelectorAll('details.import .item-actions button')].map((b) => b.id)).to.deep.equal([
      'quiz-replace',
      'quiz-add',
    ]);
    await press(studio, 'quiz-replace');
    await until(() => studio.doc.querySelector('.import-report')!.textContent!.includes('Read 2 questions'), 'imported', 15000);
    expect(studio.doc.querySelector('.import-report')!.textContent).to.include('line 14 “Your score is”');
    await until(() => studio.doc.querySelector('.checks')!.textContent!.includes('No problems found'), 'valid quiz');
    const quiz = preview(studio);
    await settled(quiz);
    expect(textOf(quiz)).to.include('Question 1 of 2').and.include('Harm reduction is only about illegal drug use.');
    // Played in the preview: False is right.
    expect(await playSeedQuiz(quiz)).to.include({ correct: 2, total: 2 });
    expect((await violations(studio)).join('\n')).to.equal('');
  });

  it('journey: seed 001’s list of seven organizations pasted as text: seven entries, checked by the author, then added', async () => {
    const studio = await openStudio();
    await make(studio, 'resource-list', 'resources');
    await press(studio, 'start-empty');
    await until(() => valueOf(studio, 'f-resources-0-name') === '', 'empty directory');
    studio.doc.querySelector<HTMLElement>('details.import > summary')!.click();
    const box = control<HTMLTextAreaElement>(studio, 'import-text');
    box.value = await (await fetch('/test/fixtures/seed-001-directory.txt')).text();
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await press(studio, 'import-read');
    await until(() => studio.doc.querySelectorAll('.found input[type="checkbox"]').length === 7, 'seven places found', 15000);
    expect(control(studio, 'found-4').nextElementSibling!.nextElementSibling!.textContent)
      .to.include('(215) 634-5272')
      .and.include('info@ppponline.org');
    expect((await violations(studio)).join('\n')).to.equal('');
    await press(studio, 'import-add');
    await until(() => studio.doc.querySelectorAll('#f-resources > .items > li').length === 7, 'seven entries in the form');
    expect(studio.doc.querySelector('.import-report')!.textContent).to.include('7 places added');
    await until(() => studio.doc.querySelector('.checks')!.textContent!.includes('No problems found'), 'valid directory');
    const list = studio.doc.querySelector<HTMLElement>('.frame hr-resource-list')!;
    await settled(list);
    expect(textOf(list)).to.include('Prevention Point Philadelphia').and.include('(215) 634-5272');
    expect(textOf(list).match(/Serves the whole country/g)).to.have.length(3);
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('journey: seed 001’s list copied from a page (the HTML this engine puts on the clipboard) replaces the built-in directory, nothing dropped', async () => {
    const studio = await openStudio();
    await make(studio, 'resource-list', 'resources');
    studio.doc.querySelector<HTMLElement>('details.import > summary')!.click();
    const box = control<HTMLTextAreaElement>(studio, 'import-text');
    // What a copy of the rendered list gave this engine (scripts/record-clipboard.js), through the real clipboard.
    await person(studio).copyPaste(
      'Paste a list of places, as written on a web page or in a document',
      await (await fetch(`/test/fixtures/clipboard/${engine}-list.json`)).json(),
    );
    await until(() => box.value.includes('• Next Distro: Offers'), 'the list as lines, bullets and all', 15000);
    await press(studio, 'import-read');
    await until(() => studio.doc.querySelectorAll('.found input[type="checkbox"]').length === 7, 'seven places found', 15000);
    // The directory is still the built-in one: replacing it comes first.
    const actions = [...studio.doc.querySelectorAll('.found .item-actions button')].map((b) => b.id);
    expect(actions).to.deep.equal(['import-replace', 'import-add']);
    expect((await violations(studio)).join('\n')).to.equal('');
    await press(studio, 'import-replace');
    await until(() => studio.doc.querySelectorAll('#f-resources > .items > li').length === 7, 'seven entries, the built-in ones gone');
    expect(studio.doc.querySelector('.import-report')!.textContent).to.include('The directory now has these 7 places.');
    const list = studio.doc.querySelector<HTMLElement>('.frame hr-resource-list')!;
    await until(() => textOf(list).includes('Email through website contact form'), 'the preview shows the words kept', 15000);
    expect(textOf(list)).to.include('(212) 213-6376').and.include('Offices in New York and California');
    // No phone, email, website or address: the author is told.
    await until(
      () => studio.doc.querySelector('.checks')!.textContent!.includes('no way to reach this place'),
      'the unreachable entry is named',
    );
    expect((await violations(studio)).join('\n')).to.equal('');
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('the preview tells the truth: after Empty it shows what a visitor would see, the notice alone, never the quiz that was there', async () => {
    const studio = await openStudio();
    await settled(preview(studio));
    expect(textOf(preview(studio))).to.include('Question 1 of');
    await press(studio, 'start-empty');
    await until(() => textOf(preview(studio)).includes('could not be shown'), 'the notice', 15000);
    expect(textOf(preview(studio))).not.to.include('Question 1 of');
    expect(studio.doc.querySelectorAll('.frame > *')).to.have.length(1, 'one element in the preview');
    expect((await violations(studio)).join('\n')).to.equal('');
    expect(studio.uncaught).to.deep.equal([]);
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px the code is one step away wherever the page is scrolled, and the page scrolls as one`, async () => {
      const studio = await openStudio(width);
      const win = studio.win;
      const strip = studio.doc.querySelector<HTMLElement>('.bar')!;
      const link = [...strip.querySelectorAll<HTMLAnchorElement>('nav.jump a')].find((a) => a.textContent!.trim() === 'Get the code')!;
      expect(link, 'a "Get the code" link in the "Go to" landmark').to.not.equal(undefined);
      // Half-way down the form: the strip is still in view.
      win.scrollTo(0, studio.doc.documentElement.scrollHeight / 2);
      await until(() => strip.getBoundingClientRect().top === 0, 'the strip stays at the top');
      link.click();
      const heading = studio.doc.getElementById('export-h')!;
      await until(() => {
        const { top } = heading.getBoundingClientRect();
        return top >= strip.getBoundingClientRect().bottom && top < win.innerHeight;
      }, 'the code’s heading in view, below the strip');
      // No box of its own scrolls the code away from the page.
      for (let el = heading.parentElement; el && el !== studio.doc.body; el = el.parentElement) {
        const { overflowY } = win.getComputedStyle(el);
        expect(/auto|scroll/.test(overflowY) && el.scrollHeight > el.clientHeight, `${el.tagName}.${el.className} scrolls`).to.equal(false);
      }
      // Focus moved by keyboard is never under the strip (WCAG 2.4.11).
      win.scrollTo(0, studio.doc.documentElement.scrollHeight);
      await focus(studio, 'f-title');
      const [field, bar] = [control(studio, 'f-title').getBoundingClientRect(), strip.getBoundingClientRect()];
      expect(
        field.bottom <= bar.top || field.top >= bar.bottom,
        `the title field (${field.top}–${field.bottom}) is under the strip (${bar.top}–${bar.bottom})`,
      ).to.equal(true);
      expect((await violations(studio)).join('\n')).to.equal('');
    });
  }

  it('each of the quiz’s settings and content fields has a label of its own', async () => {
    const studio = await openStudio();
    const labels = [...studio.doc.querySelectorAll('form.editor label')]
      .filter((l) => !l.closest('.items') && !l.closest('details.import'))
      .map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels.length).to.be.above(5);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).to.deep.equal([]);
    expect(labels).to.include('Shuffle choices').and.include('Shuffle choices on this page');
  });

  it('a time zone is chosen by its name from a list, and goes into the code', async () => {
    const studio = await openStudio();
    const select = await firstTimeZone(studio);
    expect(select.tagName).to.equal('SELECT');
    expect(studio.doc.querySelector('label[for="f-resources-0-timeZone"]')!.textContent).to.include('Time zone');
    const ny = [...select.options].find((o) => o.value === 'America/New_York');
    expect(ny?.textContent).to.match(/^America \/ New York — \S/);
    select.value = 'America/New_York';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Into the content itself, not only the control: the code to copy carries it.
    await until(
      () => control<HTMLTextAreaElement>(studio, 'code-element').value.includes('&quot;timeZone&quot;:&quot;America/New_York&quot;'),
      'in the code',
    );
    expect((await violations(studio)).join('\n')).to.equal('');
  });

  it('a time zone the browser’s list does not have is kept as written, and the check says what is wrong with it', async () => {
    const draft = { v: 1, docs: { 'resource-list': { resources: [{ name: 'Clinic', phone: '555-0100', timeZone: 'Mars/Olympus' }] } } };
    await withDraft(draft, async () => {
      const studio = await openStudio();
      const select = await firstTimeZone(studio);
      expect(select.value).to.equal('Mars/Olympus');
      expect(select.selectedOptions[0]!.textContent).to.equal('Mars/Olympus');
      expect(studio.doc.querySelector('.checks')!.textContent).to.include(
        'must be a time zone name like "America/New_York", got "Mars/Olympus"',
      );
      expect((await violations(studio)).join('\n')).to.equal('');
      expect(studio.uncaught).to.deep.equal([]);
    });
  });

  it('the test page opens in a new tab from the studio’s memory: the bundle beside the studio shows the content, nothing is requested elsewhere', async () => {
    const studio = await openStudio();
    await typeInto(studio, 'f-title', ' (test page)');
    const title = control(studio, 'f-title').value;
    let opened: string | undefined;
    studio.win.open = ((url: string) => ((opened = url), null)) as typeof window.open;
    await press(studio, 'open-test');
    expect(opened).to.match(/^blob:/);
    // The tab, as the person sees it.
    const tab = await openFrame(opened!, 800, 600);
    await until(
      () => tab.contentDocument?.querySelector('hr-quiz')?.shadowRoot?.textContent?.includes(title),
      'the quiz with its title',
      15000,
    );
    const requested = tab.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.some((url) => url.endsWith('/dist/hr-widgets.js'))).to.equal(true);
    expect(requested.filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);
  });

  it('journey by what a person sees: seed 001’s list copied from a page becomes the directory, and the code is copied, in at most 8 actions', async () => {
    const studio = await openStudio();
    const me = person(studio);
    await me.choose('What to make', 'Directory of services');
    await me.open('Import places from text');
    await me.copyPaste(
      'Paste a list of places, as written on a web page or in a document',
      await (await fetch(`/test/fixtures/clipboard/${engine}-list.json`)).json(),
    );
    await me.press('Find the places');
    await me.press('Replace the directory with these 7 places');
    await until(() => studio.doc.querySelectorAll('#f-resources > .items > li').length === 7, 'seven places');
    await me.press('Get the code');
    await me.press(/^Copy: WordPress/);
    expect(me.actions).to.be.at.most(8);
    const list = studio.doc.querySelector<HTMLElement>('.frame hr-resource-list')!;
    await until(() => textOf(list).includes('Email through website contact form'), 'the preview shows all seven, nothing dropped', 15000);
    expect(textOf(list)).to.include('(517) 599-9023');
    expect((await violations(studio)).join('\n')).to.equal('');
  });

  it('journey by what a person sees: the seed quiz pasted with its answers, then at most 10 actions to a quiz that plays and its code', async () => {
    const studio = await openStudio();
    const me = person(studio);
    await me.open('Import a quiz from text');
    const text =
      'Pop-Quiz\n\nTest Your Harm Reduction Knowledge\n\n1 / 2\n\nHarm reduction is only about illegal drug use.\nTrue / False*\n\n2 / 2\n\nWhich of these is an example of a harm reduction strategy?\n- Using alone\n- Carrying naloxone *\n\nYour score is\n';
    await me.copyPaste('Paste or type your quiz', { html: '', text });
    const pasted = me.actions;
    await me.press('Read it into the form');
    await me.press('Replace the quiz with these 2 questions');
    await me.press('Get the code');
    await me.press(/^Copy: WordPress/);
    expect(me.actions - pasted).to.be.at.most(10);
    const quiz = preview(studio);
    await until(() => textOf(quiz).includes('Harm reduction is only about illegal drug use.'), 'the pasted quiz in the preview', 15000);
    expect(await playSeedQuiz(quiz)).to.include({ correct: 2, total: 2 });
    expect((await violations(studio)).join('\n')).to.equal('');
  });

  it('a hostile paste into the import: nothing runs, nothing is requested, nothing outside the import changes', async () => {
    const studio = await openStudio();
    const me = person(studio);
    await make(studio, 'resource-list', 'resources');
    await me.open('Import places from text');
    const requests = studio.win.performance.getEntriesByType('resource').length;
    const page = studio.doc.body.innerHTML.length;
    const hostile = [
      '<ul><li>Harbor: naloxone <img src="/x.png" onerror="parent.hit=1;window.hit=1"></li></ul>',
      '<p>Contact: Phone: 555-010-4477 <a href="javascript:window.hit=2">x</a></p>',
      '<script>window.hit=3</script><iframe src="/y.html" onload="window.hit=4"></iframe><style>body{display:none}</style>',
      '<link rel="stylesheet" href="/z.css"><meta http-equiv="refresh" content="0;url=/away">',
    ].join('');
    await me.copyPaste('Paste a list of places, as written on a web page or in a document', { html: hostile, text: 'plain' });
    const box = control<HTMLTextAreaElement>(studio, 'import-text');
    await until(() => box.value.includes('• Harbor: naloxone'), 'the paste read as text', 15000);
    await new Promise((done) => setTimeout(done, 300));
    const w = studio.win as unknown as { hit?: number };
    expect([w.hit, (window as unknown as { hit?: number }).hit]).to.deep.equal([undefined, undefined]);
    // The studio's own chunks may load (the paste reader is one); nothing the paste names does.
    const requested = studio.win.performance
      .getEntriesByType('resource')
      .slice(requests)
      .map((r) => r.name);
    expect(
      requested.filter((url) => !/\/dist-studio\/.*\.js$/.test(new URL(url).pathname)),
      'nothing the paste names is requested',
    ).to.deep.equal([]);
    expect(box.value).to.equal('• Harbor: naloxone\nContact: Phone: 555-010-4477 x');
    expect(studio.win.getComputedStyle(studio.doc.body).display).to.not.equal('none');
    expect(studio.doc.body.innerHTML.length - page, 'only the import box changed').to.be.below(50);
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('a real copy: the list selected on a rendered page, Ctrl+C, then Ctrl+V into the import', async () => {
    const studio = await openStudio();
    await make(studio, 'resource-list', 'resources');
    studio.doc.querySelector<HTMLElement>('details.import > summary')!.click();
    const page = await openFrame('/test/fixtures/clipboard/sources.html');
    const source = page.contentDocument!;
    page.contentWindow!.focus();
    const range = source.createRange();
    range.selectNodeContents(source.getElementById('list')!);
    source.getSelection()!.removeAllRanges();
    source.getSelection()!.addRange(range);
    await ctrl('c');
    await focus(studio, 'import-text');
    await ctrl('v');
    const box = control<HTMLTextAreaElement>(studio, 'import-text');
    await until(() => box.value.includes('• Harm Reduction Michigan'), 'the pasted list, bullets and all', 15000);
    expect(box.value.split('\n').filter((l) => l.startsWith('• '))).to.have.length(7);
    expect(box.value).to.include('Contact: Phone: (212) 213-6376, Email: info@harmreduction.org');
  });

  it('journey: a 1,000-row CSV with awkward quoting, its columns and services mapped, replaces the directory; rows left out are listed', async () => {
    const studio = await openStudio();
    await make(studio, 'resource-list', 'resources');
    const lines = ['Org;Teléfono;Servicios;Ciudad;Estado'];
    for (let i = 0; i < 1000; i++) {
      const name = i === 500 ? '' : `"Site ${i}; ""the"" place\nsecond line"`;
      lines.push(`${name};555-01${String(i % 100).padStart(2, '0')};"Naloxona, Van outreach";Philadelphia;PA`);
    }
    const summary = studio.doc.querySelector<HTMLElement>('studio-csv details.import > summary')!;
    summary.click();
    const box = control<HTMLTextAreaElement>(studio, 'csv-text');
    box.value = `\ufeff${lines.join('\r\n')}\r\n`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await press(studio, 'csv-read');
    await until(() => studio.doc.getElementById('csv-map-0'), 'mapping shown');
    expect(studio.doc.querySelector('.csv-report')!.textContent).to.include('1000 rows and 5 columns');
    // "Org" is not a header the studio knows: the author says it is the name.
    expect(control<HTMLSelectElement>(studio, 'csv-map-0').value).to.equal('');
    expect(control(studio, 'csv-replace').hasAttribute('disabled')).to.equal(true);
    const name = control<HTMLSelectElement>(studio, 'csv-map-0');
    name.value = 'name';
    name.dispatchEvent(new Event('change', { bubbles: true }));
    expect([1, 2, 3, 4].map((c) => control<HTMLSelectElement>(studio, `csv-map-${c}`).value)).to.deep.equal([
      'phone',
      'services',
      'city',
      'region',
    ]);
    // "Van outreach" is no known service: matched to one.
    await until(() => studio.doc.getElementById('csv-svc-0'), 'unknown services listed');
    const service = control<HTMLSelectElement>(studio, 'csv-svc-0');
    expect(studio.doc.querySelector('label[for="csv-svc-0"]')!.textContent).to.include('Van outreach');
    service.value = 'peer-support';
    service.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await violations(studio)).join('\n')).to.equal('');
    await press(studio, 'csv-replace');
    await until(
      () => studio.doc.getElementById('f-resources-count')?.textContent?.includes('Showing 100 of 999'),
      '999 entries, 100 shown',
      10000,
    );
    expect(studio.doc.querySelector('.csv-report')!.textContent).to.include('999 rows became places').and.include('1 row did not');
    expect(studio.doc.querySelector('.rejected')!.textContent).to.include('Row 502: name: required');
    const list = studio.doc.querySelector<HTMLElement>('.frame hr-resource-list')!;
    await until(() => textOf(list).includes('999 places found'), 'preview shows them', 10000);
    expect(textOf(list)).to.include('Site 0; "the" place');
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('journey: 50,000 rows import in the background, the progress bar advancing, the page answering while it works; Cancel changes nothing', async function () {
    this.timeout(120000);
    const studio = await openStudio();
    await make(studio, 'resource-list', 'resources');
    const lines = ['Name,Phone,Services,City,State'];
    for (let i = 0; i < 50000; i++) lines.push(`"Site ${i}, Inc.",555-01${String(i % 100).padStart(2, '0')},naloxone,City ${i % 300},PA`);
    const text = lines.join('\n');
    studio.doc.querySelector<HTMLElement>('studio-csv details.import > summary')!.click();
    const box = control<HTMLTextAreaElement>(studio, 'csv-text');
    const read = async (): Promise<void> => {
      box.value = text;
      control(studio, 'csv-read').click();
      await until(() => studio.doc.getElementById('csv-replace'), 'table read', 30000);
    };
    await read();
    expect(studio.doc.querySelector('.csv-report')!.textContent).to.include('50000 rows');

    // Cancel while it works: the directory is as it was.
    const before = studio.doc.querySelectorAll('#f-resources > .items > li').length;
    // Cancel is pressed in the same task as the render that shows it, before the worker can answer:
    // polling for it raced the import on a loaded machine (CI, WebKit).
    control(studio, 'csv-replace').click();
    await studio.doc.querySelector<LitElement>('studio-csv')!.updateComplete;
    control(studio, 'csv-cancel').click();
    await until(() => studio.doc.querySelector('.csv-report')!.textContent!.includes('Cancelled'), 'cancelled');
    expect(studio.doc.querySelectorAll('#f-resources > .items > li').length).to.equal(before);

    await read();
    // The bar advances, and a click on the page is answered while the rows are still being made: in the
    // page's own record of changes, the pressed button shows between two values of the bar.
    const tablet = [...studio.doc.querySelectorAll<HTMLButtonElement>('.widths button')][1]!;
    const record: string[] = [];
    const observer = new studio.win.MutationObserver((mutations) => {
      for (const m of mutations) {
        const el = m.target as Element;
        if (el.id === 'csv-progress' && el.hasAttribute('value')) {
          record.push(`p${el.getAttribute('value')}`);
          if (!record.includes('pressed') && !tablet.dataset['clicked']) {
            tablet.dataset['clicked'] = 'yes';
            tablet.click();
          }
        } else if (el === tablet && el.getAttribute('aria-pressed') === 'true') record.push('pressed');
      }
    });
    observer.observe(studio.doc.body, { subtree: true, attributes: true, attributeFilter: ['value', 'aria-pressed'] });
    control(studio, 'csv-replace').click();
    await until(() => studio.doc.querySelector('.csv-report')!.textContent!.includes('became places'), 'imported', 60000);
    observer.disconnect();
    const values = new Set(record.filter((r) => r.startsWith('p')));
    expect(values.size, `progress values seen: ${record.join(' ')}`).to.be.at.least(2);
    const pressedAt = record.indexOf('pressed');
    expect(pressedAt, `a click answered while importing: ${record.join(' ')}`).to.be.above(0);
    expect(
      record.slice(pressedAt + 1).some((r) => r.startsWith('p')),
      `the bar went on after it: ${record.join(' ')}`,
    ).to.equal(true);
    expect(studio.doc.querySelector('.csv-report')!.textContent).to.include('50000 rows became places');
    // Megabytes of content go in a file with src, not in the page's HTML.
    await until(() => studio.doc.getElementById('too-big'), 'large content sent to a file');
    expect(studio.doc.getElementById('code-placeholder')).to.equal(null);
    await until(
      () => studio.doc.getElementById('f-resources-count')?.textContent?.includes('of 50,000'),
      'form shows a page of them',
      30000,
    );
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('journey: an Open Referral (HSDS) CSV package chosen as files replaces the directory', async () => {
    const studio = await openStudio();
    await make(studio, 'resource-list', 'resources');
    const details = [...studio.doc.querySelectorAll<HTMLDetailsElement>('studio-csv details.import')].find((d) =>
      d.textContent!.includes('Open Referral'),
    )!;
    details.querySelector('summary')!.click();
    const names = ['organizations', 'services', 'locations', 'physical_addresses', 'phones', 'service_at_location', 'languages'];
    const files = new studio.win.DataTransfer();
    for (const name of names) {
      const text = await (await fetch(`/test/fixtures/hsds/${name}.csv`)).text();
      files.items.add(new studio.win.File([text], `${name}.csv`, { type: 'text/csv' }));
    }
    const input = control(studio, 'hsds-files');
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => studio.doc.querySelector('.hsds-report')!.textContent!.includes('3 services'), 'package read', 15000);
    expect(studio.doc.querySelector('.hsds-report')!.textContent).to.include('Read 7 file(s)').and.include('3 of them can be shown');
    expect((await violations(studio)).join('\n')).to.equal('');
    await press(studio, 'hsds-replace');
    await until(() => studio.doc.querySelectorAll('#f-resources > .items > li').length === 3, 'three entries');
    const list = studio.doc.querySelector<HTMLElement>('.frame hr-resource-list')!;
    await until(() => textOf(list).includes('Naloxone and test strips'), 'preview shows them');
    expect(textOf(list)).to.include('(215) 555-0101 ext. 12');
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('lists: add, move and remove with the keyboard, focus following the item, each change announced', async () => {
    const studio = await openStudio();
    const titles = (): string[] =>
      [...studio.doc.querySelectorAll('#f-questions > .items > li > details > summary')].map((s) => s.textContent!.trim());
    const first = titles()[0]!;
    await press(studio, 'f-questions-0-s');
    await until(() => studio.doc.getElementById('f-questions-0-down'), 'question 1 open');
    await press(studio, 'f-questions-0-down');
    await until(() => titles()[1]!.endsWith(first.replace(/^Question 1: /, '')), 'moved down');
    expect(studio.doc.activeElement?.id).to.equal('f-questions-1-down');
    expect(studio.doc.querySelector('[role="status"].visually-hidden')!.textContent).to.include('now question 2');
    const count = titles().length;
    await press(studio, 'f-questions-1-remove');
    await until(() => titles().length === count - 1, 'removed');
    expect(studio.doc.activeElement?.id).to.equal('f-questions-1-s');
    expect(studio.uncaught).to.deep.equal([]);
  });

  it('undo: Remove is taken back by the Undo button or Ctrl+Z, focus on the entry it restored, each said; a text box keeps its own undo', async () => {
    const studio = await openStudio();
    await make(studio, 'resource-list', 'resources');
    const said = (): string => studio.doc.querySelector('[role="status"].visually-hidden')!.textContent!.trim();
    const names = (): string[] =>
      [...studio.doc.querySelectorAll('#f-resources > .items > li > details > summary')].map((el) => el.textContent!.trim());
    const before = names();
    expect(control(studio, 'undo').getAttribute('aria-disabled')).to.equal('true');
    await press(studio, 'undo');
    await until(() => said() === 'Nothing to undo.', 'nothing to undo, said');

    await press(studio, 'f-resources-1-s');
    await until(() => studio.doc.getElementById('f-resources-1-remove'), 'entry 2 open');
    await press(studio, 'f-resources-1-remove');
    await until(() => names().length === before.length - 1, 'removed');
    expect(names()).to.not.include(before[1]);
    expect(control(studio, 'undo').getAttribute('aria-disabled')).to.equal('false');

    await press(studio, 'undo');
    await until(() => names().length === before.length, 'back');
    expect(names()).to.deep.equal(before);
    expect(said()).to.match(/^Undone: .* 2 removed\.$/);
    await until(() => studio.doc.activeElement?.id === 'f-resources-1-s', 'focus on the entry restored');
    expect((await violations(studio)).join('\n')).to.equal('');

    // The keyboard, from the entry: Ctrl+Shift+Z removes it again, Ctrl+Z brings it back.
    await keys({ down: 'Control' });
    await keys({ down: 'Shift' });
    await keys({ press: 'z' });
    await keys({ up: 'Shift' });
    await keys({ up: 'Control' });
    await until(() => names().length === before.length - 1, 'redone');
    expect(said()).to.match(/^Redone: /);
    await ctrl('z');
    await until(() => names().length === before.length, 'undone by Ctrl+Z');
    expect(names()).to.deep.equal(before);

    // In a text box, Ctrl+Z is the box's own: the studio's history is not touched.
    await typeInto(studio, 'f-title', 'x');
    const announced = said();
    await ctrl('z');
    await new Promise((r) => setTimeout(r, 300));
    expect(names()).to.deep.equal(before);
    expect(said()).to.equal(announced);
    expect(studio.uncaught).to.deep.equal([]);
  });
});
