/**
 * Every text of a tree as CSV for translators (RFC 4180, `;` separated, UTF-8 with a BOM so
 * that spreadsheets read the accents): one row per text, `id;fr;nl;en;de`. The ids:
 * `tree.title`, `q1.text`, `q1.help`, `q1/o1.label`, `r1.text`, `r1.reason`.
 */
import type { TreeDefinition } from '../../model/tree.js';
import { LANGS, setText, splitOption, textsOf, type TextField, type Texts } from './ops.js';

const SEP = ';';

/** The rows `[id, texts]` of a tree, in the outline's order. */
export function textRows(t: TreeDefinition): Array<[string, Texts]> {
  const rows: Array<[string, Texts]> = [['tree.title', textsOf(t.title)]];
  for (const [q, question] of Object.entries(t.questions)) {
    rows.push([`${q}.text`, textsOf(question.text)]);
    if (question.help) rows.push([`${q}.help`, textsOf(question.help)]);
    for (const o of question.options) rows.push([`${q}/${o.id}.label`, textsOf(o.label)]);
  }
  for (const [r, outcome] of Object.entries(t.outcomes)) {
    rows.push([`${r}.text`, textsOf(outcome.text)]);
    if (outcome.refused || outcome.reason) rows.push([`${r}.reason`, textsOf(outcome.reason)]);
  }
  return rows;
}

function cell(v: string): string {
  return /[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(t: TreeDefinition): string {
  const lines = [['id', ...LANGS], ...textRows(t).map(([id, texts]) => [id, ...LANGS.map((l) => texts[l] ?? '')])];
  return '\uFEFF' + lines.map((l) => l.map(cell).join(SEP)).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 text (quotes, doubled quotes, separators and line breaks inside quotes). */
export function parseCsv(text: string, sep = SEP): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (quoted && c === '"' && s[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== sep && c !== '\n' && c !== '\r')) field += c;
    else if (c === sep) endField();
    else {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((v) => v !== ''));
}

const FIELD = /^(.+)\.(text|help|label|reason|title)$/;

/** Where row `id` goes, if this tree has it. */
function target(t: TreeDefinition, id: string): { at: string; field: TextField } | undefined {
  const m = FIELD.exec(id);
  if (!m || !m[1] || !m[2]) return undefined;
  const at = m[1] === 'tree' ? 'tree' : m[1];
  const field = m[2] as TextField;
  const p = splitOption(at);
  const ok =
    (at === 'tree' && field === 'title') ||
    (p !== undefined && field === 'label' && !!t.questions[p.q]?.options.some((o) => o.id === p.o)) ||
    (!!t.questions[at] && (field === 'text' || field === 'help')) ||
    (!!t.outcomes[at] && (field === 'text' || field === 'reason'));
  return ok ? { at, field } : undefined;
}

/**
 * Reads translators' CSV back: each known row's cells replace that text's languages (an empty
 * cell removes a translation; French is kept even empty). Rows it does not know are named back.
 */
export function fromCsv(t: TreeDefinition, text: string): { tree: TreeDefinition; unknown: string[]; read: number } {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const sep = header.length === 1 && header[0]?.includes(',') ? ',' : SEP;
  const all = sep === SEP ? rows : parseCsv(text, sep);
  const cols = (all[0] ?? []).map((h) => h.trim().toLowerCase());
  let tree = t;
  const unknown: string[] = [];
  let read = 0;
  for (const r of all.slice(1)) {
    const id = r[0]?.trim() ?? '';
    const where = target(tree, id);
    if (!where) {
      unknown.push(id);
      continue;
    }
    read++;
    for (const lang of LANGS) {
      const c = cols.indexOf(lang);
      if (c > 0) tree = setText(tree, where.at, where.field, lang, r[c] ?? '');
    }
  }
  return { tree, unknown, read };
}
