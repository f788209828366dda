import { define } from '../shared/define.js';
import { HrHelpline } from './hr-helpline.js';

define({ 'hr-helpline': HrHelpline });

export { HrHelpline };
