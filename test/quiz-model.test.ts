import './words.js';
import { expect } from '@open-wc/testing';
import { advance, check, choose, score, start, validateQuiz, type Quiz } from '../src/quiz/quiz-model.js';
import { restore } from '../src/quiz/persist.js';

const paths = (raw: unknown) => validateQuiz(raw).problems.map((p) => `${p.path}: ${p.message}`);

const quiz = (): Quiz =>
  validateQuiz({
    passPercent: 60,
    results: [
      { minPercent: 80, message: 'high' },
      { minPercent: 0, message: 'low' },
    ],
    questions: [
      { prompt: 'One', choices: [{ text: 'a', correct: true }, { text: 'b' }, { text: 'c' }] },
      { prompt: 'Many', type: 'multiple', choices: [{ text: 'x', correct: true }, { text: 'y', correct: true }, { text: 'z' }] },
      { prompt: 'TF', answer: false },
    ],
  }).value!;

function play(q: Quiz, picks: number[][]) {
  let state = start(q, false);
  for (const choices of picks) {
    for (const c of choices) state = choose(q, state, c);
    state = advance(q, check(q, state)!.state);
  }
  return state;
}

describe('quiz model: validation', () => {
  it('infers types: true-false from a boolean answer, else single', () => {
    const { value } = validateQuiz([
      { prompt: 'a', answer: true },
      { prompt: 'b', choices: [{ text: '1', correct: true }, '2'] },
    ]);
    expect(value!.questions.map((q) => q.type)).to.deep.equal(['true-false', 'single']);
    expect(value!.questions[0]!.choices.map((c) => c.correct)).to.deep.equal([true, false]);
  });

  it('reports each rule at its exact path and skips only the broken question', () => {
    const raw = {
      passPercent: 120,
      results: [{ minPercent: 50 }, { message: 'no band' }],
      questions: [
        { prompt: 'ok', answer: true },
        { choices: [{ text: 'a', correct: true }, { text: 'b' }] },
        { prompt: 'too few', choices: [{ text: 'a', correct: true }] },
        { prompt: 'too many', choices: Array.from({ length: 11 }, (_, i) => ({ text: `${i}`, correct: i === 0 })) },
        {
          prompt: 'two right',
          type: 'single',
          choices: [
            { text: 'a', correct: true },
            { text: 'b', correct: true },
          ],
        },
        { prompt: 'none right', type: 'multiple', choices: [{ text: 'a' }, { text: 'b' }] },
        { prompt: 'tf', type: 'true-false', answer: 'yes' },
        { prompt: 'tf', type: 'true-false' },
        { prompt: 'odd', type: 'essay', choices: [] },
        { prompt: 'blank choice', choices: [{ text: ' ', correct: true }, { text: 'b' }] },
      ],
    };
    // In the order of the document's fields.
    expect(paths(raw)).to.deep.equal([
      'passPercent: must be a number from 0 to 100, got number 120',
      'results[0].message: required',
      'results[1].minPercent: required',
      'results: no valid result band left to show',
      'questions[1].prompt: required',
      'questions[2].choices: needs 2 to 10 choices, got 1',
      'questions[3].choices: needs 2 to 10 choices, got 11',
      'questions[4].choices: mark exactly one choice right (this question has one right answer); 2 are marked',
      'questions[5].choices: mark at least one choice right',
      'questions[6].answer: must be true or false, got text "yes"',
      'questions[7].answer: choose true or false',
      'questions[8].type: must be "single", "multiple" or "true-false", got "essay"',
      'questions[9].choices[0].text: required',
    ]);
    expect(validateQuiz(raw).value!.questions.map((q) => q.prompt)).to.deep.equal(['ok']);
  });

  it('needs at least one question', () => {
    const { value, problems } = validateQuiz({ questions: [] });
    expect(value).to.equal(undefined);
    expect(problems).to.deep.equal([
      { path: 'questions', message: 'needs at least one question', severity: 'error', code: 'noneGiven', values: ['question'] },
    ]);
    expect(paths({ title: 'x' })).to.deep.equal(['questions: required: a list of questions']);
  });

  it('sorts result bands', () => {
    expect(quiz().results.map((b) => b.minPercent)).to.deep.equal([0, 80]);
  });
});

