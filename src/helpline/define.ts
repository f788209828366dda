import { define } from '../shared/define.js';
import { HrHelpline } from './hr-helpline.js';

define('hr-helpline', HrHelpline);

declare global {
  interface HTMLElementTagNameMap {
    'hr-helpline': HrHelpline;
  }
}

export { HrHelpline };
