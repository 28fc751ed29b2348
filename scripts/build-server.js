// The reference server as JavaScript (`dist/server/`), run by `procura-server`
// (bin/procura-server.js) with no TypeScript at run time. Part of `npm run build`, after
// scripts/build.js (the server's data shapes come from dist/lib/model, built there).
//   tsc -p server/tsconfig.build.json  → dist/.server-build/{server,src/model}
//   dist/.server-build/server          → dist/server, its `…/src/model/…` imports pointed at
//                                        `…/lib/model/…` (the same files, built once, in dist/lib)
//   server/migrations                  → dist/server/migrations (read at start-up)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const STAGE = 'dist/.server-build';
const OUT = 'dist/server';
const t = Date.now();
process.stdout.write('reference server (dist/server)… ');
if (!existsSync('dist/lib/model/index.js'))
  throw new Error('dist/lib/model is missing: run scripts/build.js first (npm run build does both)');
rmSync(STAGE, { recursive: true, force: true });
rmSync(OUT, { recursive: true, force: true });
// The declarations with their JSDoc after the full type check, then the JavaScript without
// comments (noCheck: checked just before; 80 KB less). `procura/server`'s declarations keep
// their documentation; scripts/build-types.js then keeps only those its entry reaches.
const tsc = (...args) =>
  execFileSync(join('node_modules', '.bin', 'tsc'), ['-p', 'server/tsconfig.build.json', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
tsc('--emitDeclarationOnly');
tsc('--declaration', 'false', '--removeComments', '--noCheck');
renameSync(join(STAGE, 'server'), OUT);
rmSync(STAGE, { recursive: true, force: true });

const files = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
let rewritten = 0;
// Declarations too: `procura/server` is typed (startServer, createApp, the auth hook, oidcAuthenticator).
for (const file of files(OUT).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'))) {
  const code = readFileSync(file, 'utf8');
  const next = code.replace(/(["'])((?:\.\.\/)+)src\/model\/([^"']+)\1/g, (_, q, up, rest) => {
    const target = resolve(dirname(file), `${up}lib/model/${rest}`);
    if (
      relative(resolve('dist/lib/model'), target).startsWith('..') ||
      !(existsSync(target) || existsSync(target.replace(/\.js$/, '.d.ts')))
    )
      throw new Error(`${file}: ${up}src/model/${rest} has no built counterpart in dist/lib/model`);
    rewritten++;
    return `${q}${up}lib/model/${rest}${q}`;
  });
  if (/["'](?:\.\.\/)+src\//.test(next))
    throw new Error(`${file} imports from src/ outside src/model: the build does not carry it`);
  if (next !== code) writeFileSync(file, next);
}
if (!rewritten) throw new Error('no import of src/model was found in the server: check scripts/build-server.js');
cpSync('server/migrations', join(OUT, 'migrations'), { recursive: true });
if (!existsSync(join(OUT, 'main.js'))) throw new Error(`${OUT}/main.js was not built`);
console.log(`${Date.now() - t} ms`);
