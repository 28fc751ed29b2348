/**
 * What the kit's tree checker (src/model/check-tree.ts, the one the element and the server use)
 * says about a tree, turned into the studio's words and placed on the item it is about, plus
 * a warning for every text that has no translation yet.
 */
import { checkTree, type TreeIssue } from '../../model/check-tree.js';
import type { TreeDefinition } from '../../model/tree.js';
import type { StudioHost, StudioProblem } from '../host.js';
import { textRows } from './csv.js';
import { LANGS } from './ops.js';

const NODE = /^(questions|outcomes)\.([\w-]+)(?:\.options\[(\d+)\])?(?:\.(.*))?$/;

/** The item an issue is about (`q1`, `q1/o2`, `r1`, or `tree`), and the rest of its path. */
export function itemOf(t: TreeDefinition, path: string): { at: string; field: string } {
  const m = NODE.exec(path);
  if (!m || !m[2]) return { at: 'tree', field: path };
  const [, , id, index, field = ''] = m;
  if (index === undefined) return { at: id, field };
  const option = t.questions[id]?.options[Number(index)];
  return { at: option ? `${id}/${option.id}` : id, field };
}

/** The studio key that says `issue` in plain words. */
function keyOf(issue: TreeIssue, field: string, at: string): string {
  const { code, path } = issue;
  if (code === 'fallback' || (code === 'required' && /(^|\.)(text|label|reason|title)(\.fr)?$/.test(field)))
    return 'studioTree.problem.french';
  if (field === 'options' && code === 'min') return 'studioTree.problem.noOptions';
  if (field === 'next' && ['min', 'required', 'dangling'].includes(code)) return 'studioTree.problem.next';
  if (path === 'questions' && code === 'min') return 'studioTree.problem.noQuestions';
  if (path === 'outcomes' && code === 'min') return 'studioTree.problem.noOutcomes';
  if (path === 'start') return code === 'start' ? 'studioTree.problem.startOutcome' : 'studioTree.problem.start';
  if (at === 'tree' && (path === 'id' || path === 'version')) return `studioTree.problem.${path}`;
  const known = ['duplicate', 'unreachable', 'cycle', 'reason', 'conflict'];
  return known.includes(code) ? `studioTree.problem.${code}` : 'studioTree.problem.other';
}

/** The checker's errors, one per item and kind (a list of the same sentence says nothing more). */
function errors(host: StudioHost, t: TreeDefinition): StudioProblem[] {
  const check = checkTree(t);
  if (check.ok) return [];
  const out = new Map<string, StudioProblem>();
  for (const issue of check.issues) {
    const { at, field } = itemOf(t, issue.path);
    const key = keyOf(issue, field, at);
    const message = host.t(key, { code: issue.code });
    out.set(`${at} ${message}`, { at, message, severity: 'error' });
  }
  return [...out.values()];
}

/** A text with French but not every other language: a warning (it does not block publishing). */
function translations(host: StudioHost, t: TreeDefinition): StudioProblem[] {
  const out: StudioProblem[] = [];
  for (const [id, texts] of textRows(t)) {
    if (!texts.fr?.trim()) continue;
    const missing = LANGS.filter((l) => !texts[l]?.trim());
    if (!missing.length) continue;
    const at = id.slice(0, id.lastIndexOf('.')).replace(/^tree$/, 'tree');
    const langs = missing.map((l) => host.t(`studioTree.lang.${l}`)).join(', ');
    out.push({ at, message: host.t('studioTree.problem.translation', { langs }), severity: 'warning' });
  }
  return out;
}

export function treeProblems(host: StudioHost, t: TreeDefinition): StudioProblem[] {
  return [...errors(host, t), ...translations(host, t)];
}
