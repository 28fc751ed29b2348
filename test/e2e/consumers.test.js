// The package as a TypeScript site developer meets it: one `npm pack` (a copy of the working
// tree, built), the tarball installed with npm in a throwaway folder beside React 19 and Vue 3,
// then three small apps in it, each type-checked under strict, exactOptionalPropertyTypes and
// `lib: ES2020, DOM` with the library's declarations checked too (no skipLibCheck), and built
// with Vite: a plain Vite + TypeScript app (test/types/plain.ts), a React 19 app (react.tsx,
// with `procura/jsx`) and a Vue 3 app (App.vue, with `procura/vue`, by vue-tsc with
// strictTemplates). The snippets' `@ts-expect-error` lines fail the check if a type goes loose.
// Then each built app is opened in Chromium: the elements it renders took the config it gave.
// PROCURA_KEEP=1 keeps the folder (its path is printed) to try a change without packing again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, packKit } from './support.js';

const repo = resolve('.');
const snippets = join(repo, 'test/types');
const run = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`${[cmd, ...args].join(' ')} failed in ${cwd}:\n${e.stdout}${e.stderr}`);
  }
};
const timings = {};
const timed = async (what, fn) => {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    timings[what] = Date.now() - t;
  }
};
let dir, root, browser;

/** What a consumer's tsconfig says: the strictest common settings and an older lib. */
const tsconfig = (extra) => ({
  compilerOptions: {
    target: 'ES2020',
    lib: ['ES2020', 'DOM'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    noEmit: true,
    types: [],
    ...extra.compilerOptions,
  },
  ...(extra.vueCompilerOptions ? { vueCompilerOptions: extra.vueCompilerOptions } : {}),
  include: extra.include,
});
const page = (script) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Courtier</title></head><body><div id="root"></div><script type="module" src="${script}"></script></body></html>`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'procura-consumers-'));
  const tarball = await timed('pack', () => packKit(dir));

  // One folder, one install: the tarball and the frameworks at the versions this repository
  // tests with (already in npm's cache after `npm ci`). The three apps live in it.
  root = join(dir, 'apps');
  mkdirSync(root);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'a-broker-site', private: true, type: 'module' }));
  const dev = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies;
  const frameworks = ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue'].map((n) => `${n}@${dev[n]}`);
  await timed('install', () =>
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...frameworks], root),
  );

  const app = (name, files) => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(root, name, f, '..'), { recursive: true });
      writeFileSync(join(root, name, f), typeof text === 'string' ? text : JSON.stringify(text, null, 2));
    }
  };
  app('plain', {
    'tsconfig.json': tsconfig({ include: ['src'] }),
    'index.html': page('/src/main.ts'),
    'src/main.ts': `import './plain.js';\ndocument.getElementById('root')!.innerHTML = '<procura-consent id="c"></procura-consent>';\nconst c = document.querySelector('procura-consent')!;\nc.config = ${CONFIG};\n`,
  });
  cpSync(join(snippets, 'plain.ts'), join(root, 'plain/src/plain.ts'));
  app('react', {
    'tsconfig.json': tsconfig({ compilerOptions: { jsx: 'react-jsx' }, include: ['src'] }),
    'index.html': page('/src/main.tsx'),
    'src/main.tsx': `import { createRoot } from 'react-dom/client';\nimport { Mandate } from './react.js';\ncreateRoot(document.getElementById('root')!).render(<Mandate />);\n`,
  });
  cpSync(join(snippets, 'react.tsx'), join(root, 'react/src/react.tsx'));
  app('vue', {
    'tsconfig.json': tsconfig({
      compilerOptions: { jsx: 'preserve' },
      vueCompilerOptions: { strictTemplates: true },
      include: ['src/**/*.ts', 'src/**/*.vue'],
    }),
    'index.html': page('/src/main.ts'),
    'src/main.ts': `import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#root');\n`,
    'src/shims.d.ts': `declare module '*.vue' {\n  import type { DefineComponent } from 'vue';\n  const component: DefineComponent;\n  export default component;\n}\n`,
  });
  cpSync(join(snippets, 'App.vue'), join(root, 'vue/src/App.vue'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (dir && !process.env.PROCURA_KEEP) rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log(`kept ${dir}`);
  console.log(`consumer checks, ms: ${JSON.stringify(timings)}`);
});

// The plain app's own config, read back from the page (the controller's name is shown in the notice).
const CONFIG = `{ controller: { name: 'Courtier Plain SA', address: 'Rue de la Loi 1, 1000 Bruxelles', contact: 'dpo@courtier.example' }, policyUrl: '/vie-privee', noticeVersion: '2025-01', purposes: ['electronic-prospection'] }`;

async function build(name) {
  const { build } = await import('vite');
  const plugins = [];
  if (name === 'vue') {
    const { default: vue } = await import('@vitejs/plugin-vue');
    plugins.push(vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('procura-') } } }));
  }
  await build({
    root: join(root, name),
    configFile: false,
    logLevel: 'error',
    plugins,
    build: { outDir: 'dist', emptyOutDir: true },
  });
}

/** The built app in Chromium: the text a person reads inside the given element, once it is there. */
async function readIn(name, selector, expected) {
  const { preview } = await import('vite');
  const server = await preview({
    root: join(root, name),
    configFile: false,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  try {
    await tab.goto(`http://127.0.0.1:${server.httpServer.address().port}/`);
    const read = () =>
      tab.evaluate(
        (s) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '(no element)',
        selector,
      );
    await tab
      .waitForFunction(
        ([s, text]) => document.querySelector(s)?.shadowRoot?.textContent?.includes(text),
        [selector, expected],
        { timeout: 15_000 },
      )
      .catch(async () => {
        assert.fail(`${selector} reads: ${(await read()).slice(0, 600)}\npage errors: ${errors.join('\n')}`);
      });
    assert.deepEqual(errors, []);
  } finally {
    await tab.close();
    await new Promise((r) => server.httpServer.close(r));
  }
}

const tsc = (name) =>
  run(
    process.execPath,
    [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(root, name, 'tsconfig.json')],
    join(root, name),
  );

test(
  'a plain Vite + TypeScript app type-checks against the packed declarations, builds, and its consent element takes its config',
  { timeout: 300_000 },
  async () => {
    await timed('plain: tsc', () => tsc('plain'));
    await timed('plain: vite build', () => build('plain'));
    await timed('plain: page', () => readIn('plain', 'procura-consent', 'Courtier Plain SA'));
  },
);

test(
  'a React 19 app type-checks its JSX with procura/jsx, builds, and React sets the config and the event listeners',
  { timeout: 300_000 },
  async () => {
    await timed('react: tsc', () => tsc('react'));
    await timed('react: vite build', () => build('react'));
    await timed('react: page', () => readIn('react', '#newsletter', 'Courtier SA'));
  },
);

test(
  'a Vue 3 app type-checks its template with vue-tsc (strictTemplates) and procura/vue, builds, and Vue sets the config',
  { timeout: 300_000 },
  async () => {
    await timed('vue: vue-tsc', () =>
      run(
        process.execPath,
        [join(repo, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', join(root, 'vue/tsconfig.json')],
        join(root, 'vue'),
      ),
    );
    await timed('vue: vite build', () => build('vue'));
    await timed('vue: page', () => readIn('vue', '#newsletter', 'Courtier SA'));
  },
);
