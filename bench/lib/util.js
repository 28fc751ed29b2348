// Small helpers shared by the benchmark's parts.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';

// Brotli at quality 11 takes about a second per MB: the same bytes (their dist files, the
// PDF engine, the font) are compressed once and remembered in bench/.work.
const CACHE_FILE = 'bench/.work/compressed-cache.json';
let cache;
const loadCache = () => {
  if (cache) return cache;
  try {
    cache = existsSync(CACHE_FILE) ? JSON.parse(readFileSync(CACHE_FILE, 'utf8')) : {};
  } catch {
    cache = {};
  }
  return cache;
};
export function saveCompressedCache() {
  if (!cache) return;
  mkdirSync('bench/.work', { recursive: true });
  writeFileSync(CACHE_FILE, JSON.stringify(cache));
}

/** Sizes of one file as a server sends it: raw (minified), gzip -9, brotli q11. */
export function compressed(buf) {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const key = createHash('sha256').update(b).digest('hex');
  const c = loadCache();
  return (c[key] ??= measure(b));
}

function measure(b) {
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
    }).length,
  };
}

export const sum = (list) =>
  list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

export const kb = (n) => (n == null ? '—' : `${(n / 1024).toFixed(1)}`);

export function stats(samples) {
  const xs = samples.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const q = (p) => {
    const i = (xs.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return xs[lo] + (xs[hi] - xs[lo]) * (i - lo);
  };
  const round = (x) => Math.round(x * 100) / 100;
  return { n: xs.length, median: round(q(0.5)), p90: round(q(0.9)), min: round(xs[0]), max: round(xs[xs.length - 1]) };
}

/** Rejects after `ms` with a readable message, so one stuck step never stalls the run. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

export const errorText = (e) =>
  String(e?.message ?? e)
    .split('\n')
    .slice(0, 3)
    .join(' ')
    .slice(0, 300);

/** Markdown/console table from rows of cells. */
export function table(head, rows, align = []) {
  const all = [head, ...rows].map((r) =>
    r.map((c) =>
      String(c ?? '')
        .replace(/\s+/g, ' ')
        .replace(/\|/g, '\\|'),
    ),
  );
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => '| ' + r.map((c, i) => (align[i] === 'r' ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' | ') + ' |';
  const sep = '|' + w.map((n, i) => (align[i] === 'r' ? '-'.repeat(n + 1) + ':' : '-'.repeat(n + 2))).join('|') + '|';
  return [line(all[0]), sep, ...all.slice(1).map(line)].join('\n');
}
