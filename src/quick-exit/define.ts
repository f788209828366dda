// First: lets Lit start on pages whose Trusted Types policy refuses it (see the module).
import '../shared/trusted-types.js';
import { define } from '../shared/define-elements.js';
import { HrQuickExit } from './hr-quick-exit.js';

define({ 'hr-quick-exit': HrQuickExit });

export { HrQuickExit };
