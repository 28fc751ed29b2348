// Part 2 of `npm run bench`: speed in Chromium (playwright-core), ours beside theirs,
// same page, same machine, same run. The page (bench/pages/) and the libraries it
// measures are bundled and minified into bench/.work/www, served by a small static
// server on loopback that closes itself after a while.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, copyFileSync, statSync } from 'node:fs';
import { join, resolve, extname, normalize, sep } from 'node:path';
import { build as viteBuild } from 'vite';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { spawnSync } from 'node:child_process';
import { ELEMENTS } from './sizes.js';
import { minifyTemplates } from '../../scripts/build-minify-templates.js';

/** The elements whose first render the bench page times: the desk and my-data need a signed-in backend. */
const RENDERED = ELEMENTS.filter((el) => el !== 'broker-desk' && el !== 'my-data');
import { stats, errorText, withTimeout, compressed, sum } from './util.js';

const ROOT = process.cwd();
// `BENCH_WWW` gives a run a folder of its own (bench/first-screen.js: one per element, so that runs side by side do not clobber each other).
const WWW = resolve(process.env.BENCH_WWW ?? 'bench/.work/www');
const ENTRIES = resolve(process.env.BENCH_WWW ? `${process.env.BENCH_WWW}-entries` : 'bench/.work/entries');
export const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const abs = (p) => JSON.stringify(resolve(p));

/** What the page imports at run time: /lib/<name>/entry.js. `needs` are the source files it cannot do without. */
function libraries() {
  const list = RENDERED.map((el) => ({
    name: `el-${el}`,
    entry: `src/define/${el}.ts`,
    needs: [`src/define/${el}.ts`],
  }));
  list.push(
    {
      name: 'check-tree',
      code: `export { checkTree } from ${abs('src/delegation-tree/check-tree.ts')};`,
      needs: ['src/delegation-tree/check-tree.ts'],
    },
    {
      name: 'drafts',
      code: `export { drafts } from ${abs('src/core/draft-store.ts')};`,
      needs: ['src/core/draft-store.ts'],
    },
    {
      name: 'pdf-procura',
      code: `export { mandatePdf } from ${abs('src/mandate-form/pdf.ts')};\nexport { strokesToPng } from ${abs('src/signature-pad/image.ts')};`,
      needs: ['src/mandate-form/pdf.ts', 'src/signature-pad/image.ts'],
    },
    {
      name: 'sig-tools',
      code: `export { default as SignaturePad } from 'signature_pad';\nexport { PDFDocument } from 'pdf-lib';`,
      needs: [],
    },
    { name: 'pdf-lib', code: `export * from 'pdf-lib';`, needs: [] },
    { name: 'jspdf', code: `export { jsPDF } from 'jspdf';`, needs: [] },
    {
      name: 'cookieconsent',
      code: `export * from 'vanilla-cookieconsent';`,
      needs: [],
      copy: [['node_modules/vanilla-cookieconsent/dist/cookieconsent.css', 'cookieconsent.css']],
    },
    { name: 'survey', code: `export { Model } from 'survey-core';`, needs: [] },
  );
  return list;
}

