/**
 * What a person copies from a web page or a word processor, as the lines the
 * importers read. Browsers put the copy's HTML on the clipboard beside a plain
 * text without bullets ("• " is drawn by CSS, not copied), so a list copied
 * from a page reaches the importers as the list it was only through its HTML.
 *
 * Pasted HTML is hostile input. It is read here as text by a small tokenizer,
 * never made into a DOM: no script runs, nothing loads, no request is made,
 * and no Trusted Types sink is touched (DOMParser and innerHTML are sinks).
 *
 * - a list item starts a line with "• ", a table row is a line of
 *   tab-separated cells, every other block (p, div, h1–h6, br, …) a line;
 * - the contents of script, style, head, template, iframe, svg and the like
 *   are dropped, as are comments (Word's conditional ones included);
 * - a link whose address its text does not show adds a line after its own:
 *   "Phone: …" (tel:), "Email: …" (mailto:) or "Website: …" (http, https);
 *   any other address (javascript:, data:, file:, …) is dropped, its text kept.
 */

/** Elements whose content is never text a person copied to read. */
const DROPPED = new Set([
  'script',
  'style',
  'head',
  'title',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'textarea',
  'xml',
]);
/** Elements that end a line before and after them. */
const BLOCKS = new Set(
  'address article aside blockquote br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead tr ul'.split(
    ' ',
  ),
);
/** The named character references pasted HTML uses; any other is kept as written. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  iexcl: '¡',
  iquest: '¿',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  uuml: 'ü',
  ntilde: 'ñ',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Uuml: 'Ü',
  Ntilde: 'Ñ',
};

// Attributes stop at the next "<": a tag left open cannot make each later one scan the rest of a long paste.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>|<[!?][^<>]*>|[^<]+|</g;

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** The href of a tag's attributes, decoded, or ''. */
function hrefOf(attributes: string): string {
  const m = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  return m ? decode(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
}

/** A link's address as a line the importers read, or '' when its text already shows it (or it is not one to keep). */
function linkLine(href: string, text: string): string {
  const digits = (s: string): string => s.replace(/\D/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  let address: string;
  try {
    address = decodeURIComponent(href.slice((scheme?.length ?? -1) + 1).split('?')[0]!);
  } catch {
    return '';
  }
  if (scheme === 'tel') {
    const number = digits(address);
    return number.length >= 3 && !digits(text).includes(number.replace(/^1(?=\d{10}$)/, '')) ? `Phone: ${address.trim()}` : '';
  }
  if (scheme === 'mailto') {
    return address && !text.toLowerCase().includes(address.toLowerCase()) ? `Email: ${address.trim()}` : '';
  }
  if (scheme === 'http' || scheme === 'https') {
    const bare = (s: string): string =>
      s
        .replace(/^https?:\/\/(www\.)?/i, '')
        .replace(/\/$/, '')
        .toLowerCase();
    return text.toLowerCase().includes(bare(href)) ? '' : `Website: ${href}`;
  }
  return '';
}

/** Clipboard HTML as lines of text (see above). */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  /** Lines waiting for the end of the current one: the addresses of its links. */
  let after: string[] = [];
  const links: { href: string; start: number }[] = [];
  let cell = 0;
  let pre = 0;
  const end = (): void => {
    // A list item whose text is inside a paragraph of its own (Google Docs) keeps its bullet for that text.
    if (line === '• ') return;
    const text = line.replace(/[ \t]+$/g, '');
    if (text.trim()) lines.push(text);
    lines.push(...after);
    line = '';
    after = [];
  };
  const add = (text: string): void => {
    // Spaces as a page shows them: runs of white space are one space, none at a line's start.
    const shown = pre ? text : text.replace(/\s+/g, ' ');
    line += !pre && (line === '' || /[ \t]$/.test(line)) ? shown.replace(/^ /, '') : shown;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [whole, closing, rawName, attributes] = m;
    if (rawName === undefined) {
      if (!whole.startsWith('<!') && !whole.startsWith('<?')) add(decode(whole).replace(/\u00a0/g, ' '));
      continue;
    }
    const name = rawName.toLowerCase();
    if (DROPPED.has(name)) {
      if (!closing) {
        // Skip to its end tag (or the end of the text: an unclosed <script> hides the rest, as in a page).
        const close = new RegExp(`</${name}\\s*>`, 'ig');
        close.lastIndex = TOKEN.lastIndex;
        const found = close.exec(html);
        TOKEN.lastIndex = found ? close.lastIndex : html.length;
      }
      continue;
    }
    if (name === 'a') {
      if (!closing) links.push({ href: hrefOf(attributes ?? ''), start: line.length });
      else {
        const link = links.pop();
        const extra = link ? linkLine(link.href, line.slice(link.start)) : '';
        if (extra) after.push(extra);
      }
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (!closing && cell++ > 0) line += '\t';
      continue;
    }
    if (name === 'tr') cell = 0;
    if (name === 'pre') pre += closing ? -1 : 1;
    if (BLOCKS.has(name)) {
      end();
      if (name === 'li' && !closing) line = '• ';
    }
  }
  end();
  return lines.join('\n');
}
