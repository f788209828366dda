import { define } from '../shared/define.js';
import { HrPrinciples } from './hr-principles.js';

define('hr-principles', HrPrinciples);

declare global {
  interface HTMLElementTagNameMap {
    'hr-principles': HrPrinciples;
  }
}

export { HrPrinciples };
