/**
 * The bundle entry: defines every hr-widgets element.
 * Each element can also be imported alone, e.g. `hr-widgets/quiz`.
 */
export { HrPrinciples } from './principles/define.js';
export { HrQuiz } from './quiz/define.js';
export { HrResourceList } from './resource-list/define.js';
export { HrHelpline } from './helpline/define.js';
export { HrQuickExit } from './quick-exit/define.js';
export { HrElement, type HrErrorDetail, type DataSource } from './shared/hr-element.js';
export type { Problem } from './shared/validate.js';
export type { PrinciplesData, Principle } from './principles/principles-types.js';
export type { QuizData, QuizQuestion, QuizChoice, QuizResultBand } from './quiz/quiz-types.js';
export type { ResourceListData, Resource, Coverage } from './resource-list/resource-types.js';
export type { HelplineData, HelpLine } from './helpline/helpline-types.js';
export type { QuickExitData, HrExitDetail } from './quick-exit/hr-quick-exit.js';
export type { HrAnswerDetail, HrCompleteDetail } from './quiz/hr-quiz.js';
