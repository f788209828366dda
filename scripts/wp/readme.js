// The plugin's readme.txt against the WordPress.org plugin directory's rules (the Plugin Handbook's "How Your
// readme.txt Works" and the directory's guidelines), read by `npm run wordpress`, which stops on any problem:
// - the first line is `=== <Plugin Name> ===`, the name in the plugin's PHP header;
// - the header fields are all there (Contributors, Tags, Requires at least, Tested up to, Stable tag, Requires PHP,
//   License, License URI), and those the PHP header also states agree with it (Stable tag is its Version);
// - at most 5 tags (the directory ignores the rest), and a GPL-compatible licence;
// - a short description after the fields: one line, at most 150 characters, no markup;
// - the sections Description, Installation, Frequently Asked Questions (questions as `= … =`), Changelog (with an
//   entry `= <version> =`) and External services, none empty.

const FIELDS = ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Stable tag', 'Requires PHP', 'License', 'License URI'];
const SECTIONS = ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog', 'External services'];
/** Licences the directory accepts (GPL-compatible), as readme files name them. */
const GPL_COMPATIBLE =
  /^(GPL(v2|-2\.0)( or later|-or-later|\+)?|GPL(v3|-3\.0)( or later|-or-later)?|MIT|Expat|BSD-3-Clause|BSD-2-Clause|Apache-2\.0|MPL-2\.0|LGPL.*)$/i;

/** The plugin's PHP header (`Plugin Name:`, `Version:`, …) as fields. */
export function phpHeader(php) {
  const block = /\/\*\*([\s\S]*?)\*\//.exec(php)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^\s*\*\s*([A-Z][\w ]+?):\s*(.+?)\s*$/gm)].map((m) => [m[1], m[2]]));
}

/** What is wrong with `readme` for a plugin whose PHP header is `header`; nothing when it is right. */
export function checkReadme(readme, header) {
  const problems = [];
  const lines = readme.replace(/\r\n/g, '\n').split('\n');
  const title = /^=== (.+) ===$/.exec(lines[0] ?? '');
  if (!title) problems.push('the first line must be "=== Plugin Name ==="');
  else if (title[1] !== header['Plugin Name']) problems.push(`the name "${title[1]}" is not the plugin's ("${header['Plugin Name']}")`);

  let i = 1;
  const fields = {};
  for (; i < lines.length && lines[i].trim(); i++) {
    const field = /^([A-Z][\w ]+?):\s*(.*)$/.exec(lines[i]);
    if (field) fields[field[1]] = field[2].trim();
    else problems.push(`line ${i + 1} is not a "Field: value" line of the header`);
  }
  for (const name of FIELDS) if (!fields[name]) problems.push(`the header lacks "${name}"`);
  const agree = {
    'Stable tag': 'Version',
    'Requires at least': 'Requires at least',
    'Tested up to': 'Tested up to',
    'Requires PHP': 'Requires PHP',
    License: 'License',
  };
  for (const [field, php] of Object.entries(agree))
    if (fields[field] && header[php] && fields[field] !== header[php])
      problems.push(`"${field}: ${fields[field]}" is not the plugin's ${php} (${header[php]})`);
  const tags = (fields.Tags ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (tags.length > 5) problems.push(`${tags.length} tags: the directory reads only 5`);
  if (fields.License && !GPL_COMPATIBLE.test(fields.License)) problems.push(`"${fields.License}" is not a GPL-compatible licence`);
  if (fields['License URI'] && !/^https:\/\//.test(fields['License URI'])) problems.push('the License URI must be an https:// address');

  while (i < lines.length && !lines[i].trim()) i++;
  const short = lines[i] ?? '';
  if (!short.trim() || short.startsWith('==')) problems.push('the short description (after the header) is missing');
  else {
    if (short.length > 150) problems.push(`the short description is ${short.length} characters; at most 150`);
    if (/[<>*`[\]#]|\]\(/.test(short)) problems.push('the short description has markup; it must be plain text');
    if (lines[i + 1]?.trim()) problems.push('the short description must be one line');
  }

  const sections = new Map();
  let current;
  for (const line of lines.slice(i + 1)) {
    const heading = /^== (.+) ==$/.exec(line);
    if (heading) sections.set((current = heading[1]), []);
    else if (current) sections.get(current).push(line);
  }
  for (const name of SECTIONS) {
    const body = sections.get(name);
    if (!body) problems.push(`the section "== ${name} ==" is missing`);
    else if (!body.join('').trim()) problems.push(`the section "== ${name} ==" is empty`);
  }
  const faq = sections.get('Frequently Asked Questions') ?? [];
  if (faq.length && !faq.some((l) => /^= .+ =$/.test(l))) problems.push('the FAQ has no question written as "= Question ="');
  const changelog = sections.get('Changelog') ?? [];
  if (changelog.length && !changelog.some((l) => l.trim() === `= ${header.Version} =`))
    problems.push(`the Changelog has no entry "= ${header.Version} ="`);
  return problems;
}

/** The check fails when it should: each rule broken once in a copy of a good readme. */
export function proveReadmeCheck(readme, header) {
  const breaks = [
    [(r) => r.replace(/^=== .+ ===/, '=== Another name ==='), /not the plugin's/],
    [(r) => r.replace(/^License URI:.*\n/m, ''), /lacks "License URI"/],
    [(r) => r.replace(/^Stable tag:.*$/m, 'Stable tag: 9.9.9'), /Stable tag: 9\.9\.9/],
    [(r) => r.replace(/^Tags:.*$/m, 'Tags: a, b, c, d, e, f'), /6 tags/],
    [(r) => r.replace(/^License:.*$/m, 'License: Proprietary'), /not a GPL-compatible/],
    [(r) => r.replace(/(\n\n)([^\n=][^\n]*)(\n\n== Description ==)/, `$1${'x'.repeat(151)}$3`), /151 characters/],
    [(r) => r.replace(/(\n\n)([^\n=][^\n]*)(\n\n== Description ==)/, '$1Some <b>bold</b> words$3'), /markup/],
    [(r) => r.replace(/== External services ==[\s\S]*?(?=\n== |$)/, ''), /"== External services ==" is missing/],
    [(r) => r.replace(new RegExp(`^= ${header.Version.replace(/\./g, '\\.')} =$`, 'm'), '= 0.0.1 ='), /no entry/],
  ];
  const failed = [];
  for (const [plant, expected] of breaks) {
    const broken = plant(readme);
    if (broken === readme) failed.push(`the plant for ${expected} changed nothing`);
    else if (!checkReadme(broken, header).some((p) => expected.test(p))) failed.push(`a readme broken for ${expected} passed`);
  }
  return failed;
}
