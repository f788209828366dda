/**
 * The studio's store, on its own: no element is rendered and nothing here
 * touches the DOM. Its adapter is a plain object, as the WordPress one will be.
 */
import './words.js';
import { expect } from '@open-wc/testing';
import { quizFields } from '../src/quiz/quiz.fields.js';
import { resourceListFields } from '../src/resource-list/resource-list.fields.js';
import { insertAt, removeAt, setAt } from '../src/studio/document.js';
import { HISTORY, StudioStore, freshWork, weigh, type Adapter, type Saved, type Work } from '../src/studio/store.js';
import { DEFAULT_THEME } from '../src/studio/theme.js';

const FRESH: Work = freshWork('quiz');

/** An adapter that keeps the work in memory, and counts what it was asked. */
function memory(kept?: Work, refuse = false): Adapter & { saved: Work[]; forgotten: number } {
  return {
    saved: [],
    forgotten: 0,
    load: () => kept,
    save(work) {
      if (refuse) return false;
      this.saved.push(work);
      return true;
    },
    forget() {
      this.forgotten++;
    },
    auto: true,
  };
}

const shapes = { quiz: quizFields, 'resource-list': resourceListFields };
const quiz = { title: 'Q', questions: [{ prompt: 'a', answer: true }] };

function storeWith(doc: unknown = quiz, adapter: Adapter = memory()): StudioStore {
  const store = new StudioStore(shapes, adapter, FRESH);
  store.load('quiz', doc);
  return store;
}

