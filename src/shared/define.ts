/**
 * Defines a custom element unless the tag is taken. CMS pages often load a
 * script twice (two plugins, two versions): the first definition wins and a
 * warning says so, instead of an exception that stops the page's scripts.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`hr-widgets: <${tag}> is already defined, probably by another copy of hr-widgets on this page. The first one is kept.`);
  }
}
