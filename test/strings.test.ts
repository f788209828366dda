// A site's own interface strings: any language, or its own words for ours.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { HrQuiz, HrQuickExit, HrResourceList, QuizData } from '../src/index.js';
import type { HrErrorDetail } from '../src/shared/hr-element.js';
import { $, $$, keys, recordConsole, reported, settled, textOf, until } from './helpers.js';

/** Vietnamese for everything a quiz can show, as a translator would give it. */
const vi = {
  shared: {
    loading: 'Đang tải…',
    failed: 'Xin lỗi, không thể hiển thị nội dung này.',
    partial: 'Không thể hiển thị một phần nội dung này.',
  },
  quiz: {
    place: 'Câu hỏi {n} trong số {total}',
    chooseAll: 'Chọn tất cả các câu đúng.',
    true: 'Đúng',
    false: 'Sai',
    check: 'Kiểm tra câu trả lời',
    next: 'Câu hỏi tiếp theo',
    seeResults: 'Xem kết quả',
    chooseFirst: 'Hãy chọn một câu trả lời trước.',
    yourAnswer: 'Câu trả lời của bạn:',
    correctAnswer: 'Câu trả lời đúng:',
  },
  results: {
    right: 'Chính xác.',
    notQuite: 'Chưa đúng lắm.',
    theAnswer: 'Đáp án:',
    theAnswers: 'Các đáp án:',
    score: 'Điểm của bạn là {percent}%',
    correctOf: 'Đúng {correct} trên {total} câu.',
    passed: 'Bạn đã đạt. Bạn cần {pass}%.',
    notPassed: 'Bạn cần {pass}% để đạt. Hãy xem lại các câu trả lời bên dưới và thử lại khi bạn sẵn sàng.',
    selfCheck: 'Cảm ơn bạn đã làm bài. Mỗi câu trả lời là một cơ hội để học thêm.',
    review: 'Các câu trả lời của bạn',
    tryAgain: 'Thử lại',
    markRight: 'Đúng',
    markWrong: 'Chưa đúng',
  },
  hints: { showHint: 'Xem gợi ý', hint: 'Gợi ý:' },
};

const quizVi: QuizData = {
  title: 'Bạn biết gì về naloxone?',
  passPercent: 100,
  questions: [
    {
      prompt: 'Naloxone làm gì?',
      hint: 'Nó tác động lên opioid.',
      choices: [{ text: 'Đảo ngược quá liều opioid', correct: true }, 'Chữa say rượu'],
    },
    {
      type: 'multiple',
      prompt: 'Dấu hiệu quá liều là gì?',
      choices: [{ text: 'Thở chậm', correct: true }, { text: 'Môi tím', correct: true }, 'Cười'],
    },
    { prompt: 'Bạn có thể rời đi ngay khi người đó tỉnh lại.', answer: false },
  ],
};

/** The English words of these sections, without their placeholders: none may show in a page given Vietnamese for them. */
let template: Record<string, unknown>;
function english(...sections: string[]): string[] {
  const words: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string')
      words.push(
        ...value
          .split(/\{\w+\}/)
          .map((w) => w.trim())
          .filter((w) => w.length > 3),
      );
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  sections.forEach((s) => walk(template[s]));
  return words;
}

/** The page-wide strings: a JSON script anywhere in the page. */
function pageStrings(strings: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset['hrStrings'] = '';
  script.textContent = JSON.stringify(strings);
  document.body.append(script);
  return script;
}

const action = (el: HrQuiz) => $<HTMLButtonElement>(el, '[part~="action"]');
async function pick(el: HrQuiz, text: string): Promise<void> {
  $$(el, '[part="choice"]')
    .find((l) => l.textContent!.includes(text))!
    .click();
  await el.updateComplete;
}
async function press(el: HrQuiz): Promise<void> {
  action(el).click();
  await settled(el);
}

