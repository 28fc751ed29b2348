// `npm start`: builds the demo site and the drop-in bundle (skipped when nothing they are
// built from has changed) and serves both and the reference backend's API on one origin
// (PORT, default 8080). The data lives in DATA_DIR (default .data/pglite).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'demo-dist';
// What the two builds read. A change in any of these (or in the installed versions,
// through the lock file) rebuilds; anything else starts at once.
const INPUTS = ['src', 'demo', 'vite.config.ts', 'tsconfig.json', 'package-lock.json', 'scripts/start.js'];
const STAMP = join(OUT, '.built-from');

function fingerprint() {
  const hash = createHash('sha256');
  const add = (path) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(`${path}\0`).update(readFileSync(path));
  };
  for (const path of INPUTS) if (existsSync(path)) add(path);
  return hash.digest('hex');
}

const wanted = fingerprint();
const built =
  existsSync(STAMP) &&
  readFileSync(STAMP, 'utf8') === wanted &&
  existsSync(join(OUT, 'index.html')) &&
  existsSync(join(OUT, 'kit/procura.js'));

// The server starts at once, while the demo builds: its database (created on the first
// start) and the build each take one of the two cores of a small machine. Its line
// "listening on …" is held back until the pages exist, so the address is never shown
// (nor waited for by the tests) before there is something to see.
let ready = built;
let held = '';
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { PORT: '8080', STATIC_DIR: OUT, ...process.env },
});
server.stdout.on('data', (d) => (ready ? process.stdout.write(d) : (held += d)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => {
  process.stdout.write(held);
  process.exit(code ?? 0);
});

if (built) console.log('The demo and the kit are up to date: starting the server.');
else {
  const t0 = Date.now();
  console.log('Building the demo and the kit (about ten seconds)…');
  try {
    const { build } = await import('vite');
    // The demo site first: it empties demo-dist.
    await build({ logLevel: 'warn' });
    // The CMS page loads only the drop-in bundle, as a site would: built beside it, in kit/.
    await build({ mode: 'bundle', logLevel: 'warn', build: { outDir: join(OUT, 'kit'), emptyOutDir: true } });
    cpSync('demo/static', OUT, { recursive: true });
    writeFileSync(STAMP, wanted);
  } catch (err) {
    console.error(`The build failed: ${err.message}`);
    server.removeAllListeners('exit');
    server.kill('SIGTERM');
    process.exit(1);
  }
  console.log(`Built in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
  ready = true;
  process.stdout.write(held);
  held = '';
}
