// The build's template minifier (scripts/build-minify-templates.js) must not change what a
// person sees: attribute values and the text of every template stay as written, apart from
// indentation that renders as one space. Checked on chosen cases and on every template of src/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplatesInCode } from '../../scripts/build-minify-templates.js';

const min = (code, opts) => minifyTemplatesInCode(code, 'case.js', opts)?.code ?? code;

test('html: indentation becomes one space, in text and between attributes; nothing else moves', () => {
  const code = 'html`\n  <p class="a">\n    Bonjour ${name},  à bientôt\n  </p>\n  <b>x</b> <i>y</i>`';
  assert.equal(min(code), 'html` <p class="a"> Bonjour ${name},  à bientôt </p> <b>x</b> <i>y</i>`');
});

test('html: a quoted attribute value keeps its line breaks and spaces, even across an expression', () => {
  const code = 'html`<div title="un\n   deux ${x}\n  trois" aria-label=\'a\n b\'>\n  t\n</div>`';
  assert.equal(min(code), 'html`<div title="un\n   deux ${x}\n  trois" aria-label=\'a\n b\'> t </div>`');
});

test('html: a template with <pre>, <textarea> or white-space: pre is left whole', () => {
  for (const code of [
    'html`<pre>\n  a\n    b\n</pre>`',
    'html`<textarea>\n  a\n</textarea>`',
    'html`<p style="white-space: pre-wrap">\n  a\n</p>`',
  ])
    assert.equal(min(code), code);
});

test('css: comments and spaces go, strings and calc() operators stay', () => {
  const code =
    "css`\n  /* tokens */\n  :host { color: red; }\n  a > b , c::before { content: '  «  '; width: calc(1px + 2px); }\n`";
  assert.equal(min(code), "css` :host{color:red}a>b,c::before{content:'  «  ';width:calc(1px + 2px)}`");
});

test('keepLines (dist/lib): only indentation goes, every line stays where the source map says', () => {
  const code = 'html`\n  <p>\n    a\n  </p>`; css`\n  a {\n    color: red;\n  }\n`';
  const out = min(code, { keepLines: true });
  assert.equal(out.split('\n').length, code.split('\n').length);
  assert.equal(out, 'html`\n<p>\na\n</p>`; css`\na{\ncolor:red;\n}\n`');
});

/** Every html`` of src/: the same text once white space is ignored, and the same attribute values. */
test('every template of src/ keeps its text and its attribute values', () => {
  const files = readdirSync('src', { recursive: true }).filter((f) => String(f).endsWith('.ts'));
  let templates = 0;
  const tpl = /\bhtml`((?:[^`\\]|\\.)*)`/g;
  const attrs = (s) => [...s.matchAll(/=("[^"]*"|'[^']*')/g)].map((m) => m[1]);
  for (const f of files) {
    const code = readFileSync(join('src', String(f)), 'utf8');
    const out = minifyTemplatesInCode(code, String(f))?.code;
    if (!out) continue;
    const before = [...code.matchAll(tpl)].map((m) => m[1]);
    const after = [...out.matchAll(tpl)].map((m) => m[1]);
    assert.equal(after.length, before.length, `${f}: as many templates`);
    before.forEach((b, i) => {
      const a = after[i];
      assert.equal(a.replace(/\s+/g, ''), b.replace(/\s+/g, ''), `${f}: template ${i} has the same text`);
      assert.deepEqual(attrs(a), attrs(b), `${f}: template ${i} has the same attribute values`);
      templates++;
    });
  }
  assert.ok(templates > 50, `templates checked: ${templates}`);
});
