/**
 * Some CMS editors strip unknown tags. For them a plain placeholder works:
 * `<div data-hr-widget="quiz" data-src="/quiz.json" data-lang="es"></div>`
 * gets an `<hr-quiz src="/quiz.json" lang="es">` inside it: each `data-X`
 * naming one of the elements' attributes becomes attribute `X`, and a child
 * JSON script moves in.
 */
const WIDGETS = ['quiz', 'resource-list', 'principles', 'helpline', 'quick-exit'];
// Only the elements' own attributes are copied: never `data-onclick` and the like,
// which would let anyone who can write a data attribute run script.
const ATTRIBUTES = ['src', 'data', 'lang', 'layout', 'variant', 'heading-level', 'page-size', 'shuffle', 'persist', 'href', 'position'];
const SELECTOR = '[data-hr-widget]:not([data-hr-upgraded])';

function upgrade(holder: HTMLElement): void {
  // Marked first: a second copy of the library on the page skips it.
  holder.setAttribute('data-hr-upgraded', '');
  const name = (holder.getAttribute('data-hr-widget') ?? '').trim().toLowerCase().replace(/^hr-/, '');
  if (!WIDGETS.includes(name)) {
    console.error(`hr-widgets: data-hr-widget="${name}" names no widget; use one of: ${WIDGETS.join(', ')}.`);
    return;
  }
  const el = document.createElement(`hr-${name}`);
  for (const name of ATTRIBUTES) {
    const value = holder.getAttribute(`data-${name}`);
    if (value !== null) el.setAttribute(name, value);
  }
  const script = holder.querySelector('script[type="application/json"]');
  if (script) el.append(script);
  holder.append(el);
}

/** Upgrades every placeholder in `root` (and `root` itself). */
export function upgradePlaceholders(root: ParentNode = document): void {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) upgrade(root);
  for (const holder of root.querySelectorAll<HTMLElement>(SELECTOR)) upgrade(holder);
}

let observer: MutationObserver | undefined;

/** Upgrades placeholders now and whenever a page builder or app adds more. Idle pages cost nothing. */
export function watchPlaceholders(): void {
  if (observer) return;
  upgradePlaceholders();
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof HTMLElement) upgradePlaceholders(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
