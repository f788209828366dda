/**
 * JSON Schema (2020-12) from a field specification: what editors use to
 * check and complete an element's data as it is typed. `npm run schemas`
 * writes `schemas/<name>.schema.json` with it; the test command checks that
 * they are current, and test/schemas.test.ts that each schema accepts exactly
 * what the validator accepts. Not part of the bundle.
 */
import { LIMITS } from './validate.js';
import { textLimit, type DataSpec, type Field, type Shape } from './fields.js';
import { either } from './messages.js';

export type JsonSchema = { [key: string]: unknown };

// What the validator's readers accept, as far as a regular expression can say.
const PHONE = '^\\s*(?:\\+?[\\d\\s()./-]*\\d[\\d\\s()./-]*(?:\\s*,?\\s*(?:[Ee][Xx][Tt]\\.?|[Ee]xtensi[oó]n|[Xx])\\s*\\d{1,6})?)?\\s*$';
const URL = '^\\s*(?:[Hh][Tt][Tt][Pp][Ss]?:|(?!\\s|[A-Za-z][A-Za-z0-9+.-]*:))';
const EMAIL = '^\\s*(?:[^\\s@<>()\\[\\]\\\\,;:"?#&%/]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)?\\s*$';
const DATE = '^\\s*(?:\\d{4}-\\d{2}-\\d{2})?\\s*$';
const NOT_BLANK = '\\S';

/** What each kind accepts, said once for every field of that kind. */
const ABOUT: Partial<Record<Field['kind'], string>> = {
  phone:
    'Written as people read it ("988", "(215) 634-5272"); digits and the usual separators ( ) - . / +, with an optional extension ("ext. 2"); invisible formatting characters are removed first.',
  url: 'An http or https address, or one relative to the page. Any other address (javascript:, data:, …) is reported and not used. This schema only checks the scheme; the element also rejects addresses a browser cannot parse, such as "https://" with no host.',
  email: 'White space around it is ignored.',
  date: 'A date that exists, written YYYY-MM-DD like "2026-03-31"; white space around it is ignored.',
};

const PATTERN: Partial<Record<Field['kind'], string>> = { url: URL, phone: PHONE, email: EMAIL, date: DATE };

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any of the values, with white space around it, as the validator trims it. */
const oneOfPattern = (values: readonly string[], optional: boolean): string =>
  `^\\s*(?:${values.map(escape).join('|')})${optional ? '?' : ''}\\s*$`;

function sentences(...parts: (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

function describeField(field: Field): string {
  const { kind, required } = field;
  let rule: string;
  if (kind === 'list') {
    const noun = field.noun ?? 'item';
    rule = field.all
      ? `${field.min} to ${field.max} ${noun}s. Required.`
      : required
        ? `At least one, and every ${noun} must be valid.`
        : `Optional, but when present it must be a list with at least one ${noun} (an empty list or null is an error).`;
  } else if (kind === 'object') {
    rule = required ? 'Required.' : 'Optional: null, or an object with nothing filled in, counts as absent.';
  } else if (kind === 'tags') {
    rule = 'Optional: null counts as absent; every entry must be non-blank text.';
  } else if (kind === 'bool' || kind === 'number') {
    const range = kind === 'number' && field.min !== undefined ? `A number from ${field.min} to ${field.max}.` : '';
    rule = sentences(range, required ? 'Required.' : 'Optional: null counts as absent.');
  } else {
    const values = kind === 'enum' ? `One of ${either((field.values ?? []).join('\n'))}; white space around it is ignored.` : '';
    rule = sentences(values, required ? 'Required, not blank.' : 'Optional: blank or null counts as absent.');
  }
  const kept = field.keep && 'When it is not valid, only it is left out.';
  return sentences(field.description, ABOUT[kind], rule, kept);
}

/** The schema of one field; shapes inside lists go to `defs`. */
function fieldSchema(field: Field, defs: JsonSchema): JsonSchema {
  const { kind, required } = field;
  const doc = { title: field.label, description: describeField(field) };
  switch (kind) {
    case 'bool':
      return { ...doc, type: required ? 'boolean' : ['boolean', 'null'] };
    case 'number':
      return { ...doc, type: required ? 'number' : ['number', 'null'], minimum: field.min, maximum: field.max };
    case 'enum':
      return {
        ...doc,
        anyOf: [
          { enum: field.values },
          { type: required ? 'string' : ['string', 'null'], pattern: oneOfPattern(field.values ?? [], !required) },
        ],
      };
    case 'tags':
      return {
        ...doc,
        type: ['array', 'null'],
        items: { type: 'string', pattern: NOT_BLANK, maxLength: LIMITS.line },
        maxItems: LIMITS.tags,
      };
    case 'list': {
      const item = field.item!;
      defs[item.name] ??= shapeSchema(item, defs);
      const rule = field.count;
      return {
        ...doc,
        type: 'array',
        minItems: field.all ? field.min : 1,
        maxItems: field.max,
        items: { $ref: `#/$defs/${item.name}` },
        ...(rule && {
          contains: { type: 'object', required: [rule.field], properties: { [rule.field]: { const: true } } },
          minContains: rule.min,
          maxContains: rule.max,
        }),
      };
    }
    case 'object': {
      const item = field.item!;
      defs[item.name] ??= shapeSchema(item, defs);
      const ref = { $ref: `#/$defs/${item.name}` };
      return required ? { ...doc, ...ref } : { ...doc, anyOf: [ref, { type: 'null' }, { type: 'object', maxProperties: 0 }] };
    }
    default: {
      const max = textLimit(field);
      const pattern = PATTERN[kind];
      if (required) return { ...doc, type: 'string', pattern: pattern ?? NOT_BLANK, maxLength: max };
      return { ...doc, type: ['string', 'null'], pattern, maxLength: max };
    }
  }
}

function objectSchema(fields: Record<string, Field>, defs: JsonSchema): JsonSchema {
  const required = Object.keys(fields).filter((key) => fields[key]!.required);
  const properties = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, fieldSchema(field, defs)]));
  return { ...(required.length && { required }), properties };
}

