/**
 * Some CMS editors strip unknown tags. For them a plain placeholder works:
 * `<div data-hr-widget="quiz" data-src="/quiz.json" data-lang="es"></div>`
 * gets an `<hr-quiz src="/quiz.json" lang="es">` inside it: each `data-X`
 * naming one of that element's attributes becomes attribute `X`, and a child
 * JSON script moves in.
 */
import type { ElementEntry } from '../elements.js';
import { quote, tell } from './validate.js';

/** The elements placeholders may name; set by watchPlaceholders(). */
let known: readonly ElementEntry[] = [];
const SELECTOR = '[data-hr-widget]:not([data-hr-upgraded])';

// Elements that never show an element put inside them: void ones, ones whose
// content is text or a replacement (a frame, media, a form control), and table
// parts where the browser lets no <div> sit. Their new element goes after them.
const NO_CHILDREN =
  /^(br|hr|img|input|embed|textarea|select|option|template|iframe|script|style|canvas|video|audio|object|picture|table|tbody|tr)$/;

function showsChildren(el: Element): boolean {
  return el.namespaceURI === 'http://www.w3.org/1999/xhtml' && !NO_CHILDREN.test(el.localName);
}

function upgrade(holder: Element): void {
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
export function upgradePlaceholders(root: ParentNode = document): void {
  // Element, not HTMLElement: an <svg data-hr-widget> is upgraded too (next to it).
  if (root instanceof Element && root.matches(SELECTOR)) upgrade(root);
  for (const holder of root.querySelectorAll(SELECTOR)) upgrade(holder);
}

let observer: MutationObserver | undefined;

/** Upgrades placeholders of these elements now and whenever a page builder or app adds more. Idle pages cost nothing. */
export function watchPlaceholders(elements: readonly ElementEntry[]): void {
  if (observer) return;
  known = elements;
  upgradePlaceholders();
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) upgradePlaceholders(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
