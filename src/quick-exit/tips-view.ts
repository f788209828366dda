/**
 * "Browse more safely" for `<hr-quick-exit tips>`: a button where the element
 * sits, opening a native modal dialog of short, concrete steps. A quick exit
 * hides the page but does not erase history; this says how to do more. A
 * chunk, loaded only where `tips` is set; it imports nothing from the bundle
 * (the element hands it Lit's `html`), and its styles come with it.
 */
import type { TemplateResult, html as litHtml } from 'lit';
import type { Speech } from '../shared/localize-controller.js';
import { TIPS_STRINGS } from './tips.js';

export interface TipsOptions {
  speech: Speech;
  /** The element's shadow root: the styles are adopted there. */
  root: ShadowRoot;
  /** The quick exit's own label: the dialog has the way out too, as the page behind it is inert. */
  label: string;
  exit: () => void;
}

const CSS = `
  :host { height: auto; }
  .tips {
    min-height: var(--_target);
    padding: var(--_s2) 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  dialog {
    width: min(36rem, calc(100vw - 2 * var(--_s4)));
    max-height: calc(100dvh - 2 * var(--_s4));
    padding: var(--_s4);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: Canvas;
    color: CanvasText;
    overflow-wrap: anywhere;
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  dialog h2 { margin-block: 0 var(--_s2); font-size: 1.25em; }
  dialog h2:focus { outline: none; }
  dialog li { margin-block-end: var(--_s2); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_s3); }
  .leave {
    border-color: var(--hr-quick-exit-color, #a4161a);
    background: var(--hr-quick-exit-color, #a4161a);
    color: var(--hr-quick-exit-text, #fff);
  }
  @media print { .tips, dialog { display: none; } }
`;

let sheet: CSSStyleSheet | undefined;
/** The styles join the element's own, once per shadow root: adopted sheets pass a strict Content-Security-Policy. Each chunk has its own copy: chunks import nothing. */
function adopt(root: ShadowRoot): void {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The button and its dialog. The dialog is the button's next sibling; Escape closes it, and focus returns to the button. */
export function render(html: typeof litHtml, { speech, root, label, exit }: TipsOptions): TemplateResult {
  adopt(root);
  const s = speech.words(TIPS_STRINGS, 'tips');
  const open = (e: Event) => {
    const dialog = (e.currentTarget as HTMLElement).nextElementSibling as HTMLDialogElement;
    dialog.showModal();
    // Focus starts at the title, so the steps are read from the start (APG: a dialog of long text).
    dialog.querySelector('h2')!.focus();
  };
  return html`<button class="tips" part="tips" type="button" aria-haspopup="dialog" @click=${open}>${s.link}</button>
    <dialog part="tips-dialog" aria-labelledby="tips-title">
      <h2 id="tips-title" tabindex="-1">${s.title}</h2>
      <p>${s.intro}</p>
      <ol>
        ${s.steps.map((step) => html`<li><strong>${step.title}</strong> ${step.text}</li>`)}
      </ol>
      <div class="actions">
        <button class="button secondary" type="button" @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')!.close()}>${s.close}</button>
        <button class="button leave" type="button" @click=${exit}>${label}</button>
      </div>
    </dialog>`;
}
