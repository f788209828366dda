// The JSON Schemas in schemas/ must say exactly what the elements' validators
// say: for every document of test/validation-cases.ts, the schema accepts it if
// and only if the validator finds no problem, and a broken document is rejected
// for the reason it was written for (the validator reports its path). The
// WordPress plugin's PHP validator is held to the same documents
// (test/wordpress/plugin.wp.js).
//
// The schemas are fetched rather than imported: esbuild (target es2022) strips
// `with { type: 'json' }`, and the browser will not run JSON as a module without it.
import './words.js';
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import type { Validation } from '../src/shared/validate.js';
import { fieldNames, read } from '../src/shared/fields.js';
import { sample } from '../src/shared/sample.js';
import { ELEMENTS } from '../src/elements.js';
import { gaps, tables } from './validation-cases.js';

type JsonObject = { [key: string]: unknown };
const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Names of the properties the schema declares, each with whether one declaration has a title and a description. */
function declaredProperties(schema: JsonObject): Map<string, boolean> {
  const defs = isObject(schema['$defs']) ? schema['$defs'] : {};
  const resolve = (node: JsonObject): JsonObject => {
    const ref = node['$ref'];
    const target = typeof ref === 'string' && ref.startsWith('#/$defs/') ? defs[ref.slice('#/$defs/'.length)] : undefined;
    return isObject(target) ? { ...target, ...node } : node;
  };
  const found = new Map<string, boolean>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const properties = node['properties'];
    if (isObject(properties)) {
      for (const [name, sub] of Object.entries(properties)) {
        const declared = isObject(sub) ? resolve(sub) : {};
        const described = typeof declared['title'] === 'string' && typeof declared['description'] === 'string';
        found.set(name, (found.get(name) ?? false) || described);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(schema);
  return found;
}

function describeProblems(validation: Validation<unknown>): string {
  return validation.problems.length ? validation.problems.map((p) => `${p.path}: ${p.message}`).join('; ') : 'no problem';
}

const schemas = new Map<string, JsonObject>();
const validators = new Map<string, Validator>();

async function load(element: string): Promise<void> {
  const response = await fetch(`/schemas/${element}.schema.json`);
  if (!response.ok) throw new Error(`schemas/${element}.schema.json: HTTP ${response.status}`);
  // Two copies: the Validator annotates the schema it is given.
  const body = await response.text();
  schemas.set(element, JSON.parse(body) as JsonObject);
  validators.set(element, new Validator(JSON.parse(body) as Schema, '2020-12', false));
}

const schemaAccepts = (element: string, doc: unknown): boolean => validators.get(element)!.validate(doc).valid;

describe('JSON Schemas agree with the validators', () => {
  before(async () => {
    await Promise.all(tables.map((t) => load(t.element)));
  });

  for (const { element, validate, cases } of tables) {
    // Every property the validator reads, anywhere in the document.
    const fields = fieldNames(ELEMENTS.find((e) => e.name === element)!.fields);
    const valid = cases.filter((c) => c.path === undefined);
    const invalid = cases.filter((c) => c.path !== undefined);

    describe(`schemas/${element}.schema.json`, () => {
      it('is a draft 2020-12 schema with an $id, a title, and a title and description for every property', () => {
        const schema = schemas.get(element)!;
        expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
        expect(schema['$id']).to.equal(`https://unpkg.com/hr-widgets/schemas/${element}.schema.json`);
        expect(schema['title'], 'title').to.be.a('string');
        expect(schema['description'], 'description').to.be.a('string');
        const declared = declaredProperties(schema);
        expect([...declared.keys()].sort(), 'properties declared').to.have.members([...fields].sort());
        expect(
          [...declared].filter(([, described]) => !described).map(([name]) => name),
          'properties without a title and description',
        ).to.deep.equal([]);
      });

      it(`accepts the ${valid.length} valid documents, as the validator does`, () => {
        const wrong = valid.flatMap(({ name, doc }) => {
          const validation = validate(doc);
          const out: string[] = [];
          if (validation.problems.length) out.push(`"${name}": meant to be valid, but the validator found ${describeProblems(validation)}`);
          if (!schemaAccepts(element, doc))
            out.push(`"${name}": the schema rejects it, the validator found ${describeProblems(validation)}`);
          return out;
        });
        expect(wrong, wrong.join('\n')).to.deep.equal([]);
      });

      it(`rejects the ${invalid.length} documents that each break one rule, as the validator does`, () => {
        const wrong = invalid.flatMap(({ name, doc, path }) => {
          const validation = validate(doc);
          const out: string[] = [];
          if (!validation.problems.some((p) => p.path === path))
            out.push(`"${name}": meant to break ${path}, but the validator found ${describeProblems(validation)}`);
          if (schemaAccepts(element, doc))
            out.push(`"${name}": the schema accepts it, the validator found ${describeProblems(validation)}`);
          return out;
        });
        expect(wrong, wrong.join('\n')).to.deep.equal([]);
      });
    });
  }

  it(`differs from the validators only in the ${gaps.length} documented ways`, () => {
    const wrong = gaps.flatMap(({ element, name, doc, schemaValid, validatorValid }) => {
      const validation = tables.find((t) => t.element === element)!.validate(doc);
      const out: string[] = [];
      if (schemaAccepts(element, doc) !== schemaValid)
        out.push(`${element} "${name}": the schema no longer ${schemaValid ? 'accepts' : 'rejects'} it`);
      if ((validation.problems.length === 0) !== validatorValid)
        out.push(`${element} "${name}": the validator now finds ${describeProblems(validation)}`);
      return out;
    });
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
  });

  // Every registered element, a new one too: its schema and its validator
  // (read() over the same spec) agree on its smallest document and on junk.
  for (const { name, fields } of ELEMENTS) {
    it(`schemas/${name}.schema.json and the validator agree on the smallest document and on a number at the root`, async () => {
      if (!validators.has(name)) await load(name);
      const smallest = sample(fields);
      expect(read(fields, smallest).problems, 'validator').to.deep.equal([]);
      expect(schemaAccepts(name, smallest), 'schema accepts the smallest document').to.equal(true);
      expect(read(fields, 42).problems, 'validator').to.not.deep.equal([]);
      expect(schemaAccepts(name, 42), 'schema rejects a number').to.equal(false);
    });
  }
});
