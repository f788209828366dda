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
import { HrQuiz } from './quiz/hr-quiz.js';
import { HrResourceList } from './resource-list/hr-resource-list.js';
import { HrPrinciples } from './principles/hr-principles.js';
import { HrHelpline } from './helpline/hr-helpline.js';
import { HrQuickExit } from './quick-exit/hr-quick-exit.js';

export * from './quiz/hr-quiz.js';
export * from './resource-list/hr-resource-list.js';
export * from './principles/hr-principles.js';
export * from './helpline/hr-helpline.js';
export * from './quick-exit/hr-quick-exit.js';

export interface ElementEntry {
  /** Lower-case words joined by hyphens: the tag is `hr-<name>`. */
  readonly name: string;
  /** The class, defined as `hr-<name>`. */
  readonly element: CustomElementConstructor & { readonly observedAttributes: string[] };
}

export const ELEMENTS: readonly ElementEntry[] = [
  { name: 'quiz', element: HrQuiz },
  { name: 'resource-list', element: HrResourceList },
  { name: 'principles', element: HrPrinciples },
  { name: 'helpline', element: HrHelpline },
  { name: 'quick-exit', element: HrQuickExit },
];

export const tagOf = (entry: ElementEntry): `hr-${string}` => `hr-${entry.name}`;