const present = (key: string): JsonSchema => ({ required: [key], properties: { [key]: { not: { type: 'null' } } } });
const nonBlank = (key: string): JsonSchema => ({ required: [key], properties: { [key]: { type: 'string', pattern: NOT_BLANK } } });

function shapeSchema(shape: Shape, defs: JsonSchema): JsonSchema {
  const doc = { title: shape.label, description: sentences(shape.description, 'Properties not listed here are ignored by the element.') };
  const object: JsonSchema = { ...doc, type: 'object', ...objectSchema(shape.fields, defs) };
  const rules: JsonSchema[] = [];
  if (shape.together) {
    const [a, b] = shape.together;
    object['$comment'] = `${a} and ${b} go together. Not dependentRequired: null counts as absent.`;
    rules.push({ if: present(a), then: present(b) }, { if: present(b), then: present(a) });
  }
  for (const rule of shape.needsOne ?? []) rules.push({ anyOf: rule.fields.map(nonBlank) });
  if (shape.variants) {
    const { key, infer, cases } = shape.variants;
    const names = Object.keys(cases);
    (object['properties'] as JsonSchema)[key] = {
      title: 'Type',
      description: `One of ${either(names.join('\n'))}; white space around it is ignored. When it is missing (or null or blank), ${JSON.stringify(infer.then)} if "${infer.field}" is true or false, else ${JSON.stringify(infer.otherwise)}.`,
      anyOf: [{ enum: names }, { type: ['string', 'null'], pattern: oneOfPattern(names, true) }],
    };
    const absent = { not: nonBlank(key) };
    const inferred = { required: [infer.field], properties: { [infer.field]: { type: 'boolean' } } };
    for (const name of names) {
      const named = { required: [key], properties: { [key]: { type: 'string', pattern: oneOfPattern([name], false) } } };
      const when =
        name === infer.then
          ? { anyOf: [named, { allOf: [absent, inferred] }] }
          : name === infer.otherwise
            ? { anyOf: [named, { allOf: [absent, { not: inferred }] }] }
            : named;
      rules.push({ if: when, then: objectSchema(cases[name]!, defs) });
    }
  }
  if (rules.length) object['allOf'] = rules;
  if (!shape.shorthand) return object;
  const text = shape.fields[shape.shorthand]!;
  return {
    ...doc,
    anyOf: [
      // The bare string stands for the field given: never null or blank.
      {
        ...fieldSchema({ ...text, required: true }, defs),
        title: `${shape.label} text`,
        description: `The same as { "${shape.shorthand}": "…" }.`,
      },
      { ...object, description: `${shape.label} with its options. Properties not listed here are ignored by the element.` },
    ],
  };
}

/** The JSON Schema of an element's data. */
export function toJsonSchema(spec: DataSpec, name: string): JsonSchema {
  const defs: JsonSchema = {};
  const head = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/hr-widgets/schemas/${name}.schema.json`,
    title: `<hr-${name}> data`,
  };
  const root = shapeSchema(spec, defs);
  if (!spec.list) {
    return {
      ...head,
      ...root,
      title: head.title,
      description: sentences(spec.description, 'Properties not listed here are ignored by the element.'),
    };
  }
  const list = spec.fields[spec.list]!;
  const listSchema = fieldSchema(list, defs);
  return {
    ...head,
    description: sentences(
      spec.description,
      `An object with "${spec.list}", or a bare array of ${list.noun}s, the same as { "${spec.list}": [...] }.`,
      'Properties not listed here are ignored by the element.',
    ),
    oneOf: [{ $ref: `#/$defs/${spec.name}` }, { $ref: `#/$defs/${spec.list}` }],
    $defs: {
      [spec.name]: { ...root, properties: { ...(root['properties'] as JsonSchema), [spec.list]: { $ref: `#/$defs/${spec.list}` } } },
      [spec.list]: listSchema,
      ...defs,
    },
  };
}
