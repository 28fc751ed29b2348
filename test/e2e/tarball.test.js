// The tarball as npm publishes it (`npm pack` of a fresh `npm run build`), checked the way a
// careful adopter checks a package: publint and Are The Types Wrong (`attw`) find nothing;
// no source map of vendor code; every dependency is imported by the shipped code (none
// installed for nothing); Lit as a compatible range; the metadata and the CHANGELOG.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packKit } from './support.js';

const repo = resolve('.');
let dir, tarball, unpacked;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'procura-tarball-'));
  tarball = await packKit(dir);
  unpacked = join(dir, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  unpacked = join(unpacked, 'package');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const files = (d) =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
const manifest = () => JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));

test('publint finds nothing to say about the packed tarball', () => {
  const r = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/publint/src/cli.js'), 'run', tarball, '--strict', '--level', 'suggestion'],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /All good!/, r.stdout);
});

test('Are The Types Wrong finds no problem in any entry point (ESM only: the package has no CommonJS)', () => {
  // `--profile esm-only`: the package is `"type": "module"` with no `require` condition, so the
  // node10 and CommonJS-importer resolutions are not offered; every ESM resolution is checked.
  const r = spawnSync(
    process.execPath,
    [
      join(repo, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'table',
      '--no-color',
      '--no-emoji',
    ],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stdout + r.stderr);
  // Each problem found is explained by a line linking to its page; only the ignored (CommonJS, node10) ones may appear.
  const problems = r.stdout
    .split('\n')
    .filter((l) => l.includes('arethetypeswrong.github.io/blob/main/docs/problems/') && !l.startsWith('(ignored'));
  assert.deepEqual(problems, [], r.stdout);
});

test('no source map of vendor code (the lazy PDF engine, fontkit, Lit) and the font once', () => {
  const list = files(join(unpacked, 'dist')).map((f) => f.slice(unpacked.length + 1));
  const vendorMaps = [];
  for (const f of list.filter(
    (x) => x.endsWith('.map') && !x.startsWith('dist/lib/') && !x.startsWith('dist/server/'),
  )) {
    const map = JSON.parse(readFileSync(join(unpacked, f), 'utf8'));
    const vendorContent = map.sources.filter((s, i) => s.includes('node_modules/') && map.sourcesContent?.[i]);
    if (vendorContent.length) vendorMaps.push(`${f}: ${vendorContent.slice(0, 3).join(', ')}`);
  }
  assert.deepEqual(vendorMaps, []);
  assert.ok(!list.some((f) => /fontkit.*\.map$/.test(f)), 'no map of fontkit');
  assert.deepEqual(
    list.filter((f) => f.endsWith('.ttf')),
    ['dist/assets/DejaVuSans.ttf'],
  );
  assert.ok(list.includes('dist/assets/DejaVuSans-LICENSE.txt'));
});

test('every dependency is imported by the shipped code, and Lit is a compatible range', () => {
  const pkg = manifest();
  const shipped = [
    ...files(join(unpacked, 'dist/lib')),
    ...files(join(unpacked, 'dist/server')),
    ...files(join(unpacked, 'bin')),
  ].filter((f) => f.endsWith('.js'));
  const code = shipped.map((f) => readFileSync(f, 'utf8')).join('\n');
  const unreached = Object.keys(pkg.dependencies).filter(
    (d) =>
      !new RegExp(`(from\\s*|import\\s*\\(\\s*|import\\s+)['"]${d.replace(/[/.]/g, '\\$&')}(/[^'"]*)?['"]`).test(code),
  );
  assert.deepEqual(unreached, [], 'dependencies installed for nothing');
  assert.match(pkg.dependencies.lit ?? pkg.peerDependencies?.lit, /^\^3\.\d+\.\d+$/);
  assert.equal(pkg.dependencies['dejavu-fonts-ttf'], undefined, 'the font package is read by the build only');
});

test('metadata an adopter looks for, and the CHANGELOG', () => {
  const pkg = manifest();
  for (const key of [
    'description',
    'license',
    'repository',
    'homepage',
    'bugs',
    'keywords',
    'engines',
    'exports',
    'types',
  ])
    assert.ok(pkg[key], `package.json has ${key}`);
  assert.ok(pkg.keywords.includes('web-components'));
  const changelog = readFileSync(join(unpacked, 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, /## \[0\.2\.0\] \(unreleased\)/);
  assert.match(
    changelog,
    new RegExp(`## \\[${pkg.version.replace(/\./g, '\\.')}\\]`),
    `the CHANGELOG names ${pkg.version}`,
  );
});