async function buildLibrary(lib) {
  const outDir = join(WWW, 'lib', lib.name);
  let entry = lib.entry && resolve(lib.entry);
  if (lib.code) {
    entry = join(ENTRIES, `www-${lib.name}.js`);
    writeFileSync(entry, lib.code + '\n');
  }
  await viteBuild({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'silent',
    publicDir: false,
    // As the kit's builds and `npm run bench -- sizes` do, so that first-screen bytes compare with them.
    plugins: [minifyTemplates()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rollupOptions: {
        input: { entry },
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: 'entry.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  for (const [from, to] of lib.copy ?? []) copyFileSync(from, join(outDir, to));
}

/** Builds the page and every library it can; returns which libraries exist and why the others do not. */
export async function buildPages(log, only) {
  rmSync(WWW, { recursive: true, force: true });
  mkdirSync(join(WWW, 'lib'), { recursive: true });
  mkdirSync(ENTRIES, { recursive: true });
  await esbuild.build({
    entryPoints: [resolve('bench/pages/bench.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(WWW, 'bench.js'),
    logLevel: 'silent',
  });
  copyFileSync(resolve('bench/pages/index.html'), join(WWW, 'index.html'));
  const available = {};
  for (const lib of libraries().filter((l) => !only || only.includes(l.name))) {
    const missing = lib.needs.filter((f) => !existsSync(f));
    if (missing.length) {
      available[lib.name] = { ok: false, reason: `${missing.join(', ')} does not exist yet` };
      continue;
    }
    try {
      await withTimeout(buildLibrary(lib), 90_000, `building ${lib.name}`);
      available[lib.name] = { ok: true };
    } catch (e) {
      available[lib.name] = { ok: false, reason: `build failed: ${errorText(e)}` };
    }
  }
  log?.(
    `  pages built; missing: ${
      Object.entries(available)
        .filter(([, v]) => !v.ok)
        .map(([k]) => k)
        .join(', ') || 'none'
    }`,
  );
  return available;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Static files of bench/.work/www on 127.0.0.1, never cached (every run is a first visit); closes itself after `lifetimeMs`. */
export function serve(lifetimeMs = 8 * 60_000) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = normalize(join(WWW, decodeURIComponent(url.pathname)));
    if (!file.startsWith(WWW + sep) && file !== WWW) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const timer = setTimeout(() => server.close(), lifetimeMs);
      timer.unref();
      server.closeAllConnections?.();
      resolveServer({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () =>
          new Promise((r) => {
            clearTimeout(timer);
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}

/** One page load of a scenario; resolves with what the page reports. */
export async function visit(context, origin, query, { timeout = 30_000, page } = {}) {
  page ??= await context.newPage();
  const errors = [];
  const onError = (e) => errors.push(errorText(e));
  page.on('pageerror', onError);
  try {
    await page.goto(`${origin}/index.html?${query}`, { waitUntil: 'load', timeout });
    const result = await withTimeout(
      page.evaluate(() => window.benchResult),
      timeout,
      query,
    );
    return { result, page, errors };
  } catch (e) {
    await page.close().catch(() => {});
    throw new Error(`${errorText(e)}${errors.length ? ` (page: ${errors[0]})` : ''}`);
  } finally {
    page.off('pageerror', onError);
  }
}

/**
 * The bytes an element's first screen needed (issue 19): the files of its build the page fetched
 * before the first paint, lazy chunks included, each compressed as `npm run bench -- sizes` does.
 * A chunk moved behind a dynamic import but awaited before the first render still counts here.
 */
export function withFirstScreenBytes(r) {
  if (!Array.isArray(r?.firstScreen)) return r;
  const files = [...new Set(r.firstScreen)].map((path) => ({
    file: path.replace(/^\/lib\/[^/]+\//, ''),
    ...compressed(readFileSync(join(WWW, path))),
  }));
  return { ...r, firstScreen: { ...sum(files), files } };
}

/** Median, p90 and the scenario's own details, over the results of its page loads. */
function summarize(results, pick = (r) => r.total) {
  const last = results.at(-1) ?? {};
  const extra = {};
  for (const k of ['load', 'render']) if (typeof last[k] === 'number') extra[k] = stats(results.map((r) => r[k]));
  for (const k of ['clsUpgrade', 'clsAfterFirstPaint'])
    if (typeof last[k] === 'number') extra[k] = Math.max(...results.map((r) => r[k]));
  for (const k of ['ready', 'error', 'radios', 'shownNodes', 'firstScreen'])
    if (last[k] !== undefined) extra[k] = last[k];
  if (results.some((r) => r.ready === false)) extra.ready = false;
  return { status: 'ok', ...stats(results.map(pick)), ...extra };
}

/**
 * Scenarios measured over `runs` page loads each after one warm-up load, taking turns
 * (a, b, c, a, b, c…) so that a machine busy for a while slows them all alike. One that
 * fails is reported as crashed; the others go on.
 */
async function interleaved(browser, origin, items, runs, deadline) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const results = Object.fromEntries(items.map((it) => [it.key, []]));
  const failed = {};
  try {
    // One tab, navigated again for each run: a new document each time, nothing cached (no-store).
    let page = await context.newPage();
    for (let i = 0; i <= runs; i++) {
      if (Date.now() > deadline) break;
      for (const it of items) {
        if (failed[it.key]) continue;
        try {
          if (page.isClosed()) page = await context.newPage();
          const { result } = await visit(context, origin, it.query, { page });
          if (i > 0) results[it.key].push(result);
        } catch (e) {
          failed[it.key] = errorText(e);
        }
      }
    }
  } finally {
    await context.close();
  }
  return Object.fromEntries(
    items.map((it) => [
      it.key,
      failed[it.key]
        ? { status: 'crashed', reason: failed[it.key] }
        : results[it.key].length
          ? summarize(results[it.key])
          : { status: 'skipped', reason: 'the run reached its time limit' },
    ]),
  );
}

/** A scenario that repeats its work inside one page load and returns its samples. */
async function inPage(browser, origin, query, summarizeSamples = true) {
  const context = await browser.newContext();
  try {
    const { result, page } = await visit(context, origin, query, { timeout: 90_000 });
    await page.close();
    if (!summarizeSamples) return { status: 'ok', ...result };
    const { samples, ...rest } = result;
    return { status: 'ok', ...stats(samples), ...rest };
  } finally {
    await context.close();
  }
}

const TEXT = 'Jean-Baptiste Dupont, rue de la Station 12, Namur.';

/** Types 50 characters into the first text field of an element that keeps a draft; long tasks and slow events during it. */
async function typing(browser, origin, el, runs = 2) {
  const context = await browser.newContext();
  const all = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { result, page } = await visit(context, origin, `s=interact&el=${el}&draft=bench-typing-${i}`);
      if (!result.ready)
        throw new Error(`<procura-${el}> did not render a field${result.error ? `: ${result.error}` : ''}`);
      const field = page
        .locator(
          `procura-${el} input:not([type]), procura-${el} input[type=text], procura-${el} input[type=email], procura-${el} textarea`,
        )
        .first();
      await field.click({ timeout: 5000 });
      const since = await page.evaluate(() => performance.now());
      const t = Date.now();
      await page.keyboard.type(TEXT.slice(0, 50), { delay: 30 });
      const ms = Date.now() - t;
      const r = await page.evaluate(([s, text]) => window.collect(s, text), [since, TEXT.slice(0, 50)]);
      all.push({ ...r, ms });
      await page.close();
    }
  } finally {
    await context.close();
  }
  return {
    status: 'ok',
    runs,
    keystrokes: 50,
    longtasks: all.reduce((a, r) => a + r.longtasks, 0),
    longestTask: Math.max(...all.map((r) => r.longestTask)),
    slowEvents: all.reduce((a, r) => a + r.slowEvents, 0),
    longestEvent: Math.max(...all.map((r) => r.longestEvent)),
    draftSaved: all.every((r) => r.draftSaved),
  };
}

/** Synthetic pointer strokes on the signature pad's canvas; long tasks and slow events during them. */
async function drawing(browser, origin, runs = 2) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const all = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { result, page } = await visit(context, origin, `s=interact&el=signature-pad`);
      if (!result.ready)
        throw new Error(`<procura-signature-pad> did not render a canvas${result.error ? `: ${result.error}` : ''}`);
      const canvas = page.locator('procura-signature-pad canvas').first();
      await canvas.scrollIntoViewIfNeeded();
      const box = await canvas.boundingBox();
      if (!box) throw new Error('the canvas has no box');
      const since = await page.evaluate(() => performance.now());
      let moves = 0;
      for (let s = 0; s < 6; s++) {
        const y0 = box.y + box.height * (0.3 + 0.07 * s);
        await page.mouse.move(box.x + box.width * 0.1, y0);
        await page.mouse.down();
        for (let k = 1; k <= 30; k++) {
          const u = k / 30;
          await page.mouse.move(box.x + box.width * (0.1 + 0.8 * u), y0 + box.height * 0.15 * Math.sin(u * 12 + s));
          moves++;
        }
        await page.mouse.up();
      }
      const r = await page.evaluate((s) => window.collect(s), since);
      all.push({ ...r, moves });
      await page.close();
    }
  } finally {
    await context.close();
  }
  return {
    status: 'ok',
    runs,
    pointerMoves: all[0]?.moves,
    longtasks: all.reduce((a, r) => a + r.longtasks, 0),
    longestTask: Math.max(...all.map((r) => r.longestTask)),
    slowEvents: all.reduce((a, r) => a + r.slowEvents, 0),
    longestEvent: Math.max(...all.map((r) => r.longestEvent)),
  };
}

/** One PDF engine's samples out of the page that made them all, or why there are none. */
function engineResult(page, r) {
  if (page.status && page.status !== 'ok') return page;
  if (!r) return { status: 'crashed', reason: 'no result' };
  if (r.error) return { status: 'crashed', reason: r.error };
  const { samples, ...rest } = r;
  return { status: 'ok', ...stats(samples), ...rest };
}

/** Every speed measurement; each one that fails or is missing says so and the run goes on. */
export async function measureSpeed(log, deadline) {
  const out = {
    runs: RUNS,
    chromium: undefined,
    render: {},
    compare: {},
    pdf: {},
    checkTree: undefined,
    drafts: undefined,
    grants10k: undefined,
    typing: undefined,
    drawing: undefined,
  };
  const available = await buildPages(log);
  const has = (name) => available[name]?.ok;
  const why = (name) => ({ status: 'missing', reason: available[name]?.reason ?? 'not built' });
  // scripts/chromium.js installs Debian's chromium where it can, and exits 1 where it cannot:
  // run it apart, so that a machine without a browser still gets its sizes and exit 0.
  let executablePath = findChromium();
  if (!executablePath) {
    spawnSync(process.execPath, ['scripts/chromium.js'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
    executablePath = findChromium();
  }
  if (!executablePath) throw new Error('no Chromium found (set CHROME_PATH, or install chromium)');
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
    headless: true,
  });
  out.chromium = browser.version();
  const server = await serve();
  const { origin } = server;
  const step = async (label, needs, fn) => {
    if (Date.now() > deadline) return { status: 'skipped', reason: 'the run reached its time limit' };
    const lacking = needs.find((n) => !has(n));
    if (lacking) return why(lacking);
    const t = Date.now();
    try {
      const r = await withTimeout(fn(), 120_000, label);
      log?.(
        `  ${label}: ${r.median ?? ''} ${r.median != null ? 'ms' : 'done'} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
      );
      return r;
    } catch (e) {
      log?.(`  ${label}: crashed: ${errorText(e)}`);
      return { status: 'crashed', reason: errorText(e) };
    }
  };
  try {
    // First renders and the side-by-side page loads, all taking turns.
    const items = [
      ...RENDERED.map((el) => ({ key: `render:${el}`, query: `s=render&el=${el}`, needs: [`el-${el}`] })),
      { key: 'cookieconsent', query: 's=cookieconsent', needs: ['cookieconsent'] },
      { key: 'tree5', query: 's=tree5', needs: ['el-delegation-tree'] },
      { key: 'survey5', query: 's=survey5', needs: ['survey'] },
    ];
    const runnable = items.filter((it) => it.needs.every(has));
    const t = Date.now();
    let loads = {};
    try {
      loads = await withTimeout(interleaved(browser, origin, runnable, RUNS, deadline - 60_000), 200_000, 'page loads');
    } catch (e) {
      for (const it of runnable) loads[it.key] = { status: 'crashed', reason: errorText(e) };
    }
    for (const it of items) {
      const r = loads[it.key] ?? why(it.needs.find((n) => !has(n)));
      if (it.key.startsWith('render:')) out.render[it.key.slice(7)] = withFirstScreenBytes(r);
      else out.compare[it.key] = r;
      log?.(`  ${it.key}: ${r.median != null ? `${r.median} ms` : r.status}`);
    }
    log?.(`  (page loads: ${((Date.now() - t) / 1000).toFixed(1)} s)`);

    const engines = [
      ['procura', ['pdf-procura', 'sig-tools']],
      ['pdf-lib', ['pdf-lib', 'sig-tools']],
      ['jspdf', ['jspdf', 'sig-tools']],
    ];
    const live = engines.filter(([, needs]) => needs.every(has)).map(([n]) => n);
    const pdf = live.length
      ? await step('PDF engines, taking turns', [], () =>
          inPage(browser, origin, `s=pdf&engines=${live.join(',')}&runs=${RUNS}`, false),
        )
      : {};
    for (const [name, needs] of engines) {
      const r = pdf[name];
      out.pdf[name] = !needs.every(has) ? why(needs.find((n) => !has(n))) : engineResult(pdf, r);
    }
    out.checkTree = await step(
      'checkTree 1,000 questions, taking turns with structuredClone',
      ['check-tree'],
      async () => {
        const { copySamples, ...r } = await inPage(browser, origin, `s=checkTree&runs=${RUNS}`);
        return { ...r, copy: stats(copySamples) };
      },
    );
    out.drafts = await step('drafts.save per keystroke', ['drafts'], () => inPage(browser, origin, 's=drafts'));
    out.grants10k = await step(
      '10,000 grants',
      ['el-access-grants'],
      async () => (await interleaved(browser, origin, [{ key: 'g', query: 's=grants10k' }], RUNS, deadline)).g,
    );
    out.typing = await step('typing 50 characters', ['el-mandate-form'], () => typing(browser, origin, 'mandate-form'));
    out.drawing = await step('drawing on the pad', ['el-signature-pad'], () => drawing(browser, origin));
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  return out;
}
