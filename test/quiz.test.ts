import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/quiz/define.js';
import type { HrQuiz, HrAnswerDetail, HrCompleteDetail } from '../src/quiz/hr-quiz.js';
import type { QuizData } from '../src/quiz/quiz-types.js';
import type { HrErrorDetail } from '../src/shared/hr-element.js';
import { $, $$, deepActiveElement, keys, recordConsole, reported, settled, textOf, until } from './helpers.js';

const data: QuizData = {
  title: 'Naloxone check-up',
  passPercent: 60,
  results: [
    { minPercent: 0, message: 'Keep learning.' },
    { minPercent: 60, message: 'Ready to help.' },
  ],
  questions: [
    {
      type: 'single',
      prompt: 'What does naloxone do?',
      explanation: 'It blocks opioids for a while.',
      choices: [
        { text: 'Reverses an opioid overdose', correct: true },
        { text: 'Cures a hangover', feedback: 'No: it acts only on opioids.' },
        { text: 'Nothing' },
      ],
    },
    {
      type: 'multiple',
      prompt: 'Which are overdose signs?',
      choices: [{ text: 'Slow breathing', correct: true }, { text: 'Blue lips', correct: true }, { text: 'Laughing' }],
    },
    { type: 'true-false', prompt: 'You can leave once they wake up.', answer: false, explanation: 'Naloxone can wear off first.' },
  ],
};

async function quiz(attrs: { persist?: boolean; shuffle?: boolean } = {}): Promise<HrQuiz> {
  const el = await fixture<HrQuiz>(html`<hr-quiz .data=${data} ?persist=${attrs.persist} ?shuffle=${attrs.shuffle}></hr-quiz>`);
  // With persist, the first question waits for the chunk that reads saved progress back.
  await settled(el);
  return el;
}

const labels = (el: HrQuiz) => $$(el, '[part="choice"] .text').map((t) => t.textContent!.trim());
const action = (el: HrQuiz) => $<HTMLButtonElement>(el, '[part~="action"]');
const feedback = (el: HrQuiz) => $(el, '[part="feedback"]').textContent!.replace(/\s+/g, ' ').trim();

async function pick(el: HrQuiz, ...texts: string[]): Promise<void> {
  for (const text of texts) {
    const label = $$(el, '[part="choice"]').find((l) => l.querySelector('.text')!.textContent!.trim() === text);
    if (!label) throw new Error(`no choice "${text}"`);
    label.click();
  }
  await el.updateComplete;
}

/** Presses the form's button; the results wait for their chunk. */
async function press(el: HrQuiz): Promise<void> {
  action(el).click();
  await settled(el);
}

