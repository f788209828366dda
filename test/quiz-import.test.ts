// The studio's plain-text quiz format, and a pop-quiz pasted from a blog post (seed 001).
import './words.js';
import { expect } from '@open-wc/testing';
import { read } from '../src/shared/fields.js';
import { quizFields } from '../src/quiz/quiz.fields.js';
import { parseQuizText } from '../src/studio/import/quiz-text.js';

describe('quiz import: plain text', () => {
  it('reads the documented format: title, intro, questions, marked answers, explanations', () => {
    const { quiz, skipped } = parseQuizText(`# Naloxone check-up
A few questions. Nothing is sent.

1. Naloxone can reverse an opioid overdose.
* True
- False
> It works in minutes.

2. Which of these lower the risk?
* Carrying naloxone
- Using alone
* Testing drugs for fentanyl
Explanation: Both keep people alive.

3) Where can you get naloxone?
a) Only in hospitals
b) Many pharmacies, without a prescription (correct)
`);
    expect(skipped).to.deep.equal([]);
    expect(quiz).to.deep.equal({
      title: 'Naloxone check-up',
      intro: 'A few questions. Nothing is sent.',
      questions: [
        { type: 'true-false', prompt: 'Naloxone can reverse an opioid overdose.', answer: true, explanation: 'It works in minutes.' },
        {
          type: 'multiple',
          prompt: 'Which of these lower the risk?',
          choices: [
            { text: 'Carrying naloxone', correct: true },
            { text: 'Using alone' },
            { text: 'Testing drugs for fentanyl', correct: true },
          ],
          explanation: 'Both keep people alive.',
        },
        {
          type: 'single',
          prompt: 'Where can you get naloxone?',
          choices: [{ text: 'Only in hospitals' }, { text: 'Many pharmacies, without a prescription', correct: true }],
        },
      ],
    });
    // What it reads is valid quiz data as it stands.
    const { value, problems } = read(quizFields, quiz);
    expect(problems).to.deep.equal([]);
    expect(value).not.to.equal(undefined);
  });

  it('forgives Windows line ends, a BOM, [x] boxes, trailing marks, Spanish words, and a prompt on two lines', () => {
    const { quiz, skipped } = parseQuizText(
      '\ufeffPregunta 1: La naloxona es segura\r\nincluso si no hubo opioides.\r\nVerdadero *\r\nFalso\r\n\r\nQ2: Pick one\r\n[x] Yes\r\n[ ] No\r\n',
    );
    expect(skipped).to.deep.equal([]);
    expect(quiz.questions).to.deep.equal([
      { type: 'true-false', prompt: 'La naloxona es segura incluso si no hubo opioides.', answer: true },
      { type: 'single', prompt: 'Pick one', choices: [{ text: 'Yes', correct: true }, { text: 'No' }] },
    ]);
  });

  it('a pop-quiz pasted from a blog post (seed 001): its questions kept, True / False offered, the rest of the post left out and listed', () => {
    // As the seed's page prints it, with the answers' line a reader sees under each question.
    const { quiz, skipped } = parseQuizText(`Pop-Quiz

 Test Your Harm Reduction Knowledge 🧠

1 / 2

Harm reduction is only about illegal drug use.
True / False*

2 / 2

Which of these is an example of a harm reduction strategy?
- Using alone
- Carrying naloxone *

Your score is
`);
    expect(quiz.intro).to.equal('Pop-Quiz Test Your Harm Reduction Knowledge 🧠');
    expect(quiz.questions).to.deep.equal([
      { type: 'true-false', prompt: 'Harm reduction is only about illegal drug use.', answer: false },
      {
        type: 'single',
        prompt: 'Which of these is an example of a harm reduction strategy?',
        choices: [{ text: 'Using alone' }, { text: 'Carrying naloxone', correct: true }],
      },
    ]);
    expect(skipped).to.deep.equal([{ line: 16, text: 'Your score is' }]);
  });

  it('a question with no marked answer is kept for the author to mark; the checks say what is missing', () => {
    const { quiz } = parseQuizText('1. Harm reduction is only about illegal drug use.\nTrue / False\n\n2. Pick one\n- a\n- b\n');
    expect(quiz.questions[0]).to.deep.equal({ type: 'true-false', prompt: 'Harm reduction is only about illegal drug use.' });
    const messages = read(quizFields, quiz).problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).to.include('questions[0].answer: choose true or false');
    expect(messages.some((m) => m.startsWith('questions[1].choices: mark exactly one choice right'))).to.equal(true);
  });

  it('a question with no choices is not guessed true or false: its choices are left to add', () => {
    const { quiz } = parseQuizText(
      "1 / 2\n\nWhat's the main objective of harm reduction?\n\n2 / 2\n\nHarm reduction is only about illegal drug use.\n",
    );
    expect(quiz.questions).to.deep.equal([
      { type: 'single', prompt: "What's the main objective of harm reduction?", choices: [] },
      { type: 'single', prompt: 'Harm reduction is only about illegal drug use.', choices: [] },
    ]);
    const messages = read(quizFields, quiz).problems.map((p) => p.path);
    expect(messages).to.include('questions[0].choices');
  });

  it('nothing that looks like a quiz gives no questions, and every line listed', () => {
    const { quiz, skipped } = parseQuizText('Just a paragraph.\nAnother line.');
    expect(quiz.questions).to.deep.equal([]);
    expect(quiz.intro).to.equal('Just a paragraph. Another line.');
    expect(skipped).to.deep.equal([]);
  });
});