describe('studio store', () => {
  it('loading content is where history starts, and showing another element is no change', () => {
    const store = storeWith();
    store.select('resource-list');
    store.select('nope');
    expect(store.name).to.equal('resource-list');
    expect(store.canUndo).to.equal(false);
    expect(store.undo()).to.equal(undefined);
  });

  it('undoes and redoes each change, back to the very same document, and names the element it was in', () => {
    const store = storeWith();
    const first = store.doc;
    store.setDoc(setAt(store.doc, ['title'], 'Quiz'), { label: 'Title', path: ['title'] });
    const second = store.doc;
    store.setDoc(removeAt(store.doc, ['questions'], 0), { label: 'Question 1 removed.', path: ['questions', 0] });
    expect(store.edited.has('quiz')).to.equal(true);
    store.select('resource-list');

    const step = store.undo()!;
    expect(step.label).to.equal('Question 1 removed.');
    expect(step.path).to.deep.equal(['questions', 0]);
    // Undo shows the element the change was in.
    expect(store.name).to.equal('quiz');
    expect(store.doc).to.equal(second);
    expect(store.undo()!.label).to.equal('Title');
    expect(store.doc).to.equal(first);
    expect(store.canUndo).to.equal(false);
    expect(store.redo()!.label).to.equal('Title');
    expect(store.doc).to.equal(second);
    // A new change after undo: what was undone cannot come back.
    store.setDoc(setAt(store.doc, ['title'], 'Other'), { label: 'Title' });
    expect(store.canRedo).to.equal(false);
    expect(store.redo()).to.equal(undefined);
  });

  it('whether the content is the author’s own follows undo: Start over, then Undo, gives back their content as theirs', () => {
    const store = storeWith();
    expect(store.edited.has('quiz')).to.equal(false);
    store.setDoc(setAt(store.doc, ['title'], 'Mine'), { label: 'Title' });
    store.select('resource-list');
    // Started over while another element shows (the built-in content arrives later): it goes to the one asked for.
    store.restart('quiz', quiz, { label: 'Start over' });
    expect(store.name).to.equal('quiz');
    expect(store.edited.has('quiz')).to.equal(false);
    store.undo();
    expect((store.doc as { title: string }).title).to.equal('Mine');
    expect(store.edited.has('quiz')).to.equal(true);
    store.redo();
    expect(store.edited.has('quiz')).to.equal(false);
  });

  it('typing into one field is one step; another field, or a pause, starts the next', () => {
    const store = storeWith();
    for (const title of ['Q', 'Qu', 'Qui', 'Quiz']) store.setDoc(setAt(store.doc, ['title'], title), { label: 'Title', key: 'title' });
    store.setDoc(setAt(store.doc, ['questions', 0, 'prompt'], 'b'), { label: 'Prompt', key: 'questions[0].prompt' });
    store.undo();
    expect((store.doc as { title: string }).title).to.equal('Quiz');
    store.undo();
    expect(store.doc).to.deep.equal(quiz);
  });

  it('settings, theme and translation are changes that undo too', () => {
    const store = storeWith();
    store.change({ theme: { ...DEFAULT_THEME, radius: 12 } }, { label: 'Theme', key: 'theme' });
    store.change({ attrs: { quiz: { shuffle: true } } }, { label: 'Shuffle' });
    store.undo();
    expect(store.work.attrs).to.deep.equal({});
    store.undo();
    expect(store.work.theme).to.equal(DEFAULT_THEME);
  });

  it('history is bounded in steps, and in what it holds', () => {
    const store = storeWith();
    for (let i = 0; i < HISTORY.steps + 20; i++) store.setDoc(setAt(store.doc, ['title'], `T${i}`), { label: `T${i}` });
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).to.equal(HISTORY.steps);
    expect((store.doc as { title: string }).title).to.equal('T19');
  });

  it('50,000 imported entries: undo and redo give the same documents, and history holds a bounded amount', () => {
    const store = new StudioStore(shapes, memory(), { ...FRESH, name: 'resource-list' });
    store.load('resource-list', { resources: [{ name: 'A', phone: '555-0100' }] });
    const rows = (tag: string): unknown[] =>
      Array.from({ length: 50_000 }, (_, i) => ({
        name: `${tag} ${i}`,
        phone: `555-01${String(i % 100).padStart(2, '0')}`,
        services: ['naloxone', 'syringe-services'],
        address: `${i} Main St`,
        city: 'Philadelphia',
        region: 'PA',
        postalCode: '19104',
      }));
    const states = [store.doc];
    for (const tag of ['a', 'b', 'c', 'd', 'e']) {
      store.setDoc(setAt(store.doc, ['resources'], rows(tag)), { label: tag });
      states.push(store.doc);
    }
    // Five imports of 50,000: the oldest go, so history never holds the directory ten times (or five).
    expect(store.held).to.be.at.most(HISTORY.weight);
    let back = 0;
    while (store.undo()) expect(store.doc).to.equal(states[states.length - 2 - back++]);
    expect(back).to.be.within(1, 4);
    expect(store.held).to.be.at.most(HISTORY.weight);
    for (let i = 0; i < back; i++) store.redo();
    expect(store.doc).to.equal(states.at(-1));
    // One entry changed in a long list weighs the list, not the whole directory twice.
    const one = weigh(store.doc, setAt(store.doc, ['resources', 7, 'name'], 'X'));
    expect(one).to.be.within(50_000, 50_010);
    // Entries moved, not made anew, weigh only the list's slots (and one new entry its own values).
    const list = (store.doc as { resources: object[] }).resources;
    expect(weigh(list, [...list].reverse())).to.equal(50_000);
    expect(weigh(list, [{ name: 'new', city: 'x' }, ...list.slice(1)])).to.equal(50_002);
  });

  it('checks the current content once per document, in its language, by path', () => {
    const store = storeWith({
      title: 'Q',
      questions: [
        { type: 'true-false', prompt: 'a' },
        { prompt: 'b', answer: true },
      ],
    });
    const checks = store.checks();
    expect(checks.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(['questions[0].answer: choose true or false']);
    expect(checks.byPath.get('questions[0].answer')).to.have.length(1);
    expect([...checks.flagged])
      .to.include('questions')
      .and.include('questions[0]')
      .and.include('questions[0].answer');
    expect(store.checks()).to.equal(checks);
    store.setDoc(insertAt(store.doc, ['questions'], { prompt: 'b', answer: false }), { label: 'added' });
    expect(store.checks()).to.not.equal(checks);
  });

  it('keeps the work through its adapter only when asked, and says when it cannot', async () => {
    const adapter = memory();
    const store = storeWith(quiz, adapter);
    store.setDoc(setAt(store.doc, ['title'], 'A'), { label: 'Title' });
    expect(adapter.saved).to.have.length(0);
    expect(store.keep()).to.equal(true);
    expect(adapter.saved.at(-1)!.docs['quiz']).to.deep.equal({ ...quiz, title: 'A' });
    store.setDoc(setAt(store.doc, ['title'], 'B'), { label: 'Title' });
    await new Promise((r) => setTimeout(r, 500));
    expect((adapter.saved.at(-1)!.docs['quiz'] as { title: string }).title).to.equal('B');
    store.forget();
    expect(adapter.forgotten).to.equal(1);
    expect(store.kept).to.equal(false);

    const refused = storeWith(quiz, memory(undefined, true));
    expect(refused.keep()).to.equal(false);
    // Each failure is counted, for the draft panel to say it once.
    expect(refused.failures).to.equal(1);
    // What was kept comes back, as kept.
    const again = new StudioStore(shapes, memory({ ...FRESH, docs: { quiz } }), FRESH);
    expect(again.kept).to.equal(true);
    expect(again.doc).to.deep.equal(quiz);
  });

  it('a site keeps the work only when the author saves, answers later, and its refusal is shown at its paths', async () => {
    const answers: ((saved: Saved) => void)[] = [];
    const sent: Work[] = [];
    const site: Adapter = {
      load: () => ({ ...FRESH, docs: { quiz } }),
      save: (work) => (sent.push(work), new Promise<Saved>((resolve) => answers.push(resolve))),
      forget: () => {},
      auto: false,
    };
    const store = new StudioStore(shapes, site, FRESH);
    expect(store.safe).to.equal(true);
    store.setDoc(setAt(store.doc, ['title'], 'A'), { label: 'Title' });
    await new Promise((r) => setTimeout(r, 500));
    expect(sent, 'nothing goes to the site until the author saves').to.have.length(0);
    expect(store.safe, 'leaving would lose the change').to.equal(false);

    const saving = store.save();
    expect(store.saving).to.equal(true);
    expect(store.save(), 'one save at a time').to.equal(undefined);
    answers[0]!({ problems: [{ path: 'questions[0].prompt', message: 'The site says no.', severity: 'error' }] });
    await saving;
    expect(store.saving).to.equal(false);
    expect(store.safe, 'refused: the change is still only here').to.equal(false);
    expect(store.kept, 'the site is still where it goes').to.equal(true);
    expect(
      store
        .checks()
        .byPath.get('questions[0].prompt')!
        .map((p) => p.message),
    ).to.deep.equal(['The site says no.']);

    // Saved while the author typed on: what came after is still to be saved.
    const again = store.save();
    store.setDoc(setAt(store.doc, ['title'], 'AB'), { label: 'Title' });
    answers[1]!(true);
    await again;
    expect(store.refused).to.deep.equal([]);
    expect(store.checks().byPath.has('questions[0].prompt')).to.equal(false);
    expect(store.safe).to.equal(false);
    const last = store.save();
    answers[2]!(true);
    await last;
    expect(store.safe).to.equal(true);
    expect((sent.at(-1)!.docs['quiz'] as { title: string }).title).to.equal('AB');

    // What the site keeps beside the work (a post's title) changed while saving: still to be saved, not a step of history.
    const steps = store.canUndo;
    const titled = store.save();
    store.touch();
    answers[3]!(true);
    await titled;
    expect(store.safe).to.equal(false);
    expect(store.canUndo).to.equal(steps);
    // The site not reached: what it said before stays, and the change is still only here.
    const lost = store.save();
    answers[4]!(false);
    await lost;
    expect(store.safe).to.equal(false);
  });

  it('tells who listens after every change', () => {
    const store = storeWith();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.setDoc(setAt(store.doc, ['title'], 'A'), { label: 'Title' });
    store.undo();
    store.redo();
    stop();
    store.undo();
    expect(calls).to.equal(3);
  });
});
