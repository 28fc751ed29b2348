/**
 * `/audience-gate.js` for the demo pages: the standalone audience gate (src/audience-gate/auto.ts,
 * built as `dist/audience-gate.js` is, by `vite build --mode gate`), loaded by every page as a
 * classic script in its `<head>`, before any tracker, with its options as data-* attributes (the
 * demo's CSP allows no inline script). Vite leaves a classic script's address as written: this
 * plugin serves the file in development and adds it to the built site.
 */
import type { Plugin } from 'vite';

const FILE = 'audience-gate.js';

async function buildGate(): Promise<string> {
  const { build } = await import('vite');
  const out = await build({ mode: 'gate', logLevel: 'warn', build: { write: false } });
  const chunk = (Array.isArray(out) ? out[0] : out) as { output: Array<{ fileName: string; code?: string }> };
  const code = chunk.output.find((o) => o.fileName === FILE)?.code;
  if (!code) throw new Error(`the gate build made no ${FILE}`);
  return code;
}

export function audienceGateScript(): Plugin {
  let code: Promise<string> | undefined;
  const gate = () => (code ??= buildGate());
  return {
    name: 'procura:demo-audience-gate',
    configureServer(server) {
      // Built once per server start: the gate's sources change seldom, and a restart rebuilds it.
      server.middlewares.use(`/${FILE}`, (_req, res, next) => {
        gate().then((js) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(js);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: await gate() });
    },
  };
}
