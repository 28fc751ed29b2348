// `node bench/why.js <element>`: what one element's initial chunk is made of, module by
// module: each module minified alone, and what the gzip of the whole chunk loses without it
// (so shared text counts little). The largest first. For finding what to cut (issue 19).
import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { bundleAlone } from './lib/sizes.js';

const name = process.argv[2];
const entry = name && resolve(`src/define/${name}.ts`);
if (!entry || !existsSync(entry)) {
  console.error('usage: node bench/why.js <element>   (a file of src/define/, e.g. cookie-opposition)');
  process.exit(2);
}
const out = await bundleAlone(`why-${name}`, entry, { raw: true });
const byName = new Map(out.map((o) => [o.fileName, o]));
const initial = new Set();
const walk = (f) => {
  if (initial.has(f)) return;
  initial.add(f);
  for (const i of byName.get(f)?.imports ?? []) walk(i);
};
walk(out.find((o) => o.type === 'chunk' && o.isEntry).fileName);
const mods = [];
for (const f of initial)
  for (const [id, m] of Object.entries(byName.get(f).modules ?? {})) {
    if (!m.code) continue;
    let code = m.code;
    try {
      code = esbuild.transformSync(m.code, { minify: true, target: 'es2022', format: 'esm' }).code;
    } catch {
      // a fragment esbuild cannot read alone counts as rendered
    }
    mods.push({ id: relative(process.cwd(), id.replace(/^\0/, '')).replace(/.*node_modules\//, ''), code });
  }
const gz = (list) => gzipSync(list.map((m) => m.code).join('\n'), { level: 9 }).length;
const chunkGz = [...initial].reduce((a, f) => a + gzipSync(byName.get(f).code, { level: 9 }).length, 0);
const total = gz(mods);
const rows = mods.map((m) => ({ id: m.id, raw: m.code.length, marginal: total - gz(mods.filter((x) => x !== m)) }));
rows.sort((a, b) => b.marginal - a.marginal);
console.log(
  `${name}: initial ${(chunkGz / 1024).toFixed(1)} KB gzip in ${initial.size} file(s), ${mods.length} modules`,
);
for (const r of rows)
  console.log(`${String(r.marginal).padStart(6)} B gz  ${String(r.raw).padStart(6)} B min  ${r.id}`);
