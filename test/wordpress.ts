/**
 * What WordPress does to pasted HTML on its way to a visitor, as measured in
 * ../shared/WORDPRESS.md (WordPress 6.1 and a 6.7 nightly, every role). A
 * model of those findings for tests, not WordPress itself: each step is one
 * measured behaviour.
 */

export type Role = 'administrator' | 'author';

/** Shortcodes run everywhere, inside attribute values and script bodies too: a registered one is replaced by its output. */
const shortcodes = (html: string): string => html.replace(/\[\/?(?:gallery|caption|audio|video|playlist|embed)\b[^\]]*\]/g, '');

/**
 * wptexturize: quotes in text become curly. It finds tags as `<…>` up to the
 * first `>`, so a raw `>` inside an attribute ends the "tag" early and the
 * quotes after it are curled.
 */
const texturize = (html: string): string =>
  html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’')))
    .join('');

/** kses without unfiltered_html: `<script>` and unknown tags go, their content stays as text; `data-*` on a div stays. */
const kses = (html: string): string => html.replace(/<\/?(?:script|hr-[\w-]+)\b[^>]*>/g, '');

/** wpautop, classic content: a blank line closes one paragraph and opens the next. */
const autop = (html: string): string => `<p>${html.replace(/\n\s*\n/g, '</p>\n<p>')}</p>`;

/** The post as a visitor's browser receives it. */
export function wordpress(html: string, role: Role): string {
  const filtered = role === 'administrator' ? html : kses(html);
  return autop(texturize(shortcodes(filtered)));
}
