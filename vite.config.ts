import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplates } from './scripts/build-minify-templates.js';
import { audienceGateScript } from './demo/audience-gate-script.js';
import { staticChrome } from './demo/chrome-html.js';

type RolldownOptions = NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>;

/**
 * Lazy imports that pay off when an app imports one element (`procura/delegation-tree`
 * alone does not load the drafts store, the sender, the outbox or the tree checker until
 * it needs them). Both builds here register every element, where another element imports
 * the same modules up front, so the split cannot happen: expected, not a defect.
 * Any other module reported so is still shown.
 */
const LAZY_FOR_ONE_ELEMENT = [
  'src/core/draft-store.ts',
  'src/core/submission.ts',
  'src/core/outbox.ts',
  'src/core/backend.ts',
  'src/delegation-tree/check-tree.ts',
];
const onLog: RolldownOptions['onLog'] = (level, log, handler) => {
  if (
    log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' &&
    LAZY_FOR_ONE_ELEMENT.some((m) => log.message.includes(`${m} is dynamically imported`))
  )
    return;
  handler(level, log);
};
// Plugin timings depend on how busy the machine is; a person starting the demo cannot act on them.
const checks: RolldownOptions['checks'] = { pluginTimings: false };

/**
 * What a page loads before any lazy import: each entry and the chunks it imports
 * statically. Vite's own size warning counts every chunk, including the PDF engine and
 * fontkit (700 kB minified by itself), which load only when a PDF is made; this budget
 * holds where the size hurts, the first load.
 */
const FIRST_LOAD_BUDGET = 500 * 1024;
const firstLoadBudget = (): Plugin => ({
  name: 'procura:first-load-budget',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const entry of Object.values(bundle)) {
      if (entry.type !== 'chunk' || !entry.isEntry) continue;
      const seen = new Set<string>();
      const walk = (name: string) => {
        const c = bundle[name];
        if (seen.has(name) || c?.type !== 'chunk') return;
        seen.add(name);
        c.imports.forEach(walk);
      };
      walk(entry.fileName);
      const bytes = [...seen].reduce((n, f) => n + Buffer.byteLength((bundle[f] as { code: string }).code), 0);
      if (bytes > FIRST_LOAD_BUDGET)
        this.warn(
          `${entry.fileName} loads ${(bytes / 1024).toFixed(0)} kB of script before any lazy chunk (budget ${FIRST_LOAD_BUDGET / 1024} kB): move what the first screen does not need behind import().`,
        );
    }
  },
});

/**
 * Two builds from one file:
 * - `vite build --mode bundle`: `dist/procura.js`, the self-contained drop-in module
 *   for a CMS page, with heavy parts (PDF engine, font, other locales) as lazy chunks;
 * - `vite build` (default): the demo site into `demo-dist/`, served by `npm start`.
 * `vite` (dev) serves the demo with the kit's sources.
 */
export default defineConfig(({ mode }) => {
  // `vite build --mode gate`: dist/audience-gate.js, the audience gate alone as one classic
  // script (no Lit, no core, no chunk) for a page's <head>, before any tracker (src/audience-gate/auto.ts).
  if (mode === 'gate')
    return {
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2021',
        minify: true,
        sourcemap: false,
        reportCompressedSize: false,
        rolldownOptions: {
          checks,
          input: resolve('src/audience-gate/auto.ts'),
          output: { format: 'iife', entryFileNames: 'audience-gate.js' },
        },
      },
    };
  if (mode === 'bundle')
    return {
      // Chunks are found beside procura.js, wherever a site puts it.
      base: './',
      publicDir: false,
      plugins: [minifyTemplates(), firstLoadBudget()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        // Maps of the kit's own code; scripts/build.js drops those of the lazy vendor chunks (PDF engine, fontkit: 4 MB of maps nobody steps through).
        sourcemap: true,
        reportCompressedSize: false,
        // Sizes are checked on the first load (firstLoadBudget), not per lazy chunk.
        chunkSizeWarningLimit: Infinity,
        // Not library mode: its ES output keeps whitespace. An app build of one module entry minifies fully.
        rolldownOptions: {
          onLog,
          checks,
          // Two entries sharing their chunks: the all-in-one (every element at once) and the
          // autoloader (only the elements on the page, each its own chunk); the tarball holds
          // one copy of the PDF engine and of Lit for both.
          input: { procura: resolve('src/index.ts'), autoloader: resolve('src/autoloader.ts') },
          preserveEntrySignatures: 'exports-only',
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // The font keeps its name: a site serving the kit from a CDN finds it at `<basePath>/assets/DejaVuSans.ttf` (src/core/base-path.ts).
            assetFileNames: (a) =>
              a.names?.some((n) => n.endsWith('.ttf')) ? 'assets/[name][extname]' : 'assets/[name]-[hash][extname]',
          },
        },
      },
    };

  const pages = Object.fromEntries(
    readdirSync('demo')
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace('.html', ''), resolve('demo', f)]),
  );
  // The studio (issue 17) at /studio/: its own folder, so the server answers /studio/ with its index.html.
  pages['studio'] = resolve('demo/studio/index.html');
  return {
    root: 'demo',
    publicDir: resolve('demo/public'),
    server: { port: 5173, proxy: { '/api': 'http://localhost:8080', '/analytics': 'http://localhost:8080' } },
    // /audience-gate.js, the standalone gate every demo page loads in its <head> (demo/audience-gate-script.ts);
    // the header and footer written into the pages (demo/chrome-html.ts).
    plugins: [minifyTemplates(), firstLoadBudget(), audienceGateScript(), staticChrome()],
    build: {
      outDir: resolve('demo-dist'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: Infinity,
      rolldownOptions: { input: pages, onLog, checks },
    },
  };
});
