// What people copy from a page or a word processor, pasted into the studio's
// imports: the clipboard's HTML each engine really gave for a copy
// (test/fixtures/clipboard/<engine>-<part>.json, recorded by
// scripts/record-clipboard.js), replayed in every engine; and hostile HTML,
// which is read as text only.
import { expect } from '@open-wc/testing';
import { htmlToText } from '../src/studio/import/html-text.js';
import { parseProse } from '../src/studio/import/prose.js';
import { SEED_001 } from './seed-001.js';

interface Recorded {
  engine: string;
  part: string;
  html: string;
  text: string;
}

const ENGINES = ['chromium', 'firefox', 'webkit'];
const recorded = async (engine: string, part: string): Promise<Recorded> =>
  (await fetch(`/test/fixtures/clipboard/${engine}-${part}.json`)).json() as Promise<Recorded>;

const SEVEN = SEED_001.names;

describe('paste: what each engine copies from a page', () => {
  for (const engine of ENGINES) {
    for (const part of ['list', 'article']) {
      it(`${engine}'s copy of seed 001's ${part === 'list' ? 'list' : 'whole article'}: seven places, every phone, email and place, nothing dropped`, async () => {
        const { html, text } = await recorded(engine, part);
        // The plain text has no bullets: read alone, it is read by its shape.
        expect(text).not.to.include('•');
        for (const entries of [parseProse(htmlToText(html)), parseProse(text)]) {
          expect(entries.map((e) => e.name)).to.deep.equal(SEVEN);
          expect(entries.map((e) => e.phone ?? null)).to.deep.equal(SEED_001.phones);
          expect(entries.map((e) => e.email ?? null)).to.deep.equal(SEED_001.emails);
          expect(entries[1]!.description).to.include('Email through website contact form');
          expect(entries[0]!.description).to.include('Offices in New York and California');
          expect(entries[3]!.description).to.include('Based in California');
          expect(entries[6]!.description).to.include('and other Michigan cities');
          expect(entries[4]).to.include({ address: '2913-15 Kensington Avenue', city: 'Philadelphia', region: 'PA' });
          expect(entries[4]!.description).not.to.include('Kensington', 'an address read whole is not repeated');
        }
      });
    }

    it(`${engine}'s copy of a table: a line per row, cells by tabs`, async () => {
      const lines = htmlToText((await recorded(engine, 'table')).html).split('\n');
      expect(lines[0]).to.equal('Organization\tContact\tLocation');
      expect(lines.filter((l) => l.includes('\t'))).to.have.length(8);
      expect(lines[5]).to.equal(`${SEVEN[4]}\t(215) 634-5272, info@ppponline.org\t2913-15 Kensington Avenue, Philadelphia, PA`);
    });

    it(`${engine}'s copy of Google Docs' and Word's markup: their bullets are found`, async () => {
      const docs = parseProse(htmlToText((await recorded(engine, 'docs')).html));
      expect(docs.map((e) => e.name)).to.deep.equal(SEVEN.slice(0, 3));
      expect(docs[0]).to.include({ phone: '(212) 213-6376', email: 'info@harmreduction.org' });
      const word = parseProse(htmlToText((await recorded(engine, 'word')).html));
      expect(word.map((e) => e.name)).to.deep.equal(SEVEN.slice(3, 5));
      expect(word[1]).to.include({ phone: '(215) 634-5272', city: 'Philadelphia' });
    });
  }
});

