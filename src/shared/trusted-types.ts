/**
 * Lit creates a Trusted Types policy named "lit-html" while its module
 * evaluates. A Content-Security-Policy that refuses that name
 * (`trusted-types app-policy`), or refuses it a second time (two copies of
 * this bundle without 'allow-duplicates'), makes `createPolicy` throw there
 * and stops the whole bundle. This module is imported before anything that
 * imports Lit: it lets that one call fail quietly (Lit then uses plain
 * strings), and define() puts `createPolicy` back once the elements' modules
 * (and Lit) have evaluated, so the page's own calls are never touched.
 */
interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
// The page's own function (the prototype's, or its own patch), put back by restoreCreatePolicy().
const createPolicy = factory?.createPolicy;
let refused = false;

if (factory && createPolicy) {
  try {
    factory.createPolicy = function (name, rules) {
      try {
        return createPolicy.call(this, name, rules);
      } catch (error) {
        if (name !== 'lit-html') throw error;
        refused = true;
      }
    };
  } catch {
    // A page that froze `trustedTypes` keeps it untouched (and Lit as it is).
  }
}

/** Puts the page's own `createPolicy` back. */
export function restoreCreatePolicy(): void {
  try {
    if (factory && createPolicy) factory.createPolicy = createPolicy;
  } catch {
    // Frozen: never changed.
  }
}

/**
 * Without its policy Lit hands plain strings to `innerHTML`: fine unless the
 * page enforces Trusted Types with no default policy to let them through.
 * Tested with the same kind of assignment Lit makes.
 */
export function litCanRender(): boolean {
  if (!refused) return true;
  try {
    document.createElement('template').innerHTML = '';
    return true;
  } catch {
    return false;
  }
}
