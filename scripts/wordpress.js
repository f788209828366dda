// Builds the WordPress plugin from wordpress/hr-widgets/ and the built bundle:
// dist-wordpress/hr-widgets/ (the plugin folder, also what tests mount) and
// dist-wordpress/hr-widgets-wordpress-<version>.zip (Plugins → Add New → Upload).
// Everything the PHP knows of an element (tag, title, attributes, JSON Schema)
// is written here from the library's own registry, never declared twice.
// Run after `vite build`.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource } from './elements.js';
import { checkReadme, phpHeader, proveReadmeCheck } from './wp/readme.js';
import { files, thirdPartyLicences, zip } from './zip.js';

const OUT = 'dist-wordpress';
const PLUGIN = join(OUT, 'hr-widgets');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!existsSync('dist/hr-widgets.js')) throw new Error('dist/hr-widgets.js is missing: run `vite build` first.');

/** The content the Live Preview makes (below), from these elements' built-in content. */
const demo = { quiz: 'Naloxone check-up', 'resource-list': 'Places near you' };
const [{ ELEMENTS }, { attributesOf, defaultsOf }, { LIMITS }, { fieldsEs }, { STUDIO_STRINGS }, ...defaults] = await loadSource(
  '/src/elements.ts',
  '/src/studio/catalog.ts',
  '/src/shared/validate.ts',
  '/src/studio/i18n/fields.es.ts',
  '/src/studio/strings.ts',
  ...Object.keys(demo).map((name) => `/src/${name}/default-content.ts`),
);
/** A setting's choices in words, the studio's (`bottom-right` is "Bottom right"), in both languages. */
const choices = (values, lang) =>
  values.map((value) => {
    const label = STUDIO_STRINGS[lang].values[value];
    if (!label) throw new Error(`No ${lang} words for the value "${value}" in src/studio/strings.ts`);
    return { value, label };
  });

/** Attributes every element has, set by the plugin itself: the data, its address, the language, a site's words. */
const OWN = new Set(['data', 'src', 'lang', 'strings']);

/** `$ref`s replaced by what they name: WordPress's validator does not follow them. */
function inline(schema, root = schema) {
  if (Array.isArray(schema)) return schema.map((s) => inline(s, root));
  if (!schema || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((node, key) => node[key], root);
    return inline(target, root);
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) if (key !== '$defs') out[key] = inline(value, root);
  return out;
}

