const ALLOWED = new Set(['http:', 'https:', 'tel:', 'mailto:', 'sms:']);

/**
 * The URL to put in an href, or undefined when it must not become a link.
 * Relative URLs resolve against the page (without one, as in the studio's
 * store under test, they are not links); only http, https, tel, mailto and
 * sms survive, so `javascript:` and `data:` never reach an href.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, globalThis.document?.baseURI);
    return ALLOWED.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a URL from data is a web address (http, https, or relative to the page). No DOM needed. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url, 'https://relative.invalid/');
    return /^https?:$/.test(parsed.protocol) && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** A link's short, readable name: "https://www.samhsa.gov/find-help" → "samhsa.gov". */
export function hostLabel(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}

// Bounded: phone numbers are at most 40 characters long.
const EXTENSION = /^(.*\d)\s*,?\s*(?:ext\.?|extension|extensión|x)\s*(\d{1,6})$/i;

/** "(555) 010-4477 ext. 2" → the number and the extension. */
export function splitPhone(value: string): { number: string; extension?: string } {
  const match = EXTENSION.exec(value);
  return match ? { number: match[1]!, extension: match[2]! } : { number: value };
}

/**
 * `tel:` href from a validated number as people write it: "(215) 634-5272" →
 * "tel:2156345272"; an extension is dialled after a pause: "… ext. 2" → ",2".
 */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const { number, extension } = splitPhone(phone);
  const digits = number.replace(/[^\d+]/g, '');
  return /\d/.test(digits) ? `tel:${digits}${extension ? `,${extension}` : ''}` : undefined;
}

/** `sms:` href from a number as people write it. */
export function smsHref(phone: string | undefined): string | undefined {
  const tel = telHref(phone && splitPhone(phone).number);
  return tel && `sms:${tel.slice(4)}`;
}

/** A stable fragment id from a title: "Safety First" → "safety-first". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
