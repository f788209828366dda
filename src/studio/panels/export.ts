/// <reference types="vite/client" />
/**
 * "Get the code": each shape of embed code a platform keeps intact, with a
 * Copy button and one line on where it goes; the content as a file for `src`;
 * and a test page to open on the author's computer.
 */
import { html, nothing } from 'lit';
import { ELEMENTS, tagOf } from '../../elements.js';
import { getAt } from '../document.js';
import { DEFAULT_BUNDLE } from '../store.js';
import { elementSnippet, jsonFile, placeholderSnippet, scriptTag, srcEmbed, testPage, type Embed } from '../embed.js';
import { codeBox, download, shared, wordsOf, type Panel } from '../panel.js';
import { themeCss } from '../theme.js';

interface Words {
  bundleAddress: string;
  bundleHelp: string;
  exportWordPress: string;
  howWordPress: string;
  exportHtml: string;
  howHtml: string;
  exportTheme: string;
  howTheme: string;
  exportSrc: string;
  howSrc: string;
  fileAddress: string;
  testTitle: string;
  howTest: string;
  openTest: string;
  csvExport: string;
  tooBig: (kb: number) => string;
}

const en: Words = {
  bundleAddress: 'Address of hr-widgets.js on your site',
  bundleHelp: 'Where you put hr-widgets.js and its chunks folder. The code below uses it.',
  exportWordPress: 'WordPress code (any user role)',
  howWordPress:
    'Paste it into a Custom HTML block, or the Text tab of the classic editor. Load the script tag once for the whole site: in your theme’s header or with a plugin.',
  exportHtml: 'HTML code: plain sites, Squarespace, Wix, Webflow, WordPress administrators',
  howHtml: 'Paste it where the content should appear (a Code, Embed or Custom HTML block). The script tag is needed once per page.',
  exportTheme: 'Theme',
  howTheme: 'Paste it once per page, before the elements, or add the rules to your site’s CSS.',
  exportSrc: 'Your content as a file',
  howSrc: 'Download the file, upload it to your site, and write its address below. Edit the file later without changing the page.',
  fileAddress: 'Address of the file on your site',
  testTitle: 'hr-widgets test page',
  howTest:
    'Your content as visitors will see it, on a page of its own in a new tab. It loads hr-widgets.js from beside this studio: nothing is requested from anywhere else.',
  openTest: 'Open a test page',
  csvExport: 'Download the directory as CSV',
  tooBig: (kb) =>
    `Your content is large (${kb.toLocaleString('en')} KB): put it on your site as a file, below, rather than in the page itself. Every visitor's page would carry all of it.`,
};

const es: Words = {
  bundleAddress: 'Dirección de hr-widgets.js en su sitio',
  bundleHelp: 'Donde puso hr-widgets.js y su carpeta chunks. El código de abajo la usa.',
  exportWordPress: 'Código para WordPress (cualquier rol de usuario)',
  howWordPress:
    'Péguelo en un bloque HTML personalizado, o en la pestaña Texto del editor clásico. Cargue la etiqueta script una sola vez para todo el sitio: en el encabezado del tema o con un plugin.',
  exportHtml: 'Código HTML: sitios simples, Squarespace, Wix, Webflow, administradores de WordPress',
  howHtml:
    'Péguelo donde debe aparecer el contenido (un bloque Code, Embed o HTML personalizado). La etiqueta script se necesita una vez por página.',
  exportTheme: 'Tema',
  howTheme: 'Péguelo una vez por página, antes de los elementos, o agregue las reglas al CSS de su sitio.',
  exportSrc: 'Su contenido como archivo',
  howSrc: 'Descargue el archivo, súbalo a su sitio y escriba su dirección abajo. Después puede editar el archivo sin cambiar la página.',
  fileAddress: 'Dirección del archivo en su sitio',
  testTitle: 'Página de prueba de hr-widgets',
  howTest:
    'Su contenido como lo verán quienes visiten el sitio, en una página propia en una pestaña nueva. Carga hr-widgets.js desde junto a este estudio: no se pide nada a ningún otro lugar.',
  openTest: 'Abrir una página de prueba',
  csvExport: 'Descargar el directorio como CSV',
  tooBig: (kb) =>
    `Su contenido es grande (${kb.toLocaleString('es')} KB): póngalo en su sitio como archivo, abajo, y no dentro de la página. La página de cada visitante lo cargaría entero.`,
};

const WORDS = { en, es };

/**
 * The bundle a test page loads: the copy beside this studio (its page says where: dist/ in the repository, the
 * release's own folder), or the sources while `npm start` serves them; never a package that may not be published.
 */
const testBundle = (): string =>
  new URL(
    import.meta.env.DEV ? '/src/index.ts' : (document.querySelector<HTMLMetaElement>('meta[name="hr-widgets-bundle"]')?.content ?? ''),
    document.baseURI,
  ).href;

