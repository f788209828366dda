/**
 * What a site's strings are keyed and shaped by: language codes and CLDR
 * plural forms. Shared by the translate chunk (which alone takes it into
 * dist/) and the studio's Translate view, so both accept the same codes.
 */

/** CLDR's plural categories, in its order. */
export const PLURAL = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A language code a page's `lang` and Intl both take: "vi", "pt-BR" ("en-us-gb" looks like one and is not). */
export function isLangCode(code: string): boolean {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code)) return false;
  try {
    return Intl.getCanonicalLocales(code).length > 0;
  } catch {
    return false;
  }
}
