/**
 * The bundle entry: defines every hr-widgets element (listed in
 * `elements.ts`) and upgrades `data-hr-widget` placeholders. Each element can
 * also be imported alone, e.g. `hr-widgets/quiz`.
 */
// First: lets Lit start on pages whose Trusted Types policy refuses it (see the module).
import './shared/trusted-types.js';
import { define } from './shared/define-elements.js';
import { ELEMENTS, tagOf } from './elements.js';
import { watchPlaceholders } from './shared/placeholders.js';

define(Object.fromEntries(ELEMENTS.map((entry) => [tagOf(entry), entry.element])));
watchPlaceholders(ELEMENTS);

// The classes, their data types and event details.
export * from './elements.js';
export { upgradePlaceholders } from './shared/placeholders.js';
export { HrElement, type HrErrorDetail, type DataSource } from './shared/hr-element.js';
export type { Problem } from './shared/validate.js';
