import { define } from '../shared/define.js';
import { HrPrinciples } from './hr-principles.js';

define({ 'hr-principles': HrPrinciples });

export { HrPrinciples };
