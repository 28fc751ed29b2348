// Lighthouse (npm `lighthouse`, its default mobile profile: a mid-range phone, simulated slow 4G
// and a 4× slower CPU) on each page of the demo and the CMS page, served as `npm start` serves
// them (the reference server with an in-memory database), in Debian's Chromium (issue 19).
// Scores are 0 to 100; below 100 the failing audits are kept, each with Lighthouse's words.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawnSync } from 'node:child_process';
import { findChromium } from '../../scripts/chromium.js';
import { spawnServer } from '../../scripts/spawn-server.js';
import { errorText } from './util.js';
import { pathToFileURL } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/** Where each page's whole Lighthouse report (its JSON) is kept, to read what a score hides. */
export const REPORTS = 'bench/.work/lighthouse';
export const PAGES = ['index.html', 'client-space.html', 'mandate.html', 'quote.html', 'privacy.html', 'cms.html'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** `npm start` on a free port, in its own process group (the server it spawns stops with it). */
async function startDemo() {
  const { child, url } = spawnServer(['scripts/start.js'], {
    env: { PORT: '0', DATA_DIR: 'memory://', PROCURA_DEMO: '1' },
    what: 'npm start',
    timeout: 240_000,
    detached: true,
  });
  const stop = () =>
    new Promise((r) => {
      child.once('exit', r);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        r();
      }
    });
  try {
    return { url: await url, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** What Lighthouse says keeps a category below 100: its failing audits, weighted first, with the value it shows. */
function causes(lhr, id) {
  const cat = lhr.categories[id];
  return cat.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ ref, audit }) => {
      if (!audit || audit.score === null || audit.scoreDisplayMode === 'notApplicable') return false;
      if (ref.id === 'layout-shifts') return audit.details?.items?.length > 0;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') return false;
      return ref.weight > 0 ? audit.score < 1 : audit.score < 0.9 && id === 'performance';
    })
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .slice(0, 8)
    .map(({ audit }) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${detail(audit)}`);
}

/** The console errors, or the elements that shifted, Lighthouse names for an audit (their first three). */
function detail(audit) {
  const items = audit.details?.items ?? [];
  let named = [];
  if (audit.id === 'errors-in-console') named = items.map((i) => `${i.source}: ${String(i.description).slice(0, 160)}`);
  else if (audit.id === 'layout-shifts')
    named = items.map(
      (i) => `${i.node?.selector ?? i.node?.nodeLabel ?? '?'} ${Math.round((i.score ?? 0) * 1000) / 1000}`,
    );
  return named.length ? `: ${named.slice(0, 3).join(' | ')}` : '';
}

/** Lighthouse on `pages` (every demo page and the CMS page by default), until `deadline`. */
export async function measureLighthouse(log, deadline, pages = PAGES) {
  let chromePath = findChromium();
  if (!chromePath) {
    spawnSync(process.execPath, ['scripts/chromium.js'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
    chromePath = findChromium();
  }
  if (!chromePath) throw new Error('no Chromium found (set CHROME_PATH, or install chromium)');
  const out = {
    profile: 'mobile (Lighthouse default: simulated slow 4G, 4× CPU slowdown)',
    version: undefined,
    pages: {},
  };
  const demo = await startDemo();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    for (const page of pages) {
      if (Date.now() > deadline) {
        out.pages[page] = { status: 'skipped', reason: 'the run reached its time limit' };
        continue;
      }
      const t = Date.now();
      try {
        const r = await lighthouse(`${demo.url}/${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const lhr = r.lhr;
        mkdirSync(REPORTS, { recursive: true });
        writeFileSync(`${REPORTS}/${page.replace(/\.html$/, '')}.json`, JSON.stringify(lhr));
        out.version = lhr.lighthouseVersion;
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        );
        const below = Object.fromEntries(CATEGORIES.filter((c) => scores[c] < 100).map((c) => [c, causes(lhr, c)]));
        const metrics = Object.fromEntries(
          [
            'first-contentful-paint',
            'largest-contentful-paint',
            'total-blocking-time',
            'cumulative-layout-shift',
            'speed-index',
          ].map((m) => [
            m,
            lhr.audits[m]?.numericValue != null ? Math.round(lhr.audits[m].numericValue * 1000) / 1000 : null,
          ]),
        );
        out.pages[page] = { status: 'ok', ...scores, metrics, below, runtimeError: lhr.runtimeError?.message };
        log?.(
          `  ${page}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']} (${((Date.now() - t) / 1000).toFixed(0)} s)`,
        );
      } catch (e) {
        out.pages[page] = { status: 'crashed', reason: errorText(e) };
        log?.(`  ${page}: crashed: ${errorText(e)}`);
      }
    }
  } finally {
    await chrome.kill();
    await demo.stop();
  }
  // The worst page of each category: what the budgets judge.
  const done = Object.values(out.pages).filter((p) => p.status === 'ok');
  if (done.length === pages.length)
    out.worst = Object.fromEntries(CATEGORIES.map((c) => [c, Math.min(...done.map((p) => p[c]))]));
  return out;
}

/**
 * `node bench/lib/lighthouse.js [page.html …]`: Lighthouse on those pages alone (all by default),
 * printed with the failing audits, bench/results.json untouched; to check a fix before the full
 * `npm run bench -- lighthouse`, whose scores are only worth keeping on a quiet machine.
 */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asked = process.argv.slice(2).filter((a) => a.endsWith('.html'));
  const load = loadavg()[0].toFixed(1);
  console.log(
    `Lighthouse, load average ${load} on ${availableParallelism()} cores (timings are not judged above 1 per core).`,
  );
  const out = await measureLighthouse(console.log, Date.now() + 600_000, asked.length ? asked : PAGES);
  for (const [page, r] of Object.entries(out.pages)) {
    if (r.status !== 'ok') continue;
    console.log(`${page}: CLS ${r.metrics['cumulative-layout-shift']}`);
    for (const [category, causes] of Object.entries(r.below))
      for (const c of causes) console.log(`  ${category}: ${c}`);
  }
}
