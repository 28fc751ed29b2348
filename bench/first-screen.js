// `node bench/first-screen.js <element>`: the bytes one element's first screen needs, as
// `npm run bench` measures them (`speed.render.<element>.firstScreen`): the element built alone,
// the bench page loaded once in Chromium, every file of the build fetched before its first
// paint, lazy chunks awaited by the first screen included. In a folder of its own
// (bench/.work/fs-<element>), so that several can run side by side; writes nothing else.
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';

const el = process.argv[2];
if (!el || !existsSync(`src/define/${el}.ts`)) {
  console.error('usage: node bench/first-screen.js <element>   (a file of src/define/, e.g. consent)');
  process.exit(2);
}
process.env.BENCH_WWW = resolve(`bench/.work/fs-${el}`);
const { buildPages, serve, visit, withFirstScreenBytes } = await import('./lib/speed.js');
const { chromium } = await import('playwright-core');
const { findChromium, CHROMIUM_ARGS } = await import('../scripts/chromium.js');

const built = await buildPages(undefined, [`el-${el}`]);
if (!built[`el-${el}`]?.ok) {
  console.error(`could not build ${el}: ${built[`el-${el}`]?.reason}`);
  process.exit(1);
}
const server = await serve(120_000);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
  headless: true,
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { result } = await visit(context, server.origin, `s=render&el=${el}`);
  const r = withFirstScreenBytes(result);
  if (!r?.firstScreen) throw new Error(`the page reported no first screen: ${JSON.stringify(result)}`);
  console.log(
    `${el}: first screen ${(r.firstScreen.gzip / 1024).toFixed(1)} KB gzip in ${r.firstScreen.files.length} file(s)`,
  );
  for (const f of r.firstScreen.files.sort((a, b) => b.gzip - a.gzip))
    console.log(`${String(f.gzip).padStart(7)} B gz  ${f.file}`);
} finally {
  await browser.close();
  await server.close();
}
