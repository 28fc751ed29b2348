// `npm run analyze` (and `npm run build`): the custom-elements manifest that editors,
// framework type generators and Storybook read. The analyzer's Lit support reads the
// classes and their JSDoc; the plugins below add what it cannot see in this code base:
// - the tag of each class, from `define('procura-x', Class)` in src/define/*.ts (the
//   analyzer only knows `customElements.define`, which here lives in one helper);
// - each event's type, from the global event map in src/core/events.ts;
// - the global `--procura-*` tokens of src/core/theme.ts on every element;
// - the module paths of the published files (dist/lib/*.js), not the sources;
// - and it leaves out private and protected members (Storybook would make them controls).
// scripts/manifest.js then generates the editor data and the framework types from it.
import { readFileSync } from 'node:fs';

const DEFINE_DIR = 'src/define/';
const NATIVE_EVENTS = new Set(['input', 'change']);

/** `'procura-x': CustomEvent<Detail>` entries of ProcuraEventMap, by event name. */
function eventTypes() {
  const source = readFileSync('src/core/events.ts', 'utf8');
  const map = source.slice(source.indexOf('interface ProcuraEventMap'));
  const body = map.slice(0, map.indexOf('\n}'));
  const types = new Map();
  for (const m of body.matchAll(/'(procura-[a-z-]+)':\s*([^;]+);/g)) types.set(m[1], m[2].trim());
  return types;
}

const TOKEN_TEXT = {
  'color-text': 'Text colour.',
  'color-muted': 'Secondary text (hints, dates).',
  'color-surface': 'Background the element paints.',
  'color-border': 'Borders of fields and blocks.',
  'color-accent': 'Buttons, links, focus and selection.',
  'color-on-accent': 'Text on the accent colour.',
  'color-danger': 'Errors and refusals.',
  'color-success': 'Confirmations.',
  'color-warning-surface': 'Background of warnings.',
  'color-warning': 'Border and text accent of warnings.',
  'color-disabled-surface': 'Background of disabled fields.',
  radius: 'Corner radius of fields, buttons and notices.',
  space: 'Base spacing unit.',
  'focus-ring': 'Outline of the focused control.',
  font: 'Font shorthand of the element.',
};

