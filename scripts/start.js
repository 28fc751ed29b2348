// `npm start`: builds the drop-in bundle and the demo site, then serves both and the
// reference backend's API on one origin (PORT, default 8080).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
console.log('Building the kit and the demo (a few seconds)…');
execFileSync(bin('vite'), ['build', '--mode', 'bundle', '--logLevel', 'warn'], quiet);
execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], quiet);
// The CMS page loads only the drop-in bundle, as a site would.
mkdirSync('demo-dist/kit', { recursive: true });
cpSync('dist/procura.js', 'demo-dist/kit/procura.js');
for (const dir of ['chunks', 'assets']) if (existsSync(join('dist', dir))) cpSync(join('dist', dir), join('demo-dist/kit', dir), { recursive: true, force: true, errorOnExist: false });
cpSync('demo/static', 'demo-dist', { recursive: true });

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  stdio: 'inherit',
  env: { PORT: '8080', STATIC_DIR: 'demo-dist', ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
