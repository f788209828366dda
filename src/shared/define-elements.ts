import { tell } from './validate.js';
import { litCanRender, restoreCreatePolicy } from './trusted-types.js';

let refusalReported = false;

/**
 * Defines custom elements unless their tags are taken. CMS pages often load a
 * script twice (two plugins, two versions): the first definition wins and one
 * warning says so, instead of an exception that stops the page's scripts.
 */
export function define(elements: Record<string, CustomElementConstructor>): void {
  // The elements' modules, and Lit with them, have evaluated: the page gets its createPolicy back.
  restoreCreatePolicy();
  const taken: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (existing) {
      if (existing !== ctor) taken.push(`<${tag}>`);
    } else if (litCanRender()) {
      customElements.define(tag, ctor);
    } else if (!refusalReported) {
      // Defined, the elements would only throw while rendering. Said once, with the fix.
      refusalReported = true;
      tell('error', 'trustedTypes');
    }
  }
  if (taken.length) {
    tell('warn', 'taken', taken.join(', '));
  }
}
