// Minifies Lit's template literals (html``, svg``) and style literals (css``) at build time,
// keeping every visible text and every attribute value as written. Used by the drop-in
// bundle (vite.config.ts), the bench's per-element builds (bench/lib/sizes.js) and the npm
// modules in dist/lib (scripts/build.js). Our own plugin rather than
// rollup-plugin-minify-html-literals: that one is unmaintained since 2020 (Rollup 2,
// html-minifier with its ReDoS advisory) and rewrites more than whitespace.
//
// What changes:
// - html/svg: a run of white space that holds a line break (the source's indentation)
//   becomes one space, in text and between attributes. One space renders as the run did
//   (`white-space: normal`); nothing is removed, so the space between two inline elements
//   stays. Never inside a quoted attribute value; a template holding <pre>, <textarea> or
//   `pre` in its markup is left whole.
// - keepLines (dist/lib, whose tsc source maps map lines): such a run becomes its line
//   breaks alone, so every line stays where the map says.
// - css: comments go, white space collapses, and the spaces next to `{ } ; , >` and after
//   `:` go, outside quoted strings. `+` and `-` keep theirs (calc()).
import MagicString from 'magic-string';
import { parseAst } from 'vite';

const HTML_TAGS = new Set(['html', 'svg', 'staticHtml']);
const CSS_TAGS = new Set(['css']);

/** The tagged templates of a parsed module: [{ kind: 'html' | 'css', quasis }]. */
function findTemplates(ast) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === 'TaggedTemplateExpression' && node.tag?.type === 'Identifier') {
      const kind = HTML_TAGS.has(node.tag.name) ? 'html' : CSS_TAGS.has(node.tag.name) ? 'css' : undefined;
      if (kind) found.push({ kind, quasis: node.quasi.quasis });
    }
    for (const key in node) if (key !== 'parent' && typeof node[key] === 'object') visit(node[key]);
  };
  visit(ast);
  return found;
}

/** html: line-broken white space to one space, outside quoted attribute values. */
function minifyHtmlParts(parts, keepLines) {
  const joined = parts.join('');
  if (/<(pre|textarea)\b|white-space:\s*pre/i.test(joined)) return parts;
  let quote = ''; // inside an attribute value quoted so
  let inTag = false;
  return parts.map((raw) => {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (quote) {
        if (c === quote) quote = '';
        out += c;
        continue;
      }
      if (inTag && (c === '"' || c === "'")) quote = c;
      else if (c === '<') inTag = true;
      else if (c === '>') inTag = false;
      else if (/\s/.test(c)) {
        let j = i;
        while (j < raw.length && /\s/.test(raw[j])) j++;
        const run = raw.slice(i, j);
        const breaks = run.match(/\n/g)?.length ?? 0;
        out += breaks ? (keepLines ? '\n'.repeat(breaks) : ' ') : run;
        i = j - 1;
        continue;
      }
      out += c;
    }
    return out;
  });
}

/** css: no comments, collapsed white space, no space next to punctuation; quoted strings untouched. */
function minifyCssPart(raw, keepLines) {
  const lines = (m) => (keepLines ? '\n'.repeat(m.match(/\n/g)?.length ?? 0) : '');
  const space = keepLines ? /[ \t]*([{};,>])[ \t]*/g : /\s*([{};,>])\s*/g;
  return raw
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece
            .replace(/\/\*[\s\S]*?\*\//g, lines)
            .replace(/\s+/g, (m) => lines(m) || ' ')
            .replace(space, '$1')
            .replace(/:[ \t]+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** The module's code with its templates minified, or undefined when nothing changed. */
export function minifyTemplatesInCode(code, id = 'module.js', { keepLines = false } = {}) {
  // `html\`…\`` as written, `html \`…\`` as tsc emits it (dist/lib).
  if (!/\b(html|svg|css|staticHtml)\s*`/.test(code)) return undefined;
  const ast = parseAst(code, { lang: id.endsWith('.ts') ? 'ts' : 'js' });
  const s = new MagicString(code);
  for (const t of findTemplates(ast)) {
    const raws = t.quasis.map((q) => code.slice(q.start, q.end));
    const next = t.kind === 'html' ? minifyHtmlParts(raws, keepLines) : raws.map((r) => minifyCssPart(r, keepLines));
    t.quasis.forEach((q, i) => {
      if (next[i] !== raws[i] && q.end > q.start) s.overwrite(q.start, q.end, next[i]);
    });
  }
  return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : undefined;
}

/** The Vite (Rolldown) plugin: the kit's own sources only; Lit ships minified. */
export function minifyTemplates() {
  return {
    name: 'procura:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(ts|js)$/.test(id.split('?')[0])) return undefined;
      return minifyTemplatesInCode(code, id.split('?')[0]);
    },
  };
}
