#!/usr/bin/env node
// The procura command line.
//   procura check-tree <tree.json>...          checks decision tree definitions
//   procura check-config <element> <file.json> checks an element's configuration
//   procura verify <file> --keys <keys.json>   checks a receipt, a sealed PDF or an evidence export
// All exit 0 "ok" (verify: "valid"), 1 problems, 2 usage. The checkers are the ones the elements run: the
// compiled package (dist/lib) when it is built, else the TypeScript source through tsx (a
// dev dependency, there after `npm ci`).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ELEMENTS = 'consent, cookie-opposition, mandate-form, access-grants, delegation-tree, signature-pad, my-data';
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
  Use "-" to read the configuration from standard input.

Usage: procura verify <file> (--keys <keys.json> | --server <url>) [--document <file.pdf>] [--lang en|fr]
  Checks a procura proof offline, against the server's public keys, and says in plain
  words what it proves. <file> is a receipt (the downloaded procura-preuve-*.json, or a
  bare compact JWS), a sealed PDF, or an evidence export (GET /grants/{id}/evidence).
  --keys      a saved GET /proof/keys answer (get it once, or from your broker by
              another channel): nothing else is fetched.
  --server    fetches <url>/proof/keys now and prints its fingerprint: the check is then
              only as trustworthy as that connection. --save-keys <file> keeps it.
  --document  with an evidence export: the PDF (original or sealed) the trail names.
  Exits 0 and prints "valid" with what the file proves, 1 printing "NOT valid: <reason>"
  for each failure.`;

/**
 * A module of the package: dist/lib when installed, else its TypeScript source. In a checkout
 * (tsconfig.json beside, which the package does not ship) the sources win, as for the server
 * below: a dist/lib left from an earlier build may lack what the sources have now (a new element).
 */
async function load(path) {
  const compiled = new URL(`../dist/lib/${path}.js`, import.meta.url);
  const checkout = existsSync(fileURLToPath(new URL('../tsconfig.json', import.meta.url)));
  if (!checkout && existsSync(fileURLToPath(compiled))) return import(compiled.href);
  const source = new URL(`../src/${path}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(source))) {
    if (existsSync(fileURLToPath(compiled))) return import(compiled.href);
    throw new Error(`neither dist/lib nor src holds ${path}: run \`npm run build\``);
  }
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

/** A module of the reference server: its TypeScript source in a checkout, else dist/server. */
async function loadServer(path) {
  // The package ships dist/server only; a checkout has the sources, which a dist/server left
  // from an earlier build may no longer match (a stale verifier rejects today's trails): there
  // the sources win.
  const source = new URL(`../server/${path}.ts`, import.meta.url);
  const compiled = new URL(`../dist/server/${path}.js`, import.meta.url);
  if (!existsSync(fileURLToPath(source))) {
    if (existsSync(fileURLToPath(compiled))) return import(compiled.href);
    throw new Error(`neither dist/server nor server holds ${path}: run \`npm run build\``);
  }
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(source.href, import.meta.url);
}

async function verifyCommand(args) {
  const opts = {};
  const files = [];
  const withValue = new Set(['--keys', '--server', '--document', '--lang', '--save-keys']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (withValue.has(a)) {
      if (i + 1 >= args.length) return usage(`${a} needs a value`);
      opts[a.slice(2)] = args[++i];
    } else if (a.startsWith('--')) return usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) return usage('give one file to verify');
  if (!opts.keys === !opts.server) return usage('give --keys <keys.json> or --server <url> (one of them)');
  if (opts.lang && !['en', 'fr'].includes(opts.lang)) return usage('--lang is en or fr');
  const v = await loadServer('proof/verify');
  let keysText;
  if (opts.keys) {
    try {
      keysText = await readFile(opts.keys, 'utf8');
    } catch (e) {
      console.error(`${opts.keys}: cannot read the keys file (${e.code ?? e.message})`);
      return 2;
    }
  } else {
    const url = `${opts.server.replace(/\/+$/, '')}/proof/keys`;
    try {
      const res = await fetch(url, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      keysText = await res.text();
    } catch (e) {
      console.error(`cannot fetch ${url}: ${e.message}`);
      return 1;
    }
  }
  let keys;
  try {
    keys = v.parseKeysFile(keysText);
  } catch (e) {
    console.error(`NOT valid: ${e.message}`);
    return 1;
  }
  const fingerprint = v.keysFingerprint(keys);
  if (opts.server) {
    console.log(`Keys fetched from ${opts.server} now, fingerprint SHA-256 ${fingerprint}.`);
    console.log(
      'This check is only as trustworthy as that connection: compare the fingerprint with the one your broker published by another channel, or save the keys once (--save-keys) and use --keys.',
    );
    if (opts['save-keys']) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(opts['save-keys'], keysText);
    }
  }
  let bytes;
  let document;
  try {
    bytes = new Uint8Array(await readFile(files[0]));
    if (opts.document) document = new Uint8Array(await readFile(opts.document));
  } catch (e) {
    console.error(`${e.path ?? files[0]}: cannot read the file (${e.code ?? e.message})`);
    return 1;
  }
  const verdict = await v.verifyFile(bytes, keys, { document, lang: opts.lang ?? 'en' });
  if (verdict.valid) console.log('valid');
  else for (const p of verdict.problems) console.error(`NOT valid: ${p}`);
  for (const line of verdict.summary) console.log(verdict.valid ? line : `(had it been valid) ${line}`);
  if (opts.keys) console.log(`Checked against the keys file ${opts.keys} (fingerprint SHA-256 ${fingerprint}).`);
  return verdict.valid ? 0 : 1;
}

function usage(why) {
  console.error(`procura verify: ${why}\n\n${USAGE}`);
  return 2;
}

const [command, ...args] = process.argv.slice(2);
let code;
if (command === 'check-tree') code = await checkTreeCommand(args);
else if (command === 'check-config') code = await checkConfigCommand(args);
else if (command === 'verify') code = await verifyCommand(args);
else if (!command || command === 'help' || command === '--help' || command === '-h') {
  console.log(USAGE);
  code = command ? 0 : 2;
} else {
  console.error(`procura: unknown command "${command}"\n\n${USAGE}`);
  code = 2;
}
process.exitCode = code;
