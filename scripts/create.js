// `npm run create -- <name>`: writes a new element's folder, src/<name>/, from
// the skeleton every element follows (a field specification, a model, the
// element over the shared data and language controllers, styles, built-in
// content, a define module), and registers it in src/elements.ts and on the
// demo page at their markers. Nothing else needs editing: the bundle, the
// placeholders, the package exports, the JSON Schema (npm run schemas), the
// size and pack checks and the data-contract tests all read the registry.
// CONTRIBUTING.md walks through what to do next.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const camel = (name) => pascal(name).replace(/^./, (c) => c.toLowerCase());

/** The files of a new element, by path under src/<name>/. */
export function skeleton(name) {
  const Class = `Hr${pascal(name)}`;
  const Data = `${pascal(name)}Data`;
  const fields = `${camel(name)}Fields`;
  const validate = `validate${pascal(name)}`;
  const tag = `hr-${name}`;
  return {
    [`${name}.fields.ts`]: `import type { DataSpec } from '../shared/fields.js';

/** The data of \`<${tag}>\`, declared once: the validator and the JSON Schema follow from it, and the studio's forms will. */
export const ${fields} = {
  name: '${camel(name)}',
  label: '${pascal(name)}',
  description: 'The data of <${tag}>.',
  list: 'items',
  fields: {
    title: { kind: 'line', label: 'Title', description: 'Heading shown above the items.' },
    intro: { kind: 'text', label: 'Introduction', description: 'Short text shown before the items.' },
    items: {
      kind: 'list',
      required: true,
      max: 100,
      noun: 'item',
      label: 'Items',
      description: 'The items, in the order shown.',
      item: {
        name: 'item',
        label: 'Item',
        description: 'One item.',
        fields: {
          title: { kind: 'line', required: true, label: 'Title', description: 'The item in a few words.' },
          description: { kind: 'text', keep: true, label: 'Description', description: 'What it means, in a sentence or two.' },
        },
      },
    },
  },
} as const satisfies DataSpec;
`,
    [`${name}-types.ts`]: `/** One item. */
export interface ${pascal(name)}Item {
  title: string;
  description?: string;
}

/** The data \`<${tag}>\` accepts. A bare array of items is accepted too. */
export interface ${Data} {
  title?: string;
  intro?: string;
  items: ${pascal(name)}Item[];
}
`,
    [`${name}-model.ts`]: `import { read } from '../shared/fields.js';
import type { Validation } from '../shared/validate.js';
import { ${fields} } from './${name}.fields.js';
import type { ${Data} } from './${name}-types.js';

export function ${validate}(raw: unknown): Validation<${Data}> {
  return read<${Data}>(${fields}, raw);
}
`,
    [`${name}.styles.ts`]: `import { css } from 'lit';

export const ${camel(name)}Styles = css\`
  .intro {
    max-width: 65ch;
  }
\`;
`,
    'default-content.ts': `import type { PerLang } from '../shared/lang.js';
import type { ${Data} } from './${name}-types.js';

/** Built-in content, loaded as its own chunk only when a page uses it. Write it from the seeds in shared/seeds. */
const content: PerLang<${Data}> = {
  en: {
    title: 'A title',
    items: [{ title: 'A first item', description: 'Plain words, short sentences, person-first language.' }],
  },
  es: {
    title: 'Un título',
    items: [{ title: 'Un primer elemento', description: 'Palabras sencillas, frases cortas, lenguaje que pone a la persona primero.' }],
  },
};

export default content;
`,
    [`hr-${name}.ts`]: `import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { HrElement } from '../shared/hr-element.js';
import { header, heading } from '../shared/heading.js';
import { baseStyles, cardStyles, reserveStyles } from '../shared/styles.js';
import { ${validate} } from './${name}-model.js';
import { ${camel(name)}Styles } from './${name}.styles.js';
import type { ${Data} } from './${name}-types.js';

/** The built-in content: a chunk of its own, loaded only by pages that show it. */
const defaults = () => import('./default-content.js');

export type { ${Data}, ${pascal(name)}Item } from './${name}-types.js';

/**
 * Describe what a visitor gets from it, in a sentence or two.
 *
 * @summary One line for the docs.
 * @tag ${tag}
 *
 * @attr {string} data - The data as JSON text: \`{ "title", "intro", "items": [{ "title", "description" }] }\` or a bare array of items.
 * @attr {string} src - URL of a JSON document with the data, fetched without credentials.
 * @attr {string} lang - Language of the interface and default content (\`en\`, \`es\`); inherited from ancestors when absent.
 *
 * @event {CustomEvent<HrErrorDetail>} hr-error - The data could not be used in full: \`{ message, path, problems }\`.
 *
 * @csspart notice - The short notice shown when data has problems.
 * @csspart loading - The loading message while \`src\` is fetched.
 * @csspart title - The heading of the whole element.
 * @csspart intro - The paragraph under the title.
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart item-title - An item's heading.
 * @csspart description - An item's text.
 *
 * @cssproperty --hr-reserve - Height held while a site's data loads, so the page does not jump. Default: see "Reserved space" in docs/theming.md.
 * @cssproperty --hr-color-accent - Links and focus rings. Default \`#0b5cad\`.
 * @cssproperty --hr-color-text - Text colour. Default: inherited from the page.
 * @cssproperty --hr-color-surface - Card background. Default: transparent.
 * @cssproperty --hr-color-border - Card lines. Default: text colour at 30%.
 * @cssproperty --hr-radius - Corner radius. Default \`0.5rem\`.
 * @cssproperty --hr-space - Space between items. Default \`1rem\`.
 */
export class ${Class} extends HrElement {
  /**
   * Height (rem) held while it loads: for a site's data, then for its built-in content on wide, medium (≤ 48rem) and
   * narrow (≤ 30rem) screens: the loading state's min-height. Measured by \`npm run reserve\` once the built-in content is written.
   */
  static reserve = [8, 8, 8, 8] as const;
  static override styles = [baseStyles, cardStyles, reserveStyles(this.reserve), ${camel(name)}Styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The data, set by code; wins over every other source. */
  declare data: ${Data} | null | undefined;
  /** Level of the title heading (1–6, default 2); items sit one level below it. */
  declare headingLevel: number;

  /** @internal */
  protected readonly loader = this.useData<${Data}>({ validate: ${validate}, defaults });

  constructor() {
    super();
    this.headingLevel = 2;
  }

  override render(): TemplateResult {
    return this.loader.render({ content: this.#renderContent });
  }

  #renderContent(data: ${Data}): TemplateResult {
    const [top, itemLevel] = header(this.headingLevel, data.title, data.intro);
    return html\`
      \${top}
      <ul class="cards" part="list">
        \${data.items.map(
          (item) =>
            html\`<li class="card" part="item">
              \${heading(itemLevel, item.title, 'item-title')}
              \${item.description ? html\`<p part="description">\${item.description}</p>\` : nothing}
            </li>\`,
        )}
      </ul>
    \`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
    'define.ts': `// First: lets Lit start on pages whose Trusted Types policy refuses it (see the module).
import '../shared/trusted-types.js';
import { define } from '../shared/define-elements.js';
import { ${Class} } from './hr-${name}.js';

define({ '${tag}': ${Class} });

export { ${Class} };
`,
  };
}

/** Puts `text` before the line holding `marker`; fails loudly when the marker is gone. */
function insertAt(file, marker, text) {
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(marker);
  if (at < 0) throw new Error(`${file}: the marker "${marker}" is missing`);
  const lineStart = source.lastIndexOf('\n', at) + 1;
  writeFileSync(file, source.slice(0, lineStart) + text + source.slice(lineStart));
}

/** Writes the element and registers it; `root` is the project folder. */
export function create(name, root = fileURLToPath(new URL('..', import.meta.url))) {
  if (!NAME.test(name)) throw new Error(`"${name}": use lower-case words joined by hyphens, like "hours" or "event-list"`);
  const folder = `${root}/src/${name}`;
  if (existsSync(folder)) throw new Error(`src/${name} already exists`);
  const Class = `Hr${pascal(name)}`;
  mkdirSync(folder);
  for (const [file, text] of Object.entries(skeleton(name))) writeFileSync(`${folder}/${file}`, text);

  const registry = `${root}/src/elements.ts`;
  insertAt(
    registry,
    '// create: imports',
    `import { ${Class} } from './${name}/hr-${name}.js';\nimport { ${camel(name)}Fields } from './${name}/${name}.fields.js';\n`,
  );
  insertAt(registry, '// create: exports', `export * from './${name}/hr-${name}.js';\n`);
  insertAt(registry, '// create: entries', `  { name: '${name}', element: ${Class}, fields: ${camel(name)}Fields },\n`);

  const demo = `${root}/demo/index.html`;
  insertAt(demo, '<!-- create: nav', `        <a href="#${name}">${pascal(name)}</a>\n`);
  insertAt(
    demo,
    '<!-- create: sections',
    `      <section id="${name}" aria-labelledby="${name}-h">\n        <h2 id="${name}-h">&lt;hr-${name}&gt;</h2>\n        <h3>Default content</h3>\n        <hr-${name} heading-level="4"></hr-${name}>\n      </section>\n\n`,
  );
  return [`src/${name}/`, 'src/elements.ts', 'demo/index.html'];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const name = process.argv[2];
  if (!name) {
    console.error('Usage: npm run create -- <name>   (the tag becomes hr-<name>)');
    process.exit(1);
  }
  try {
    const touched = create(name);
    console.log(`Wrote and registered <hr-${name}>: ${touched.join(', ')}.`);
    console.log('Next: npm run schemas && npm run manifest, then write its built-in content and see CONTRIBUTING.md.');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
