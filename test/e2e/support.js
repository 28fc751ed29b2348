// Shared by the end-to-end tests: Chromium through playwright-core, and a Vite dev
// server that serves the kit's sources and the test pages.
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { ensureChromium, CHROMIUM_ARGS } from '../../scripts/chromium.js';

export async function launch() {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')), headless: true });
}

/** Serves the repository root (sources and test pages) on a free loopback port. */
export async function serveSources() {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const { port } = server.httpServer.address();
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
