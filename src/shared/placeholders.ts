/**
 * Some CMS editors strip unknown tags. For them a plain placeholder works:
 * `<div data-hr-widget="quiz" data-src="/quiz.json" data-lang="es"></div>`
 * gets an `<hr-quiz src="/quiz.json" lang="es">` inside it: each `data-X`
 * naming one of that element's attributes becomes attribute `X`, and a child
 * JSON script moves in. The bundle watches for them; the code that upgrades
 * them is a chunk (upgrade.ts).
 */
import type { ElementEntry } from '../elements.js';
import { quote, tell } from './validate.js';

/** The elements placeholders may name; set by watchPlaceholders(). */
let known: readonly ElementEntry[] = [];
const SELECTOR = '[data-hr-widget]:not([data-hr-upgraded])';
/** The code that upgrades them: a chunk, loaded only by pages that have a placeholder. */
const upgrader = () => import('./upgrade.js');

/** Upgrades every placeholder in `root` (and `root` itself), once their code has loaded; offline, they stay as they are. */
export async function upgradePlaceholders(root: ParentNode = document): Promise<void> {
  if ((root instanceof Element && root.matches(SELECTOR)) || root.querySelector(SELECTOR)) {
    (await upgrader().catch(() => undefined))?.upgrade(root, { known, selector: SELECTOR, tell, quote });
  }
}

let observer: MutationObserver | undefined;

/** Upgrades placeholders of these elements now and whenever a page builder or app adds more. Idle pages cost nothing. */
export function watchPlaceholders(elements: readonly ElementEntry[]): void {
  if (observer) return;
  known = elements;
  void upgradePlaceholders();
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void upgradePlaceholders(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