/** The global tokens read by baseStyles, with their light (and dark) defaults. */
function globalTokens() {
  const source = readFileSync('src/core/theme.ts', 'utf8');
  const dark = source.indexOf('prefers-color-scheme: dark');
  const tokens = new Map();
  for (const m of source.matchAll(/var\(--procura-([a-z-]+),\s*([^)]+)\)/g)) {
    const [, name, fallback] = m;
    const entry = tokens.get(name) ?? { name: `--procura-${name}`, default: undefined, dark: undefined };
    if (m.index > dark && dark > 0) entry.dark ??= fallback.trim();
    else entry.default ??= fallback.trim();
    tokens.set(name, entry);
  }
  return [...tokens].map(([key, t]) => ({
    name: t.name,
    description: `Global token: ${TOKEN_TEXT[key] ?? key}${t.dark && t.dark !== t.default ? ` Dark default: \`${t.dark}\`.` : ''}`,
    ...(t.default ? { default: t.default } : {}),
  }));
}

const published = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

/** Rewrites every `path` and `module` pointing into src/ to the published file. */
function publishPaths(node) {
  if (Array.isArray(node)) return node.forEach(publishPaths);
  if (!node || typeof node !== 'object') return;
  for (const key of ['path', 'module']) if (typeof node[key] === 'string' && /^\/?src\//.test(node[key])) node[key] = published(node[key]);
  Object.values(node).forEach(publishPaths);
}

/** Replaces each alias of string literals in a type's text by its literals. */
function expand(text, aliases) {
  const out = text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
  return out === text ? undefined : out;
}

function procuraPlugin() {
  /** tag → { className, module (src path of the class) , definer (src/define path) } */
  const definitions = [];
  /** `Class.field` declared with Lit's `@property` (settable from a template), attribute or not. */
  const reactive = new Set();
  /** Type aliases that are unions of string literals, `type X = 'a' | 'b'` or `Infer<typeof literal('a', 'b')>`. */
  const aliases = new Map();
  const literals = new Map();
  return {
    name: 'procura',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isPropertyDeclaration(node) && ts.isClassDeclaration(node.parent) && node.parent.name
        && ts.getDecorators?.(node)?.some((d) => /^property\(/.test(d.expression.getText()))) {
        reactive.add(`${node.parent.name.text}.${node.name.getText()}`);
      }
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isCallExpression(node.initializer)
        && node.initializer.expression.getText() === 'literal' && node.initializer.arguments.every(ts.isStringLiteral)) {
        literals.set(node.name.getText(), node.initializer.arguments.map((a) => `'${a.text}'`).join(' | '));
      }
      if (ts.isTypeAliasDeclaration(node)) {
        const t = node.type;
        if (ts.isUnionTypeNode(t) && t.types.every((u) => ts.isLiteralTypeNode(u) && ts.isStringLiteral(u.literal))) aliases.set(node.name.text, t.types.map((u) => u.getText()).join(' | '));
        const inf = /^Infer<typeof (\w+)>$/.exec(t.getText());
        if (inf) aliases.set(node.name.text, { of: inf[1] });
      }
      if (!moduleDoc.path.startsWith(DEFINE_DIR) || !ts.isCallExpression(node)) return;
      if (node.expression.getText() !== 'define' || node.arguments.length !== 2) return;
      const [tag, ctor] = node.arguments;
      if (!ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      const imp = node.getSourceFile().statements.find((s) => ts.isImportDeclaration(s) && s.importClause?.namedBindings?.elements?.some((e) => e.name.text === ctor.text));
      if (!imp) throw new Error(`${moduleDoc.path}: ${ctor.text} is not imported`);
      const from = imp.moduleSpecifier.text.replace(/^\.\.\//, 'src/').replace(/\.js$/, '.ts');
      definitions.push({ tag: tag.text, className: ctor.text, module: from, definer: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest: cem }) {
      const types = eventTypes();
      const tokens = globalTokens();
      const modules = new Map(cem.modules.map((m) => [m.path, m]));
      for (const [name, v] of aliases) if (typeof v === 'object') literals.has(v.of) ? aliases.set(name, literals.get(v.of)) : aliases.delete(name);
      // The helper's `customElements.define(tag, ctor)` is not a definition of any element.
      for (const m of cem.modules) m.exports = m.exports?.filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
      for (const d of definitions) {
        const decl = modules.get(d.module)?.declarations?.find((x) => x.name === d.className);
        if (!decl) throw new Error(`${d.definer}: no class ${d.className} in ${d.module}`);
        decl.tagName = d.tag;
        decl.customElement = true;
        const definer = modules.get(d.definer);
        definer.exports ??= [];
        definer.exports.push({ kind: 'custom-element-definition', name: d.tag, declaration: { name: d.className, module: d.module } });
        // Events: only those the JSDoc names (an analyzer guess such as `new Event(type)` is no event).
        decl.events = (decl.events ?? []).filter((e) => e.description && /^[a-z][a-z-]*$/.test(e.name)).map((e) => {
          const text = types.get(e.name) ?? (NATIVE_EVENTS.has(e.name) ? 'Event' : undefined);
          if (!text) throw new Error(`${d.module}: event ${e.name} is neither in ProcuraEventMap (src/core/events.ts) nor a native event`);
          return { ...e, type: { text } };
        });
        const own = new Set((decl.cssProperties ?? []).map((p) => p.name));
        decl.cssProperties = [...(decl.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
        decl.slots ??= [];
        for (const m of decl.members ?? []) {
          const owner = m.inheritedFrom?.name ?? d.className;
          if (m.kind === 'field' && reactive.has(`${owner}.${m.name}`)) m.reactive = true;
        }
        for (const x of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
          const text = x.type?.text && expand(x.type.text, aliases);
          if (text) x.expandedType = { text };
        }
      }
      // The public API only: Storybook turns every listed field into a control, editors into a hint.
      const INTERNAL_STATICS = new Set(['styles', 'formAssociated', 'shadowRootOptions']);
      for (const m of cem.modules) for (const decl of m.declarations ?? []) {
        if (decl.members) decl.members = decl.members.filter((x) => !x.privacy && !(x.static && INTERNAL_STATICS.has(x.name)) && !x.name.startsWith('#'));
      }
      publishPaths(cem.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/i18n/**', 'src/delegation-tree/trees/**'],
  outdir: '.',
  litelement: true,
  plugins: [procuraPlugin()],
};
