// The studio's pure parts: editing a document along a path, empty content, contrast.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../src/elements.js';
import { read } from '../src/shared/fields.js';
import { contrast, parseHex } from '../src/studio/contrast.js';
import { emptyOf, getAt, insertAt, moveAt, pathText, removeAt, setAt } from '../src/studio/document.js';
import { quizFields } from '../src/quiz/quiz.fields.js';

describe('studio: documents', () => {
  const doc = {
    title: 'T',
    questions: [
      { prompt: 'a', choices: ['x', { text: 'y', correct: true }] },
      { prompt: 'b', answer: true },
    ],
  };

  it('reads and writes along a path without touching the original', () => {
    const frozen = structuredClone(doc);
    expect(getAt(doc, ['questions', 1, 'answer'])).to.equal(true);
    expect(getAt(doc, ['questions', 9, 'prompt'])).to.equal(undefined);
    expect(getAt(doc, ['title', 'length'])).to.equal(undefined);
    const next = setAt(doc, ['questions', 0, 'prompt'], 'A');
    expect(getAt(next, ['questions', 0, 'prompt'])).to.equal('A');
    expect(doc).to.deep.equal(frozen);
    // Undefined removes the key: an emptied optional field leaves no "" behind.
    expect(setAt(doc, ['title'], undefined)).not.to.have.property('title');
    // A shorthand string becomes its object when another field is set.
    expect(getAt(setAt(doc, ['questions', 0, 'choices', 0, 'correct'], true, 'text'), ['questions', 0, 'choices', 0])).to.deep.equal({
      text: 'x',
      correct: true,
    });
    expect(pathText(['questions', 0, 'choices', 1, 'text'])).to.equal('questions[0].choices[1].text');
    // "__proto__" is a key like any other, never the prototype.
    expect(Object.getPrototypeOf(setAt({}, ['__proto__', 'x'], 1))).to.equal(Object.prototype);
  });

  it('adds, removes and moves list items', () => {
    const added = insertAt(doc, ['questions'], { prompt: 'c' });
    expect((getAt(added, ['questions']) as unknown[]).length).to.equal(3);
    expect(getAt(removeAt(doc, ['questions'], 0), ['questions', 0, 'prompt'])).to.equal('b');
    const moved = moveAt(doc, ['questions'], 1, 0);
    expect(getAt(moved, ['questions', 0, 'prompt'])).to.equal('b');
    expect(moveAt(doc, ['questions'], 0, -1)).to.equal(doc);
    expect(getAt(insertAt({}, ['results'], { minPercent: 0 }), ['results', 0, 'minPercent'])).to.equal(0);
  });

  it('empty content has every required part, and the checks say what to fill in', () => {
    const empty = emptyOf(quizFields);
    expect(empty).to.deep.equal({ questions: [{ prompt: '', choices: [{ text: '' }, { text: '' }] }] });
    for (const { name, fields } of ELEMENTS) {
      const { problems } = read(fields, emptyOf(fields));
      // Every problem of empty content is a blank required field, an unmarked answer, or what follows from them: never a wrong type.
      for (const p of problems) expect(p.message, `${name}: ${p.path}`).to.match(/^required|correct choice|needs a way|no valid/);
    }
  });
});

describe('studio: contrast', () => {
  it('computes WCAG 2 ratios', () => {
    expect(parseHex('#FFF')).to.deep.equal([255, 255, 255]);
    expect(parseHex('red')).to.equal(undefined);
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrast('#0b5cad', '#fff')).to.be.above(4.5);
    expect(contrast('#fff', 'nope')).to.equal(undefined);
  });
});
