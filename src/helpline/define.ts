// First: lets Lit start on pages whose Trusted Types policy refuses it (see the module).
import '../shared/trusted-types.js';
import { define } from '../shared/define-elements.js';
import { HrHelpline } from './hr-helpline.js';

define({ 'hr-helpline': HrHelpline });

export { HrHelpline };
