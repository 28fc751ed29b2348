// Starts a server process and resolves with the URL once it prints
// `listening on http://…` (the reference server's one start-up line).
// The limit is generous: under a loaded machine (several suites at once) tsx and PGlite take over a minute.
import { spawn } from 'node:child_process';

export function spawnServer(args, { env = {}, what = 'the server', timeout = 180_000, detached = false } = {}) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached,
  });
  const url = new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not listen within ${timeout / 1000} s`)), timeout);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}`));
    });
  });
  return { child, url };
}
