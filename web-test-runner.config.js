// Browser tests: Chromium (Debian's, found by scripts/chromium.js), TypeScript through
// esbuild, and two real servers on loopback: the reference backend and a control
// server that can fail on demand. Nothing in the page is stubbed.
import { execFileSync } from 'node:child_process';
import { spawnServer } from './scripts/spawn-server.js';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { ensureChromium, CHROMIUM_ARGS } from './scripts/chromium.js';
import { startControlServer } from './test/support/control-server.js';
import { countReporter } from './scripts/wtr-count-reporter.js';

const servers = { control: undefined, backend: undefined, backendProcess: undefined };

function startBackend() {
  if (!existsSync('server/main.ts')) return Promise.resolve(undefined);
  const { child, url } = spawnServer(['--import', 'tsx', 'server/main.ts'], {
    env: { PORT: '0', DATA_DIR: 'memory://', PROCURA_DEMO: '1', PROCURA_DEMO_RESET: '1', PROCURA_LOG: process.env.PROCURA_LOG ?? '0' },
    what: 'the reference server',
  });
  servers.backendProcess = child;
  return url.then((u) => u.replace('localhost', '127.0.0.1'));
}

/** Runs a program on bytes sent from the page (pdftotext, pdfinfo, qpdf, pdffonts, pdftoppm), returning its output. */
function toolsPlugin() {
  return {
    name: 'procura-tools',
    async executeCommand({ command, payload }) {
      if (command !== 'pdf-tool') return undefined;
      const dir = mkdtempSync(join(tmpdir(), 'procura-pdf-'));
      try {
        const file = join(dir, 'doc.pdf');
        writeFileSync(file, Buffer.from(payload.base64, 'base64'));
        if (payload.tool === 'pdftoppm') {
          // Renders each page (36 dpi, PNG) and returns them as base64, one a line.
          try {
            execFileSync('pdftoppm', ['-r', '36', '-png', file, join(dir, 'p')]);
            const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
            return { ok: true, output: pages.map((f) => readFileSync(join(dir, f)).toString('base64')).join('\n') };
          } catch (e) {
            return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
          }
        }
        const args = { pdftotext: ['-layout', '-enc', 'UTF-8', file, '-'], pdfinfo: [file], qpdf: ['--check', file], pdffonts: [file], 'pdfinfo-struct': ['-struct-text', file], 'pdfinfo-meta': ['-meta', file], 'qpdf-json': ['--json', '--json-stream-data=none', file] }[payload.tool];
        if (!args) throw new Error(`unknown tool ${payload.tool}`);
        try {
          return { ok: true, output: execFileSync(payload.tool.replace(/-.*/, ''), args, { encoding: 'utf8', maxBuffer: 64 << 20 }) };
        } catch (e) {
          return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** pdf-lib's `module` build imports CommonJS pako: use its self-contained ESM file here. */
function resolvePdfLib() {
  return {
    name: 'procura-resolve-pdf-lib',
    resolveImport({ source, context }) {
      const importer = context?.path;
      if (source === 'pdf-lib') return '/node_modules/pdf-lib/dist/pdf-lib.esm.js';
      if (source === '@pdf-lib/fontkit') return '/node_modules/@pdf-lib/fontkit/dist/fontkit.es.js';
      if (source === 'pako' && importer?.includes('@pdf-lib/fontkit')) return '/test/support/pako-esm.js';
      return undefined;
    },
  };
}

const executablePath = ensureChromium();

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1, // every test page shares one origin, so one IndexedDB: keep them apart
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  browserStartTimeout: 60_000,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  plugins: [
    resolvePdfLib(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    toolsPlugin(),
    {
      name: 'procura-servers',
      async serverStart() {
        servers.control = await startControlServer();
        servers.backend = await startBackend();
      },
      async serverStop() {
        await servers.control?.close();
        servers.backendProcess?.kill('SIGTERM');
      },
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="fr"><head><meta charset="utf-8"></head><body>
      <script>window.__procuraTest = ${JSON.stringify({ control: servers.control?.url, backend: servers.backend ? `${servers.backend}/api` : undefined, origin: servers.backend })};</script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.tmp/counts-browser.json')],
};
