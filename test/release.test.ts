/**
 * The release as a person who does not use npm gets it: `npm test` writes the zip and unzips it into an empty
 * tmp/release/ in the repository (scripts/release.js --check); this server serves that folder. From its start page to the studio, the
 * built-in directory, "Get the code", and a page with that code showing the directory, with nothing requested
 * off the host, in every engine.
 */
import { expect } from '@open-wc/testing';
import { closeFrames, openFrame, until, violationsIn } from './helpers.js';

let version = '';
let ROOT = '';
before(async () => {
  ({ version } = (await (await fetch('/package.json')).json()) as { version: string });
  // The repository's tmp/release/, as this server serves the repository.
  ROOT = new URL(`../tmp/release/hr-widgets-${version}`, import.meta.url).pathname;
});
afterEach(closeFrames);

const open = async (src: string, width?: number): Promise<Window> => (await openFrame(src, width)).contentWindow!;

/** What a page asked of any host but this one. */
const offHost = (win: Window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new URL(url).origin !== location.origin);

describe('the release, unzipped and served', () => {
  it('its start page says how to serve the folder and what to upload, in English and Spanish, and links the studio and the demo', async () => {
    const win = await open(`${ROOT}/index.html`, 320);
    const text = win.document.body.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('python3 -m http.server 8000');
    expect(text).to.include('Upload hr-widgets.js and the chunks folder together');
    expect(text).to.include(`hr-widgets-wordpress-${version}.zip`);
    expect(win.document.querySelector('section[lang="es"]')!.textContent).to.include('Suba hr-widgets.js');
    const links = [...win.document.querySelectorAll('a')].map((a) => a.href);
    for (const link of links) expect((await fetch(link)).status, link).to.equal(200);
    expect(links.some((l) => l.endsWith('/studio/index.html'))).to.equal(true);
    expect(win.document.documentElement.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
    expect((await violationsIn(win)).join('\n')).to.equal('');
  });

  it('studio → built-in directory → Get the code → a page with that code shows the directory; nothing off the host', async () => {
    const studio = await open(`${ROOT}/studio/index.html`);
    const doc = studio.document;
    await until(() => doc.querySelector('studio-app #f-questions'), 'the studio', 15000);
    const pick = doc.getElementById('element') as HTMLSelectElement;
    pick.value = 'resource-list';
    pick.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => doc.querySelectorAll('#f-resources > .items > li').length > 0, 'the built-in directory', 15000);
    const places = doc.querySelectorAll('#f-resources > .items > li').length;
    // Where this "site" serves the bundle: the release's folder (a site serving the folder as its root keeps /hr-widgets.js).
    const bundle = doc.getElementById('bundle-url') as HTMLInputElement;
    bundle.value = `${ROOT}/hr-widgets.js`;
    bundle.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => (doc.getElementById('code-element') as HTMLTextAreaElement).value.includes(`${ROOT}/hr-widgets.js`), 'the code');
    const code = (doc.getElementById('code-element') as HTMLTextAreaElement).value;

    const page = await openFrame(
      { srcdoc: `<!doctype html><html lang="en"><meta charset="utf-8"><title>A site</title><body><main>${code}</main></body></html>` },
      800,
    );
    const list = (): ShadowRoot | null | undefined => page.contentDocument?.querySelector('hr-resource-list')?.shadowRoot;
    await until(() => list()?.querySelectorAll('[part="card"]').length === places, `the ${places} built-in places on the page`, 15000);
    expect(offHost(page.contentWindow!)).to.deep.equal([]);

    // The studio's own test page loads the release's bundle, from beside the studio.
    let opened: string | undefined;
    studio.open = ((url: string) => ((opened = url), null)) as typeof window.open;
    (doc.getElementById('open-test') as HTMLButtonElement).click();
    const tab = await open(opened!);
    await until(
      () => tab.document.querySelector('hr-resource-list')?.shadowRoot?.querySelectorAll('[part="card"]').length === places,
      'the test page',
      15000,
    );
    expect(tab.performance.getEntriesByType('resource').some((e) => e.name.endsWith(`${ROOT}/hr-widgets.js`))).to.equal(true);
    expect(offHost(tab)).to.deep.equal([]);
    expect(offHost(studio)).to.deep.equal([]);
  });

  it('its demo runs every element from the release’s own bundle', async () => {
    const win = await open(`${ROOT}/demo/index.html`);
    for (const tag of ['hr-quiz', 'hr-resource-list', 'hr-principles', 'hr-helpline', 'hr-quick-exit'])
      await until(() => win.customElements.get(tag) && win.document.querySelector(tag)?.shadowRoot, `${tag} upgraded`, 15000);
    const scripts = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts.some((url) => url.endsWith(`${ROOT}/hr-widgets.js`))).to.equal(true);
    expect(offHost(win)).to.deep.equal([]);
  });
});
