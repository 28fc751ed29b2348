#!/usr/bin/env node
// The procura command line.
//   procura check-tree <tree.json>...          checks decision tree definitions
//   procura check-config <element> <file.json> checks an element's configuration
// Both exit 0 "ok", 1 problems, 2 usage. The checkers are the ones the elements run: the
// compiled package (dist/lib) when it is built, else the TypeScript source through tsx (a
// dev dependency, there after `npm ci`).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ELEMENTS = 'consent, cookie-opposition, mandate-form, access-grants, delegation-tree, signature-pad';
const USAGE = `Usage: procura check-tree <tree.json> [more.json...]
  Checks decision tree definitions for <procura-delegation-tree>: the shape, every
  "next", unique ids, no loop, nothing unreachable, a French text everywhere, and
  keys it does not know (with the nearest known one).
  Exits 0 and prints "ok" when every file is sound, 1 listing the problems otherwise.
  Use "-" to read a definition from standard input.

Usage: procura check-config <element> <config.json>
  Checks a configuration (the config property or the child JSON script) for
  <procura-ELEMENT>, with the messages the element shows: settings it does not know
  (with the nearest known one), missing or wrong values, its own rules.
  ELEMENT is one of ${ELEMENTS}.
  Exits 0 and prints "ok" when it is sound, 1 printing each problem as "path: message".
  Use "-" to read the configuration from standard input.`;

/** A module of the package: dist/lib when built, else its TypeScript source. */
async function load(path) {
  const compiled = new URL(`../dist/lib/${path}.js`, import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return import(compiled.href);
  const source = new URL(`../src/${path}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(source))) throw new Error(`neither dist/lib nor src holds ${path}: run \`npm run build\``);
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(source.href, import.meta.url);
}

async function loadChecker() {
  return (await load('delegation-tree/check-tree')).checkTree;
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

async function checkConfigCommand(args) {
  const [element, file] = args;
  if (args.length !== 2) {
    console.error(USAGE);
    return 2;
  }
  const { checkConfig, isConfigurable } = await load('core/config-check');
  if (!isConfigurable(element)) {
    console.error(`procura check-config: "${element}" is not an element with a configuration (${ELEMENTS})`);
    return 2;
  }
  const name = file === '-' ? '(stdin)' : file;
  let text;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    console.error(`${name}: cannot read the file (${e.code ?? e.message})`);
    return 1;
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    console.error(`${name}: not valid JSON: ${e.message}`);
    return 1;
  }
  const issues = await checkConfig(element, raw);
  if (!issues.length) {
    console.log('ok');
    return 0;
  }
  console.error(`${name}: ${issues.length} problem${issues.length === 1 ? '' : 's'} for <procura-${element}>`);
  for (const i of issues) console.error(`${i.path || '(root)'}: ${i.message}`);
  return 1;
}

const [command, ...args] = process.argv.slice(2);
let code;
if (command === 'check-tree') code = await checkTreeCommand(args);
else if (command === 'check-config') code = await checkConfigCommand(args);
else if (!command || command === 'help' || command === '--help' || command === '-h') {
  console.log(USAGE);
  code = command ? 0 : 2;
} else {
  console.error(`procura: unknown command "${command}"\n\n${USAGE}`);
  code = 2;
}
process.exitCode = code;
