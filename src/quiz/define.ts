import { define } from '../shared/define.js';
import { HrQuiz } from './hr-quiz.js';

define('hr-quiz', HrQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'hr-quiz': HrQuiz;
  }
}

export { HrQuiz };
