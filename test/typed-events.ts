// Compile-time checks, run by `npm run typecheck` (not a test file the
// browser runs): emit() takes each event's own detail type from the global
// event map, so a wrong detail or an unknown event does not compile.
import { HrQuiz } from '../src/quiz/hr-quiz.js';

export class EmitProbe extends HrQuiz {
  probe(): void {
    this.emit('hr-answer', { index: 0, correct: true, hinted: false });
    this.emit('hr-complete', { percent: 100, correct: 1, total: 1, passed: null });
    // @ts-expect-error: the detail of hr-complete is not that of hr-answer.
    this.emit('hr-complete', { index: 0, correct: true });
    // @ts-expect-error: an event the library does not have.
    this.emit('hr-made-up', {});
    // @ts-expect-error: not one of the library's events, though the page has it.
    this.emit('click', {});
  }
}
