import { define } from '../shared/define.js';
import { HrResourceList } from './hr-resource-list.js';

define({ 'hr-resource-list': HrResourceList });

export { HrResourceList };
