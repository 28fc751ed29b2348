// The house rules catch what they are meant to catch: each rule of eslint.config.js that keeps the shape
// (size, layering, one way to the backend) is shown a small offending file and must name it; the cycle
// check is shown two files that import each other. A rule that stopped firing would pass every file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** ESLint's rule ids for `code`, linted as if it were the file at `path` (nothing is written in the tree). */
function rulesFor(path, code) {
  const r = spawnSync(
    process.execPath,
    ['node_modules/eslint/bin/eslint.js', '--format', 'json', '--stdin', '--stdin-filename', path],
    {
      input: code,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(r.stdout);
  return result.messages.map((m) => m.ruleId);
}

test('a file over 300 lines and a function over 40 are refused in src/ and server/, not in tests', () => {
  const body = Array.from({ length: 45 }, (_, i) => `  total += ${i};`).join('\n');
  const fn = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
  assert.ok(rulesFor('src/consent/long.ts', fn).includes('max-lines-per-function'));
  assert.ok(rulesFor('server/modules/long.ts', fn).includes('max-lines-per-function'));
  assert.ok(!rulesFor('test/consent/long.test.ts', fn).includes('max-lines-per-function'));
  const file = Array.from({ length: 310 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
  assert.ok(rulesFor('src/core/big.ts', file).includes('max-lines'));
  const commented = Array.from({ length: 310 }, (_, i) => `// note ${i}`).join('\n') + '\nexport const v = 1;\n';
  assert.ok(!rulesFor('src/core/notes.ts', commented).includes('max-lines'), 'comments do not count');
});

test('elements reach the backend only through the core controllers', () => {
  const client = `import { BackendClient } from '../core/backend.js';\nexport const c = new BackendClient('/api');\n`;
  assert.ok(rulesFor('src/access-grants/x.ts', client).includes('no-restricted-imports'));
  const direct = `export const get = () => fetch('/api/grants');\n`;
  assert.ok(rulesFor('src/consent/x.ts', direct).includes('no-restricted-globals'));
  const db = `export const open = () => indexedDB.open('x');\n`;
  assert.ok(rulesFor('src/delegation-tree/x.ts', db).includes('no-restricted-globals'));
  // The core itself may (it is where the client lives).
  assert.ok(!rulesFor('src/core/x.ts', client).includes('no-restricted-imports'));
});

test('the layering: no element imports another, the core imports no element, the model imports nothing, the server only src/model', () => {
  const other = `import { html } from '../mandate-form/fields.js';\nexport const x = html;\n`;
  assert.ok(rulesFor('src/consent/x.ts', other).includes('no-restricted-imports'));
  assert.ok(rulesFor('src/core/x.ts', other).includes('no-restricted-imports'));
  const lit = `import { html } from 'lit';\nexport const x = html;\n`;
  assert.ok(rulesFor('src/model/x.ts', lit).includes('no-restricted-imports'));
  const kit = `import { x } from '../src/core/backend.js';\nexport const y = x;\n`;
  assert.ok(rulesFor('server/x.ts', kit).includes('no-restricted-imports'));
  const model = `import { x } from '../src/model/grant.js';\nexport const y = x;\n`;
  assert.ok(!rulesFor('server/x.ts', model).includes('no-restricted-imports'));
});

test('three ternaries deep is refused', () => {
  const deep = `export const f = (a: number) => (a > 2 ? 'c' : a > 1 ? 'b' : a > 0 ? 'a' : '');\n`;
  assert.ok(rulesFor('src/consent/x.ts', deep).includes('no-restricted-syntax'));
  const two = `export const f = (a: number) => (a > 1 ? 'b' : a > 0 ? 'a' : '');\n`;
  assert.ok(!rulesFor('src/consent/x.ts', two).includes('no-restricted-syntax'));
});

test('the cycle check names two files that import each other, through a dynamic import too', () => {
  const dir = mkdtempSync(join(process.cwd(), '.tmp', 'cycles-'));
  try {
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'one.ts'), `import { two } from './two.js';\nexport const one = () => two;\n`);
    writeFileSync(join(dir, 'a', 'two.ts'), `export const two = () => import('./one.js');\n`);
    writeFileSync(join(dir, 'a', 'three.ts'), `import { one } from './one.js';\nexport const three = one;\n`);
    const r = spawnSync(process.execPath, ['scripts/check-cycles.js', dir], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /one\.ts → .*two\.ts/);
    assert.doesNotMatch(r.stderr, /three\.ts/);
    // And the project itself has none.
    assert.match(execFileSync(process.execPath, ['scripts/check-cycles.js'], { encoding: 'utf8' }), / 0 import cycles/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
