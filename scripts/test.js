// `npm test`: every suite, then one line `N passed, N failed` over all of them.
//   npm test                 types + lint + browser + server + security + e2e
//   npm test -- browser      one suite (types | lint | browser | server | security | e2e); extra args go to its runner
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { ensureChromium, ensureCommands } from './chromium.js';

const [only, ...rest] = process.argv.slice(2);
const want = (s) => !only || only === s;
mkdirSync('.tmp', { recursive: true });
process.env.CHROME_PATH = ensureChromium();
// The PDF tests read documents back with poppler and qpdf, as a person's viewer would.
const stillMissing = ensureCommands({
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  qpdf: 'qpdf',
});
if (stillMissing.length)
  console.error(
    `Missing ${stillMissing.join(', ')}: install poppler-utils and qpdf (Debian/Ubuntu: sudo apt-get install poppler-utils qpdf); the PDF tests will fail without them.`,
  );

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function readCounts(file) {
  if (!existsSync(file))
    return { passed: 0, failed: 1, skipped: 0, note: 'no result: the runner crashed before reporting' };
  const raw = readFileSync(file, 'utf8').trim();
  try {
    const counts = JSON.parse(raw.split('\n').filter(Boolean).pop());
    if (counts && typeof counts.passed === 'number') return counts;
  } catch {
    /* reported below, with the other suites still run */
  }
  return { passed: 0, failed: 1, skipped: 0, note: `unreadable counts in ${file}` };
}

/** Adds a finished suite's counts to the totals and its line to the summary. */
function record(suite, status, countsFile) {
  const c = readCounts(countsFile);
  // A runner that exits non-zero with no failing test still failed (a crash, a load error).
  if (status !== 0 && c.failed === 0) c.failed = 1;
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped ?? 0;
  lines.push(
    `${suite}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}${c.note ? ` (${c.note})` : ''}`,
  );
}

/**
 * Runs one suite. Alone (`npm test -- <suite>`), its output streams as it comes. In a lane (a
 * full run, where suites run side by side), its output is kept and printed whole once the suite
 * ends, so that two suites never interleave their lines.
 */
async function run(suite, cmd, args, countsFile, env = {}, inLane = !only) {
  rmSync(countsFile, { force: true });
  const head = `\n=== ${suite}: ${[cmd, ...args].join(' ')}\n`;
  const started = Date.now();
  const child = spawn(cmd, args, {
    stdio: inLane ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
  });
  const out = [];
  if (inLane) {
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
  } else process.stdout.write(head);
  const status = await new Promise((done) => child.on('close', done));
  if (inLane) process.stdout.write(Buffer.concat([Buffer.from(head), ...out]));
  console.log(`(${suite}: ${Math.round((Date.now() - started) / 1000)} s)`);
  record(suite, status, countsFile);
}

const nodeReporters = (name) => [
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-count-reporter.js',
  `--test-reporter-destination=.tmp/counts-${name}.json`,
];
const tests = (dir, re) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => re.test(f))
        .map((f) => `${dir}/${f}`)
    : [];

