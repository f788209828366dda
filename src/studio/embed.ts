/**
 * The code a site owner pastes, in each shape a platform keeps intact. What
 * WordPress does to each shape was measured (see the README's WordPress
 * guide): the rules below are the ones that survive every user role.
 */

/** What goes on the element: its name in the registry, its data (if any) and its attributes. */
export interface Embed {
  /** The registry name: "quiz" for `<hr-quiz>`. */
  name: string;
  /** The data, or undefined for the built-in content. */
  data?: unknown;
  /** Attributes, by their HTML name. `true` is a boolean attribute; false and '' leave it out. */
  attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
}

/** Text for a double-quoted attribute: every character HTML could read as markup, as an entity. UTF-8 stays readable. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeAttribute = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * Data as JSON on one line (wpautop breaks blank lines), with `[` and `]`
 * inside strings written `\u005b` and `\u005d`: WordPress runs shortcodes
 * inside attributes, so `"see [gallery] here"` would lose its brackets' text.
 * JSON reads them back as the same characters.
 */
export function embedJson(data: unknown): string {
  return JSON.stringify(data).replace(/"(?:[^"\\]|\\.)*"/g, (s) => s.replace(/\[/g, '\\u005b').replace(/\]/g, '\\u005d'));
}

function attributeList(embed: Embed, prefix: string): string {
  let out = '';
  for (const [name, value] of Object.entries(embed.attributes ?? {})) {
    if (value === undefined || value === false || value === '') continue;
    out += value === true ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeAttribute(String(value))}"`;
  }
  if (embed.data !== undefined) out += ` ${prefix}data="${escapeAttribute(embedJson(embed.data))}"`;
  return out;
}

/** The placeholder: a `<div>` every WordPress role keeps, upgraded by the bundle loaded site-wide. One line. */
export function placeholderSnippet(embed: Embed): string {
  return `<div data-hr-widget="${embed.name}"${attributeList(embed, 'data-')}></div>`;
}

/** The element itself, with its data attribute. */
export function elementSnippet(embed: Embed): string {
  return `<hr-${embed.name}${attributeList(embed, '')}></hr-${embed.name}>`;
}

/** The script tag that loads the bundle from `src`. */
export const scriptTag = (src: string): string => `<script type="module" src="${escapeAttribute(src)}"></script>`;

/** Where the data is a JSON file of its own: the element (or placeholder) with `src`. */
export function srcEmbed(embed: Embed, url: string): Embed {
  return { name: embed.name, attributes: { ...embed.attributes, src: url } };
}

/** The JSON file for `src`: readable, with a final line end. */
export const jsonFile = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

/** One HTML page of the author's content, as visitors will see it: the bundle, the theme and the element. */
export function testPage(options: { title: string; lang: string; script: string; css: string; body: string }): string {
  const { title, lang, script, css, body } = options;
  return [
    '<!doctype html>',
    `<html lang="${escapeAttribute(lang)}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeAttribute(title)}</title>`,
    css ? `<style>\n${css.replace(/<\//g, '<\\/')}\n</style>` : '',
    script,
    '<body style="max-width: 48rem; margin: 2rem auto; padding: 0 1rem; font-family: system-ui, sans-serif">',
    body,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
