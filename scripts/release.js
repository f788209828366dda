// `npm run release`: the download for people who do not use npm, dist-release/hr-widgets-<version>.zip, with the
// WordPress plugin's zip beside it. One folder, laid out as a site would serve it:
//   index.html               start here (English and Spanish): how to serve the folder, what to upload where
//   hr-widgets.js, chunks/   the bundle: these two go on your site together
//   studio/                  the studio, static files (its test page loads ../hr-widgets.js)
//   demo/                    every element on its built-in content
//   LICENSE, THIRD-PARTY-LICENSES.txt, SHA256SUMS
// `--check` (npm test): then unzips it into tmp/release/ (emptied first) and checks every checksum and every relative
// link of its pages; test/release.test.ts serves that folder in every engine.
// Run after `npm run build` and scripts/wordpress.js.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { files, thirdPartyLicences, unzip, zip } from './zip.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const OUT = 'dist-release';
const NAME = `hr-widgets-${version}`;
const DIR = join(OUT, NAME);
const PLUGIN = `dist-wordpress/hr-widgets-wordpress-${version}.zip`;
for (const built of ['dist/hr-widgets.js', 'dist-studio/index.html', PLUGIN])
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build && node scripts/wordpress.js\` first.`);

const noMaps = (f) => !f.endsWith('.map');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
cpSync('dist/hr-widgets.js', join(DIR, 'hr-widgets.js'));
cpSync('dist/chunks', join(DIR, 'chunks'), { recursive: true, filter: noMaps });
cpSync('dist-studio', join(DIR, 'studio'), { recursive: true, filter: (f) => noMaps(f) && !/third-party[^/]*\.json$/.test(f) });
const studioPage = join(DIR, 'studio/index.html');
const studioHtml = readFileSync(studioPage, 'utf8');
const bundleMeta = /(<meta name="hr-widgets-bundle" content=")[^"]*"/;
if (!bundleMeta.test(studioHtml))
  throw new Error('dist-studio/index.html has no <meta name="hr-widgets-bundle">: its test page would load nothing.');
