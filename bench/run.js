// `npm run bench`: size and speed of procura beside the tools a site would pick
// instead, in one command and one run (issue 9). Writes bench/results.json and the
// README's bench section, prints OVER for any budget of bench/budgets.json exceeded.
// Not a test: it exits 0 whatever it finds, and an element that does not exist or does
// not build is reported as missing.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { measureSizes } from './lib/sizes.js';
import { measureSpeed } from './lib/speed.js';
import { measureLighthouse } from './lib/lighthouse.js';
import { checkBudgets, render, writeReadme, tooNoisy } from './lib/report.js';
import { errorText } from './lib/util.js';

const started = Date.now();
// The whole run stays under about five minutes: speed steps stop starting after this.
const DEADLINE = started + Number(process.env.BENCH_MAX_SECONDS ?? 270) * 1000;
const log = (s) => console.log(s);

process.on('unhandledRejection', (e) => console.error(`[bench] unhandled: ${errorText(e)}`));
// A last guard: whatever hangs, the process ends (exit 0: the benchmark never fails).
setTimeout(
  () => {
    console.error('[bench] stopped at the hard time limit');
    process.exit(0);
  },
  DEADLINE - started + 120_000 + 480_000, // Lighthouse has up to 8 minutes of its own
).unref();

// `node bench/run.js --report`: renders the tables again from bench/results.json, measuring nothing.
if (process.argv.includes('--report')) {
  const saved = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  saved.budgets = checkBudgets(saved, JSON.parse(readFileSync('bench/budgets.json', 'utf8')));
  const text = render(saved);
  console.log(text);
  writeReadme(text);
  process.exit(0);
}

// `npm run bench -- lighthouse` (or `sizes`, `speed`, several): only those parts are measured; the
// others are taken from the last bench/results.json, so that the README's tables stay whole.
const PARTS = ['sizes', 'speed', 'lighthouse'];
const asked = process.argv.slice(2).filter((a) => PARTS.includes(a));
const run = (part) => asked.length === 0 || asked.includes(part);
let previous = {};
try {
  if (asked.length) previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
} catch {
  previous = {};
}

mkdirSync('bench/.work', { recursive: true });
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: previous.machine?.chromium,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  },
  durationMs: 0,
  parts: asked.length ? asked : PARTS,
  // The run the parts not measured now come from.
  earlierParts: asked.length ? { date: previous.date, parts: PARTS.filter((p) => !asked.includes(p)) } : undefined,
  sizes: previous.sizes,
  speed: previous.speed,
  lighthouse: previous.lighthouse,
  budgets: [],
};

console.log(
  `procura bench: ${results.machine.cpu}, ${results.machine.cores} cores, Node ${process.version}, load ${results.machine.loadAverage.join(' ')}`,
);
let phase = Date.now();
const took = () => `${((Date.now() - phase) / 1000).toFixed(0)} s`;
if (run('sizes')) {
  console.log('\n1. Sizes');
  try {
    results.sizes = await measureSizes(log);
  } catch (e) {
    console.log(`  sizes crashed: ${errorText(e)}`);
    results.sizes = undefined;
  }
  console.log(`  (${took()})`);
}
if (run('speed')) {
  phase = Date.now();
  console.log('\n2. Speed (Chromium)');
  try {
    results.speed = await measureSpeed(log, DEADLINE);
    results.machine.chromium = results.speed.chromium;
  } catch (e) {
    console.log(`  speed crashed: ${errorText(e)}`);
    results.speed = { error: errorText(e) };
  }
  console.log(`  (${took()})`);
}
if (run('lighthouse')) {
  phase = Date.now();
  console.log('\n3. Lighthouse (mobile) on the demo pages and the CMS page');
  try {
    results.lighthouse = await measureLighthouse(log, Date.now() + 420_000);
  } catch (e) {
    console.log(`  lighthouse crashed: ${errorText(e)}`);
    results.lighthouse = { error: errorText(e) };
  }
  console.log(`  (${took()})`);
}
results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
if (tooNoisy(results.machine))
  console.log(
    `\nToo noisy to judge: load average ${results.machine.loadAverage[0]} at the start, ${results.machine.loadAverageAtEnd[0]} at the end, above the ${results.machine.cores} cores. The time budgets are not judged; run again on an idle machine.`,
  );
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
results.budgets = checkBudgets(results, budgets);
results.durationMs = Date.now() - started;

const body = render(results);
console.log(`\n${body}\n`);
for (const b of results.budgets.filter((x) => x.status === 'OVER'))
  console.log(`OVER  ${b.label}: ${b.value} ${b.unit} (limit ${b.limitKind} ${b.limit})`);
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
try {
  writeReadme(body);
} catch (e) {
  console.log(`README not written: ${errorText(e)}`);
}
console.log(`\nWritten: bench/results.json, README.md (bench section). ${Math.round(results.durationMs / 1000)} s.`);
process.exit(0);
