/// <reference types="vite/client" />
/**
 * What the studio knows of each element beyond the registry, found by folder
 * (Vite's import.meta.glob), so a new element needs no line here: its
 * built-in content (loaded when asked for) and the attributes its field
 * module declares.
 */
import type { Attributes } from '../shared/fields.js';
import type { PerLang } from '../shared/lang.js';

const DEFAULTS = import.meta.glob<{ default: PerLang<unknown> }>('../*/default-content.ts');
const FIELD_MODULES = import.meta.glob<{ attributes?: Attributes }>('../*/*.fields.ts', { eager: true });

/** The attributes a site owner sets on an element. */
export const attributesOf = (name: string): Attributes => FIELD_MODULES[`../${name}/${name}.fields.ts`]?.attributes ?? {};

/** The loader of an element's built-in content, if it has one. */
export const defaultsOf = (name: string): (() => Promise<{ default: PerLang<unknown> }>) | undefined =>
  DEFAULTS[`../${name}/default-content.ts`];
