import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { HrElement } from '../shared/hr-element.js';
import { header, heading } from '../shared/heading.js';
import { chunk } from '../shared/chunk.js';
import { hostLabel, safeHref, smsHref, telHref } from '../shared/links.js';
import { languageName } from '../shared/localize.js';
import { baseStyles, buttonStyles, cardStyles, reserveStyles } from '../shared/styles.js';
import { spellOut, validateHelpline, type CatalogLine, type HelpLine, type Helpline, type HelplineData } from './helpline-model.js';
import { helplineStyles } from './helpline.styles.js';
import { LINE_IDS, type VARIANTS } from './helpline.fields.js';

/**
 * The built-in content: a chunk of its own, loaded only by pages that show it. Offline, its lines without their
 * title: 988 and 911 are their own numbers, so they show even without the catalog (see #line).
 */
const defaults = () =>
  import('./default-content.js').catch(() => {
    const offline = { lines: national() };
    return { default: { en: offline, es: offline } };
  });
/** The national lines of the built-in content, kept after a site's own with `includeDefaults`: 988, SAMHSA's and 911. */
const national = () => LINE_IDS.slice(0, 3).map((id) => ({ id }));
/** Whether a line with opening hours answers now: the directory's code, a chunk only such lines load. */
const details = () => import('../resource-list/details.js');
/** The national lines by id, and the words for each line's kind: a chunk loaded only when a page shows either. */
const catalog = () => import('./catalog.js');

export type { HelplineData, HelpLine } from './helpline-types.js';

/**
 * Crisis and help lines, one tap away: call, text, TTY, chat, hours and
 * languages. With no data it shows the US national lines (988, SAMHSA's
 * National Helpline, 911). Site owners add their own lines through data and
 * keep the national ones with `"includeDefaults": true`.
 *
 * @summary Crisis and help lines with tap-to-call links.
 * @tag hr-helpline
 *
 * @attr {string} data - The data as JSON text: `{ "title", "intro", "includeDefaults", "lines": ["988", { "name", "kind", "emergency", "phone", "press", "sms", "keyword", "tty", "videophone", "chat", "url", "hours", "languages", "note" }] }`, or a bare array of lines. A line can be a national line's id alone: `988`, `samhsa`, `911`, `poison-control`, `never-use-alone`, `crisis-text-line`, `veterans-crisis-line`, `domestic-violence`, `disaster-distress`, `nami-helpline`.
 * @attr {string} src - URL of a JSON document with the data, fetched without credentials.
 * @attr {string} lang - Language of the interface and default content (`en`, `es`); inherited from ancestors when absent.
 *
 * @event {CustomEvent<HrErrorDetail>} hr-error - The data could not be used in full: `{ message, path, problems }`.
 *
 * @csspart notice - The short notice shown when data has problems.
 * @csspart loading - The loading message while `src` is fetched.
 * @csspart title - The heading (full variant).
 * @csspart intro - The paragraph under the title (full variant).
 * @csspart line - One help line.
 * @csspart name - A line's name.
 * @csspart kind - What a line is, e.g. "Crisis counseling".
 * @csspart emergency - A line's first-aid link ("Unconscious or trouble breathing? Call 911").
 * @csspart call - A line's call link.
 * @csspart text - A line's text-message link.
 * @csspart tty - A line's TTY link.
 * @csspart videophone - A line's videophone link.
 * @csspart chat - A line's chat link.
 * @csspart website - A line's website link.
 * @csspart also - A way to reach a line that its links cannot show ("WhatsApp: 442-AYUDAME").
 * @csspart bar - The one-line bar (compact variant).
 *
 * @cssproperty --hr-reserve - Height held while a site's data loads, so the page does not jump. Default: see "Reserved space" in docs/theming.md.
 * @cssproperty --hr-color-accent - Call buttons and links. Default `#0b5cad`.
 * @cssproperty --hr-color-on-accent - Text on call buttons. Default `#fff`.
 * @cssproperty --hr-color-surface - Card and bar background. Default: transparent.
 * @cssproperty --hr-color-border - Card and bar border. Default: text colour at 30%.
 * @cssproperty --hr-radius - Corner radius. Default `0.5rem`.
 */
