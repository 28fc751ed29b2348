// `npm run build` (scripts/build.js): the studio as a static page a broker can host, in
// dist/studio/ (index.html and its chunks, relative addresses: it works from any folder).
// The backend is the page's <meta name="procura:endpoint"> ("/api": change it when the
// API lives elsewhere). Run alone: `node scripts/build-studio.js`.
import { build } from 'vite';
import { resolve } from 'node:path';
import { minifyTemplates } from './build-minify-templates.js';

await build({
  configFile: false,
  logLevel: 'warn',
  root: resolve('demo/studio'),
  base: './',
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    outDir: resolve('dist/studio'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: Infinity,
  },
});
