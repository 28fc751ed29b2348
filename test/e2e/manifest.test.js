// What editors and frameworks read, as a site developer receives it: the project is packed
// (`npm run build` and `npm pack` in a copy of the working tree, test/e2e/support.js), the
// tarball unpacked into a throwaway app's node_modules/procura, and then
//   - custom-elements.json names every element with its tag, attributes, typed events,
//     parts, CSS properties (the global --procura-color-* tokens too) and published modules;
//   - the VS Code custom data and the JetBrains web-types list every element;
//   - a React 19 TSX file and a Vue file compile against `procura/jsx` and `procura/vue`
//     with tsc, and a misspelt value of a known enum does not;
//   - `import('procura')` works in Node (server-side rendering imports the kit cleanly),
//     and the drop-in does not (it is for browsers), as docs/frameworks.md says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packKit } from './support.js';

const repo = resolve('.');
const TAGS = [
  'procura-access-grants',
  'procura-broker-desk',
  'procura-consent',
  'procura-cookie-opposition',
  'procura-delegation-tree',
  'procura-mandate-form',
  'procura-my-data',
  'procura-signature-pad',
  'procura-studio',
];
let dir, app, pkg, manifest, elements;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'procura-manifest-'));
  const tarball = await packKit(dir);
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  app = join(dir, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'a-site', private: true, type: 'module' }));
  renameSync(join(dir, 'package'), join(app, 'node_modules/procura'));
  // The kit's dependencies and the framework types, from this repository (no network needed).
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name === 'procura' || name.startsWith('.')) continue;
    symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
  pkg = join(app, 'node_modules/procura');
  manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  elements = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: m.path })),
  );
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const element = (tag) => elements.find((d) => d.tagName === tag);
const resolveInApp = (specifier) => createRequire(join(app, 'index.js')).resolve(specifier);

test('the packed manifest names the nine elements, each declared in a published module and defined by its entry', () => {
  assert.deepEqual(elements.map((d) => d.tagName).sort(), TAGS);
  for (const d of elements) {
    assert.equal(d.customElement, true, d.tagName);
    assert.match(d.module, /^dist\/lib\/.+\.js$/, `${d.tagName} is declared in ${d.module}`);
    assert.ok(existsSync(join(pkg, d.module)), `${d.module} is in the tarball`);
    assert.ok(
      existsSync(join(pkg, d.module.replace(/\.js$/, '.d.ts'))),
      `${d.module}'s declarations are in the tarball`,
    );
  }
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, path: m.path })),
  );
  assert.deepEqual(definitions.map((e) => e.name).sort(), TAGS);
  for (const e of definitions) {
    assert.ok(existsSync(join(pkg, e.path)), `${e.path}, which defines <${e.name}>, is in the tarball`);
    assert.ok(existsSync(join(pkg, e.declaration.module)), e.declaration.module);
  }
  const sources = JSON.stringify(manifest).match(/"(path|module)":\s*"\/?src\/[^"]*"/g);
  assert.equal(sources, null, 'no path of the manifest points at the sources');
});

test('every element lists its attributes and its events typed from the event map, and no bogus event', () => {
  const eventMap = readFileSync(join(repo, 'src/core/events.ts'), 'utf8');
  for (const d of elements) {
    const attrs = d.attributes.map((a) => a.name);
    for (const common of ['endpoint', 'draft-key', 'no-draft', 'heading-level'])
      assert.ok(attrs.includes(common), `${d.tagName} has ${common}`);
    assert.ok(d.events.length > 0, `${d.tagName} has events`);
    for (const e of d.events) {
      assert.ok(e.type?.text, `${d.tagName} ${e.name} is typed`);
      if (e.name.startsWith('procura-')) {
        assert.match(e.type.text, /^CustomEvent<\w+Detail>$/, `${d.tagName} ${e.name}`);
        assert.ok(eventMap.includes(`'${e.name}': ${e.type.text};`), `${e.name} is ${e.type.text} in ProcuraEventMap`);
      } else {
        assert.ok(['input', 'change'].includes(e.name), `${d.tagName} fires ${e.name}`);
      }
    }
  }
  assert.deepEqual(
    element('procura-signature-pad').events.map((e) => e.name),
    ['input', 'change'],
  );
  assert.deepEqual(
    element('procura-consent')
      .attributes.map((a) => a.name)
      .filter((n) => ['subject', 'purposes', 'indicated-by'].includes(n)),
    ['purposes', 'subject', 'indicated-by'],
  );
  const kind = element('procura-mandate-form').attributes.find((a) => a.name === 'kind');
  assert.equal(kind.expandedType.text, "'mandate' | 'access-request' | undefined");
  assert.equal(
    element('procura-mandate-form').events.find((e) => e.name === 'procura-submitted').type.text,
    'CustomEvent<SubmittedDetail>',
  );
});