export class HrHelpline extends HrElement {
  /**
   * Height (rem) held while it loads: for a site's data, then for its built-in content on wide, medium (≤ 48rem) and
   * narrow (≤ 30rem) screens: the loading state's min-height. Measured by `npm run reserve`; the table in docs/theming.md is made from it.
   */
  static reserve = [12, 27, 40, 59] as const;
  static override styles = [baseStyles, buttonStyles, cardStyles, reserveStyles(this.reserve), helplineStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** @internal */
  protected readonly loader = this.useData<Helpline>({ validate: validateHelpline, defaults });

  /** The lines, set by code; wins over every other source. */
  declare data: HelplineData | HelplineData['lines'] | null | undefined;
  /** `full` (cards, the default) or `compact` (one bar of links). */
  declare variant: (typeof VARIANTS)[number];
  /** Level of the title heading (1–6, default 2); line names sit one below. */
  declare headingLevel: number;

  constructor() {
    super();
    this.variant = 'full';
    this.headingLevel = 2;
  }

  /** The catalog: null while it loads, false when it could not be. */
  #catalog: typeof import('./catalog.js') | false | null | undefined;

  // update(), not willUpdate(): the data and the language are read just before it.
  protected override update(changed: PropertyValues): void {
    const data = this.loader.value;
    // The built-in content names its lines by id: the catalog is asked for beside it, not after it.
    if (
      this.#catalog === undefined &&
      (this.loader.loading === 'default' || data?.includeDefaults || data?.lines.some((l) => l.id || l.kind))
    ) {
      this.#catalog = null;
      catalog().then(
        (m) => ((this.#catalog = m), this.requestUpdate()),
        // Offline: each line shows what the page gave; one with no way to reach it is left out, and the notice says so (updated).
        () => ((this.#catalog = false), this.requestUpdate()),
      );
    }
    super.update(changed);
  }

  /** Lines left out for want of the catalog, in the last render. */
  #dropped = false;

  protected override updated(): void {
    if (this.#dropped) this.loader.missing('(catalog)');
  }

  override render(): TemplateResult {
    // Lines named by id wait for the catalog, holding their space.
    return this.loader.render({ content: this.#renderContent }, this.#catalog === null);
  }

  #renderContent(data: Helpline): TemplateResult {
    const all = (data.includeDefaults ? [...data.lines, ...national()] : data.lines).map((l) => this.#line(l));
    const lines = all.filter((l) => l.phone || l.sms || l.tty || l.videophone || l.chat || l.url);
    this.#dropped = lines.length < all.length;
    const t = this.t.helpline;
    // "Monday–Friday, 10 a.m.–10 p.m. ET (Closed · opens Monday 10 AM)" once the hours code has come.
    const hours = (line: HelpLine) => {
      const now = line.openingHours && chunk(details, this)?.hoursNow(line, undefined, this.i18n)?.text;
      return now ? `${line.hours} (${now})` : line.hours;
    };
    const kinds = this.#catalog && this.i18n.words(this.#catalog.KIND_STRINGS, 'kinds');
    const kind = (line: HelpLine) => (line.kind && kinds ? html`<span class="meta" part="kind">${kinds[line.kind]}</span>` : nothing);
    if (this.variant === 'compact') {
      // Shorter words, never fewer ways: every link, keyword and option stays, and hours that are not round the clock.
      return html`<ul class="bar" part="bar" aria-label=${data.title ?? lines.map((l) => l.name).join(', ')}>
        ${lines.map(
          (line) =>
            html`<li><strong part="name">${line.name}</strong> ${kind(line)}<ul class="inline">${this.#renderWays(line, false)}</ul>${
              line.hours && !/^24\/7/.test(line.hours) ? html`<span class="meta">${hours(line)}</span>` : nothing
            }</li>`,
        )}
      </ul>`;
    }
    const [top, itemLevel] = header(this.headingLevel, data.title, data.intro);
    return html`
      ${top}
      <ul class="cards">
        ${lines.map(
          (line) => html`<li class="card" part="line">
            ${heading(itemLevel, line.name, 'name')} ${kind(line)}
            ${line.note ? html`<p>${line.note}</p>` : nothing}
            <ul class="ways">${this.#renderWays(line, true)}</ul>
            ${line.hours ? html`<p class="meta">${t.hours}: ${hours(line)}</p>` : nothing}
            ${
              line.languages?.length
                ? html`<p class="meta">${t.languages}: ${line.languages.map((code) => languageName(code, this.i18n.locale)).join(', ')}</p>`
                : nothing
            }
          </li>`,
        )}
      </ul>
    `;
  }

  /** A line named by id, with the catalog's words in the page's language under what the page gave. */
  #line(given: HelpLine): HelpLine {
    const entry = given.id && this.#catalog ? (this.#catalog.lines as Record<string, CatalogLine>)[given.id] : undefined;
    // Without the catalog (offline), 988 and 911 are their own numbers: the most basic help never waits for a download.
    if (!entry)
      return {
        ...given,
        name: given.name ?? given.id,
        phone: given.phone ?? (/^9(88|11)$/.test(given.id!) ? given.id : undefined),
      };
    const own = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    // A site's own number does not take the catalog's option to press or keyword.
    return {
      ...entry,
      ...entry[this.i18n.lang],
      ...(given.phone && { press: undefined }),
      ...(given.sms && { keyword: undefined }),
      ...own,
    };
  }

  /**
   * First aid, call, text, TTY, videophone, chat and website links, then the way no link can show; numbers and keywords
   * are spelled out for screen readers.
   */
  #renderWays(line: HelpLine, buttons: boolean): TemplateResult[] {
    const t = this.t.helpline;
    const ways: TemplateResult[] = [];
    // `spell`: the number, after the keyword if there is one.
    const link = (href: string | undefined, visible: string, part: string, primary: boolean, spell = '') => {
      if (!href) return;
      const cls = buttons ? (primary ? 'button' : 'button secondary') : '';
      // The visible words stay first in the name (WCAG 2.5.3), then the keyword letter by letter and the digits one by one.
      const spelled = spellOut(spell);
      const name = spelled ? `${visible} (${spelled})` : visible;
      ways.push(html`<li><a class=${cls} part=${part} href=${href} aria-label=${name}>${visible}</a></li>`);
    };
    // A number that is absent has no href: its words are made and dropped.
    const { emergency: first, phone, press, sms, keyword, tty, videophone } = line;
    link(telHref(first), t.firstAid(first!), 'emergency', true, first);
    link(telHref(phone), press ? t.callPress(phone!, press) : `${t.call} ${phone}`, 'call', true, phone);
    link(smsHref(sms), keyword ? t.textKeyword(keyword, sms!) : `${t.text} ${sms}`, 'text', false, [keyword, sms].join(' '));
    link(telHref(tty), `${t.tty} ${tty}`, 'tty', false, tty);
    link(telHref(videophone), `${t.videophone} ${videophone}`, 'videophone', false, videophone);
    link(safeHref(line.chat), t.chat, 'chat', false);
    const web = safeHref(line.url);
    if (web) link(web, `${t.online}: ${hostLabel(web)}`, 'website', false);
    if (line.also) ways.push(html`<li class="meta" part="also">${line.also}</li>`);
    return ways;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hr-helpline': HrHelpline;
  }
}
