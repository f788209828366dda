/**
 * Upgrades `data-hr-widget` placeholders (see placeholders.ts): a chunk,
 * loaded only by pages that have one. It imports nothing from the bundle: the
 * bundle hands it the elements and its console.
 */
import type { ElementEntry } from '../elements.js';
import type { quote as quoteOf, tell as tellOf } from './validate.js';

export interface Upgrade {
  /** The elements placeholders may name. */
  known: readonly ElementEntry[];
  selector: string;
  tell: typeof tellOf;
  quote: typeof quoteOf;
}

// Elements that never show an element put inside them: void ones, ones whose
// content is text or a replacement (a frame, media, a form control), and table
// parts where the browser lets no <div> sit. Their new element goes after them.
const NO_CHILDREN =
  /^(br|hr|img|input|embed|textarea|select|option|template|iframe|script|style|canvas|video|audio|object|picture|table|tbody|tr)$/;

function showsChildren(el: Element): boolean {
  return el.namespaceURI === 'http://www.w3.org/1999/xhtml' && !NO_CHILDREN.test(el.localName);
}

function upgradeOne(holder: Element, { known, tell, quote }: Upgrade): void {
  // Marked first: a second copy of the library on the page skips it.
  holder.setAttribute('data-hr-upgraded', '');
  const name = (holder.getAttribute('data-hr-widget') ?? '').trim().toLowerCase().replace(/^hr-/, '');
  const entry = known.find((e) => e.name === name);
  if (!entry) {
    tell('error', 'noWidget', quote(name), known.map((e) => e.name).join(', '));
    return;
  }
  const el = document.createElement(`hr-${name}`);
  // Only the element's own attributes are copied: never `data-onclick` and the like,
  // which would let anyone who can write a data attribute run script.
  for (const name of entry.element.observedAttributes) {
    const value = holder.getAttribute(`data-${name}`);
    if (value !== null) el.setAttribute(name, value);
  }
  const script = holder.querySelector('script[type="application/json"]');
  if (script) el.append(script);
  if (showsChildren(holder)) {
    holder.append(el);
    return;
  }
  // After the placeholder, or after the <select>, <table> or <svg> it sits in, where it can be seen.
  let anchor = holder;
  while (anchor.parentElement && !showsChildren(anchor.parentElement)) anchor = anchor.parentElement;
  anchor.after(el);
  tell('warn', 'notInside', holder.localName, name);
}

/** Upgrades every placeholder in `root` (and `root` itself). */
export function upgrade(root: ParentNode, options: Upgrade): void {
  // Element, not HTMLElement: an <svg data-hr-widget> is upgraded too (next to it).
  if (root instanceof Element && root.matches(options.selector)) upgradeOne(root, options);
  for (const holder of root.querySelectorAll(options.selector)) upgradeOne(holder, options);
}