describe('interface strings', () => {
  before(async () => {
    template = (await (await fetch('/schemas/strings.en.json')).json()) as Record<string, unknown>;
  });

  it('a Vietnamese strings object translates a quiz completely: question, hint, feedback, results; the console says so once', async () => {
    const logged = recordConsole();
    const script = pageStrings({ vi });
    try {
      const el = await fixture<HrQuiz>(html`<hr-quiz lang="vi" .data=${quizVi}></hr-quiz>`);
      await settled(el);
      const none = english('shared', 'quiz', 'results', 'hints');
      const seen: string[] = [];
      const look = async (): Promise<void> => {
        const text = textOf(el);
        seen.push(text);
        expect(
          none.filter((w) => text.includes(w)),
          text,
        ).to.deep.equal([]);
        await expect(el).to.be.accessible();
      };
      expect($(el, '[part="place"]').textContent).to.equal('Câu hỏi 1 trong số 3');
      await look();
      // Nothing chosen yet.
      await press(el);
      await look();
      $<HTMLButtonElement>(el, '[part="hint-button"]').click();
      await el.updateComplete;
      expect($(el, '[part="hint"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Gợi ý: Nó tác động lên opioid.');
      await pick(el, 'Chữa say rượu');
      await press(el);
      await look();
      await press(el);
      await pick(el, 'Thở chậm');
      await press(el);
      await look();
      await press(el);
      await pick(el, 'Sai');
      await press(el);
      await look();
      await press(el);
      await until(() => el.shadowRoot!.querySelector('.score'), 'results');
      await look();
      const all = seen.join(' ');
      for (const said of [
        'Hãy chọn một câu trả lời trước.',
        'Chưa đúng lắm.',
        'Đáp án:',
        'Các đáp án:',
        'Chính xác.',
        'Điểm của bạn là 33%',
        'Đúng 1 trên 3 câu.',
        'Bạn cần 100% để đạt.',
        'Thử lại',
      ]) {
        expect(all).to.include(said);
      }
      await reported();
      expect(logged.warnings.filter((w) => w.includes('"vi"'))).to.have.length(1);
      expect(logged.errors).to.deep.equal([]);
    } finally {
      script.remove();
      logged.restore();
    }
  });

  it('a partial strings object falls back per string: to Spanish on a Spanish page, to English in a language without a table', async () => {
    const logged = recordConsole();
    try {
      const es = await fixture<HrQuiz>(
        html`<hr-quiz lang="es" strings='{"es": {"quiz": {"check": "Comprobar"}}}' .data=${quizVi}></hr-quiz>`,
      );
      await settled(es);
      expect(action(es).textContent!.trim()).to.equal('Comprobar');
      expect($(es, '[part="place"]').textContent).to.equal('Pregunta 1 de 3');

      // Vietnamese for one string: the rest is English, and a region tag finds its language's words.
      const partial = await fixture<HrQuiz>(
        html`<hr-quiz lang="vi-VN" .strings=${{ vi: { quiz: { check: 'Kiểm tra' } } }} .data=${quizVi}></hr-quiz>`,
      );
      await settled(partial);
      expect(action(partial).textContent!.trim()).to.equal('Kiểm tra');
      expect($(partial, '[part="place"]').textContent).to.equal('Question 1 of 3');
      await expect(partial).to.be.accessible();

      // An element's own words win over the page's.
      const script = pageStrings({ en: { quiz: { check: 'Check it', next: 'Onward' } } });
      try {
        const own = await fixture<HrQuiz>(html`<hr-quiz .strings=${{ en: { quiz: { check: 'Mine' } } }} .data=${quizVi}></hr-quiz>`);
        const page = await fixture<HrQuiz>(html`<hr-quiz .data=${quizVi}></hr-quiz>`);
        await settled(own);
        await settled(page);
        expect(action(own).textContent!.trim()).to.equal('Mine');
        expect(action(page).textContent!.trim()).to.equal('Check it');
        await pick(own, 'Chữa say rượu');
        await press(own);
        expect(action(own).textContent!.trim()).to.equal('Onward', "the page's words where the element has none");
      } finally {
        script.remove();
      }
      expect(logged.errors).to.deep.equal([]);
    } finally {
      logged.restore();
    }
  });

  it("writes dates and language names in the page's language, even where the words are English", async () => {
    const logged = recordConsole();
    try {
      const data = { resources: [{ name: 'Clinic', verified: '2026-03-31', languages: ['es'] }] };
      const vi = await fixture<HrResourceList>(html`<hr-resource-list lang="vi" .data=${data}></hr-resource-list>`);
      const gb = await fixture<HrResourceList>(html`<hr-resource-list lang="en-GB" .data=${data}></hr-resource-list>`);
      // Not a code Intl takes: the table's language, and nothing thrown.
      const odd = await fixture<HrResourceList>(html`<hr-resource-list lang="en_US" .data=${data}></hr-resource-list>`);
      for (const el of [vi, gb, odd]) await settled(el);
      const date = (locale: string) =>
        new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date('2026-03-31T12:00:00'));
      expect(textOf(vi))
        .to.include(`Last checked ${date('vi')}`)
        .and.include(`Languages: ${new Intl.DisplayNames(['vi'], { type: 'language' }).of('es')}`);
      expect(textOf(gb)).to.include(`Last checked ${date('en-GB')}`);
      expect(textOf(odd))
        .to.include(`Last checked ${date('en')}`)
        .and.include('Languages: Spanish');
    } finally {
      logged.restore();
    }
  });

  it('reports bad strings with their path, shows the good ones, and never breaks', async () => {
    const logged = recordConsole();
    try {
      const el = await fixture<HrQuiz>(html`<hr-quiz></hr-quiz>`);
      const reportedError = oneEvent(el, 'hr-error');
      el.data = quizVi;
      el.strings = {
        en: { quiz: { check: 'Go', chek: 'typo', next: 5, place: 'Q {count} of {total}' }, nope: {} },
        'not a code': { quiz: { check: 'x' } },
        // Shaped like a tag, and not one: plural rules would throw on it.
        'en-us-gb': { quickExit: { pressMore: { other: '{n}' } } },
      };
      const { detail } = (await reportedError) as CustomEvent<HrErrorDetail>;
      await settled(el);
      expect(detail.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
        'strings.en.quiz.chek: is not one of the interface strings (see schemas/strings.en.json); it is ignored',
        'strings.en.quiz.next: must be text, got number 5',
        'strings.en.quiz.place: {count} is not a placeholder of this string (it has: {n}, {total}); it is shown as written',
        'strings.en.nope: is not one of the interface strings (see schemas/strings.en.json); it is ignored',
        'strings.not a code: must be a language code like "vi" or "pt-BR", got "not a code"; its strings are ignored',
        'strings.en-us-gb: must be a language code like "vi" or "pt-BR", got "en-us-gb"; its strings are ignored',
      ]);
      expect(action(el).textContent!.trim()).to.equal('Go');
      expect($(el, '[part="place"]').textContent).to.equal('Q {count} of 3');
      // Not JSON: the element speaks its built-in words.
      const broken = await fixture<HrQuiz>(html`<hr-quiz strings="{vi: nope}" .data=${quizVi}></hr-quiz>`);
      await settled(broken);
      expect(action(broken).textContent!.trim()).to.equal('Check my answer');
      expect(logged.errors.join('\n')).to.include('hr-quiz: strings: strings is not valid JSON');
    } finally {
      logged.restore();
    }
  });

  it("reaches the chunks' words and plural forms: the tips dialog, a place count, the open-now filter", async () => {
    const strings = {
      en: {
        quickExit: { pressMore: { one: 'One more Shift.', other: '{n} more Shifts.' } },
        // A list may skip items: null keeps the built-in step.
        tips: { link: 'Stay safer online', steps: [{ title: 'Go private.' }, null, { title: 'A safer device.' }] },
        resources: { found: { one: 'Just one place', other: '{n} places here' } },
        details: { openNow: 'Open right now' },
      },
    };
    const script = pageStrings(strings);
    const logged = recordConsole();
    try {
      const exit = await fixture<HrQuickExit>(html`<hr-quick-exit tips></hr-quick-exit>`);
      exit.navigate = () => undefined;
      await until(() => exit.shadowRoot!.querySelector('[part="tips"]'), 'the tips chunk');
      expect($(exit, '[part="tips"]').textContent!.trim()).to.equal('Stay safer online');
      const steps = $$(exit, 'dialog li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(steps[0]).to.match(/^Go private\. Pages you open there/);
      expect(steps[1]).to.match(/^Clear this site from your history\./);
      expect(steps[2]).to.match(/^A safer device\. Someone who can use your phone/);
      await keys({ press: 'Shift' });
      await until(() => $(exit, '[role="status"]').textContent === '2 more Shifts.', 'two more');
      await keys({ press: 'Shift' });
      await until(() => $(exit, '[role="status"]').textContent === 'One more Shift.', 'one more');
      await keys({ press: 'Escape' });

      const list = await fixture<HrResourceList>(
        html`<hr-resource-list
          .data=${{
            timeZone: 'America/New_York',
            resources: [
              { name: 'Clinic', openingHours: [{ dayOfWeek: ['Monday'], opens: '00:00', closes: '24:00' }] },
              { name: 'Van', city: 'Camden' },
            ],
          }}
        ></hr-resource-list>`,
      );
      await settled(list);
      expect($(list, '[part="count"]').textContent).to.equal('2 places here');
      await until(() => textOf(list).includes('Open right now'), 'the open-now filter');
      // Searching, a count the site left alone: the built-in words.
      const search = $<HTMLInputElement>(list, 'input[type="search"]');
      search.focus();
      search.value = 'Camden';
      search.dispatchEvent(new Event('input'));
      await until(() => $(list, '[part="count"]').textContent === '1 of 2 places found', 'one of two');
      list.data = { resources: [{ name: 'Van', city: 'Camden' }] };
      await until(() => $(list, '[part="count"]').textContent === 'Just one place', 'the plural form for one');
      await expect(list).to.be.accessible();
      await reported();
      expect(logged.errors, 'the strings are all good').to.deep.equal([]);
    } finally {
      logged.restore();
      script.remove();
    }
  });
});
