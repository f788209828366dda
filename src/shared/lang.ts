/** Languages with UI strings and default content. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
