// `npm run build`: the npm package (dist/lib, types), the drop-in bundle
// (dist/procura.js + lazy chunks), the JSON Schemas, the custom-elements manifest,
// then the sizes of what a page downloads.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const step = (label, cmd, args) => {
  process.stdout.write(`${label}… `);
  const t = Date.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`${Date.now() - t} ms`);
};

rmSync('dist', { recursive: true, force: true });
step('types and modules (dist/lib)', bin('tsc'), ['-p', 'tsconfig.build.json']);
step('drop-in bundle (dist/procura.js)', bin('vite'), ['build', '--mode', 'bundle', '--logLevel', 'warn']);
step('JSON Schemas (dist/schemas)', bin('tsx'), ['scripts/export-schemas.ts']);
step('custom-elements manifest', bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts']);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (file) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
};
const rows = [['dist/procura.js', size('dist/procura.js')]];
if (existsSync('dist/chunks')) for (const f of readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).sort()) rows.push([`dist/chunks/${f}`, size(`dist/chunks/${f}`)]);
console.log('\nWhat a page downloads (minified):');
for (const [name, s] of rows) console.log(`  ${name.padEnd(48)} ${kb(s.raw).padStart(9)}  gzip ${kb(s.gzip).padStart(8)}  brotli ${kb(s.brotli).padStart(8)}`);
console.log('  (only dist/procura.js loads at first; the chunks load when a step needs them)');
