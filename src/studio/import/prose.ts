/**
 * A directory written as prose, as treatment-center blogs list partners
 * (seed 001):
 *
 *     • Prevention Point Philadelphia: Syringe exchange, naloxone distribution, wound care.
 *     Contact: Phone: (215) 634-5272, Email: info@ppponline.org, Location: 2913-15 Kensington Avenue, Philadelphia, PA
 *
 * Each bulleted (or numbered) "Name: description" line starts an entry; the
 * lines after it until the next one give its phone, email, web address and
 * place. Text with no bullets at all (a list copied from a page as plain
 * text) is read by its shape: a line followed by a contact line starts an
 * entry. "Operates nationally" and the like mark national coverage. Known
 * services are recognized in the description. Contact text that fits no
 * field ("Email through website contact form", "Offices in New York and
 * California") is added to the description, so nothing is lost. What is read
 * is only a proposal: the studio shows each entry for the author to confirm.
 */

export interface ProseEntry {
  name: string;
  description?: string;
  services?: string[];
  phone?: string;
  email?: string;
  url?: string;
  address?: string;
  city?: string;
  region?: string;
  coverage?: 'national' | 'online';
}

// \uf0b7: Word's bullet in the Symbol font.
const BULLET = /^\s*(?:[•\-*–·▪●\uf0b7]|\d{1,3}[.)])\s+(.+)$/;
/** "Name: description" or "Name – description". */
const HEAD = /:\s|\s[–—-]\s/;
/** The labels a contact line is made of: "Phone: …, Email: …, Location: …". */
const LABELS = 'phone|tel|telephone|teléfono|email|e-mail|correo|location|address|dirección|ubicación|website|web';
/** A line of contact details: labelled, or holding a phone number or an email address. */
const CONTACT_LINE = new RegExp(`^(?:contact|contacto|${LABELS})\\b`, 'i');
const LABEL = new RegExp(`\\b(?:${LABELS})\\s*:\\s*`, 'gi');
/** Where one labelled part of a contact line ends and the next begins. */
const NEXT_LABEL = new RegExp(`,\\s*(?=(?:${LABELS})\\b)`, 'i');
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:ext\.?|x)\s*\d{1,6})?/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const URL_ = /https?:\/\/[^\s,;)]+|www\.[^\s,;)]+/i;
const LOCATION = /(?:location|address|dirección|ubicación)\s*:\s*(.+)$/i;
const NATIONAL = /\b(?:nationally|nationwide|national resources|across the (?:u\.?s\.?|country)|a nivel nacional|en todo el país)\b/i;
const ONLINE_ONLY = /\b(?:online only|only online|solo en línea)\b/i;
/** "Philadelphia, PA", "Tacoma, WA": a city and a US state's code. */
const CITY_STATE = /([A-Z][\p{L}.'-]*(?:\s[A-Z][\p{L}.'-]*)*),\s*([A-Z]{2})\b/u;

/** Words in a description that name a service the elements know (ids of `en.services`). */
const SERVICES: [RegExp, string][] = [
  [/naloxone|narcan|naloxona/i, 'naloxone'],
  [/syringe|needle exchange|jeringas/i, 'syringe-services'],
  [/fentanyl test|test strips|tiras reactivas/i, 'fentanyl-test-strips'],
  [/drug checking|análisis de sustancias/i, 'drug-checking'],
  [/mail-based|by mail|por correo/i, 'mail-delivery'],
  [/wound care|heridas/i, 'wound-care'],
  [/housing|vivienda/i, 'housing'],
  [/case management/i, 'case-management'],
  [/training|capacitación/i, 'training'],
  [/advocacy|defensa/i, 'advocacy'],
  [/education|educación/i, 'education'],
  [/treatment|tratamiento/i, 'treatment'],
  [/peer support|apoyo de pares/i, 'peer-support'],
  [/counsel(?:l)?ing|consejería/i, 'counseling'],
  [/hiv|hepatitis/i, 'testing'],
];

