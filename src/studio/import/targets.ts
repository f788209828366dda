import { resourceListFields } from '../../resource-list/resource-list.fields.js';

type Fields = typeof resourceListFields.fields.resources.item.fields;
/** The fields a spreadsheet cell can fill: not the lists (opening hours), which have rows of their own. */
type Column = { [K in keyof Fields]: Fields[K]['kind'] extends 'list' ? never : K }[keyof Fields];

/** A column's place: one of a resource's fields, the ZIP code (added to the address), or nothing. */
export type Target = Column | 'zip' | '';

export const TARGETS = [
  ...Object.entries(resourceListFields.fields.resources.item.fields)
    .filter(([, field]) => field.kind !== 'list')
    .map(([key]) => key),
  'zip',
] as Exclude<Target, ''>[];
