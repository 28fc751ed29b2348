// Generates, from the custom-elements manifest (custom-elements.json, made by `cem analyze`
// with custom-elements-manifest.config.mjs), what editors and frameworks read:
//   dist/vscode.html-custom-data.json  VS Code: tags, attributes and their values
//   dist/vscode.css-custom-data.json   VS Code: the --procura-* properties and ::part() names
//   dist/web-types.json                JetBrains IDEs: elements, attributes, properties, events, slots, parts, CSS properties
//   dist/types/jsx.d.ts                React 19: JSX.IntrinsicElements (attributes, properties, on<event> props)
//   dist/types/vue.d.ts                Vue 3: GlobalComponents (props and on<Event> listeners, for strictTemplates)
// Run by `npm run build` after the manifest; `node scripts/manifest.js` alone regenerates them.
// `--out <dir>` writes them under another folder than dist/ (the JSX and Vue types import
// `../lib/…`, so they fit beside declarations emitted into `<dir>/lib`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : 'dist';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const cem = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Every element of the manifest, with the module that declares it. */
export const elements = cem.modules
  .flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: m.path })),
  )
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) throw new Error('custom-elements.json names no element: run `npm run analyze` first');

const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
const web = (repo ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
const docUrl = (tag) =>
  web.startsWith('https://') ? `${web}/blob/main/docs/elements/${tag.replace(/^procura-/, '')}.md` : undefined;

const text = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());
/** The string literals of a type's text (`'a' | 'b' | undefined` → [a, b]), or none when it is not only literals. */
const literals = (type) => {
  const parts = (type?.text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
};
const typeOf = (x) => x.expandedType ?? x.type;
const isBoolean = (x) => /^boolean( \| undefined)?$/.test(x.type?.text ?? '');
const publicFields = (d) => (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy);
/** Properties a template may set: those backed by an attribute, and Lit properties without one (objects, functions). */
const settable = (d) => {
  const byAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  return publicFields(d).filter((m) => !m.readonly && (m.reactive || byAttribute.has(m.name)));
};

function write(name, content) {
  const file = join(out, name.replace(/^dist\//, ''));
  mkdirSync(dirname(file), { recursive: true });
  // JSON on one line: tools parse it, nobody reads it in the tarball (pretty-printed, the
  // manifest alone was 773 KB of the package, 45% of it indentation).
  writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content)}\n`);
  console.log(`  ${file}`);
}

// VS Code (https://github.com/microsoft/vscode-custom-data): "html.customData" / "css.customData".
write('dist/vscode.html-custom-data.json', {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: { kind: 'markdown', value: text(d) },
    attributes: (d.attributes ?? []).map((a) => {
      const values = literals(typeOf(a));
      return {
        name: a.name,
        description: { kind: 'markdown', value: a.description ?? '' },
        ...(isBoolean(a) ? { valueSet: 'v' } : {}),
        ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
    ...(docUrl(d.tagName) ? { references: [{ name: 'Documentation', url: docUrl(d.tagName) }] } : {}),
  })),
});
const cssProperties = new Map();
for (const d of elements)
  for (const p of d.cssProperties ?? []) if (!cssProperties.has(p.name)) cssProperties.set(p.name, p);
write('dist/vscode.css-custom-data.json', {
  version: 1.1,
  properties: [...cssProperties.values()].map((p) => ({
    name: p.name,
    description: `${p.description ?? ''}${p.default ? ` Default: \`${p.default}\`.` : ''}`,
  })),
  pseudoElements: [...new Set(elements.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)))].map((name) => ({
    name: `::part(${name})`,
    description: elements
      .filter((d) => d.cssParts?.some((p) => p.name === name))
      .map((d) => `<${d.tagName}>: ${d.cssParts.find((p) => p.name === name).description}`)
      .join('\n'),
  })),
});

// JetBrains web-types (https://github.com/JetBrains/web-types).
write('dist/web-types.json', {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((d) => ({
        name: d.tagName,
        description: text(d),
        ...(docUrl(d.tagName) ? { 'doc-url': docUrl(d.tagName) } : {}),
        source: { module: `./${d.module}`, symbol: d.name },
        attributes: (d.attributes ?? []).map((a) => {
          const values = literals(typeOf(a));
          return {
            name: a.name,
            description: a.description ?? '',
            value: isBoolean(a)
              ? { type: 'boolean', required: false }
              : {
                  type: values.length
                    ? values.map((v) => `'${v}'`).join(' | ')
                    : (a.type?.text ?? 'string').replace(/ \| undefined$/, ''),
                  required: false,
                },
            ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
        slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
        events: (d.events ?? []).map((e) => ({
          name: e.name,
          description: e.description ?? '',
          ...(e.type ? { type: e.type.text } : {}),
        })),
        js: {
          properties: settable(d).map((m) => ({
            name: m.name,
            description: m.description ?? '',
            type: typeOf(m)?.text ?? 'unknown',
          })),
          events: (d.events ?? []).map((e) => ({
            name: e.name,
            description: e.description ?? '',
            ...(e.type ? { type: e.type.text } : {}),
          })),
        },
        css: {
          properties: (d.cssProperties ?? []).map((p) => ({
            name: p.name,
            description: `${p.description ?? ''}${p.default ? ` Default: \`${p.default}\`.` : ''}`,
          })),
          parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        },
      })),
    },
  },
});

// Type-only entries: an empty module beside each, so that `import 'procura/jsx'` also resolves at run time.
write('dist/types/jsx.js', 'export {};\n');
write('dist/types/vue.js', 'export {};\n');

// Framework types. They import the element classes from dist/lib, so the property types are the
// classes' own (the typed `config`, the enums), and the events come from ProcuraEventMap.
const procuraEvent = (e) => e.name.startsWith('procura-');
const header = (what) => `// Generated by scripts/manifest.js from custom-elements.json: do not edit.\n// ${what}\n`;
// Each class from the module that declares it: `procura/classes` leaves out the studio (a site's
// bundle must not carry it), yet a React or Vue app may still use <procura-studio>.
const classModule = (d) => `../lib/${d.module.replace(/^\/?(src|dist\/lib)\//, '').replace(/\.ts$/, '.js')}`;
const imports = `${elements.map((d) => `import type { ${d.name} } from '${classModule(d)}';`).join('\n')}\nimport type { ProcuraEventMap } from '../lib/core/events.js';\n`;
const eventType = (e) => (procuraEvent(e) ? `ProcuraEventMap['${e.name}']` : 'Event');
const doc = (s, indent) => (s ? `${indent}/** ${s.replace(/\*\//g, '*\\/').replace(/\n+/g, ' ')} */\n` : '');

/** Attributes (kebab-case when they differ from the property) and settable properties, typed from the class. */
function propsOf(d, indent) {
  const lines = [];
  const seen = new Set();
  for (const m of settable(d)) {
    seen.add(m.name);
    lines.push(`${doc(m.description, indent)}${indent}${m.name}?: ${d.name}['${m.name}'];`);
  }
  for (const a of d.attributes ?? []) {
    if (seen.has(a.name) || !a.fieldName) continue;
    seen.add(a.name);
    lines.push(`${doc(a.description, indent)}${indent}'${a.name}'?: ${d.name}['${a.fieldName}'];`);
  }
  return lines;
}

const reactEvents = (d, indent) =>
  (d.events ?? [])
    .filter(procuraEvent)
    .map((e) => `${doc(e.description, indent)}${indent}'on${e.name}'?: (event: ${eventType(e)}) => void;`);
write(
  'dist/types/jsx.d.ts',
  `${header("React 19 JSX: `import type {} from 'procura/jsx'` once (or list it in tsconfig `types`).\n// React 19 listens to a custom element's event through the prop `on` + the exact event name:\n// `onprocura-submitted`, not `onProcuraSubmitted` (that would listen to an event called `ProcuraSubmitted`).")}import type * as React from 'react';
${imports}
type ElementProps<E, P> = Omit<React.HTMLAttributes<E>, keyof P> & React.RefAttributes<E> & { key?: React.Key | null | undefined; children?: React.ReactNode } & P;

${elements.map((d) => `export interface ${d.name}Props {\n${[...propsOf(d, '  '), ...reactEvents(d, '  ')].join('\n')}\n}`).join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((d) => `      '${d.tagName}': ElementProps<${d.name}, ${d.name}Props>;`).join('\n')}
    }
  }
}
`,
);

const vueEvents = (d, indent) =>
  (d.events ?? [])
    .filter(procuraEvent)
    .map((e) => `${doc(e.description, indent)}${indent}on${pascal(e.name)}?: (event: ${eventType(e)}) => void;`);
write(
  'dist/types/vue.d.ts',
  `${header("Vue 3: `import type {} from 'procura/vue'` once; tell the compiler these are custom elements:\n// `compilerOptions.isCustomElement: (tag) => tag.startsWith('procura-')`. `@procura-submitted` is `onProcuraSubmitted` here.")}import type { DefineComponent, HTMLAttributes } from 'vue';
${imports}
${elements.map((d) => `export interface ${d.name}VueProps {\n${[...propsOf(d, '  ').filter((l) => !/^ {2}'/.test(l.split('\n').at(-1))), ...vueEvents(d, '  ')].join('\n')}\n}`).join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((d) => `    '${d.tagName}': DefineComponent<${d.name}VueProps & HTMLAttributes>;`).join('\n')}
  }
}
`,
);

/**
 * The manifest of what an app can import: the modules of the package's entries ("exports"),
 * what they export (followed through re-exports), every element and the classes and mixins
 * its members come from. `cem analyze` describes every module of src/ (204, the studio's tree
 * operations, the PDF blocks…), which no app can import through "exports": 245 KB for nothing.
 */
function publicManifest(manifest, entries) {
  const byPath = new Map(manifest.modules.map((m) => [m.path, m]));
  const at = (from, module) => (module.startsWith('.') ? join(dirname(from), module) : module.replace(/^\//, ''));
  const kept = new Map(); // module path → names kept ('*': all)
  const keep = (path, name = '*') => {
    const names = kept.get(path) ?? new Set();
    kept.set(path, names);
    if (names.has(name) || names.has('*') || !byPath.has(path)) return;
    names.add(name);
    for (const e of byPath.get(path).exports ?? []) {
      if (name !== '*' && e.name !== name && e.name !== '*') continue;
      const target = at(path, e.declaration?.module ?? path);
      if (target !== path) keep(target, e.name === '*' ? '*' : e.declaration.name);
      else names.add(e.declaration.name);
    }
  };
  entries.forEach((entry) => keep(entry));
  // Elements, then what kept declarations name: superclass, mixins, inheritedFrom ({ name, module }).
  const references = (node, from) =>
    Array.isArray(node) || (node && typeof node === 'object')
      ? [
          ...(node.name && node.module && !node.package ? [[at(from, node.module), node.name]] : []),
          ...Object.values(node).flatMap((v) => references(v, from)),
        ]
      : [];
  const declared = (m, d) => kept.get(m.path)?.has('*') || kept.get(m.path)?.has(d.name) || d.customElement;
  const count = () => [...kept.values()].reduce((n, names) => n + names.size, 0);
  let before;
  do {
    before = count();
    for (const m of manifest.modules)
      for (const d of (m.declarations ?? []).filter((d) => declared(m, d))) {
        keep(m.path, d.name);
        references(d, m.path).forEach(([path, name]) => keep(path, name));
      }
  } while (count() !== before);
  const modules = manifest.modules
    .filter((m) => kept.has(m.path))
    .map((m) => ({
      ...m,
      declarations: (m.declarations ?? []).filter((d) => declared(m, d)),
      exports: (m.exports ?? []).filter((e) => kept.get(m.path).has('*') || kept.get(m.path).has(e.name)),
    }));
  return { ...manifest, modules };
}

// The manifest itself, for the package: its public part, on one line (`cem analyze` indents it).
const entryModules = Object.values(pkg.exports)
  .map((e) => (typeof e === 'object' ? e.default : e))
  .filter((p) => typeof p === 'string' && p.startsWith('./dist/lib/'))
  .map((p) => p.slice(2));
// (`--out <dir>` writes the derived files only: the manifest is the package's, next to package.json.)
if (outArg < 0) writeFileSync('custom-elements.json', `${JSON.stringify(publicManifest(cem, entryModules))}\n`);
