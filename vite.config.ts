import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Two builds from one file:
 * - `vite build --mode bundle`: `dist/procura.js`, the self-contained drop-in module
 *   for a CMS page, with heavy parts (PDF engine, font, other locales) as lazy chunks;
 * - `vite build` (default): the demo site into `demo-dist/`, served by `npm start`.
 * `vite` (dev) serves the demo with the kit's sources.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'bundle')
    return {
      // Chunks are found beside procura.js, wherever a site puts it.
      base: './',
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        reportCompressedSize: false,
        // The PDF engine and the Unicode font are large on purpose, and lazy: no warning for them.
        chunkSizeWarningLimit: 1200,
        // Not library mode: its ES output keeps whitespace. An app build of one module entry minifies fully.
        rollupOptions: {
          input: resolve('src/index.ts'),
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: 'procura.js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
        },
      },
    };

  const pages = Object.fromEntries(readdirSync('demo').filter((f) => f.endsWith('.html')).map((f) => [f.replace('.html', ''), resolve('demo', f)]));
  return {
    root: 'demo',
    publicDir: resolve('demo/public'),
    server: { port: 5173, proxy: { '/api': 'http://localhost:8080', '/analytics': 'http://localhost:8080' } },
    build: { outDir: resolve('demo-dist'), emptyOutDir: true, target: 'es2022', rollupOptions: { input: pages } },
  };
});
