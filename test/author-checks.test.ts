// The studio's advice for authors, on real text: the seed posts in ../shared/seeds.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../src/elements.js';
import {
  authorNotes,
  fernandezHuerta,
  findTerms,
  fleschKincaid,
  readingNote,
  syllablesEn,
  syllablesEs,
  type Note,
} from '../src/studio/author-checks.js';
import { SOURCES, TERMS } from '../src/studio/data/terms.js';

const spec = (name: string) => ELEMENTS.find((e) => e.name === name)!.fields;

// Seed 004, as published.
const SEED_004 =
  'Harm reduction refers to a set of programs, policies, and practices aimed at minimizing the amount of harm that befalls drug users. ' +
  'Describing people using language such as ‘drug abusers’, ‘a scourge’, ‘bingers’, ‘junkies’, ‘misusers’, or a ‘social evil’ perpetuates stereotypes. ' +
  'Punishments often lead to further exacerbation of one’s addiction and self-identification as an “addict,” making it less likely for them to reach out for help.';

describe('author checks: words', () => {
  it('every term has a source and flags its own example', () => {
    for (const term of TERMS) {
      expect(Object.keys(SOURCES), term.pattern).to.include(term.source);
      expect(
        findTerms(term.example, term.lang).map((h) => h.suggest),
        term.example,
      ).to.include(term.suggest);
    }
  });

  it('flags "drug users" in seed 004, and not the words it quotes to show what not to say', () => {
    const hits = findTerms(SEED_004, 'en').map((h) => h.term);
    expect(hits).to.deep.equal(['drug users']);
  });

  it('flags "addicts" in plain text; "clean needles" is about equipment and is left alone', () => {
    expect(findTerms('Our program helps addicts and their families.', 'en').map((h) => h.term)).to.deep.equal(['addicts']);
    // Seed 001: "NEPs provide clean needles to individuals who inject drugs".
    expect(findTerms('NEPs provide clean needles to individuals who inject drugs.', 'en')).to.deep.equal([]);
    expect(findTerms('A dirty urine test is not a moral failing.', 'en').map((h) => h.term)).to.deep.equal(['dirty urine']);
    // Whole words only: "addiction" is not "addict", "habitat" is not "habit".
    expect(findTerms('Addiction recovery in a safe habitat.', 'en')).to.deep.equal([]);
  });

  it('Spanish: "adictos" and "abuso de sustancias" are flagged, quoted ones are not', () => {
    expect(findTerms('Ayudamos a los adictos y tratamos el abuso de sustancias.', 'es').map((h) => h.term)).to.deep.equal([
      'adictos',
      'abuso de sustancias',
    ]);
    expect(findTerms('Evita palabras como «adicto» o “drogadicto”.', 'es')).to.deep.equal([]);
  });
});

describe('author checks: reading level', () => {
  it('counts syllables near enough', () => {
    expect(['harm', 'reduction', 'naloxone', 'people', 'overdose', 'the', 'recovery'].map(syllablesEn)).to.deep.equal([
      1, 3, 3, 2, 3, 1, 4,
    ]);
    expect(['naloxona', 'reducción', 'daños', 'país', 'ayuda', 'sobredosis'].map(syllablesEs)).to.deep.equal([4, 3, 2, 2, 3, 4]);
  });

  it('finds seed 003 hard to read, names its hardest sentence, and finds plain words plain', () => {
    // Seed 003, paragraph 3.
    const seed =
      'Harm reduction is an evidence-based approach aimed at empowering individuals who use drugs by providing life-saving tools and information to foster positive changes and save lives. ' +
      'It serves as a crucial element in the U.S. Department of Health and Human Services’ Overdose Prevention Strategy.';
    expect(fleschKincaid(seed)).to.be.above(14);
    const note = readingNote(seed, 'en')!;
    expect(note.hardest).to.match(/^Harm reduction is an evidence-based/);
    const plain =
      'Naloxone can stop an overdose. It is safe. You can get it free at many drug stores. Ask us and we will show you how. Keep it with you. Tell a friend where it is.';
    expect(fleschKincaid(plain)).to.be.below(6);
    expect(readingNote(plain, 'en')).to.equal(undefined);
  });

  it('Spanish: Fernández-Huerta ranks plain Spanish as easy and dense Spanish as hard', () => {
    const plain = 'La naloxona puede parar una sobredosis. Es segura. La puedes pedir gratis en la farmacia. Te enseñamos a usarla.';
    const dense =
      'La reducción de daños constituye un enfoque fundamentado en la evidencia científica, orientado a empoderar a las personas consumidoras mediante herramientas e información que favorecen transformaciones positivas y contribuyen a preservar vidas.';
    expect(fernandezHuerta(plain)).to.be.above(70);
    expect(fernandezHuerta(dense)).to.be.below(50);
    expect(readingNote(dense, 'es')!.score).to.be.below(50);
  });
});