describe('paste: a word processor’s own clipboard', () => {
  it('Word’s clipboard HTML (head, styles, conditional comments, its bullet in the Symbol font): the list and its contacts', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<link rel=File-List href="file:///C:/Users/pm/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0in; font-family:"Calibri",sans-serif;} @list l0:level1 {mso-level-text:\F0B7;} --></style></head>
<body lang=EN-US style='tab-interval:.5in'><!--StartFragment-->
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><b>Prevention
Point Philadelphia</b>: Syringe exchange, naloxone distribution, wound care.<o:p></o:p></p>
<p class=MsoNormal>Contact: Phone: (215) 634-5272, Email: <a href="mailto:info@ppponline.org">info@ppponline.org</a>, Location: 2913-15 Kensington Avenue, Philadelphia, PA<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><b>Chicago Recovery Alliance (CRA)</b>: Mobile syringe exchange.<o:p></o:p></p>
<p class=MsoNormal>Contact: Phone: (773) 989-9400, Location: Various locations throughout Chicago, IL<o:p></o:p></p>
<!--EndFragment--></body></html>`;
    const text = htmlToText(word);
    expect(text).not.to.match(/file:|mso-|Calibri|AllowPNG/);
    const entries = parseProse(text);
    expect(entries.map((e) => e.name)).to.deep.equal(['Prevention Point Philadelphia', 'Chicago Recovery Alliance (CRA)']);
    expect(entries[0]).to.include({ phone: '(215) 634-5272', email: 'info@ppponline.org', city: 'Philadelphia', region: 'PA' });
    expect(entries[1]!.description).to.include('Various locations throughout Chicago, IL');
  });
});

describe('paste: HTML is read as text, never run or loaded', () => {
  it('scripts, handlers, frames, styles and non-web links do nothing; their words are not read as content', async () => {
    const before = performance.getEntriesByType('resource').length;
    const w = window as unknown as { hit?: number };
    const text = htmlToText(
      [
        '<ul><li>Safe Place: naloxone <img src="/nothing.png" onerror="window.hit=1"></li>',
        '<li>Other Place: <a href="javascript:window.hit=2">click</a> <a href="data:text/html,x">data</a> <a href="file:///etc/passwd">file</a></li></ul>',
        '<script>window.hit = 3</script><iframe src="/nothing.html"></iframe><svg onload="window.hit=4"><text>svg words</text></svg>',
        '<style>@import url(/nothing.css); p { background: url(/nothing.png) }</style><object data="/nothing.swf">object words</object>',
        '<p>Contact: <a href="tel:5550104477">call us</a>, <a href="mailto:help@example.org?subject=hi">write</a>, <a href="https://example.org/x">site</a></p>',
        '<p>&lt;b&gt;not bold&lt;/b&gt; &amp; &#x1F600; &#128512; &ntilde; &unknown; &#0;</p><!-- a comment <script>window.hit=5</script> -->',
        '<script>unclosed',
      ].join(''),
    );
    await new Promise((done) => setTimeout(done, 200));
    expect(w.hit).to.equal(undefined);
    expect(performance.getEntriesByType('resource').length).to.equal(before, 'nothing was requested');
    expect(text).to.equal(
      [
        '• Safe Place: naloxone',
        '• Other Place: click data file',
        'Contact: call us, write, site',
        'Phone: 5550104477',
        'Email: help@example.org',
        'Website: https://example.org/x',
        '<b>not bold</b> & 😀 😀 ñ &unknown; \ufffd',
      ].join('\n'),
    );
    expect(text).not.to.match(/javascript|window\.hit|svg words|object words|@import/);
  });

  it('reads a 5 MB paste: twenty-five thousand places', () => {
    const item = (i: number): string =>
      `<li style="margin:0;padding:0;font-family:Arial,sans-serif;color:#222">Place ${i}: <span style="font-weight:400">syringe services and naloxone, walk in</span></li><p>Contact: Phone: (555) 010-${String(i % 10000).padStart(4, '0')}</p>`;
    const html = `<ul>${Array.from({ length: 25000 }, (_, i) => item(i)).join('')}</ul>`;
    expect(html.length).to.be.above(5_000_000);
    const entries = parseProse(htmlToText(html));
    expect(entries).to.have.length(25000);
    expect(entries[24999]).to.include({ name: 'Place 24999', phone: '(555) 010-4999' });
  });
});