test('every element documents its parts and CSS properties, and the global --procura-color-* tokens with their defaults', () => {
  const theme = readFileSync(join(repo, 'src/core/theme.ts'), 'utf8');
  const tokens = [...new Set([...theme.matchAll(/var\((--procura-color-[a-z-]+)/g)].map((m) => m[1]))];
  assert.ok(tokens.length >= 10, `theme.ts reads ${tokens.length} colour tokens`);
  for (const d of elements) {
    const props = new Map(d.cssProperties.map((p) => [p.name, p]));
    for (const t of tokens)
      assert.match(props.get(t)?.default ?? '', /^#[0-9a-f]{6}$/, `${d.tagName} documents ${t} with its default`);
    const own = `--procura-${d.tagName.replace(/^procura-/, '')}-`;
    assert.ok(
      d.cssProperties.some((p) => p.name.startsWith(own)),
      `${d.tagName} documents its ${own}* hooks`,
    );
    assert.ok(
      d.cssParts.some((p) => p.name === 'error'),
      `${d.tagName} documents its error part`,
    );
    assert.ok(Array.isArray(d.slots), `${d.tagName} lists its slots`);
  }
  assert.equal(
    element('procura-consent').cssProperties.find((p) => p.name === '--procura-color-accent').default,
    '#0b5cad',
  );
  // Every part an element's templates name literally is in the manifest (a site styles what it can find).
  for (const d of elements) {
    const folder = join(repo, 'src', d.tagName.replace(/^procura-/, ''));
    const used = new Set(
      readdirSync(folder)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) =>
          [...readFileSync(join(folder, f), 'utf8').matchAll(/\bpart="([a-z -]+)"/g)].flatMap((m) => m[1].split(/\s+/)),
        ),
    );
    const listed = new Set(d.cssParts.map((p) => p.name));
    assert.deepEqual(
      [...used].filter((p) => !listed.has(p)),
      [],
      `${d.tagName}: parts missing from the manifest`,
    );
  }
});

