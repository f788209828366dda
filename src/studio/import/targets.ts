import { resourceListFields } from '../../resource-list/resource-list.fields.js';

/** A column's place: one of a resource's fields, the ZIP code (added to the address), or nothing. */
export type Target = keyof typeof resourceListFields.fields.resources.item.fields | 'zip' | '';

export const TARGETS = [...Object.keys(resourceListFields.fields.resources.item.fields), 'zip'] as Exclude<Target, ''>[];
