import { joinPath, type Issue } from './schema.js';
import { unknownKeys } from './unknown-keys.js';
import { treeDefinition, type TreeDefinition } from './tree.js';

export type TreeIssue = Issue;
export type TreeCheck =
  { ok: true; issues: []; tree: TreeDefinition } | { ok: false; issues: TreeIssue[]; tree?: undefined };

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Checks a decision tree definition: the shape first (types, ids, French texts, keys it
 * does not know, with the nearest known one), then the graph (every `next` resolves, ids
 * unique, `start` is a question, no cycle, nothing unreachable, refusals say why). Linear in the size of the tree, iterative (no recursion
 * depth to blow), pure, and it never throws: whatever it is given, it answers with issues.
 */
export function checkTree(def: unknown): TreeCheck {
  const issues: TreeIssue[] = [];
  try {
    if (def === null || typeof def !== 'object' || Array.isArray(def)) {
      issues.push({
        path: '(root)',
        code: 'type',
        message: `a tree is an object with id, version, start, questions and outcomes; got ${def === null ? 'null' : Array.isArray(def) ? 'a list' : typeof def}`,
      });
      return { ok: false, issues };
    }
    const tree = treeDefinition.check(def, '', issues);
    // A misspelt optional key (`titel`, `hepl`) would otherwise vanish without a word.
    unknownKeys(treeDefinition, def, issues, 'a decision tree', 'field');
    if (!tree || issues.length)
      return {
        ok: false,
        issues: issues.length ? issues : [{ path: '(root)', code: 'type', message: 'is not a tree definition' }],
      };
    checkGraph(tree, issues);
    return issues.length ? { ok: false, issues } : { ok: true, issues: [], tree };
  } catch (e) {
    // A getter that throws, a proxy, an object too odd to walk: still an answer, not an exception.
    issues.push({
      path: '(root)',
      code: 'unreadable',
      message: `the definition could not be read: ${String((e as Error)?.message ?? e)}`,
    });
    return { ok: false, issues };
  }
}

type Questions = TreeDefinition['questions'];

/** The path of a question, of one of its options, or of a field of that option. */
function at(q: string, i?: number, field?: string): string {
  let p = joinPath('questions', q);
  if (i !== undefined) p = joinPath(joinPath(p, 'options'), i);
  return field ? joinPath(p, field) : p;
}

function checkGraph(tree: TreeDefinition, issues: TreeIssue[]): void {
  checkIds(tree, issues);
  checkOptions(tree, issues);
  checkOutcomes(tree, issues);
  if (has(tree.questions, tree.start)) checkPaths(tree, issues);
}

/** One id names one node, and the tree starts with a question. */
function checkIds({ questions, outcomes, start }: TreeDefinition, issues: TreeIssue[]): void {
  for (const id of Object.keys(outcomes))
    if (has(questions, id))
      issues.push({
        path: joinPath('outcomes', id),
        code: 'duplicate',
        message: `"${id}" is both a question and an outcome: an id names one node only`,
      });
  if (!has(questions, start))
    issues.push({
      path: 'start',
      code: has(outcomes, start) ? 'start' : 'dangling',
      message: has(outcomes, start)
        ? `"${start}" is an outcome: the tree must start with a question`
        : `"${start}" is not a question of this tree`,
    });
}

/** Option ids unique within their question; every `next` leads somewhere. */
function checkOptions({ questions, outcomes }: TreeDefinition, issues: TreeIssue[]): void {
  for (const [q, question] of Object.entries(questions)) {
    const seen = new Map<string, number>();
    question.options.forEach((o, i) => {
      const first = seen.get(o.id);
      if (first !== undefined)
        issues.push({
          path: at(q, i, 'id'),
          code: 'duplicate',
          message: `option id "${o.id}" is already used by options[${first}] of the same question`,
        });
      else seen.set(o.id, i);
      if (!has(questions, o.next) && !has(outcomes, o.next))
        issues.push({
          path: at(q, i, 'next'),
          code: 'dangling',
          message: `"${o.next}" is neither a question nor an outcome of this tree`,
        });
    });
  }
}

/** A refusal says why, and never leads to a mandate form. */
function checkOutcomes({ outcomes }: TreeDefinition, issues: TreeIssue[]): void {
  for (const [id, o] of Object.entries(outcomes)) {
    if (o.refused && !o.reason)
      issues.push({
        path: joinPath(joinPath('outcomes', id), 'reason'),
        code: 'reason',
        message: 'a refusal must give its reason to the person',
      });
    if (o.refused && o.mandate)
      issues.push({
        path: joinPath(joinPath('outcomes', id), 'mandate'),
        code: 'conflict',
        message: 'a refusal cannot also lead to a mandate form',
      });
  }
}

const WHITE = 0,
  GREY = 1,
  BLACK = 2;

/** A walk from the start: which nodes it reached, and the loops it found. */
interface Walk {
  questions: Questions;
  colour: Map<string, number>;
  depth: Map<string, number>;
  reachedOutcomes: Set<string>;
  stack: Array<{ q: string; i: number }>;
}

/** No loop, nothing unreachable. */
function checkPaths(tree: TreeDefinition, issues: TreeIssue[]): void {
  const { questions, outcomes, start } = tree;
  const walk: Walk = {
    questions,
    colour: new Map([[start, GREY]]),
    depth: new Map([[start, 0]]),
    reachedOutcomes: new Set(),
    stack: [{ q: start, i: 0 }],
  };
  // Depth-first from start with an explicit stack: grey nodes are on the current path,
  // so an edge to a grey node closes a cycle. Each node and edge is visited once.
  while (walk.stack.length) step(walk, outcomes, issues);
  for (const q of Object.keys(questions))
    if (!walk.colour.has(q))
      issues.push({
        path: at(q),
        code: 'unreachable',
        message: `no answer leads to question "${q}" from the start "${start}"`,
      });
  for (const o of Object.keys(outcomes))
    if (!walk.reachedOutcomes.has(o) && !has(questions, o))
      issues.push({
        path: joinPath('outcomes', o),
        code: 'unreachable',
        message: `no answer leads to outcome "${o}"`,
      });
}

/** Follows the next edge of the question on top of the stack. */
function step(walk: Walk, outcomes: TreeDefinition['outcomes'], issues: TreeIssue[]): void {
  const { questions, colour, stack } = walk;
  const top = stack[stack.length - 1];
  const options = top && questions[top.q]?.options;
  if (!top || !options) return void stack.pop();
  const option = options[top.i];
  if (!option) {
    colour.set(top.q, BLACK);
    stack.pop();
    return;
  }
  const i = top.i++;
  const next = option.next;
  if (has(outcomes, next) && !has(questions, next)) walk.reachedOutcomes.add(next);
  else if (!has(questions, next)) return;
  else if ((colour.get(next) ?? WHITE) === WHITE) {
    colour.set(next, GREY);
    walk.depth.set(next, stack.length);
    stack.push({ q: next, i: 0 });
  } else if (colour.get(next) === GREY)
    issues.push({
      path: at(top.q, i, 'next'),
      code: 'cycle',
      message: `going back to "${next}" makes a loop (${loopOf(walk, next)}): every path must end in an outcome`,
    });
}

/** Names the loop back to `next` without copying a long stack (many back edges must stay linear). */
function loopOf({ stack, depth }: Walk, next: string): string {
  const d = depth.get(next) ?? 0;
  const len = stack.length - d;
  const names = (a: number, b: number) => stack.slice(d + a, d + b).map((f) => f.q);
  return [...(len > 8 ? [...names(0, 3), '…', ...names(len - 3, len)] : names(0, len)), next].join(' → ');
}
