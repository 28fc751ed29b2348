#!/usr/bin/env node
// The procura command line.
//   procura check-tree <tree.json>...   checks decision tree definitions (exit 0 "ok", 1 problems, 2 usage)
// The checker is the one the element runs: the compiled package (dist/lib) when it is
// built, else the TypeScript source through tsx (a dev dependency, there after `npm ci`).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage: procura check-tree <tree.json> [more.json...]
  Checks decision tree definitions for <procura-delegation-tree>: the shape, every
  "next", unique ids, no loop, nothing unreachable, a French text everywhere.
  Exits 0 and prints "ok" when every file is sound, 1 listing the problems otherwise.
  Use "-" to read a definition from standard input.`;

async function loadChecker() {
  const compiled = new URL('../dist/lib/delegation-tree/check-tree.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return (await import(compiled.href)).checkTree;
  const source = new URL('../src/delegation-tree/check-tree.ts', import.meta.url);
  if (!existsSync(fileURLToPath(source))) throw new Error('neither dist/lib nor src holds the tree checker: run `npm run build`');
  const { tsImport } = await import('tsx/esm/api');
  return (await tsImport(source.href, import.meta.url)).checkTree;
}

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function checkTreeCommand(files) {
  if (!files.length) {
    console.error(USAGE);
    return 2;
  }
  const checkTree = await loadChecker();
  let bad = 0;
  for (const file of files) {
    const name = file === '-' ? '(stdin)' : file;
    let text;
    try {
      text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    } catch (e) {
      console.error(`${name}: cannot read the file (${e.code ?? e.message})`);
      bad++;
      continue;
    }
    let def;
    try {
      def = JSON.parse(text);
    } catch (e) {
      console.error(`${name}: not valid JSON: ${e.message}`);
      bad++;
      continue;
    }
    const { ok, issues } = checkTree(def);
    if (ok) {
      console.log(files.length > 1 ? `${name}: ok` : 'ok');
      continue;
    }
    bad++;
    console.error(`${name}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
    for (const i of issues) console.error(`  ${i.path}: ${i.message} [${i.code}]`);
  }
  return bad ? 1 : 0;
}

const [command, ...args] = process.argv.slice(2);
let code;
if (command === 'check-tree') code = await checkTreeCommand(args);
else if (!command || command === 'help' || command === '--help' || command === '-h') {
  console.log(USAGE);
  code = command ? 0 : 2;
} else {
  console.error(`procura: unknown command "${command}"\n\n${USAGE}`);
  code = 2;
}
process.exitCode = code;