test('the VS Code custom data and the web-types, reached through the package exports, list every element with its attributes and events', () => {
  const packageJson = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const html = JSON.parse(readFileSync(resolveInApp('procura/vscode.html-custom-data.json'), 'utf8'));
  assert.deepEqual(html.tags.map((t) => t.name).sort(), TAGS);
  for (const t of html.tags) {
    const d = element(t.name);
    assert.deepEqual(
      t.attributes.map((a) => a.name),
      d.attributes.map((a) => a.name),
      t.name,
    );
    assert.match(t.description.value, /\w/, `${t.name} is described`);
  }
  const kind = html.tags.find((t) => t.name === 'procura-mandate-form').attributes.find((a) => a.name === 'kind');
  assert.deepEqual(
    kind.values.map((v) => v.name),
    ['mandate', 'access-request'],
  );
  const css = JSON.parse(readFileSync(resolveInApp('procura/vscode.css-custom-data.json'), 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--procura-color-accent'));

  assert.equal(resolveInApp('procura/web-types.json'), join(pkg, packageJson['web-types']));
  const webTypes = JSON.parse(readFileSync(resolveInApp('procura/web-types.json'), 'utf8'));
  const tags = webTypes.contributions.html.elements;
  assert.deepEqual(tags.map((t) => t.name).sort(), TAGS);
  for (const t of tags) {
    const d = element(t.name);
    assert.deepEqual(
      t.attributes.map((a) => a.name),
      d.attributes.map((a) => a.name),
      t.name,
    );
    assert.deepEqual(
      t.js.events.map((e) => [e.name, e.type]),
      d.events.map((e) => [e.name, e.type.text]),
      t.name,
    );
    assert.deepEqual(
      t.css.parts.map((p) => p.name),
      d.cssParts.map((p) => p.name),
      t.name,
    );
    assert.ok(existsSync(join(pkg, t.source.module)), t.source.module);
  }
});

test("Storybook's controls come from the packed manifest: attributes, events and CSS properties, no private member", () => {
  // @storybook/web-components as .storybook/preview.ts uses it, in a child process (it expects a window).
  const sb = join(repo, 'node_modules/@storybook/web-components/dist');
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    globalThis.window = globalThis;
    const { setCustomElementsManifest } = await import(${JSON.stringify(join(sb, 'index.js'))});
    const { parameters } = await import(${JSON.stringify(join(sb, 'entry-preview-argtypes.js'))});
    const { readFileSync } = await import('node:fs');
    setCustomElementsManifest(JSON.parse(readFileSync('node_modules/procura/custom-elements.json', 'utf8')));
    const tags = ${JSON.stringify(TAGS)};
    console.log(JSON.stringify(Object.fromEntries(tags.map((t) => [t, Object.fromEntries(Object.entries(parameters.docs.extractArgTypes(t) ?? {}).map(([k, v]) => [k, v.table?.category ?? '']))]))));
  `,
    ],
    { cwd: app, encoding: 'utf8' },
  );
  const argTypes = JSON.parse(out.trim().split('\n').pop());
  for (const tag of TAGS) {
    const a = argTypes[tag];
    assert.equal(a.endpoint, 'attributes', `${tag}: endpoint is a control`);
    assert.equal(a['--procura-color-accent'], 'css custom properties', `${tag}: the global tokens are listed`);
    assert.ok(Object.values(a).includes('events'), `${tag}: events are listed`);
    assert.equal(a.localize, undefined, `${tag}: no protected member`);
    assert.equal(a.styles, undefined, `${tag}: no static styles`);
  }
  assert.equal(argTypes['procura-consent']['indicated-by'], 'attributes');
  assert.equal(argTypes['procura-mandate-form']['procura-submitted'], 'events');
  assert.equal(argTypes['procura-signature-pad'].type, undefined, 'no bogus "type" event');
  assert.equal(argTypes['procura-signature-pad'].active, undefined, 'no private state');
});

test('React 19 and Vue 3 types from the package: attributes, properties and events type-check, a misspelt enum value does not', () => {
  writeFileSync(
    join(app, 'app.tsx'),
    `import type {} from 'procura/jsx';
import 'procura';

export const consent = <procura-consent subject="x" purposes="prospection" onprocura-submitted={(e) => e.detail.kind} />;
export const tree = <procura-delegation-tree id="who" tree="broker-client-space" onprocura-decision={(e) => e.detail.outcome} />;
export const form = <procura-mandate-form for="who" services="client-space" kind="access-request" grantor-kind="legal" no-draft />;
export const pad = <procura-signature-pad name="signature" signer-name="Bożena Dvořák" required />;
export const cookie = <procura-cookie-opposition compact policy-url="/privacy" respectGpc={false} onprocura-opposition-change={(e) => e.detail.opposed} />;
export const grants = <procura-access-grants direction="held" onprocura-revoked={(e) => e.detail.grant.id} />;
// @ts-expect-error: "acces-request" is not a kind of form
export const misspelt = <procura-mandate-form kind="acces-request" />;
// @ts-expect-error: "gave" is not a direction
export const direction = <procura-access-grants direction="gave" />;
// @ts-expect-error: React 19 would listen to an event named "ProcuraSubmitted", which never comes
export const camel = <procura-consent onProcuraSubmitted={() => {}} />;
`,
  );
  writeFileSync(
    join(app, 'vue-check.ts'),
    `import type { GlobalComponents } from 'vue';
import type {} from 'procura/vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const form: Props<'procura-mandate-form'> = { kind: 'access-request', grantorKind: 'legal', onProcuraSubmitted: (e) => e.detail.kind };
export const consent: Props<'procura-consent'> = { subject: 'x', indicatedBy: 'subject', onProcuraQueued: (e) => e.detail.id };
// @ts-expect-error: "acces-request" is not a kind of form
export const misspelt: Props<'procura-mandate-form'> = { kind: 'acces-request' };
export const all: (keyof GlobalComponents)[] = ${JSON.stringify(TAGS)};
`,
  );
  // The React example of docs/frameworks.md, as written there.
  const docs = readFileSync(join(repo, 'docs/frameworks.md'), 'utf8');
  writeFileSync(join(app, 'docs-react.tsx'), /```tsx\n([\s\S]*?)```/.exec(docs)[1]);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2022', 'dom', 'dom.iterable'],
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['app.tsx', 'vue-check.ts', 'docs-react.tsx'],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app], {
    encoding: 'utf8',
  });
  assert.equal(tsc.stdout + tsc.stderr, '', 'tsc reports nothing');
  assert.equal(tsc.status, 0);
});

test('server-side rendering: procura and procura/classes import in Node, without a DOM', () => {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    const kit = await import('procura');
    const classes = await import('procura/classes');
    console.log(typeof kit.configure, typeof classes.ProcuraConsent, typeof globalThis.document);
  `,
    ],
    { cwd: app, encoding: 'utf8' },
  );
  assert.equal(out.trim(), 'function function undefined');
  // The drop-in is for browsers, as docs/frameworks.md says: it stops at the first DOM global it reads
  // (lit-html's templates read `document` as they load).
  const dropIn = spawnSync(process.execPath, ['--input-type=module', '-e', `await import('procura/procura.js')`], {
    cwd: app,
    encoding: 'utf8',
  });
  assert.notEqual(dropIn.status, 0);
  assert.match(dropIn.stderr, /ReferenceError: (HTMLElement|document) is not defined/);
});
