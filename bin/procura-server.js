#!/usr/bin/env node
// `procura-server`: the reference server, built to JavaScript in dist/server (no TypeScript
// at run time). Configured from the environment, as `npm start` is: PORT (8080; 0 = any free
// port), HOST (127.0.0.1), DATA_DIR (.data/pglite, or memory://), DATABASE_URL (PostgreSQL
// instead of PGlite: install `pg` beside procura), STATIC_DIR, PROCURA_DEMO, CORS_ORIGINS,
// SIGN_IN_URL. See server/README.md.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/server/main.js', import.meta.url);
const path = fileURLToPath(main);
if (!existsSync(path)) {
  process.stderr.write(
    `procura-server: ${path} is missing. In a clone of procura, run \`npm run build\` first (or \`npm start\` for the demo).\n`,
  );
  process.exit(1);
}
// dist/server/main.js starts the server when it is the program run (process.argv[1]):
// the bin stands in for it.
process.argv[1] = path;
await import(main.href);
