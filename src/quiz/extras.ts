/**
 * Hints and pictures of a quiz: a chunk, loaded only by quizzes whose data
 * has them. It imports nothing from the bundle (the element hands it Lit's
 * `html`), and its styles come with it.
 */
import type { TemplateResult, html as litHtml } from 'lit';
import type { Lang } from '../shared/localize.js';
import type { Speech } from '../shared/localize-controller.js';
import type { QuizImage } from './quiz-types.js';

/** Words only hints show: here, not in the bundle's tables. */
export interface ExtrasStrings {
  showHint: string;
  hint: string;
}

export const EXTRAS_STRINGS: Record<Lang, ExtrasStrings> = {
  en: { showHint: 'Show a hint', hint: 'Hint:' },
  es: { showHint: 'Ver una pista', hint: 'Pista:' },
};

const CSS = `
  img { display: block; max-width: 100%; height: auto; }
  .prompt-image { margin-block: var(--_s2) var(--_s3); border-radius: var(--_radius); }
  .choice img { margin-block-end: var(--_s2); }
  .hint-toggle {
    min-height: var(--_target);
    padding: var(--_s2) 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .hint-toggle:focus-visible { outline: var(--_focus); outline-offset: 2px; }
  .hint-text { margin-block: 0 var(--_s3); }
  .hint-text:empty { margin: 0; }
  @media print { .hint-toggle { display: none; } }
`;

let sheet: CSSStyleSheet | undefined;
/** The styles join the element's own, once per shadow root: adopted sheets pass a strict Content-Security-Policy. Each chunk has its own copy: chunks import nothing. */
function adopt(root: ShadowRoot): void {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export interface HintOptions {
  text: string | undefined;
  open: boolean;
  speech: Speech;
  toggle: () => void;
}

/** A picture that keeps its space while it loads and loads only when it is about to be seen. */
export function picture(html: typeof litHtml, image: QuizImage | undefined, root: ShadowRoot, css = ''): TemplateResult | '' {
  if (!image) return '';
  adopt(root);
  return html`<img class=${css} part="image" src=${image.src} alt=${image.alt} width=${image.width} height=${image.height} loading="lazy" decoding="async" />`;
}

/**
 * The hint: a disclosure button (APG) over a polite live region, so the hint is
 * read out when it opens. The region is there, empty, before it opens: a region
 * added with its text is not announced.
 */
export function hint(html: typeof litHtml, { text, open, speech, toggle }: HintOptions, root: ShadowRoot): TemplateResult | '' {
  if (!text) return '';
  adopt(root);
  const s = speech.words(EXTRAS_STRINGS, 'hints');
  return html`<button class="hint-toggle" part="hint-button" type="button" aria-expanded=${String(open)} aria-controls="hint" @click=${toggle}>
      ${s.showHint}
    </button>
    <p class="hint-text" part="hint" id="hint" aria-live="polite">${open ? html`<strong>${s.hint}</strong> ${text}` : ''}</p>`;
}