if (want('types')) {
  // Strict TypeScript over the kit, its tests, stories and demo, and the server: one check per project.
  const c = { passed: 0, failed: 0 };
  for (const project of [
    ['-p', 'tsconfig.json', '--noEmit'],
    ['-p', 'tsconfig.test.json'],
    ['-p', 'server/tsconfig.json', '--noEmit'],
  ]) {
    console.log(`\n=== types: tsc ${project.join(' ')}`);
    const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', ...project], { stdio: 'inherit' });
    r.status === 0 ? c.passed++ : c.failed++;
  }
  // A consumer's snippets (test/types) against the declarations the package ships, emitted from the
  // sources: strict, exactOptionalPropertyTypes, lib ES2020. test/e2e/consumers.test.js does it from the tarball.
  console.log('\n=== types: consumer snippets (test/types: plain TS, React JSX) against the emitted declarations');
  rmSync('.tmp/types', { recursive: true, force: true });
  const emitted = spawnSync(
    process.execPath,
    [
      'node_modules/typescript/bin/tsc',
      '-p',
      'tsconfig.build.json',
      '--emitDeclarationOnly',
      '--declarationMap',
      'false',
      '--sourceMap',
      'false',
      '--outDir',
      '.tmp/types/lib',
    ],
    { stdio: 'inherit' },
  );
  // The React JSX types generated from the manifest beside them (.tmp/types/types/jsx.d.ts).
  // The manifest is generated (custom-elements-manifest.config.mjs), not kept in git: make it first.
  const analyzed =
    emitted.status === 0 &&
    spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const generated =
    analyzed &&
    analyzed.status === 0 &&
    spawnSync(process.execPath, ['scripts/manifest.js', '--out', '.tmp/types'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const consumer =
    generated &&
    generated.status === 0 &&
    spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types/tsconfig.json'], {
      stdio: 'inherit',
    });
  consumer && consumer.status === 0 ? c.passed++ : c.failed++;
  totals.passed += c.passed;
  totals.failed += c.failed;
  lines.push(`types: ${c.passed} passed, ${c.failed} failed`);
}