function place(text: string, entry: ProseEntry): void {
  const location = LOCATION.exec(text)?.[1]?.trim();
  if (!location) return;
  const cityState = CITY_STATE.exec(location);
  if (cityState) {
    entry.city = cityState[1]!.replace(/^(?:Based in|Various locations throughout|Offices in)\s+/i, '').trim();
    entry.region = cityState[2]!;
    // A street address is what comes before the city, when it starts with a number.
    const before = location.slice(0, cityState.index).replace(/,\s*$/, '').trim();
    if (/^\d/.test(before)) entry.address = before;
  }
}

const isContact = (line: string): boolean => CONTACT_LINE.test(line) || PHONE.test(line) || EMAIL.test(line);

/** Which lines start an entry: bulleted heads, or, in text with none, a line before a contact line. */
function heads(lines: readonly string[]): (string | null)[] {
  const bulleted = lines.map((line) => {
    const bullet = BULLET.exec(line);
    return bullet && HEAD.test(bullet[1]!) ? bullet[1]!.trim() : null;
  });
  if (bulleted.some(Boolean)) return bulleted;
  return lines.map((line, i) => {
    const next = lines.slice(i + 1).find((l) => l.trim());
    const text = line.trim();
    return text && text.length <= 300 && !isContact(text) && next !== undefined && isContact(next.trim()) ? text : null;
  });
}

/** Contact text no field took: each labelled part whose value was not read whole ("Email through website contact form"). */
function unplaced(contact: string, entry: ProseEntry): string[] {
  const parts = contact
    .replace(/^\s*(?:contact|contacto)\s*:\s*/i, '')
    .split(NEXT_LABEL)
    .map((p) => p.trim().replace(/[,;.]\s*$/, ''))
    .filter(Boolean);
  const placed = [entry.phone, entry.email, entry.url, entry.url?.replace(/^https:\/\//, '')].filter((v): v is string => !!v);
  const where = [entry.address, entry.city, entry.region].filter(Boolean).join(', ');
  return parts.filter((part) => {
    const value = part.replace(LABEL, '').trim();
    if (where && value === where) return false;
    // What is left once the values read from it are taken out: words, or only punctuation.
    const left = placed.reduce((rest, v) => rest.replace(v, ''), value);
    return /\p{L}{2,}/u.test(left.replace(/\b(?:ext|x)\b/gi, ''));
  });
}

/** Reads every entry it can find; lines that fit no entry are ignored (prose around the list). */
export function parseProse(text: string): ProseEntry[] {
  const entries: { head: string; rest: string[] }[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  heads(lines).forEach((head, i) => {
    if (head) entries.push({ head, rest: [] });
    else if (entries.length && lines[i]!.trim()) entries[entries.length - 1]!.rest.push(lines[i]!.trim());
  });
  return entries.map(({ head, rest }) => {
    // "Name: description" or "Name – description" (a name's own parentheses stay in it), or a name alone.
    const split = /^(.+?)(?::\s+|\s[–—-]\s)(.*)$/.exec(head);
    const entry: ProseEntry = { name: (split?.[1] ?? head).trim() };
    const description = (split?.[2] ?? '').trim();
    if (description) entry.description = description;
    // Contact details: the lines after the name, up to the next entry (the closing paragraph of a post has none).
    const contactLines = rest.filter((l) => /contact|phone|tel|email|correo|location|address|web|www|https?:/i.test(l) || isContact(l));
    const contact = contactLines.join(' ');
    // Contact details first; else one written into the description ("Call 555-010-4477").
    const phone = (PHONE.exec(contact) ?? PHONE.exec(description))?.[0];
    if (phone) entry.phone = phone.trim();
    const email = (EMAIL.exec(contact) ?? EMAIL.exec(description))?.[0];
    if (email) entry.email = email;
    const url = URL_.exec(`${contact} ${description}`)?.[0];
    if (url) entry.url = url.startsWith('www.') ? `https://${url}` : url;
    place(contact, entry);
    if (NATIONAL.test(contact) || NATIONAL.test(description)) entry.coverage = 'national';
    else if (ONLINE_ONLY.test(contact)) entry.coverage = 'online';
    const services = SERVICES.filter(([re]) => re.test(description)).map(([, id]) => id);
    if (services.length) entry.services = services;
    const kept = contactLines.flatMap((line) => unplaced(line, entry));
    if (kept.length) entry.description = [description, ...kept].filter(Boolean).join('\n');
    return entry;
  });
}
