// First: lets Lit start on pages whose Trusted Types policy refuses it (see the module).
import '../shared/trusted-types.js';
import { define } from '../shared/define-elements.js';
import { HrResourceList } from './hr-resource-list.js';

define({ 'hr-resource-list': HrResourceList });

export { HrResourceList };