/**
 * Opens the page in a new tab, from this page's memory: its address (blob:) is this studio's origin, so the bundle
 * loads from here, where a file opened from the disk could load a module from nowhere. Kept while the studio is open,
 * so the tab can be reloaded.
 */
function openPage(text: string): void {
  window.open(URL.createObjectURL(new Blob([text], { type: 'text/html' })), '_blank');
}

/** Characters of JSON the code may carry in the page itself; more goes in a file for `src`. */
const INLINE_LIMIT = 200_000;

const sizes = new WeakMap<object, number>();
/** Characters of the data as JSON, measured once per document: a keystroke must not re-serialize megabytes. */
function sizeOf(data: unknown): number {
  if (data === undefined) return 0;
  if (typeof data !== 'object' || data === null) return JSON.stringify(data).length;
  let size = sizes.get(data);
  if (size === undefined) sizes.set(data, (size = JSON.stringify(data).length));
  return size;
}

export const panel: Panel = {
  column: 'side',
  create: (studio) => ({
    render() {
      const s = wordsOf(WORDS, studio);
      const { store } = studio;
      const { name, attrs, contentLang, bundle, fileUrls, theme } = store.work;
      const lang = contentLang[name];
      const embed: Embed = { name, data: store.doc, attributes: { ...attrs[name], lang: lang === 'es' ? 'es' : undefined } };
      const fileUrl = fileUrls[name] ?? `/${name}.json`;
      const css = themeCss(theme, ELEMENTS.map(tagOf));
      const script = scriptTag(bundle);
      const file = `${name}.json`;
      // Content this large does not belong in a page's HTML (a post of megabytes, slow for every visitor): a file with src.
      const size = sizeOf(embed.data);
      const withSrc = srcEmbed(embed, fileUrl);
      const page = (): string =>
        testPage({
          title: s.testTitle,
          lang: lang === 'es' ? 'es' : 'en',
          script: scriptTag(testBundle()),
          css,
          body: elementSnippet(embed),
        });
      const csv = async (): Promise<void> => {
        const { toCsv } = await import('../import/csv.js');
        const resources = getAt(store.doc, ['resources']);
        download(studio, 'directory.csv', 'text/csv', toCsv(Array.isArray(resources) ? resources : []));
      };
      return html`<section class="export" aria-labelledby="export-h">
        <h2 id="export-h">${shared(studio).export}</h2>
        <div class="field">
          <label for="bundle-url">${s.bundleAddress}</label>
          <p class="help" id="bundle-url-help">${s.bundleHelp}</p>
          <input
            id="bundle-url"
            type="text"
            inputmode="url"
            spellcheck="false"
            aria-describedby="bundle-url-help"
            .value=${bundle}
            @input=${(e: Event) =>
              store.change(
                { bundle: (e.target as HTMLInputElement).value.trim() || DEFAULT_BUNDLE },
                { label: s.bundleAddress, key: 'bundle' },
              )}
          />
        </div>
        ${
          size <= INLINE_LIMIT
            ? html`${codeBox(studio, 'code-placeholder', s.exportWordPress, s.howWordPress, placeholderSnippet(embed))}
            ${codeBox(studio, 'code-element', s.exportHtml, s.howHtml, `${script}\n${elementSnippet(embed)}`)}`
            : html`<p class="help" id="too-big">${s.tooBig(Math.round(size / 1000))}</p>`
        }
        ${css ? codeBox(studio, 'code-theme', s.exportTheme, s.howTheme, `<style>\n${css}\n</style>`) : nothing}
        <fieldset class="file">
          <legend>${s.exportSrc}</legend>
          <p class="help">${s.howSrc}</p>
          <button type="button" id="download-json" @click=${() => download(studio, file, 'application/json', jsonFile(embed.data))}>
            ${shared(studio).download(file)}
          </button>
          <div class="field">
            <label for="file-url">${s.fileAddress}</label>
            <input
              id="file-url"
              type="text"
              inputmode="url"
              spellcheck="false"
              .value=${fileUrl}
              @input=${(e: Event) =>
                store.change(
                  { fileUrls: { ...fileUrls, [name]: (e.target as HTMLInputElement).value.trim() || `/${file}` } },
                  { label: s.fileAddress, key: `file:${name}` },
                )}
            />
          </div>
          ${codeBox(studio, 'code-src-placeholder', s.exportWordPress, s.howWordPress, placeholderSnippet(withSrc))}
          ${codeBox(studio, 'code-src-element', s.exportHtml, s.howHtml, `${script}\n${elementSnippet(withSrc)}`)}
        </fieldset>
        ${name === 'resource-list' ? html`<button type="button" id="download-csv" @click=${() => void csv()}>${s.csvExport}</button>` : nothing}
        <div class="field">
          <p class="help" id="test-page-how">${s.howTest}</p>
          <button type="button" id="open-test" aria-describedby="test-page-how" @click=${() => openPage(page())}>${s.openTest}</button>
        </div>
      </section>`;
    },
  }),
};
