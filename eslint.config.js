// The rules that keep the house in shape (docs/CONTRIBUTING.md says why each exists).
// `npm test -- lint` runs this, Prettier's check, lit-analyzer and the import-cycle check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

/** Size: a file holds one responsibility, a function one step. Blank lines and comments do not count. */
const size = {
  'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
  'max-lines-per-function': ['error', { max: 40, skipBlankLines: true, skipComments: true, IIFEs: true }],
  'max-depth': ['error', 4],
  'max-params': ['error', 5],
};

/** A ternary inside a ternary inside a ternary is a function with a name waiting to be written. */
const noDeepTernary = {
  selector: 'ConditionalExpression ConditionalExpression ConditionalExpression',
  message: 'Three ternaries deep: name the choice in a small function (or a lookup table) instead.',
};

const elementFolders = [
  'access-grants',
  'consent',
  'cookie-opposition',
  'delegation-tree',
  'mandate-form',
  'signature-pad',
  'broker-desk',
  'my-data',
  'studio',
];

/** An element folder may not import another element's folder: shared code moves to src/core or src/model. */
const noOtherElement = (own) =>
  elementFolders
    .filter((f) => f !== own)
    .map((f) => ({
      group: [`../${f}/*`, `../../${f}/*`],
      message: 'An element does not import another element: move what they share to src/core or src/model.',
    }));

/** The backend is reached through the core's controllers only (BackendController, SubmissionController). */
const backendThroughCore = {
  group: ['../core/backend.js', '../core/outbox.js'],
  importNamePattern: '^(BackendClient|outbox|Outbox)$',
  message:
    'Elements reach the backend through the core controllers (src/core/backend-controller.ts), never a client of their own.',
};

/**
 * Lit's element classes stay out of every chunk: the kit's base is src/core/reactive*.ts on lit-html
 * (issue 19: about 1.2 KB gzip in each element's first chunk). Types may still come from Lit.
 */
const noLitElement = {
  regex: '^(lit|lit-element|@lit/reactive-element)(/(index|decorators|lit-element|reactive-element)(\\.js)?)?$',
  allowTypeImports: true,
  message: "Take html, css, nothing… from src/core/reactive.js: a value from 'lit' brings LitElement into the chunk.",
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'demo-dist/**',
      'storybook-static/**',
      'node_modules/**',
      '.tmp/**',
      '.data/**',
      'coverage/**',
      '**/*.d.ts',
      'test/**/fixtures/**',
      'bench/.work/**',
      'server/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      // TypeScript checks names; ESLint's copy of that check cannot see types or globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // `interface HTMLElementEventMap extends ProcuraEventMap {}` is how events join the DOM's maps.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', noDeepTernary],
    },
  },
  // The kit and the server: size rules and the layering.
  {
    files: ['src/**/*.ts', 'server/**/*.ts'],
    ignores: ['server/test/**', '**/*.test.ts'],
    rules: size,
  },
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', 'lit', 'lit/*', 'node:*'],
              message: 'src/model imports nothing but itself: it is shared by the browser and the server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...elementFolders.map((f) => ({
              group: [`../${f}/*`],
              message:
                'The core imports only src/model and src/i18n: an element depends on the core, never the reverse.',
            })),
            noLitElement,
          ],
        },
      ],
    },
  },
  ...elementFolders.map((f) => ({
    files: [`src/${f}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noOtherElement(f), backendThroughCore, noLitElement] }],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Elements reach the backend through the core controllers, never fetch().' },
        {
          name: 'indexedDB',
          message: 'Drafts and the outbox live in src/core (DraftController, SubmissionController).',
        },
      ],
    },
  })),
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../src/*',
                '../../src/*',
                '../../../src/*',
                '!../src/model',
                '!../../src/model',
                '!../../../src/model',
              ],
              message: 'The server imports only src/model from the kit.',
            },
          ],
        },
      ],
    },
  },
  // Three lit-a11y rules that would remove something deliberate:
  // - a <dialog>'s `autofocus` is how HTML gives the safe choice the first focus when it opens;
  // - `role="list"` on a <ul> styled with `list-style: none` keeps the list announced by Safari/VoiceOver;
  // - the pad's canvas is a focusable image that says it is invalid (axe accepts it; the error is also tied by aria-describedby).
  {
    files: ['src/**/*.ts'],
    rules: { 'lit-a11y/no-autofocus': 'off', 'lit-a11y/no-redundant-role': 'off' },
  },
  {
    files: ['src/signature-pad/view.ts'],
    rules: { 'lit-a11y/role-supports-aria-attr': 'off' },
  },
  // A repository is SQL only: it takes a Scope and throws DomainError; HTTP lives in routes, rules in services.
  {
    files: ['server/modules/*/repository.ts', 'server/modules/*/repository/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'hono', message: 'A repository knows nothing of HTTP: return data or throw a DomainError.' }],
          patterns: [
            {
              group: [
                'hono/*',
                '../../http/*',
                '../../errors.js',
                '*/service.js',
                './service.js',
                '../../../src/*',
                '!../../../src/model',
              ],
              message: 'A repository imports only the store, the scope, domain errors, hashes and other repositories.',
            },
          ],
        },
      ],
    },
  },
  // Tests, scripts, stories and benchmarks: the general rules only.
  {
    files: ['test/**', 'scripts/**', 'bench/**', 'stories/**', 'bin/**', 'demo/**', 'server/test/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
