/**
 * The studio's "Get the code" panel: each shape of embed code a platform
 * keeps intact, with a Copy button and one line on where it goes; the data
 * as a file for `src`; and a test page to open on the author's computer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { elementSnippet, jsonFile, placeholderSnippet, scriptTag, srcEmbed, testPage, type Embed } from './embed.js';
import type { StudioStrings } from './strings.js';

export interface ExportContext {
  s: StudioStrings;
  embed: Embed;
  /** Where the site serves hr-widgets.js. */
  bundle: string;
  /** Where the site will serve the data file, for `src`. */
  fileUrl: string;
  /** The theme's CSS, if any. */
  css: string;
  /** The bundle a test page opened from the author's disk can load (a root-relative address cannot work there). */
  testBundle: string;
  setBundle(value: string): void;
  setFileUrl(value: string): void;
  copy(id: string): void;
  download(name: string, type: string, text: string): void;
  downloadCsv(): Promise<void>;
}

/** Characters of JSON the code may carry in the page itself; more goes in a file for `src`. */
export const INLINE_LIMIT = 200_000;

const sizes = new WeakMap<object, number>();
/** Characters of the data as JSON, measured once per document: a keystroke must not re-serialize megabytes. */
function sizeOf(data: unknown): number {
  if (data === undefined) return 0;
  if (typeof data !== 'object' || data === null) return JSON.stringify(data).length;
  let size = sizes.get(data);
  if (size === undefined) sizes.set(data, (size = JSON.stringify(data).length));
  return size;
}

/** A code box with its label, its instructions and a Copy button. */
export function codeBox(ctx: Pick<ExportContext, 's' | 'copy'>, id: string, label: string, how: string, text: string): TemplateResult {
  return html`<div class="code">
    <label for=${id}>${label}</label>
    <p class="help" id="${id}-how">${how}</p>
    <textarea id=${id} readonly rows="4" spellcheck="false" aria-describedby="${id}-how" .value=${text}></textarea>
    <button type="button" id="${id}-copy" @click=${() => ctx.copy(id)}>
      ${ctx.s.copy}<span class="visually-hidden">: ${label}</span>
    </button>
  </div>`;
}

export function renderExport(ctx: ExportContext): TemplateResult {
  const { s, embed } = ctx;
  const script = scriptTag(ctx.bundle);
  const file = `${embed.name}.json`;
  // Content this large does not belong in a page's HTML (a post of megabytes, slow for every visitor): a file with src.
  const size = sizeOf(embed.data);
  const inline = size <= INLINE_LIMIT;
  const withSrc = srcEmbed(embed, ctx.fileUrl);
  const page = (): string =>
    testPage({
      title: s.testTitle,
      lang: typeof embed.attributes?.['lang'] === 'string' ? embed.attributes['lang'] : 'en',
      script: scriptTag(ctx.testBundle),
      css: ctx.css,
      body: elementSnippet(embed),
    });
  return html`
    <div class="field">
      <label for="bundle-url">${s.bundleAddress}</label>
      <p class="help" id="bundle-url-help">${s.bundleHelp}</p>
      <input
        id="bundle-url"
        type="text"
        inputmode="url"
        spellcheck="false"
        aria-describedby="bundle-url-help"
        .value=${ctx.bundle}
        @input=${(e: Event) => ctx.setBundle((e.target as HTMLInputElement).value.trim() || '/hr-widgets.js')}
      />
    </div>
    ${
      inline
        ? html`${codeBox(ctx, 'code-placeholder', s.exportWordPress, s.howWordPress, placeholderSnippet(embed))}
        ${codeBox(ctx, 'code-element', s.exportHtml, s.howHtml, `${script}\n${elementSnippet(embed)}`)}`
        : html`<p class="help" id="too-big">${s.tooBig(Math.round(size / 1000))}</p>`
    }
    ${ctx.css ? codeBox(ctx, 'code-theme', s.exportTheme, s.howTheme, `<style>\n${ctx.css}\n</style>`) : nothing}
    <fieldset class="file">
      <legend>${s.exportSrc}</legend>
      <p class="help">${s.howSrc}</p>
      <button type="button" id="download-json" @click=${() => ctx.download(file, 'application/json', jsonFile(embed.data))}>
        ${s.download(file)}
      </button>
      <div class="field">
        <label for="file-url">${s.fileAddress}</label>
        <input
          id="file-url"
          type="text"
          inputmode="url"
          spellcheck="false"
          .value=${ctx.fileUrl}
          @input=${(e: Event) => ctx.setFileUrl((e.target as HTMLInputElement).value.trim() || `/${file}`)}
        />
      </div>
      ${codeBox(ctx, 'code-src-placeholder', s.exportWordPress, s.howWordPress, placeholderSnippet(withSrc))}
      ${codeBox(ctx, 'code-src-element', s.exportHtml, s.howHtml, `${script}\n${elementSnippet(withSrc)}`)}
    </fieldset>
    ${
      embed.name === 'resource-list'
        ? html`<button type="button" id="download-csv" @click=${() => void ctx.downloadCsv()}>${s.csvExport}</button>`
        : nothing
    }
    <div class="field">
      <p class="help" id="test-page-how">${s.howTest}</p>
      <button type="button" id="download-test" aria-describedby="test-page-how" @click=${() => ctx.download(`${embed.name}-test.html`, 'text/html', page())}>
        ${s.downloadTest}
      </button>
    </div>
  `;
}
