// Compile-time checks, run by `npm run typecheck`: each element's public data
// type names exactly the fields its specification declares, at every level.
// A field added to a spec (or a type) alone fails here until the other has it.
import type { HelpLine, HelplineData } from '../src/helpline/helpline-types.js';
import { helplineFields } from '../src/helpline/helpline.fields.js';
import type { Principle, PrinciplesData } from '../src/principles/principles-types.js';
import { principlesFields } from '../src/principles/principles.fields.js';
import type { QuickExitData } from '../src/quick-exit/hr-quick-exit.js';
import { quickExitFields } from '../src/quick-exit/quick-exit.fields.js';
import type { QuizChoice, QuizData, QuizQuestion, QuizResultBand } from '../src/quiz/quiz-types.js';
import { choiceShape, quizFields } from '../src/quiz/quiz.fields.js';
import type { Resource, ResourceListData } from '../src/resource-list/resource-types.js';
import { resourceListFields } from '../src/resource-list/resource-list.fields.js';

/** The keys of every member of a union, not only the shared ones. */
type Keys<T> = T extends unknown ? keyof T : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only when the type's keys and the spec's fields are the same set. */
const same = <A, B>(ok: Same<A, B>): Same<A, B> => ok;

type Question = (typeof quizFields)['fields']['questions']['item'];
type Cases = Question['variants']['cases'];

export const checks = [
  same<keyof HelplineData, keyof (typeof helplineFields)['fields']>(true),
  same<keyof HelpLine, keyof (typeof helplineFields)['fields']['lines']['item']['fields']>(true),
  same<keyof PrinciplesData, keyof (typeof principlesFields)['fields']>(true),
  same<keyof Principle, keyof (typeof principlesFields)['fields']['principles']['item']['fields']>(true),
  same<keyof QuickExitData, keyof (typeof quickExitFields)['fields']>(true),
  same<keyof ResourceListData, keyof (typeof resourceListFields)['fields']>(true),
  same<keyof Resource, keyof (typeof resourceListFields)['fields']['resources']['item']['fields']>(true),
  same<keyof QuizData, keyof (typeof quizFields)['fields']>(true),
  same<keyof QuizResultBand, keyof (typeof quizFields)['fields']['results']['item']['fields']>(true),
  same<Keys<QuizQuestion>, keyof Question['fields'] | Question['variants']['key'] | Keys<Cases[keyof Cases]>>(true),
  same<keyof QuizChoice, keyof (typeof choiceShape)['fields']>(true),
];
