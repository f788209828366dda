import { define } from '../shared/define.js';
import { HrQuickExit } from './hr-quick-exit.js';

define({ 'hr-quick-exit': HrQuickExit });

export { HrQuickExit };
