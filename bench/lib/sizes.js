// Part 1 of `npm run bench`: what a page downloads, ours beside the tools a site would
// pick instead. Ours: each `src/define/<element>.ts` bundled alone (Lit and the core
// included) with Vite (Rolldown), fully minified, dynamic imports kept as lazy chunks;
// and the drop-in bundle built with the project's own `vite.config.ts` (mode `bundle`).
// Theirs: the dist files a site loads from node_modules, as shipped, and bundled/minified
// the same way as ours.
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve, relative } from 'node:path';
import { build as viteBuild } from 'vite';
import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { compressed, sum, errorText, withTimeout, saveCompressedCache } from './util.js';
import { minifyTemplates } from '../../scripts/build-minify-templates.js';

export const ELEMENTS = [
  'delegation-tree',
  'mandate-form',
  'signature-pad',
  'consent',
  'cookie-opposition',
  'access-grants',
  'broker-desk',
  'my-data',
];

const ROOT = process.cwd();
const WORK = resolve('bench/.work/size');
mkdirSync(WORK, { recursive: true });

/**
 * Files a module graph's entry pulls in at once (entry + static imports), the rest is lazy.
 * `entryFile` names the entry when the build has several (the drop-in: procura.js and autoloader.js).
 */
function splitChunks(output, entryFile) {
  const byName = new Map(output.map((o) => [o.fileName, o]));
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry && (!entryFile || o.fileName === entryFile));
  const initial = new Set();
  const walk = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const i of byName.get(name)?.imports ?? []) walk(i);
  };
  walk(entry.fileName);
  const file = (o) => ({ file: o.fileName, ...compressed(o.type === 'chunk' ? o.code : o.source) });
  const files = output.filter((o) => !o.fileName.endsWith('.map'));
  const initialFiles = files.filter((o) => initial.has(o.fileName)).map(file);
  const lazyFiles = files.filter((o) => !initial.has(o.fileName)).map(file);
  return {
    initial: {
      ...sum(initialFiles),
      files: initialFiles,
      composition: composition(files.filter((o) => initial.has(o.fileName))),
    },
    lazy: { ...sum(lazyFiles), files: lazyFiles },
    studioModules: studioModules(files),
  };
}

/** The modules of `src/studio/` a build holds, initial or lazy: a site's elements must hold none (issue 17). */
function studioModules(chunks) {
  const ids = chunks.flatMap((c) => Object.keys(c.modules ?? {}));
  return [...new Set(ids.map((id) => relative(ROOT, id.replace(/^\0/, '')).replace(/\\/g, '/')))].filter((p) =>
    p.startsWith('src/studio/'),
  );
}

/** The package or source folder a module belongs to (Lit's four packages as one). */
function groupOf(id) {
  const path = relative(ROOT, id.replace(/^\0/, '')).replace(/\\/g, '/');
  const nmMatch = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (nmMatch) return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(nmMatch[1]) ? 'lit' : nmMatch[1];
  if (path.startsWith('src/')) return path.split('/').slice(0, 2).join('/').replace(/\.ts$/, '');
  return 'other';
}

/**
 * Where the initial chunk's gzip bytes come from, as a share per package or source folder:
 * each module minified alone, and each group's share what the gzip of the whole loses
 * without it (so that Lit, shipped minified, and our sources, minified in the build, are
 * weighed alike, and text that gzip finds elsewhere in the chunk counts little).
 */
function composition(chunks) {
  const mods = [];
  for (const c of chunks)
    for (const [id, m] of Object.entries(c.modules ?? {})) {
      if (!m.code) continue;
      let code = m.code;
      try {
        code = esbuild.transformSync(m.code, { minify: true, target: 'es2022', format: 'esm' }).code;
      } catch {
        // a fragment esbuild cannot read alone counts as rendered
      }
      mods.push({ group: groupOf(id), code });
    }
  const gz = (list) => gzipSync(list.map((m) => m.code).join('\n'), { level: 9 }).length;
  const total = gz(mods);
  if (!total) return undefined;
  const groups = {};
  for (const g of new Set(mods.map((m) => m.group))) groups[g] = total - gz(mods.filter((m) => m.group !== g));
  const sumOf = Object.values(groups).reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(
    Object.entries(groups)
      .sort((a, b) => b[1] - a[1])
      .map(([g, n]) => [g, Math.round((n / sumOf) * 1000) / 10]),
  );
}

/**
 * Bundles one entry alone, minified (not Vite's library mode, which leaves whitespace in ES output),
 * with the templates minified as the kit's own builds do (scripts/build-minify-templates.js).
 */