const elements = {};
const blocks = [];
for (const { name, element, fields } of ELEMENTS) {
  const specs = attributesOf(name);
  const attributes = {};
  for (const attribute of element.observedAttributes) {
    if (OWN.has(attribute)) continue;
    const spec =
      specs[attribute] ?? (attribute === 'href' ? { kind: 'url', label: 'Leave to', description: 'Where the button goes.' } : null);
    if (!spec) throw new Error(`<hr-${name}> ${attribute}: no spec for this attribute in ${name}.fields.ts`);
    const { kind, values, min, max, label, description } = spec;
    // Spanish words: the studio's, one table for both (an attribute of one element, or of every element that has it).
    const es =
      fieldsEs[`${name}@${attribute}`] ?? fieldsEs[`@${attribute}`] ?? (attribute === 'href' ? fieldsEs['quickExit.href'] : undefined);
    if (!es) throw new Error(`<hr-${name}> ${attribute}: no Spanish label in src/studio/i18n/fields.es.ts`);
    attributes[attribute] = {
      kind,
      ...(values && { values: [...values], choices: choices(values, 'en') }),
      ...(kind === 'number' && { min, max }),
      label,
      description,
      es: { label: es.label, description: es.description ?? '', ...(values && { choices: choices(values, 'es') }) },
    };
  }
  const esTitle = fieldsEs[fields.name];
  if (!esTitle) throw new Error(`<hr-${name}>: no Spanish name for "${fields.name}" in src/studio/i18n/fields.es.ts`);
  const required = Object.values(fields.fields).some((f) => f.required);
  const schema = inline(JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')));
  delete schema.$schema;
  delete schema.$id;
  elements[name] = {
    tag: `hr-${name}`,
    title: fields.label,
    description: fields.description,
    es: { title: esTitle.label, description: esTitle.description ?? '' },
    attributes,
    // With nothing chosen, an element with built-in content shows that; one whose data needs a list shows nothing.
    needsData: required && !defaultsOf(name),
    // The list a bare array stands for: [...] is { [list]: [...] }, as the element reads it.
    list: fields.list ?? null,
    schema,
  };
  const camel = (a) => a.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const types = { bool: 'boolean', number: 'number', enum: 'string', url: 'string' };
  blocks.push([
    name,
    {
      $schema: 'https://schemas.wp.org/trunk/block.json',
      apiVersion: 2,
      name: `hr-widgets/${name}`,
      title: fields.label,
      category: 'widgets',
      icon: 'sos',
      description: fields.description,
      keywords: ['hr-widgets', 'harm reduction'],
      textdomain: 'hr-widgets',
      attributes: {
        content: { type: 'number', default: 0 },
        lang: { type: 'string', enum: ['', 'en', 'es'], default: '' },
        ...Object.fromEntries(
          Object.entries(attributes).map(([a, spec]) => [
            camel(a),
            { type: types[spec.kind], ...(spec.values && { enum: ['', ...spec.values] }) },
          ]),
        ),
      },
      supports: { html: false },
      editorScript: 'hr-widgets-editor',
    },
  ]);
}

rmSync(OUT, { recursive: true, force: true });
cpSync('wordpress/hr-widgets', PLUGIN, { recursive: true });
mkdirSync(join(PLUGIN, 'assets'));
cpSync('dist/hr-widgets.js', join(PLUGIN, 'assets/hr-widgets.js'));
cpSync('dist/chunks', join(PLUGIN, 'assets/chunks'), { recursive: true, filter: (f) => !f.endsWith('.map') });
// The studio, as built (includes/studio.php serves its page in wp-admin).
if (!existsSync('dist-studio/index.html')) throw new Error('dist-studio/ is missing: run `npm run build` first.');
cpSync('dist-studio', join(PLUGIN, 'studio'), {
  recursive: true,
  filter: (f) => !f.endsWith('.map') && !/third-party[^/]*\.json$/.test(f),
});
writeFileSync(join(PLUGIN, 'elements.json'), JSON.stringify({ limits: { json: LIMITS.json }, elements }));
for (const [name, block] of blocks) {
  mkdirSync(join(PLUGIN, 'blocks', name), { recursive: true });
  writeFileSync(join(PLUGIN, 'blocks', name, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);
}

/** The strings the plugin's code translates: `__( '…', 'hr-widgets' )` and its kin, in PHP and in editor.js. */
function msgids() {
  const code = files('wordpress/hr-widgets').filter((f) => /\.(php|js)$/.test(f));
  const found = new Set();
  for (const file of code)
    for (const [, text] of readFileSync(file, 'utf8').matchAll(/\b(?:__|_e|esc_html__|esc_attr__|esc_html_e)\(\s*'((?:[^'\\]|\\.)*)'/g))
      found.add(text.replace(/\\(['\\])/g, '$1'));
  return found;
}

/** A .po file's translations: msgid and msgstr, each one quoted string or several on lines of their own (the header). */
function readPo(text) {
  const joined = (lines) =>
    lines
      .match(/"(?:[^"\\]|\\.)*"/g)
      .map((q) => JSON.parse(q))
      .join('');
  const out = new Map();
  for (const [, id, str] of text.matchAll(/^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)/gm)) out.set(joined(id), joined(str));
  return out;
}

/** A .mo file (GNU gettext, little-endian), which WordPress reads on every version. */
function mo(translations) {
  const entries = [...translations].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const ids = entries.map(([id]) => Buffer.from(id));
  const strs = entries.map(([, str]) => Buffer.from(str));
  const n = entries.length;
  const head = Buffer.alloc(28 + 16 * n);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(28, 12);
  head.writeUInt32LE(28 + 8 * n, 16);
  // No hash table, placed where the strings begin: WordPress before 6.5 reads the tables' end from it.
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(28 + 16 * n, 24);
  let offset = head.length;
  const body = [];
  [ids, strs].forEach((list, table) =>
    list.forEach((b, i) => {
      head.writeUInt32LE(b.length, 28 + table * 8 * n + i * 8);
      head.writeUInt32LE(offset, 32 + table * 8 * n + i * 8);
      body.push(b, Buffer.from([0]));
      offset += b.length + 1;
    }),
  );
  return Buffer.concat([head, ...body]);
}

// readme.txt as the plugin directory reads it (scripts/wp/readme.js), and the check proved on planted breaks.
const readme = readFileSync('wordpress/hr-widgets/readme.txt', 'utf8');
const header = phpHeader(readFileSync('wordpress/hr-widgets/hr-widgets.php', 'utf8'));
const readmeProblems = [...checkReadme(readme, header), ...proveReadmeCheck(readme, header)];
if (readmeProblems.length) throw new Error(`wordpress/hr-widgets/readme.txt:\n${readmeProblems.join('\n')}`);

// What the zip carries of others' code, with its licence: Lit in the bundle, and what the studio's build says it holds.
writeFileSync(join(PLUGIN, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences('assets/hr-widgets.js', 'studio/'));

// Spanish: every string the code translates has its translation, or the build stops and names it.
const spanish = readPo(readFileSync('wordpress/hr-widgets/languages/hr-widgets-es.po', 'utf8'));
const untranslated = [...msgids()].filter((id) => !spanish.get(id));
if (!/charset=UTF-8/.test(spanish.get('') ?? '')) throw new Error('hr-widgets-es.po: the header must say charset=UTF-8.');
if (untranslated.length) throw new Error(`wordpress/hr-widgets/languages/hr-widgets-es.po lacks:\n${untranslated.join('\n')}`);
writeFileSync(join(PLUGIN, 'languages/hr-widgets-es.mo'), mo(spanish));

// The Live Preview the plugin directory offers (assets/blueprints/blueprint.json in its SVN): WordPress Playground
// installs the plugin, makes a quiz and a directory from the built-in content, and opens a page with every element's block.
const demoContent = Object.fromEntries(Object.entries(demo).map(([name, title], i) => [name, { title, data: defaults[i].default.en }]));
const blueprint = {
  $schema: 'https://playground.wordpress.net/blueprint-schema.json',
  meta: {
    title: 'hr-widgets demo',
    description: 'A quiz, a directory, principles, help lines and a quick exit on one page.',
    author: 'hr-widgets',
    categories: ['demo'],
  },
  landingPage: '/?pagename=hr-widgets-demo',
  preferredVersions: { php: '8.2', wp: 'latest' },
  steps: [
    { step: 'installPlugin', pluginData: { resource: 'wordpress.org/plugins', slug: 'hr-widgets' } },
    {
      step: 'runPHP',
      code: `<?php
require_once '/wordpress/wp-load.php';
wp_set_current_user( 1 );
// A nowdoc: the JSON is taken as it is written, nothing in it interpolated.
$demo = json_decode( <<<'JSON'
${JSON.stringify(demoContent)}
JSON, true );
$ids  = array();
foreach ( $demo as $element => $content ) {
	$ids[ $element ] = wp_insert_post( array(
		'post_type'    => 'hr_widget',
		'post_status'  => 'publish',
		'post_title'   => $content['title'],
		'post_content' => wp_slash( wp_json_encode( array( 'element' => $element, 'data' => $content['data'] ) ) ),
	) );
}
$blocks = '';
foreach ( ${JSON.stringify(ELEMENTS.map((e) => e.name))
        .replace(/^\[/, 'array( ')
        .replace(/\]$/, ' )')} as $element ) {
	$attributes = isset( $ids[ $element ] ) ? wp_json_encode( array( 'content' => $ids[ $element ] ) ) . ' ' : '';
	$blocks    .= '<!-- wp:hr-widgets/' . $element . ' ' . $attributes . "/-->\n";
}
wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'hr-widgets demo', 'post_name' => 'hr-widgets-demo', 'post_content' => $blocks ) );
`,
    },
  ],
};
writeFileSync(join(OUT, 'blueprint.json'), `${JSON.stringify(blueprint, null, 2)}\n`);

const all = files(PLUGIN).sort();
const file = join(OUT, `hr-widgets-wordpress-${version}.zip`);
writeFileSync(file, zip(all, OUT));
console.log(`${file}: ${all.length} files, ${(statSync(file).size / 1024).toFixed(0)} KB`);
