/**
 * The bundle entry: defines every hr-widgets element and upgrades
 * `data-hr-widget` placeholders. Each element can also be imported alone,
 * e.g. `hr-widgets/quiz`.
 */
// First: lets Lit start on pages whose Trusted Types policy refuses it (see the module).
import './shared/trusted-types.js';
import { define } from './shared/define.js';
import { HrHelpline } from './helpline/hr-helpline.js';
import { HrPrinciples } from './principles/hr-principles.js';
import { HrQuickExit } from './quick-exit/hr-quick-exit.js';
import { HrQuiz } from './quiz/hr-quiz.js';
import { HrResourceList } from './resource-list/hr-resource-list.js';
import { watchPlaceholders } from './shared/placeholders.js';

define({
  'hr-quiz': HrQuiz,
  'hr-resource-list': HrResourceList,
  'hr-principles': HrPrinciples,
  'hr-helpline': HrHelpline,
  'hr-quick-exit': HrQuickExit,
});
watchPlaceholders();

export { HrHelpline, HrPrinciples, HrQuickExit, HrQuiz, HrResourceList };
export { upgradePlaceholders } from './shared/placeholders.js';
export { HrElement, type HrErrorDetail, type DataSource } from './shared/hr-element.js';
export type { Problem } from './shared/validate.js';
export type { PrinciplesData, Principle } from './principles/principles-types.js';
export type { QuizData, QuizQuestion, QuizChoice, QuizResultBand } from './quiz/quiz-types.js';
export type { ResourceListData, Resource, Coverage } from './resource-list/resource-types.js';
export type { HelplineData, HelpLine } from './helpline/helpline-types.js';
export type { QuickExitData, HrExitDetail } from './quick-exit/hr-quick-exit.js';
export type { HrAnswerDetail, HrCompleteDetail } from './quiz/hr-quiz.js';