// The house rules (docs/CONTRIBUTING.md): ESLint per file (size, layering, lit, lit-a11y), Prettier,
// lit-analyzer over the templates, and no import cycle. Fast, so it runs second.
if (want('lint')) {
  const c = { passed: 0, failed: 0 };
  console.log('\n=== lint: eslint (one result per file)');
  const eslint = spawnSync(process.execPath, ['node_modules/eslint/bin/eslint.js', '.', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let results = [];
  try {
    results = JSON.parse(eslint.stdout);
  } catch {
    console.error(eslint.stderr || 'eslint printed no result');
    c.failed++;
  }
  for (const r of results) {
    const errors = r.messages.filter((m) => m.severity === 2);
    if (!errors.length) {
      c.passed++;
      continue;
    }
    c.failed++;
    for (const m of errors)
      console.log(`${r.filePath.replace(process.cwd() + '/', '')}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
  }
  console.log(`${results.length} files linted, ${c.failed} with errors`);
  const checks = [
    [
      'prettier --check',
      'node_modules/prettier/bin/prettier.cjs',
      ['--check', '--log-level', 'warn', 'src', 'server', 'test', 'stories', 'demo', 'scripts', 'bench', 'bin'],
    ],
    // Two rules are off, each for a false alarm of the analyzer (2.0.3) on Lit 3: it types `nothing` as
    // Symbol(undefined) in attribute bindings, and its CSS parser does not know container queries.
    [
      'lit-analyzer',
      'node_modules/lit-analyzer/cli.js',
      ['src', '--quiet', '--rules.no-incompatible-type-binding', 'off', '--rules.no-invalid-css', 'off'],
    ],
    ['import cycles', 'scripts/check-cycles.js', ['src', 'server']],
  ];
  for (const [name, bin, args] of checks) {
    console.log(`\n=== lint: ${name}`);
    const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
    r.status === 0 ? c.passed++ : c.failed++;
  }
  totals.passed += c.passed;
  totals.failed += c.failed;
  lines.push(`lint: ${c.passed} passed, ${c.failed} failed`);
}

const browserSuite = async () => {
  if (want('browser'))
    await run(
      'browser',
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.js', ...rest],
      '.tmp/counts-browser.json',
    );
};

/** Node test files on PGlite, then on PostgreSQL (a throwaway cluster unless one is given). */
let pgUrl;
async function onBothStores(suite, files) {
  if (!files.length) return;
  // Each PGlite file has its own in-memory database (from one template written whole or not at
  // all): two files at once share nothing but the two cores, and the pass takes about a third less.
  await run(
    `${suite} (PGlite)`,
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', ...nodeReporters(`${suite}-pglite`), ...files],
    `.tmp/counts-${suite}-pglite.json`,
  );
  if (pgUrl === undefined) {
    pgUrl = process.env.PROCURA_TEST_DATABASE_URL ?? null;
    if (!pgUrl && existsSync('scripts/ensure-postgres.sh') && process.env.PROCURA_SKIP_POSTGRES !== '1') {
      // Not a synchronous call: the browser suite beside it must keep its output flowing.
      const child = spawn('bash', ['scripts/ensure-postgres.sh'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const out = [];
      child.stdout.on('data', (d) => out.push(d));
      const status = await new Promise((done) => child.on('close', done));
      pgUrl = status === 0 ? Buffer.concat(out).toString().trim() : null;
      if (!pgUrl) {
        lines.push(`${suite} (PostgreSQL): could not start PostgreSQL (see above)`);
        totals.failed++;
      }
    }
  }
  if (pgUrl)
    await run(
      `${suite} (PostgreSQL)`,
      process.execPath,
      // On PostgreSQL each file works in a schema (and roles, databases) of its own, named at random.
      ['--import', 'tsx', '--test', '--test-concurrency=2', ...nodeReporters(`${suite}-pg`), ...files],
      `.tmp/counts-${suite}-pg.json`,
      { PROCURA_TEST_DATABASE_URL: pgUrl, PROCURA_TEST_STORE: 'postgres' },
    );
}

// The server's contract, then the attacks and faults it must refuse (issue 14), each on both stores.
const serverSuites = async () => {
  if (want('server'))
    await onBothStores('server', rest.length ? rest : tests('server/test', /^(?!security-).*\.test\.ts$/));
  if (want('security'))
    await onBothStores('security', rest.length ? rest : tests('server/test', /^security-.*\.test\.ts$/));
};
// In a full run the browser suite (one page at a time, mostly waiting on Chromium) and the
// server's suites (PGlite, then PostgreSQL) run side by side: each alone left one of the two
// cores idle most of the time. Each keeps its own servers, ports and databases.
await Promise.all([browserSuite(), serverSuites()]);

// The end-to-end files in two lanes at once, each lane one file at a time: the demo's pages (each
// file starts `npm start`, which builds demo-dist once and then reuses it, so they stay in one lane)
// and the package's (packed once into .tmp/pack by the first, then reused; Storybook). The machine
// has two cores and most of an end-to-end test is waiting on a browser or a child process: this
// took the suite from about 13 minutes to about 12.5, the package's lane being the long one.
// The short command-line files go with the pages, to even the lanes (the package's builds are the long part).
const PAGE_LANE =
  /^(axe-pages|demo|journey|language|mailbox|pdf-structure|reflow|rights|studio|outbox-reload|autoloader|cli|verify|check-config|lint-rules|openapi-client)\.test\.js$/;

if (want('e2e')) {
  const files = tests('test/e2e', /\.test\.js$/);
  if (rest.length)
    await run(
      'e2e',
      process.execPath,
      ['--test', '--test-concurrency=1', ...nodeReporters('e2e'), ...rest],
      '.tmp/counts-e2e.json',
    );
  else if (files.length) {
    const pages = files.filter((f) => PAGE_LANE.test(f.split('/').pop()));
    const others = files.filter((f) => !pages.includes(f));
    console.log(`\n=== e2e: two lanes at once: ${pages.length} page files, ${others.length} other files`);
    const lane = (name, list) =>
      run(
        `e2e (${name})`,
        process.execPath,
        ['--test', '--test-concurrency=1', ...nodeReporters(`e2e-${name}`), ...list],
        `.tmp/counts-e2e-${name}.json`,
        {},
        true,
      );
    await Promise.all([lane('pages', pages), lane('package', others)]);
  }
}

console.log('\n' + lines.join('\n'));
const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
writeFileSync('.tmp/summary.txt', summary + '\n');
console.log(summary);
process.exit(totals.failed ? 1 : 0);