export async function bundleAlone(name, entryFile, opts = {}) {
  const outDir = join(WORK, name);
  const result = await viteBuild({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
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
        input: { [name]: entryFile },
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  const out = (Array.isArray(result) ? result[0] : result).output;
  return opts.raw ? out : splitChunks(out);
}

async function ours(log) {
  const entries = resolve('bench/.work/entries');
  mkdirSync(entries, { recursive: true });
  const list = [];
  // References that tell whether the rest is plausible: Lit alone, Lit + the core.
  writeFileSync(join(entries, 'lit.js'), `export * from 'lit';\n`);
  list.push({ id: 'ref:lit', label: 'Lit 3 alone (reference)', entry: join(entries, 'lit.js'), needs: [] });
  writeFileSync(join(entries, 'core.js'), `export * from ${JSON.stringify(resolve('src/core/index.ts'))};\n`);
  list.push({
    id: 'ref:core',
    label: 'Lit + everything procura core exports (reference)',
    entry: join(entries, 'core.js'),
    needs: ['src/core/index.ts'],
  });
  for (const el of ELEMENTS)
    list.push({
      id: el,
      label: `\`<procura-${el}>\``,
      entry: resolve(`src/define/${el}.ts`),
      needs: [`src/define/${el}.ts`],
    });
  // The studio (issue 17): its first screen; each kind's editor and the element it previews load later.
  list.push({
    id: 'studio',
    label: '`<procura-studio>` (first screen; the editors and the previewed element are lazy)',
    entry: resolve('src/define/studio.ts'),
    needs: ['src/define/studio.ts'],
  });
  writeFileSync(
    join(entries, 'mandate-form+signature-pad.js'),
    `import ${JSON.stringify(resolve('src/define/mandate-form.ts'))};\nimport ${JSON.stringify(resolve('src/define/signature-pad.ts'))};\n`,
  );
  list.push({
    id: 'mandate-form+signature-pad',
    label: '`<procura-mandate-form>` + `<procura-signature-pad>`',
    entry: join(entries, 'mandate-form+signature-pad.js'),
    needs: ['src/define/mandate-form.ts', 'src/define/signature-pad.ts'],
  });

  const rows = {};
  for (const item of list) {
    const missing = item.needs.filter((f) => !existsSync(f));
    if (missing.length) {
      rows[item.id] = { label: item.label, status: 'missing', reason: `${missing.join(', ')} does not exist yet` };
      continue;
    }
    try {
      const r = await withTimeout(bundleAlone(item.id.replace(':', '-'), item.entry), 90_000, `bundling ${item.id}`);
      rows[item.id] = { label: item.label, status: 'ok', ...r };
    } catch (e) {
      rows[item.id] = { label: item.label, status: 'missing', reason: `build failed: ${errorText(e)}` };
    }
    log?.(`  size ${item.id}: ${rows[item.id].status}`);
  }
  return rows;
}

/** dist/procura.js and its lazy chunks, built with the project's config into bench/.work (dist/ is left alone). */
async function dropIn() {
  if (!existsSync('src/index.ts')) return { status: 'missing', reason: 'src/index.ts does not exist' };
  const missing = ELEMENTS.filter((el) => !existsSync(`src/define/${el}.ts`));
  if (missing.length)
    return {
      status: 'missing',
      reason: `src/index.ts imports define files that do not exist yet: ${missing.join(', ')}`,
    };
  const outDir = resolve('bench/.work/dropin');
  rmSync(outDir, { recursive: true, force: true });
  try {
    const result = await withTimeout(
      viteBuild({
        configFile: resolve('vite.config.ts'),
        mode: 'bundle',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true, sourcemap: false },
      }),
      120_000,
      'drop-in build',
    );
    const out = (Array.isArray(result) ? result[0] : result).output;
    const asBuilt = splitChunks(out, 'procura.js');
    // The same chunks after a full minification: shows what Vite's library mode leaves in (whitespace).
    const reminified = out
      .filter((o) => o.type === 'chunk')
      .map((o) => ({
        fileName: o.fileName,
        type: 'chunk',
        isEntry: o.isEntry,
        imports: o.imports,
        code: esbuild.transformSync(o.code, { minify: true, format: 'esm', target: 'es2022' }).code,
      }));
    const assets = out.filter((o) => o.type === 'asset');
    const full = splitChunks([...reminified, ...assets], 'procura.js');
    return { status: 'ok', ...asBuilt, fullyMinified: { initial: full.initial, lazy: full.lazy } };
  } catch (e) {
    return { status: 'missing', reason: `build failed: ${errorText(e)}` };
  }
}

const nm = (p) => resolve('node_modules', p);
const shipped = (files) => {
  const list = files.map((f) => ({ file: f, ...compressed(readFileSync(nm(f))) }));
  return { ...sum(list), files: list };
};

/** Bundles and minifies like ours: dynamic imports stay lazy chunks and are left out of the count. */
async function esbuildBundle(contents) {
  const dir = join(WORK, 'esbuild');
  writeFileSync(join(WORK, 'esbuild-entry.js'), contents);
  const r = await esbuild.build({
    entryPoints: { entry: join(WORK, 'esbuild-entry.js') },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    outdir: dir,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = r.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  const initial = new Set();
  const walk = (k) => {
    if (initial.has(k)) return;
    initial.add(k);
    for (const i of outputs[k]?.imports ?? []) if (i.kind === 'import-statement') walk(i.path);
  };
  walk(entry);
  const parts = r.outputFiles.filter((f) => initial.has(relative(ROOT, f.path).replace(/\\/g, '/')));
  return Buffer.concat(parts.map((f) => Buffer.from(f.contents)));
}
const minifyFile = (f, loader) =>
  esbuild.transformSync(readFileSync(nm(f), 'utf8'), { minify: true, loader, target: 'es2022' }).code;
const rebuilt = async (parts) => {
  const list = [];
  for (const [label, make] of parts) list.push({ file: label, ...compressed(await make()) });
  return { ...sum(list), files: list };
};

/** The tools a site would pick instead, from the files in node_modules. */
export const COMPETITORS = [
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent 3.1.0 (JS + CSS)',
    shipped: ['vanilla-cookieconsent/dist/cookieconsent.umd.js', 'vanilla-cookieconsent/dist/cookieconsent.css'],
    rebuilt: [
      ['esm bundle', () => esbuildBundle(`export * from 'vanilla-cookieconsent';`)],
      ['css', () => minifyFile('vanilla-cookieconsent/dist/cookieconsent.css', 'css')],
    ],
  },
  {
    id: 'klaro',
    label: 'Klaro 0.7.22 (JS incl. its CSS)',
    shipped: ['klaro/dist/klaro.js'],
    rebuilt: [['klaro.js re-minified', () => minifyFile('klaro/dist/klaro.js', 'js')]],
  },
  {
    id: 'tarteaucitron',
    label: 'tarteaucitron 1.34.0 (JS + services + fr + CSS)',
    shipped: [
      'tarteaucitronjs/tarteaucitron.min.js',
      'tarteaucitronjs/tarteaucitron.services.min.js',
      'tarteaucitronjs/lang/tarteaucitron.fr.min.js',
      'tarteaucitronjs/css/tarteaucitron.min.css',
    ],
    rebuilt: [
      ['tarteaucitron.js', () => minifyFile('tarteaucitronjs/tarteaucitron.js', 'js')],
      ['tarteaucitron.services.js', () => minifyFile('tarteaucitronjs/tarteaucitron.services.js', 'js')],
      ['lang fr', () => minifyFile('tarteaucitronjs/lang/tarteaucitron.fr.js', 'js')],
      ['css', () => minifyFile('tarteaucitronjs/css/tarteaucitron.css', 'css')],
    ],
  },
  {
    id: 'orejime',
    label: 'Orejime 3.2.1 (JS fr + CSS)',
    shipped: ['orejime/dist/orejime-standard-fr.js', 'orejime/dist/orejime-standard.css'],
    rebuilt: [
      ['orejime-standard-fr.js re-minified', () => minifyFile('orejime/dist/orejime-standard-fr.js', 'js')],
      ['css', () => minifyFile('orejime/dist/orejime-standard.css', 'css')],
    ],
  },
  {
    id: 'survey-core',
    label: 'survey-core 2.5.0 (the model)',
    shipped: ['survey-core/survey.core.min.js'],
    rebuilt: [['import { Model }', () => esbuildBundle(`export { Model } from 'survey-core';`)]],
  },
  {
    // The anchor of the studio (issue 17). Its main bundle needs survey-core (loaded beside it, not
    // counted as shipped) and a UI package (survey-creator-js, React, Angular or Vue: not counted either).
    id: 'survey-creator-core',
    label: 'survey-creator-core 2.5.0 (JS + CSS; without survey-core and without a UI package, which it needs)',
    shipped: ['survey-creator-core/survey-creator-core.min.js', 'survey-creator-core/survey-creator-core.min.css'],
    rebuilt: [
      [
        'import { SurveyCreatorModel } (with survey-core)',
        () => esbuildBundle(`export { SurveyCreatorModel } from 'survey-creator-core';`),
      ],
      ['css', () => minifyFile('survey-creator-core/survey-creator-core.css', 'css')],
    ],
  },
  {
    id: 'signature_pad+pdf-lib',
    label: 'signature_pad 5.1.4 + pdf-lib 1.17.1',
    shipped: ['signature_pad/dist/signature_pad.umd.min.js', 'pdf-lib/dist/pdf-lib.min.js'],
    rebuilt: [
      ['signature_pad', () => esbuildBundle(`export { default } from 'signature_pad';`)],
      ['pdf-lib', () => esbuildBundle(`export * from 'pdf-lib';`)],
    ],
  },
  {
    id: 'jspdf',
    label: 'jsPDF 4.2.1 (PDF engine, for reference)',
    shipped: ['jspdf/dist/jspdf.umd.min.js'],
    rebuilt: [['import { jsPDF }', () => esbuildBundle(`export { jsPDF } from 'jspdf';`)]],
  },
];

async function theirs(log) {
  const rows = {};
  for (const c of COMPETITORS) {
    try {
      const row = { label: c.label, status: 'ok', shipped: shipped(c.shipped) };
      try {
        row.rebuilt = await withTimeout(rebuilt(c.rebuilt), 60_000, `re-bundling ${c.id}`);
      } catch (e) {
        row.rebuilt = { error: errorText(e) };
      }
      rows[c.id] = row;
    } catch (e) {
      rows[c.id] = { label: c.label, status: 'error', reason: errorText(e) };
    }
    log?.(`  size ${c.id}: ${rows[c.id].status}`);
  }
  return rows;
}

/**
 * The audience gate as a page loads it in its <head> (issue 19 item 1): dist/audience-gate.js,
 * built with the project's own config (mode `gate`) into bench/.work, one classic script.
 */
export async function measureGate() {
  if (!existsSync('src/audience-gate/auto.ts'))
    return { status: 'missing', reason: 'src/audience-gate/auto.ts does not exist' };
  const outDir = resolve('bench/.work/gate');
  rmSync(outDir, { recursive: true, force: true });
  try {
    await withTimeout(
      viteBuild({ configFile: resolve('vite.config.ts'), mode: 'gate', logLevel: 'silent', build: { outDir } }),
      60_000,
      'audience gate build',
    );
    const file = { file: 'audience-gate.js', ...compressed(readFileSync(join(outDir, 'audience-gate.js'))) };
    return { status: 'ok', label: '`procura/audience-gate` (dist/audience-gate.js)', ...sum([file]), files: [file] };
  } catch (e) {
    return { status: 'missing', reason: `build failed: ${errorText(e)}` };
  }
}

export async function measureSizes(log) {
  const result = { ours: await ours(log), dropIn: undefined, theirs: undefined };
  log?.('  size audience gate…');
  result.gate = await measureGate();
  log?.('  size drop-in bundle…');
  result.dropIn = await dropIn();
  result.studioInSite = studioInSite(result);
  result.theirs = await theirs(log);
  log?.('  size npm package (npm pack)…');
  result.package = packageSize();
  saveCompressedCache();
  return result;
}

/** What `npm pack` would publish from the last `npm run build`: packed (the download) and unpacked (the install) bytes. */
export function packageSize() {
  if (!existsSync(join(ROOT, 'dist/procura.js')))
    return { status: 'missing', reason: 'dist/ not built: run npm run build' };
  try {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [p] = JSON.parse(out);
    const maps = p.files.filter((f) => f.path.endsWith('.map')).reduce((n, f) => n + f.size, 0);
    return { status: 'ok', packed: p.size, unpacked: p.unpackedSize, files: p.entryCount, sourceMaps: maps };
  } catch (e) {
    return { status: 'missing', reason: errorText(e) };
  }
}

/**
 * What a site loads holds nothing of the studio: each element bundled alone and the drop-in bundle
 * (initial and lazy chunks), counted as the modules of src/studio/ they contain (issue 17: 0).
 */
function studioInSite(result) {
  const builds = [...ELEMENTS.map((el) => [el, result.ours[el]]), ['drop-in', result.dropIn]];
  const found = builds
    .filter(([, r]) => r?.status === 'ok')
    .flatMap(([id, r]) => r.studioModules.map((m) => `${id}: ${m}`));
  const measured = builds.filter(([, r]) => r?.status === 'ok').map(([id]) => id);
  return { modules: found.length, found, measured };
}

export const relFromRoot = (p) => relative(ROOT, p);