describe('quiz model: answering and scoring', () => {
  it('scores all-or-nothing for multiple questions, with bands and pass mark', () => {
    const q = quiz();
    const allRight = score(q, play(q, [[0], [0, 1], [1]]));
    expect(allRight).to.deep.include({ correct: 3, total: 3, percent: 100, passed: true });
    expect(allRight.band!.message).to.equal('high');

    const partial = score(q, play(q, [[0], [0], [1]]));
    expect(partial).to.deep.include({ correct: 2, percent: 67, passed: true });
    expect(partial.band!.message).to.equal('low');

    const extra = score(q, play(q, [[1], [0, 1, 2], [0]]));
    expect(extra).to.deep.include({ correct: 0, percent: 0, passed: false });
  });

  it('gives passed: null without a pass mark', () => {
    const { value } = validateQuiz([{ prompt: 'a', answer: true }]);
    expect(score(value!, play(value!, [[0]])).passed).to.equal(null);
  });

  it('will not check without an answer, nor change a checked one', () => {
    const q = quiz();
    const state = start(q, false);
    expect(check(q, state)).to.equal(undefined);
    expect(advance(q, state)).to.equal(state);
    const checked = check(q, choose(q, state, 1))!;
    expect(checked.correct).to.equal(false);
    expect(choose(q, checked.state, 0).selected[0]).to.deep.equal([1]);
  });

  it('single questions replace the pick; multiple ones toggle', () => {
    const q = quiz();
    let state = choose(q, choose(q, start(q, false), 0), 2);
    expect(state.selected[0]).to.deep.equal([2]);
    state = advance(q, check(q, state)!.state);
    state = choose(q, choose(q, choose(q, state, 2), 0), 2, false);
    expect(state.selected[1]).to.deep.equal([0]);
  });

  it('shuffles choice order but never true-false', () => {
    const q = quiz();
    const reverse = () => 0; // always swap with the first: a fixed, non-identity order
    const { order } = start(q, true, reverse);
    expect(order[0]).to.not.deep.equal([0, 1, 2]);
    expect([...order[0]!].sort()).to.deep.equal([0, 1, 2]);
    expect(order[2]).to.deep.equal([0, 1]);
  });

  it('restores only saved progress that fits the quiz', () => {
    const q = quiz();
    const state = play(q, [[0]]);
    expect(restore(q, JSON.parse(JSON.stringify(state)))).to.deep.equal(state);
    expect(restore(q, { ...state, current: 9 })).to.equal(undefined);
    expect(restore(q, { ...state, selected: [[7], [], []] })).to.equal(undefined);
    expect(
      restore(q, {
        ...state,
        order: [
          [0, 0, 1],
          [0, 1, 2],
          [0, 1],
        ],
      }),
    ).to.equal(undefined);
    expect(restore(q, 'nonsense')).to.equal(undefined);
  });

  it('plays 100 questions, and shows only the first 100 of more, saying so', () => {
    const { value: many, problems } = validateQuiz(Array.from({ length: 250 }, (_, i) => ({ prompt: `Q${i}`, answer: i % 2 === 0 })));
    expect(problems.map(({ path, message, severity }) => ({ path, message, severity }))).to.deep.equal([
      { path: 'questions', message: 'has 250 questions; only the first 100 are shown', severity: 'warning' },
    ]);
    const state = play(
      many!,
      many!.questions.map((_, i) => [i % 2]),
    );
    expect(score(many!, state)).to.deep.include({ correct: 100, total: 100, percent: 100 });
  });
});
