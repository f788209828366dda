/**
 * Every element of the library, listed once. The bundle entry, the
 * placeholders, the size and package scripts and the tests all read this list:
 * adding an element is its folder (`npm run create -- <name>` writes one) plus
 * one entry here.
 *
 * From `name` follow the tag (`hr-<name>`), the folder (`src/<name>/`), the
 * package subpath (`hr-widgets/<name>`, defined by `src/<name>/define.ts`), the
 * placeholder (`data-hr-widget="<name>"`) and the JSON Schema
 * (`schemas/<name>.schema.json`). The attributes a placeholder may copy are the
 * class's own `observedAttributes`.
 */
import type { DataSpec } from './shared/fields.js';
import { HrQuiz } from './quiz/hr-quiz.js';
import { quizFields } from './quiz/quiz.fields.js';
import { HrResourceList } from './resource-list/hr-resource-list.js';
import { resourceListFields } from './resource-list/resource-list.fields.js';
import { HrPrinciples } from './principles/hr-principles.js';
import { principlesFields } from './principles/principles.fields.js';
import { HrHelpline } from './helpline/hr-helpline.js';
import { helplineFields } from './helpline/helpline.fields.js';
import { HrQuickExit } from './quick-exit/hr-quick-exit.js';
import { quickExitFields } from './quick-exit/quick-exit.fields.js';
// create: imports (npm run create adds a new element's above this line)

export * from './quiz/hr-quiz.js';
export * from './resource-list/hr-resource-list.js';
export * from './principles/hr-principles.js';
export * from './helpline/hr-helpline.js';
export * from './quick-exit/hr-quick-exit.js';
// create: exports

export interface ElementEntry {
  /** Lower-case words joined by hyphens: the tag is `hr-<name>`. */
  readonly name: string;
  /** The class, defined as `hr-<name>`. */
  readonly element: CustomElementConstructor & { readonly observedAttributes: string[] };
  /** Its data, field by field: the validator and `schemas/<name>.schema.json` come from it. */
  readonly fields: DataSpec;
}

export const ELEMENTS: readonly ElementEntry[] = [
  { name: 'quiz', element: HrQuiz, fields: quizFields },
  { name: 'resource-list', element: HrResourceList, fields: resourceListFields },
  { name: 'principles', element: HrPrinciples, fields: principlesFields },
  { name: 'helpline', element: HrHelpline, fields: helplineFields },
  { name: 'quick-exit', element: HrQuickExit, fields: quickExitFields },
  // create: entries
];

export const tagOf = (entry: ElementEntry): `hr-${string}` => `hr-${entry.name}`;
