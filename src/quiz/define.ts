import { define } from '../shared/define.js';
import { HrQuiz } from './hr-quiz.js';

define({ 'hr-quiz': HrQuiz });

export { HrQuiz };
