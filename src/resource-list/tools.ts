/**
 * "Directions, save or share" on each card: directions in the visitor's maps
 * app, the listing copied or texted to themselves as plain text, printed, or
 * reported as wrong. Phone numbers change often for the people this serves,
 * so keeping a listing matters, and so does saying when one is wrong.
 *
 * A chunk of its own, fetched when a visitor first opens one. Nothing here
 * sends anything: each action is a link the visitor taps (maps, `sms:`,
 * `mailto:`, the site owner's report page) or stays on the device (copy,
 * print). It imports nothing from the bundle (only types; the element hands
 * it Lit's `html`).
 */
import type { Speech } from '../shared/localize-controller.js';
import type { TemplateResult, html as litHtml } from 'lit';
import type { ResourceStrings } from '../i18n/en.js';
import type { Lang } from '../shared/localize.js';
import type { Directory } from './resource-model.js';
import type { Resource } from './resource-types.js';

export interface ToolStrings {
  directions: string;
  copy: string;
  copied: string;
  copyFailed: string;
  textMe: string;
  print: string;
  printShown: string;
  report: string;
  reportSubject: (name: string) => string;
  reportBody: (name: string, id: string) => string;
  phone: string;
}

export const TOOL_STRINGS: Record<Lang, ToolStrings> = {
  en: {
    directions: 'Directions',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Your browser did not let us copy. Select the text below and copy it.',
    textMe: 'Text this to myself',
    print: 'Print this',
    printShown: 'Print the list',
    report: 'Report a problem with this listing',
    reportSubject: (name) => `Problem with a listing: ${name}`,
    reportBody: (name, id) =>
      `Listing: ${name}${id ? ` (${id})` : ''}\nWhat is wrong (a phone number, the hours, the address, something else)?\n\n`,
    phone: 'Phone',
  },
  es: {
    directions: 'Cómo llegar',
    copy: 'Copiar',
    copied: 'Copiado.',
    copyFailed: 'Tu navegador no nos dejó copiar. Selecciona el texto de abajo y cópialo.',
    textMe: 'Enviarme esto por mensaje de texto',
    print: 'Imprimir este',
    printShown: 'Imprimir la lista',
    report: 'Reportar un problema con este recurso',
    reportSubject: (name) => `Problema con un recurso: ${name}`,
    reportBody: (name, id) =>
      `Recurso: ${name}${id ? ` (${id})` : ''}\n¿Qué está mal (un teléfono, el horario, la dirección, otra cosa)?\n\n`,
    phone: 'Teléfono',
  },
};

/** Where it is, as the card shows it (the element's own line: this chunk imports nothing from it). */
const placeOf = (r: Resource): string => [r.address, r.city, r.region].filter(Boolean).join(', ');

/** The listing as plain text: what "Copy" and "Text this to myself" carry. */
export function plainText(r: Resource, hours: string | undefined, t: ResourceStrings, s: ToolStrings): string {
  const place = placeOf(r);
  return [
    r.name,
    r.phone && `${s.phone}: ${r.phone}`,
    r.sms && `${t.text}: ${r.sms}`,
    place && `${t.address}: ${place}`,
    hours && `${t.hours}: ${hours}`,
    r.url && `${t.website}: ${r.url}`,
    r.email && `${t.email}: ${r.email}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Apple's maps app on Apple devices, else Google Maps, which opens the app on Android. */
export function directionsHref(r: Resource, apple: boolean): string | undefined {
  // Coordinates find the door; an address alone may be found less well.
  const to = r.lat !== undefined && r.lng !== undefined ? `${r.lat},${r.lng}` : r.address ? placeOf(r) : '';
  if (!to) return undefined;
  return apple
    ? `https://maps.apple.com/?daddr=${encodeURIComponent(to)}`
    : `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(to)}`;
}

/** `sms:` with a body: the form iOS and Android both read. */
export const textMeHref = (body: string): string => `sms:?&body=${encodeURIComponent(body)}`;

/** The site owner's report page with the listing named, or an email with its name and a short template. */
export function reportHref(r: Resource, directory: Pick<Directory, 'reportEmail' | 'reportUrl'>, s: ToolStrings): string | undefined {
  if (directory.reportUrl) {
    try {
      const url = new URL(directory.reportUrl, document.baseURI);
      url.searchParams.set('listing', r.id ?? r.name);
      return url.href;
    } catch {
      return undefined;
    }
  }
  if (!directory.reportEmail) return undefined;
  const q = (text: string): string => encodeURIComponent(text);
  return `mailto:${directory.reportEmail}?subject=${q(s.reportSubject(r.name))}&body=${q(s.reportBody(r.name, r.id ?? ''))}`;
}

// Print: one card, or the cards shown; the rest of the element (and of the card) stays off paper.
const PRINT = `@media print{.controls,.count,[part~=more],.take{display:none!important}.cards.one>.card:not(.printing){display:none!important}}`;
const styled = new WeakSet<ShadowRoot>();

function adoptPrintStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Prints the card (or, without one, the list shown), then puts the page back. */
function print(card: HTMLElement | undefined, list: HTMLElement): void {
  adoptPrintStyles(list.getRootNode() as ShadowRoot);
  card?.classList.add('printing');
  list.classList.toggle('one', Boolean(card));
  const done = (): void => {
    card?.classList.remove('printing');
    list.classList.remove('one');
  };
  addEventListener('afterprint', done, { once: true });
  window.print();
}

async function copy(text: string, status: HTMLElement, s: ToolStrings): Promise<void> {
  const fallback = status.nextElementSibling as HTMLTextAreaElement;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = s.copied;
  } catch {
    // No clipboard (an http page, a browser that refuses): the text, selected, for the visitor to copy.
    status.textContent = s.copyFailed;
    fallback.hidden = false;
    fallback.select();
  }
}

export interface ToolsContext {
  speech: Speech;
  t: ResourceStrings;
  directory: Pick<Directory, 'reportEmail' | 'reportUrl'>;
  /** The hours as the card shows them. */
  hours: string | undefined;
}

/** The actions of one card's "Directions, save or share". */
export function render(html: typeof litHtml, r: Resource, c: ToolsContext): TemplateResult {
  const s = c.speech.words(TOOL_STRINGS, 'tools');
  const text = plainText(r, c.hours, c.t, s);
  const directions = directionsHref(r, /iPhone|iPad|Macintosh/.test(navigator.userAgent));
  const report = reportHref(r, c.directory, s);
  const cardOf = (e: Event): HTMLElement => (e.target as HTMLElement).closest('.card') as HTMLElement;
  return html`<div class="actions">
      ${directions ? html`<a class="button secondary" href=${directions} rel="noopener noreferrer">${s.directions}</a>` : ''}
      <button class="button secondary" type="button"
        @click=${(e: Event) => copy(text, cardOf(e).querySelector('.copied') as HTMLElement, s)}>${s.copy}</button>
      <a class="button secondary" href=${textMeHref(text)}>${s.textMe}</a>
      <button class="button secondary" type="button"
        @click=${(e: Event) => print(cardOf(e), cardOf(e).parentElement!)}>${s.print}</button>
      <button class="button secondary" type="button"
        @click=${(e: Event) => print(undefined, cardOf(e).parentElement!)}>${s.printShown}</button>
    </div>
    <p class="copied meta" role="status"></p>
    <textarea class="copy-text" readonly hidden rows="4" aria-label=${s.copy} .value=${text}></textarea>
    ${report ? html`<p><a href=${report} rel="noopener noreferrer">${s.report}</a></p>` : ''}`;
}
