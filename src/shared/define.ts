/**
 * Defines custom elements unless their tags are taken. CMS pages often load a
 * script twice (two plugins, two versions): the first definition wins and one
 * warning says so, instead of an exception that stops the page's scripts.
 */
export function define(elements: Record<string, CustomElementConstructor>): void {
  const taken: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, ctor);
    else if (existing !== ctor) taken.push(`<${tag}>`);
  }
  if (taken.length) {
    console.warn(`hr-widgets: ${taken.join(', ')} already defined, probably by another copy of hr-widgets on this page. The first one is kept.`);
  }
}
