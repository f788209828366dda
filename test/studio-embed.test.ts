// The code the studio writes for a site owner: it must reach the element
// intact through what WordPress does to a post (test/wordpress.ts), for every
// role, and render with no problem.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { HrQuiz } from '../src/index.js';
import {
  elementSnippet,
  embedJson,
  escapeAttribute,
  jsonFile,
  placeholderSnippet,
  scriptTag,
  srcEmbed,
  testPage,
} from '../src/studio/embed.js';
import { settled, textOf, until } from './helpers.js';
import { wordpress } from './wordpress.js';

/** Everything that has broken an embed somewhere: markup, quotes, brackets (shortcodes), blank lines, Spanish, curly quotes. */
const tricky = {
  title: '¿Qué es la naloxona? <b>Not bold</b> & “friends” say: it’s "free"',
  intro: 'See [gallery] and [caption]here[/caption].\n\nA blank line above; a ]]> and a </script> too.',
  passPercent: 70,
  questions: [
    { prompt: 'Naloxone can reverse an opioid overdose. > 1 < 2', answer: true, feedbackTrue: "Right: it's safe to use." },
    { prompt: 'Pick one [a]', choices: [{ text: 'Sí, ñandú', correct: true }, 'No'] },
  ],
};

const parse = (markup: string): Document => new DOMParser().parseFromString(markup, 'text/html');

describe('studio: embed code', () => {
  it('escapes every character HTML reads as markup, and leaves UTF-8 readable', () => {
    expect(escapeAttribute(`<a href="x">'&'</a> ñ “q”`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; ñ “q”');
    const json = embedJson(tricky);
    expect(json).not.to.match(/\n/);
    // Brackets inside strings only: the structure's own brackets stay.
    expect(json).to.include('"questions":[').and.include('\\u005bgallery\\u005d').and.not.include('[gallery]');
    expect(JSON.parse(json)).to.deep.equal(tricky);
  });

  it('the placeholder reaches the element intact through WordPress for an author and an administrator', () => {
    for (const role of ['author', 'administrator'] as const) {
      const post = wordpress(placeholderSnippet({ name: 'quiz', data: tricky, attributes: { lang: 'es', shuffle: true } }), role);
      const div = parse(post).querySelector('div[data-hr-widget="quiz"]');
      expect(div, role).not.to.equal(null);
      expect(JSON.parse(div!.getAttribute('data-data')!), role).to.deep.equal(tricky);
      expect(div!.getAttribute('data-lang')).to.equal('es');
      expect(div!.hasAttribute('data-shuffle')).to.equal(true);
    }
  });

  it('the element snippet survives for an administrator only, as measured: an author’s post loses the tag', () => {
    const snippet = elementSnippet({ name: 'quiz', data: tricky, attributes: { 'heading-level': 3 } });
    const admin = parse(wordpress(snippet, 'administrator')).querySelector('hr-quiz');
    expect(JSON.parse(admin!.getAttribute('data')!)).to.deep.equal(tricky);
    expect(admin!.getAttribute('heading-level')).to.equal('3');
    expect(parse(wordpress(snippet, 'author')).querySelector('hr-quiz')).to.equal(null);
  });

  it('the model of WordPress bites: a hand-written single-quoted attribute with a raw ">" comes out broken', () => {
    const naive = `<div data-hr-widget="quiz" data-data='${JSON.stringify(tricky)}'></div>`;
    const div = parse(wordpress(naive, 'administrator')).querySelector('div[data-hr-widget]');
    const broken = (): unknown => JSON.parse(div?.getAttribute('data-data') ?? '');
    expect(broken).to.throw();
  });

  it('a placeholder that went through an author’s post renders on a page with the bundle, with no problem', async () => {
    const errors: Event[] = [];
    const holder = await fixture<HTMLDivElement>(html`<div @hr-error=${(e: Event) => errors.push(e)}></div>`);
    const post = wordpress(placeholderSnippet({ name: 'quiz', data: tricky }), 'author');
    holder.append(...parse(post).body.childNodes);
    await until(() => holder.querySelector('hr-quiz'), 'placeholder upgraded');
    const quiz = holder.querySelector<HrQuiz>('hr-quiz')!;
    await settled(quiz);
    expect(errors).to.have.length(0);
    expect(quiz.source).to.equal('attribute');
    expect(textOf(quiz)).to.include(tricky.title).and.include('Naloxone can reverse');
  });

  it('with src, the code names the file and carries no data; the file is the data', () => {
    const embed = srcEmbed({ name: 'principles', data: tricky, attributes: { layout: 'cards' } }, '/our "principles".json');
    const div = parse(wordpress(placeholderSnippet(embed), 'author')).querySelector('div')!;
    expect(div.getAttribute('data-src')).to.equal('/our "principles".json');
    expect(div.getAttribute('data-layout')).to.equal('cards');
    expect(div.hasAttribute('data-data')).to.equal(false);
    expect(JSON.parse(jsonFile(tricky))).to.deep.equal(tricky);
    expect(parse(scriptTag('/x.js?a=1&b="2"')).querySelector('script')!.getAttribute('src')).to.equal('/x.js?a=1&b="2"');
  });

  it('the test page is one self-contained HTML file: the theme cannot close its <style> early', () => {
    const page = testPage({
      title: 'Quiz <test>',
      lang: 'es',
      script: '<script type="module" src="https://example.org/hr-widgets.js"></script>',
      css: 'hr-quiz { --hr-color-accent: #0b5cad; } /* </style><script>alert(1)</script> */',
      body: elementSnippet({ name: 'quiz', data: tricky }),
    });
    const doc = parse(page);
    expect(doc.documentElement.lang).to.equal('es');
    expect(doc.title).to.equal('Quiz <test>');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(doc.querySelector('hr-quiz')!.getAttribute('data')!)).to.deep.equal(tricky);
  });
});
