// No import cycles in the kit or the server: `node scripts/check-cycles.js [dirs…]` (default: src server).
// Every edge counts: static imports, re-exports, `import type` and `import()`. A cycle through a dynamic
// import still ties two files' responsibilities together, and a type-only cycle is the same knot, waiting.
// Prints each cycle as a chain of files and exits 1 when there is one.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'server'];
const SKIP = new Set(['node_modules', 'test', '.data', 'dist']);

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!SKIP.has(name)) out.push(...files(p));
    } else if (/\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name)) out.push(resolve(p));
  }
  return out;
}

const SPECIFIER =
  /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** `./x.js` from a .ts file means `./x.ts` (or `./x/index.ts`); bare specifiers are packages, not edges. */
function target(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

function graph(list) {
  const edges = new Map();
  for (const file of list) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    const to = new Set();
    for (const m of text.matchAll(SPECIFIER)) {
      const t = target(file, m[1] ?? m[2] ?? m[3]);
      if (t) to.add(t);
    }
    edges.set(file, [...to]);
  }
  return edges;
}

/** Tarjan's strongly connected components: each component of more than one file (or a self-import) is a cycle. */
function cycles(edges) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, on: true });
    index++;
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).on) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).on = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.reverse());
    }
  };
  for (const v of edges.keys()) if (!meta.has(v)) visit(v);
  return found;
}

const all = roots.flatMap((r) => (existsSync(r) ? files(r) : []));
const found = cycles(graph(all));
for (const c of found) console.error(`import cycle: ${c.map((f) => relative(process.cwd(), f)).join(' → ')} → (back)`);
console.log(`${all.length} files, ${found.length} import cycle${found.length === 1 ? '' : 's'}`);
process.exit(found.length ? 1 : 0);