describe('author checks: a whole document', () => {
  const kinds = (notes: Note[]) => notes.map((n) => `${n.kind} ${n.path}`);

  it('a directory: short numbers, duplicates, and entries not checked within a year', () => {
    const notes = authorNotes(
      spec('resource-list'),
      {
        resources: [
          { name: 'Harbor Light', phone: '555-0100', verified: '2026-06-01' },
          { name: 'harbor light ', phone: '(555) 0100', verified: '2024-01-01' },
          { name: 'Crisis line', phone: '988' },
          { name: 'Clinic', phone: '12345' },
          { name: 'Next Distro', description: 'Email through website contact form' },
          { name: 'Next Distro', url: ' ' },
        ],
      },
      'en',
      new Date('2026-11-23'),
    );
    expect(kinds(notes)).to.deep.equal([
      'duplicate resources[1]',
      'digits resources[3].phone',
      'unreachable resources[4]',
      'duplicate resources[5]',
      'unreachable resources[5]',
      'stale resources',
    ]);
    // The phone is named only when there is one ("Same name as entry 5").
    expect(notes.filter((n) => n.kind === 'duplicate').map((n) => n.kind === 'duplicate' && [n.of, n.phone])).to.deep.equal([
      [1, true],
      [5, false],
    ]);
    expect(notes.find((n) => n.kind === 'stale')).to.include({ count: 5, total: 6 });
  });

  it('a quiz: questions without an explanation, and a result band no score can reach', () => {
    const notes = authorNotes(
      spec('quiz'),
      {
        questions: [
          { prompt: 'Naloxone reverses opioid overdoses.', answer: true, explanation: 'It works in minutes.' },
          { prompt: 'Our addicts program is open daily.', answer: false },
        ],
        // Two questions: 0, 50 or 100. Nothing from 60 to 99.
        results: [
          { minPercent: 0, message: 'Thanks.' },
          { minPercent: 60, message: 'Good.' },
          { minPercent: 100, message: 'Perfect.' },
        ],
      },
      'en',
    );
    expect(kinds(notes)).to.deep.equal(['term questions[1].prompt', 'explanation questions[1].explanation', 'band results[1].minPercent']);
  });

  it('the built-in content, in both languages, passes its own checks but for what it chose to leave out', async () => {
    for (const name of ['quiz', 'principles', 'helpline', 'resource-list']) {
      const content = ((await import(`../src/${name}/default-content.ts`)) as { default: Record<'en' | 'es', unknown> }).default;
      for (const lang of ['en', 'es'] as const) {
        const notes = authorNotes(spec(name), content[lang], lang).filter(
          (n) => n.kind === 'term' || n.kind === 'band' || n.kind === 'duplicate' || n.kind === 'unreachable',
        );
        expect(kinds(notes), `${name} ${lang}`).to.deep.equal([]);
      }
    }
  });
});
