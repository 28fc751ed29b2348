// `npm run build`: the npm package (dist/lib, types), the drop-in bundle
// (dist/procura.js + lazy chunks), the JSON Schemas, the custom-elements manifest,
// then the sizes of what a page downloads.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, existsSync, copyFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, resolve, sep } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const step = (label, cmd, args) => {
  process.stdout.write(`${label}… `);
  const t = Date.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`${Date.now() - t} ms`);
};

rmSync('dist', { recursive: true, force: true });
// Two passes of tsc: the declarations with their JSDoc (what an editor shows), after the full
// type check; then the modules and their source maps without comments (noCheck: checked just
// before), 140 KB less: the comments are in src/, which the maps lead to.
step('types (dist/lib/**/*.d.ts)', bin('tsc'), ['-p', 'tsconfig.build.json', '--emitDeclarationOnly']);
step('modules (dist/lib)', bin('tsc'), [
  '-p',
  'tsconfig.build.json',
  '--declaration',
  'false',
  '--removeComments',
  '--noCheck',
]);
// The PDF font travels inside the package, once, in dist/assets/ (where setBasePath() looks
// too): `assets/DejaVuSans.ttf`, the subset made by scripts/subset-font.js, kept in git. The
// relative path in src/core/font.ts ('../../assets/DejaVuSans.ttf') leads there
// from dist/lib/core/ as from the sources; the drop-in's chunk points at it too
// (vite.config.ts keeps the font's name).
{
  const module = 'dist/lib/core/font.js';
  const path = `'../../assets/DejaVuSans.ttf'`;
  if (!readFileSync(module, 'utf8').includes(path))
    throw new Error(`${module} no longer fetches ${path}: update scripts/build.js with src/core/font.ts`);
  mkdirSync('dist/assets', { recursive: true });
  copyFileSync('assets/DejaVuSans.ttf', 'dist/assets/DejaVuSans.ttf');
  copyFileSync('assets/DejaVuSans-LICENSE.txt', 'dist/assets/DejaVuSans-LICENSE.txt');
}
// Lit's templates and styles in dist/lib minified as in the drop-in (indentation gone, CSS compacted;
// visible text and attribute values as written), line breaks kept for tsc's source maps:
// scripts/build-minify-templates.js.
{
  const { minifyTemplatesInCode } = await import('./build-minify-templates.js');
  let saved = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (e.name.endsWith('.js')) {
        const code = readFileSync(file, 'utf8');
        const out = minifyTemplatesInCode(code, file, { keepLines: true });
        if (!out) continue;
        writeFileSync(file, out.code);
        saved += code.length - out.code.length;
      }
    }
  };
  walk('dist/lib');
  console.log(`  (templates in dist/lib minified: ${(saved / 1024).toFixed(1)} KB less)`);
}
// The dictionaries (src/i18n/{fr,nl,en,de}/*.ts) are data, one object of sentences each, no code:
// their modules are the sources less the types, and a map of them leads nowhere a debugger steps.
// Their maps stay out of the package (dist/lib 136 KB, the drop-in's chunks 53 KB, unpacked), and
// so do the Dutch, English and German sources, which no map names then (package.json "files": 270 KB);
// the French ones stay, named by the maps of the first chunks that hold them.
const DICTIONARY = /(^|\/)i18n\/(fr|nl|en|de)\/[^/]+\.(js|ts)$/;
const dropMap = (js) => {
  rmSync(`${js}.map`, { force: true });
  writeFileSync(js, readFileSync(js, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
};
for (const lang of ['fr', 'nl', 'en', 'de'])
  for (const f of readdirSync(`dist/lib/i18n/${lang}`).filter((f) => f.endsWith('.js')))
    dropMap(`dist/lib/i18n/${lang}/${f}`);
step('drop-in bundle (dist/procura.js, dist/autoloader.js)', bin('vite'), [
  'build',
  '--mode',
  'bundle',
  '--logLevel',
  'warn',
]);
// No source maps of vendor code in the package (the PDF engine's and fontkit's were 4 MB):
// a chunk made mostly of node_modules (the lazy PDF engine, fontkit, Lit) loses its map and
// the comment naming it. The other maps name the kit's sources by path and carry no copy of
// them (`sourcesContent`, 1 MB): src/ ships in the package, and from dist/ or dist/chunks/
// `../src/…` or `../../src/…` is that file, which devtools fetch beside the script. A source
// that would not resolve in the package stops the build.
{
  let dropped = 0;
  const vendor = (s) => s.includes('node_modules/');
  for (const dir of ['dist', 'dist/chunks'])
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.js.map'))) {
      const file = `${dir}/${f}`;
      const map = JSON.parse(readFileSync(file, 'utf8'));
      const bytes = (pick) =>
        map.sources.reduce((n, s, i) => n + (pick(s) ? (map.sourcesContent?.[i]?.length ?? 0) : 0), 0);
      const total = bytes(() => true);
      if (map.sources.length && map.sources.every((s) => DICTIONARY.test(s))) {
        dropMap(file.slice(0, -'.map'.length));
        dropped++;
        continue;
      }
      if (total && bytes(vendor) / total < 0.8) {
        const shipped = (s) =>
          resolve(dir, s).startsWith(resolve('src') + sep) && existsSync(join(dir, s)) && !/i18n\/(nl|en|de)\//.test(s);
        const lost = map.sources.filter((s) => !vendor(s) && !shipped(s));
        if (lost.length) throw new Error(`${file} names sources the package does not ship: ${lost.join(', ')}`);
        delete map.sourcesContent;
        writeFileSync(file, JSON.stringify(map));
        continue;
      }
      dropMap(file.slice(0, -'.map'.length));
      dropped++;
    }
  console.log(
    `  (${dropped} source maps of vendor and dictionary chunks left out of the package; the others point at src/, without a copy of it)`,
  );
}
// The audience gate alone, one classic script for a page's <head> (no Lit, no core): src/audience-gate/auto.ts.
step('audience gate (dist/audience-gate.js)', bin('vite'), ['build', '--mode', 'gate', '--logLevel', 'warn']);
step('the studio, a static page (dist/studio)', 'node', ['scripts/build-studio.js']);
step('JSON Schemas (dist/schemas)', bin('tsx'), ['scripts/export-schemas.ts']);
step('custom-elements manifest', bin('cem'), ['analyze']); // custom-elements-manifest.config.mjs
step('editor data and JSX/Vue types (scripts/manifest.js)', 'node', ['scripts/manifest.js']);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (file) => {
  const buf = readFileSync(file);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const rows = [
  ['dist/procura.js', size('dist/procura.js')],
  ['dist/autoloader.js', size('dist/autoloader.js')],
  ['dist/audience-gate.js', size('dist/audience-gate.js')],
];
if (existsSync('dist/chunks'))
  for (const f of readdirSync('dist/chunks')
    .filter((f) => f.endsWith('.js'))
    .sort())
    rows.push([`dist/chunks/${f}`, size(`dist/chunks/${f}`)]);
console.log('\nWhat a page downloads (minified):');
for (const [name, s] of rows)
  console.log(
    `  ${name.padEnd(48)} ${kb(s.raw).padStart(9)}  gzip ${kb(s.gzip).padStart(8)}  brotli ${kb(s.brotli).padStart(8)}`,
  );
console.log(
  '  (only the entry and the chunks it imports load at first; the others when an element or a step needs them)',
);