writeFileSync(studioPage, studioHtml.replace(bundleMeta, '$1../hr-widgets.js"'));
mkdirSync(join(DIR, 'demo'));
for (const file of ['demo.css', 'naloxone-spray.svg']) cpSync(join('demo', file), join(DIR, 'demo', file));
writeFileSync(
  join(DIR, 'demo/index.html'),
  readFileSync('demo/index.html', 'utf8').replace(
    '<script type="module" src="../src/index.ts">',
    '<script type="module" src="../hr-widgets.js">',
  ),
);
cpSync('LICENSE', join(DIR, 'LICENSE'));
writeFileSync(join(DIR, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences('hr-widgets.js', 'studio/'));
writeFileSync(join(DIR, 'index.html'), startPage());
const sums = files(DIR)
  .map((f) => `${createHash('sha256').update(readFileSync(f)).digest('hex')}  ${relative(DIR, f).split('\\').join('/')}`)
  .sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
writeFileSync(join(DIR, 'SHA256SUMS'), `${sums.join('\n')}\n`);
const file = join(OUT, `${NAME}.zip`);
writeFileSync(file, zip(files(DIR), OUT));
cpSync(PLUGIN, join(OUT, `hr-widgets-wordpress-${version}.zip`));
console.log(`${file}: ${files(DIR).length} files; the WordPress plugin's zip beside it.`);

if (process.argv.includes('--check')) check(file);

/** Unzips the release into an empty tmp/release/, checks its checksums and that each relative link of its pages resolves. */
function check(zipFile) {
  const into = 'tmp/release';
  rmSync(into, { recursive: true, force: true });
  for (const [name, data] of unzip(readFileSync(zipFile))) {
    mkdirSync(dirname(join(into, name)), { recursive: true });
    writeFileSync(join(into, name), data);
  }
  const root = join(into, NAME);
  const problems = [];
  const listed = new Set();
  for (const line of readFileSync(join(root, 'SHA256SUMS'), 'utf8').trim().split('\n')) {
    const [sum, name] = [line.slice(0, 64), line.slice(66)];
    listed.add(name);
    if (!existsSync(join(root, name))) problems.push(`SHA256SUMS names ${name}, which is not in the zip`);
    else if (
      createHash('sha256')
        .update(readFileSync(join(root, name)))
        .digest('hex') !== sum
    )
      problems.push(`${name}: checksum differs`);
  }
  for (const f of files(root)) {
    const name = relative(root, f).split('\\').join('/');
    if (name !== 'SHA256SUMS' && !listed.has(name)) problems.push(`${name} has no checksum`);
  }
  problems.push(...deadLinks(root));
  // The link check proved on a planted page: one dead link and one good one give exactly one complaint.
  writeFileSync(join(root, 'planted.html'), '<a href="studio/index.html">ok</a> <img src="nowhere.png" alt="">');
  const planted = deadLinks(root).filter((p) => p.startsWith('planted.html'));
  rmSync(join(root, 'planted.html'));
  if (planted.length !== 1 || !planted[0].includes('nowhere.png')) problems.push(`the link check missed a planted dead link: ${planted}`);
  if (problems.length) throw new Error(`The release (${zipFile}):\n${problems.join('\n')}`);
  console.log(`${into}/${NAME}: every file matches SHA256SUMS, and every relative link of its pages resolves.`);
}

/** Relative href and src in the release's HTML that name no file in it (external addresses are not ours to check here). */
function deadLinks(root) {
  const dead = [];
  for (const page of files(root).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(page, 'utf8');
    for (const [, link] of html.matchAll(/\s(?:href|src)="([^"#]+)[^"]*"/g)) {
      if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue;
      const target = link.startsWith('/') ? join(root, link) : join(dirname(page), link);
      if (relative(root, target).startsWith('..')) {
        dead.push(`${relative(root, page)}: ${link} leaves the release`);
        continue;
      }
      // A folder counts when it has its index.html, as a web server shows it.
      if (!existsSync(target) || (statSync(target).isDirectory() && !existsSync(join(target, 'index.html'))))
        dead.push(`${relative(root, page)}: ${link} names nothing in the release`);
    }
  }
  return dead;
}

/** The page a person opens first. Short, in English and Spanish. */
function startPage() {
  const plugin = `hr-widgets-wordpress-${version}.zip`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hr-widgets ${version}: start here</title>
<link rel="icon" href="data:,">
<style>
  body { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; font: 1.0625rem/1.55 system-ui, sans-serif; color: #1f2328; }
  code { background: #f3f4f6; padding: 0 0.25em; border-radius: 3px; overflow-wrap: anywhere; }
  a { color: #0b5cad; }
  section + section { border-top: 1px solid #d0d7de; margin-top: 2rem; }
</style>
</head>
<body>
<main>
<section>
<h1>hr-widgets ${version}: start here</h1>
<p>Quizzes, service directories, principles, help lines and a quick exit for harm-reduction and treatment sites. Everything here runs in the browser; nothing is sent anywhere.</p>
<h2>1. Open the folder through a web server</h2>
<p>Pages that use JavaScript modules do not run from a file on your disk (an address starting with <code>file://</code>). In a terminal, in this folder, run <code>python3 -m http.server 8000</code> (or <code>npx http-server -p 8000</code>), then open <code>http://localhost:8000/</code>.</p>
<ul>
<li><a href="studio/index.html">The studio</a>: make your content with a form, or import a list you already have.</li>
<li><a href="demo/index.html">The demo</a>: every element on its built-in content.</li>
</ul>
<h2>2. Put it on your site</h2>
<p>Upload <code>hr-widgets.js</code> and the <code>chunks</code> folder together, for example to your site's root, so the address is <code>/hr-widgets.js</code>. Then paste the code the studio gives you (its "Get the code" section) where the content should appear.</p>
<p>On WordPress, install <code>${plugin}</code> instead (beside this folder's zip): Plugins → Add New → Upload Plugin. The studio is then under hr-widgets → Studio.</p>
<h2>3. Check what you downloaded</h2>
<p><code>sha256sum -c SHA256SUMS</code> checks every file. The licence is in <a href="LICENSE">LICENSE</a> (MIT); the code of others it carries, with their licences, in <a href="THIRD-PARTY-LICENSES.txt">THIRD-PARTY-LICENSES.txt</a>.</p>
</section>
<section lang="es">
<h2>En español</h2>
<p><strong>1.</strong> Las páginas con módulos de JavaScript no funcionan desde un archivo del disco (<code>file://</code>). En una terminal, en esta carpeta, ejecute <code>python3 -m http.server 8000</code> y abra <code>http://localhost:8000/</code>: allí están <a href="studio/index.html">el estudio</a> y <a href="demo/index.html">la demostración</a>.</p>
<p><strong>2.</strong> Suba <code>hr-widgets.js</code> y la carpeta <code>chunks</code> juntos a su sitio (por ejemplo a la raíz: <code>/hr-widgets.js</code>) y pegue el código que le da el estudio. En WordPress, instale <code>${plugin}</code>: Plugins → Añadir nuevo → Subir plugin.</p>
<p><strong>3.</strong> <code>sha256sum -c SHA256SUMS</code> comprueba cada archivo. Licencia: <a href="LICENSE">LICENSE</a> (MIT) y <a href="THIRD-PARTY-LICENSES.txt">THIRD-PARTY-LICENSES.txt</a>.</p>
</section>
</main>
</body>
</html>
`;
}
