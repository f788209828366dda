/**
 * The smallest valid document a field specification accepts: what the
 * data-contract tests feed every element. (The studio starts new entries
 * blank instead, with `emptyOf()`: an author fills them in.) Not part of the
 * bundle.
 */
import { impliedCase, type DataSpec, type Field, type Shape } from './fields.js';
import type { Json } from './validate.js';

const TEXT: Partial<Record<Field['kind'], unknown>> = {
  phone: '555-0100',
  url: 'https://example.org/',
  email: 'help@example.org',
  date: '2026-01-15',
  bool: false,
  tags: ['sample'],
};

function sampleField(field: Field, key: string): unknown {
  if (field.kind === 'list') {
    const items = Array.from({ length: field.all ? (field.min ?? 1) : 1 }, () => sampleShape(field.item!));
    // As many items as the count rule needs get `field: true` (the correct choices).
    if (field.count) items.slice(0, field.count.min).forEach((item) => (item[field.count!.field] = true));
    return items;
  }
  if (field.kind === 'object') return sampleShape(field.item!);
  if (field.kind === 'number') return field.min ?? 0;
  if (field.kind === 'enum') return field.values![0];
  return TEXT[field.kind] ?? `Sample ${field.label?.toLowerCase() ?? key}`;
}

function sampleShape(shape: Shape): Json {
  const out: Json = {};
  const fields = { ...shape.fields, ...(shape.variants && shape.variants.cases[impliedCase(shape, {})]) };
  for (const [key, field] of Object.entries(fields)) if (field.required) out[key] = sampleField(field, key);
  for (const rule of shape.needsOne ?? []) {
    const needed = rule.fields[0]!;
    out[needed] = sampleField(fields[needed]!, needed);
  }
  return out;
}

/** A valid document of the spec with only what it requires. */
export function sample(spec: DataSpec): Json {
  return sampleShape(spec);
}