describe('<hr-quiz>', () => {
  it('asks one question at a time: place, progress bar, a fieldset named by the prompt', async () => {
    const el = await quiz();
    await expect(el).to.be.accessible();
    expect($(el, '[part="place"]').textContent).to.equal('Question 1 of 3');
    const progress = $<HTMLProgressElement>(el, 'progress');
    expect([progress.value, progress.max]).to.deep.equal([1, 3]);
    expect(progress.getAttribute('aria-labelledby')).to.equal('place');
    expect($(el, 'fieldset > legend').textContent!.trim()).to.equal('What does naloxone do?');
    expect($$<HTMLInputElement>(el, 'label > input').map((i) => i.type)).to.deep.equal(['radio', 'radio', 'radio']);
    expect(labels(el)).to.deep.equal(['Reverses an opioid overdose', 'Cures a hangover', 'Nothing']);
    expect(action(el).textContent!.trim()).to.equal('Check my answer');
  });

  it('asks for an answer before checking, without firing hr-answer', async () => {
    const el = await quiz();
    let answers = 0;
    el.addEventListener('hr-answer', () => answers++);
    await press(el);
    expect(feedback(el)).to.equal('Choose an answer first.');
    expect(answers).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('gives feedback on a right answer, fires hr-answer and keeps focus on the button', async () => {
    const el = await quiz();
    await pick(el, 'Reverses an opioid overdose');
    action(el).focus();
    const event = oneEvent(el, 'hr-answer');
    await press(el);
    expect((await event).detail).to.deep.equal({ index: 0, correct: true, hinted: false } satisfies HrAnswerDetail);
    expect(feedback(el)).to.equal('That’s right. It blocks opioids for a while.');
    expect($(el, '[part="feedback"]').getAttribute('aria-live')).to.equal('polite');
    expect(action(el).textContent!.trim()).to.equal('Next question');
    expect(deepActiveElement()).to.equal(action(el));
    expect($$<HTMLInputElement>(el, 'input').every((i) => i.disabled)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('on a missed answer shows the choice’s feedback, the right answer and the explanation, kindly', async () => {
    const el = await quiz();
    await pick(el, 'Cures a hangover');
    const event = oneEvent(el, 'hr-answer');
    await press(el);
    expect((await event).detail).to.deep.equal({ index: 0, correct: false, hinted: false });
    expect(feedback(el)).to.equal(
      'Not quite. No: it acts only on opioids. The answer: Reverses an opioid overdose It blocks opioids for a while.',
    );
    expect(textOf(el)).to.not.match(/wrong/i);
    const marks = $$(el, '[part="choice"] .mark').map((m) => m.textContent!.trim());
    expect(marks).to.deep.equal(['✓ Correct answer', '✗ Your answer']);
    await expect(el).to.be.accessible();
  });

  it('scores multiple-answer questions all-or-nothing, with checkboxes', async () => {
    const el = await quiz();
    await pick(el, 'Reverses an opioid overdose');
    await press(el);
    await press(el);
    expect($$<HTMLInputElement>(el, 'label > input').map((i) => i.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    expect(textOf(el)).to.contain('Choose all that apply.');
    await pick(el, 'Slow breathing');
    const event = oneEvent(el, 'hr-answer');
    await press(el);
    expect((await event).detail).to.deep.equal({ index: 1, correct: false, hinted: false });
    expect(feedback(el)).to.contain('The answers: Slow breathing; Blue lips');
  });

  it('shows results only when asked, then a review, and tries again without reloading', async () => {
    const el = await quiz();
    let completes = 0;
    el.addEventListener('hr-complete', () => completes++);
    await pick(el, 'Reverses an opioid overdose');
    await press(el);
    await press(el);
    await pick(el, 'Slow breathing', 'Blue lips');
    await press(el);
    await press(el);
    expect(labels(el)).to.deep.equal(['True', 'False']);
    await pick(el, 'True');
    await press(el);
    expect(action(el).textContent!.trim()).to.equal('See my results');
    expect(completes).to.equal(0, 'hr-complete must not fire before the results');

    const event = oneEvent(el, 'hr-complete');
    await press(el);
    expect((await event).detail).to.deep.equal({ percent: 67, correct: 2, total: 3, passed: true } satisfies HrCompleteDetail);
    const results = $(el, '[part="results"]');
    expect($(el, '[part="score"]').textContent).to.equal('Your score is 67%');
    expect(results.textContent).to.contain('2 of 3 correct.');
    expect(results.textContent).to.contain('You passed. You needed 60%.');
    expect($(el, '[part="message"]').textContent).to.equal('Ready to help.');
    expect(deepActiveElement()).to.equal($(el, '.score'));
    await expect(el).to.be.accessible();

    const review = $$(el, '[part="review"] > li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(review[0]).to.equal('What does naloxone do? ✓ Right Your answer: Reverses an opioid overdose It blocks opioids for a while.');
    expect(review[2]).to.equal(
      'You can leave once they wake up. ✗ Not quite Your answer: True Correct answer: False Naloxone can wear off first.',
    );

    action(el).click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="place"]').textContent).to.equal('Question 1 of 3');
    expect($$<HTMLInputElement>(el, 'input').some((i) => i.checked)).to.equal(false);
    expect(deepActiveElement()).to.equal($(el, 'input'));
    expect(completes).to.equal(1);
  });

  it('says "not passed" gently below the pass mark, and uses a self-check tone without one', async () => {
    const el = await quiz();
    for (const choice of ['Nothing', 'Laughing', 'True']) {
      await pick(el, choice);
      await press(el);
      await press(el);
    }
    expect(textOf(el)).to.contain('Your score is 0%');
    expect(textOf(el)).to.contain('You need 60% to pass. Look over the answers below and try again when you are ready.');
    expect($(el, '[part="message"]').textContent).to.equal('Keep learning.');

    el.data = { questions: [{ prompt: 'Naloxone is free in many pharmacies.', answer: true }] };
    await el.updateComplete;
    await pick(el, 'True');
    await press(el);
    await press(el);
    expect(textOf(el)).to.not.contain('pass');
    expect($(el, '[part="message"]').textContent).to.equal('Thanks for taking the quiz. Every answer is a chance to learn something.');
  });

  it('shuffles choices, with a fresh order on each try', async () => {
    const random = Math.random;
    let call = 0;
    Math.random = () => (call++ * 0.37) % 1; // fixed, but a different order for each try
    try {
      const el = await quiz({ shuffle: true });
      const first = labels(el);
      expect(first).to.have.members(['Reverses an opioid overdose', 'Cures a hangover', 'Nothing']);
      expect(first).to.not.deep.equal(['Reverses an opioid overdose', 'Cures a hangover', 'Nothing']);
      for (const choice of [first[0]!, 'Slow breathing', 'True']) {
        await pick(el, choice);
        await press(el);
        await press(el);
      }
      action(el).click();
      await el.updateComplete;
      expect(labels(el)).to.not.deep.equal(first);
    } finally {
      Math.random = random;
    }
  });

  it('with persist, keeps progress in sessionStorage across a re-created element, and clears it at the end', async () => {
    sessionStorage.clear();
    const el = await quiz({ persist: true });
    await pick(el, 'Reverses an opioid overdose');
    await press(el);
    await press(el);
    await pick(el, 'Blue lips');
    el.remove();
    expect(Object.keys(sessionStorage).every((k) => k.startsWith('hr-widgets:quiz:'))).to.equal(true);
    expect(localStorage.length).to.equal(0);

    const again = await quiz({ persist: true });
    expect($(again, '[part="place"]').textContent).to.equal('Question 2 of 3');
    expect($$<HTMLInputElement>(again, 'input').filter((i) => i.checked).length).to.equal(1);
    await pick(again, 'Slow breathing');
    await press(again);
    await press(again);
    await pick(again, 'False');
    await press(again);
    await press(again);
    expect(sessionStorage.length).to.equal(0);

    const plain = await quiz();
    await pick(plain, 'Nothing');
    await press(plain);
    expect(sessionStorage.length).to.equal(0, 'nothing stored without persist');
  });

  it('keeps the visitor’s progress when a framework passes an equal new data object', async () => {
    const el = await quiz();
    await pick(el, 'Reverses an opioid overdose');
    await press(el);
    await press(el);
    el.data = structuredClone(data);
    await el.updateComplete;
    expect($(el, '[part="place"]').textContent).to.equal('Question 2 of 3');
    el.data = { questions: [{ prompt: 'A different quiz', answer: true }] };
    await el.updateComplete;
    expect($(el, '[part="place"]').textContent).to.equal('Question 1 of 1');
  });

  it('names each question by its place in the data, and its events cross shadow roots', async () => {
    const logged = recordConsole();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('hr-quiz');
    // Bad data on purpose, as a CMS might deliver it.
    el.data = JSON.parse(JSON.stringify([{ prompt: 'Broken: no answer', type: 'true-false' }, ...data.questions])) as QuizData['questions'];
    root.append(el);
    await el.updateComplete;
    logged.restore();
    const answer = oneEvent(document, 'hr-answer');
    await pick(el, 'Reverses an opioid overdose');
    await press(el);
    expect(((await answer) as CustomEvent<HrAnswerDetail>).detail).to.deep.equal({ index: 1, correct: true, hinted: false });
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await fixture<HrQuiz>(html`<div><button>before</button><hr-quiz .data=${data}></hr-quiz></div>`);
    const q = el.querySelector('hr-quiz')!;
    el.querySelector('button')!.focus();
    const complete = oneEvent(q, 'hr-complete');
    await keys({ press: 'Tab' }); // first radio
    await keys({ press: 'Space' }); // pick "Reverses…"
    await keys({ press: 'Tab' }); // check button
    await keys({ press: 'Enter' }); // check
    await keys({ press: 'Enter' }); // next: focus moves to the first checkbox
    await keys({ press: 'Space' }); // Slow breathing
    await keys({ press: 'Tab' });
    await keys({ press: 'Space' }); // Blue lips
    await keys({ press: 'Tab' });
    await keys({ press: 'Tab' }); // check button
    await keys({ press: 'Enter' });
    await keys({ press: 'Enter' }); // next: focus on "True"
    await keys({ press: 'ArrowDown' }); // arrows move to and pick "False"
    await keys({ press: 'Tab' });
    await keys({ press: 'Enter' });
    await keys({ press: 'Enter' }); // see my results
    expect((await complete).detail).to.deep.equal({ percent: 100, correct: 3, total: 3, passed: true });
    await until(() => deepActiveElement() === $(q, '.score'));
  });

  it('opens a hint before answering, by keyboard: announced, counted in hr-answer, closed again at the next question', async () => {
    const hinted: QuizData = {
      questions: [
        {
          prompt: 'Where can you get naloxone?',
          hint: 'Think of the shop that fills prescriptions.',
          choices: [{ text: 'A pharmacy', correct: true }, 'A gym'],
        },
        { prompt: 'Naloxone works on opioids.', answer: true, hint: 'It is an opioid blocker.' },
        { prompt: 'No hint here.', answer: true },
      ],
    };
    const el = await fixture<HrQuiz>(html`<hr-quiz .data=${hinted}></hr-quiz>`);
    await settled(el);
    const toggle = () => $<HTMLButtonElement>(el, '[part="hint-button"]');
    const region = $(el, '[part="hint"]');
    expect(toggle().textContent!.trim()).to.equal('Show a hint');
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    // The live region is there, empty, before it opens: what appears in it is read out.
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();

    toggle().focus();
    await keys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    expect(toggle().getAttribute('aria-controls')).to.equal(region.id);
    expect($(el, '[part="hint"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Hint: Think of the shop that fills prescriptions.');
    expect(deepActiveElement()).to.equal(toggle());
    await expect(el).to.be.accessible();
    // Closed again, it still counts: the visitor saw it.
    await keys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="hint"]').textContent!.trim()).to.equal('');

    let answer = oneEvent(el, 'hr-answer');
    await pick(el, 'A pharmacy');
    await press(el);
    expect((await answer).detail).to.deep.equal({ index: 0, correct: true, hinted: true } satisfies HrAnswerDetail);
    await press(el);
    // The next question starts with its hint closed, and unopened it is not counted.
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    answer = oneEvent(el, 'hr-answer');
    await pick(el, 'True');
    await press(el);
    expect((await answer).detail).to.deep.equal({ index: 1, correct: true, hinted: false } satisfies HrAnswerDetail);
    await press(el);
    expect(el.shadowRoot!.querySelector('[part="hint-button"]')).to.equal(null);
  });

  it('shows pictures with their text alternative and size, lazily; a picture without alt is an error at its path', async () => {
    const pictured: QuizData = {
      questions: [
        {
          prompt: 'Which one is a naloxone nasal spray?',
          image: { src: '/test/fixtures/picture.svg', alt: 'Two small boxes on a table', width: 320, height: 180 },
          choices: [
            {
              text: 'The white box',
              correct: true,
              image: { src: '/test/fixtures/picture.svg', alt: 'A white box with a nozzle', width: 80, height: 80 },
            },
            'The blue box',
          ],
        },
      ],
    };
    const el = await fixture<HrQuiz>(html`<hr-quiz .data=${pictured}></hr-quiz>`);
    await settled(el);
    const [prompt, choice] = $$<HTMLImageElement>(el, 'img[part="image"]');
    expect(prompt!.alt).to.equal('Two small boxes on a table');
    expect([prompt!.getAttribute('width'), prompt!.getAttribute('height'), prompt!.loading]).to.deep.equal(['320', '180', 'lazy']);
    // Space is kept at the picture's proportions before it loads, and it shrinks to a narrow screen.
    expect(prompt!.getBoundingClientRect().height).to.be.closeTo((prompt!.getBoundingClientRect().width * 180) / 320, 1);
    // Inside the choice's label, so its alt joins the choice's accessible name.
    expect(choice!.closest('label')!.textContent).to.include('The white box');
    expect(choice!.closest('label')!.querySelector('input')).to.not.equal(null);
    await expect(el).to.be.accessible();

    const logged = recordConsole();
    const broken = await fixture<HrQuiz>(html`<hr-quiz></hr-quiz>`);
    const problem = oneEvent(broken, 'hr-error');
    broken.data = {
      questions: [
        { prompt: 'No alt', answer: true, image: { src: '/x.png', width: 10, height: 10 } },
        { prompt: 'A script address', answer: true, image: { src: 'javascript:alert(1)', alt: 'x', width: 10, height: 10 } },
        { prompt: 'Fine', answer: true, image: { src: '', alt: '', width: null, height: null } },
      ],
    } as unknown as QuizData;
    const { detail } = (await problem) as CustomEvent<HrErrorDetail>;
    await reported();
    logged.restore();
    expect(detail.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'questions[0].image.alt: required',
      'questions[1].image.src: must be an http or https address, got "javascript:alert(1)"; it is not shown',
    ]);
    await settled(broken);
    // The question with a picture nothing was filled in for is asked, without one.
    expect($(broken, '[part="prompt"]').textContent).to.equal('Fine');
    expect(broken.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('shows the default quiz in Spanish, and skips a broken question with its path', async () => {
    const es = await fixture<HrQuiz>(html`<hr-quiz lang="es"></hr-quiz>`);
    await until(() => es.shadowRoot!.querySelector('[part="place"]'));
    expect($(es, '[part="place"]').textContent).to.equal('Pregunta 1 de 7');
    expect(action(es).textContent!.trim()).to.equal('Revisar mi respuesta');
    await expect(es).to.be.accessible();

    const logged = recordConsole();
    try {
      const el = await fixture<HrQuiz>(
        html`<hr-quiz data=${JSON.stringify([
          { prompt: 'ok', answer: true },
          { prompt: 'bad', choices: ['only one'] },
        ])}></hr-quiz>`,
      );
      expect($(el, '[part="place"]').textContent).to.equal('Question 1 of 1');
      await reported();
      expect(logged.errors).to.deep.equal(['hr-quiz: questions[1].choices: needs 2 to 10 choices, got 1']);
    } finally {
      logged.restore();
    }
  });
});
