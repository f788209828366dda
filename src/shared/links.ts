const ALLOWED = new Set(['http:', 'https:', 'tel:', 'mailto:', 'sms:']);

/**
 * The URL to put in an href, or undefined when it must not become a link.
 * Relative URLs resolve against the page; only http, https, tel, mailto and
 * sms survive, so `javascript:` and `data:` never reach an href.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return ALLOWED.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a URL from data is a web address (http, https, or relative to the page). No DOM needed. */
export function isWebUrl(url: string): boolean {
  // Most data has plain absolute addresses; parsing thousands of them is slow.
  if (/^https?:\/\/[^\s/?#\\]+/i.test(url)) return true;
  try {
    return /^https?:$/.test(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/** A link's short, readable name: "https://www.samhsa.gov/find-help" → "samhsa.gov". */
export function hostLabel(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}

/** `tel:` href from a number as people write it: "(215) 634-5272" → "tel:2156345272". */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '');
  return /\d/.test(digits) ? `tel:${digits}` : undefined;
}

/** `sms:` href from a number as people write it. */
export function smsHref(phone: string | undefined): string | undefined {
  const tel = telHref(phone);
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
