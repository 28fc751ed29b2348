// `npm run build`, last step (after scripts/build.js and scripts/build-server.js): the
// declarations a consumer's compiler can reach, and no others. The package's "exports" let an
// app import only the entries it lists, so a `.d.ts` that no entry's types lead to (through
// `import`, `export … from`, `import()` or a `/// <reference path>`) is never read: tsc emits
// one per module all the same (the nl/en/de dictionaries, whose keys the types take from fr;
// the server's routes and stores behind `procura/server`'s few exports), 370 KB of the
// package. Those files are left out of dist/; every `.js` stays. An import that names a
// declaration which does not exist stops the build (types would silently become `any`).
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The declaration file a relative specifier in `from` names (`./x.js` → `./x.d.ts`). */
function declarationOf(from, specifier) {
  const target = resolve(dirname(from), specifier);
  const candidates = target.endsWith('.d.ts')
    ? [target]
    : [
        target.replace(/\.(m?js)$/, (_, ext) => (ext === 'mjs' ? '.d.mts' : '.d.ts')),
        `${target}.d.ts`,
        join(target, 'index.d.ts'),
      ];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new Error(`${relative('.', from)} imports ${specifier}: no declaration file for it`);
  return found;
}

const reached = new Set();
const visit = (file) => {
  if (reached.has(file)) return;
  reached.add(file);
  // TypeScript's own reading of a file's imports (comments and strings are not imports).
  const { importedFiles, referencedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  for (const { fileName } of importedFiles) if (/^\.\.?\//.test(fileName)) visit(declarationOf(file, fileName));
  for (const { fileName } of referencedFiles) visit(declarationOf(file, fileName));
};

const entries = Object.values(pkg.exports)
  .map((e) => (typeof e === 'object' ? e.types : undefined))
  .concat(pkg.types)
  .filter(Boolean);
for (const types of new Set(entries)) {
  if (!existsSync(types)) throw new Error(`package.json names ${types}, which the build did not emit`);
  visit(resolve(types));
}

const files = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
let removed = 0;
let bytes = 0;
for (const file of files('dist').filter((f) => /\.d\.m?ts$/.test(f) && !f.startsWith(join('dist', 'studio'))))
  if (!reached.has(resolve(file))) {
    bytes += statSync(file).size;
    rmSync(file);
    removed++;
  }

// The dictionaries' declarations: tsc types each text as its literal (`readonly 'consent.title':
// "Vos consentements"`), once in fr/<element>.d.ts and again in the catalog's inferred type:
// every French sentence twice more, 120 KB. The types use their keys only (`KeysOf<typeof fr>`):
// the values are declared `string`, the keys stay exactly as they are.
const TEXT = /^(\s*readonly (?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\w$]+): )"(?:[^"\\]|\\.)*";$/gm;
let texts = 0;
for (const file of [...reached].filter((f) => f.startsWith(resolve('dist/lib/i18n') + sep) && f.endsWith('.d.ts'))) {
  const code = readFileSync(file, 'utf8');
  const next = code.replace(TEXT, '$1string;');
  if (next !== code) writeFileSync(file, next);
  texts += code.length - next.length;
}
console.log(`dictionary declarations typed by key (values as string): ${(texts / 1024).toFixed(0)} KB less`);
console.log(
  `declarations no entry reaches left out: ${removed} files, ${(bytes / 1024).toFixed(0)} KB (${reached.size} kept)`,
);
