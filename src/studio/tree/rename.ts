/** Renaming an item's id: the question, outcome or option keeps its place, and every link to it follows. */
import type { TreeDefinition } from '../../model/tree.js';
import { splitOption } from './ops.js';

const ID = /^[A-Za-z][\w-]{0,63}$/;

function renameKey<V>(record: Record<string, V>, from: string, to: string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));
}

/** The tree with `at` renamed `to` (an option: its own id, `q1/o1` → `yes`), or undefined when `to` is not a free, valid id. */
export function rename(t: TreeDefinition, at: string, to: string): TreeDefinition | undefined {
  if (!ID.test(to)) return undefined;
  const tree = structuredClone(t);
  const p = splitOption(at);
  if (p) {
    const options = tree.questions[p.q]?.options ?? [];
    const option = options.find((o) => o.id === p.o);
    if (!option || (to !== p.o && options.some((o) => o.id === to))) return undefined;
    option.id = to;
    return tree;
  }
  if (to === at) return tree;
  if (tree.questions[to] || tree.outcomes[to] || !(tree.questions[at] || tree.outcomes[at])) return undefined;
  tree.questions = renameKey(tree.questions, at, to);
  tree.outcomes = renameKey(tree.outcomes, at, to);
  for (const q of Object.values(tree.questions)) for (const o of q.options) if (o.next === at) o.next = to;
  if (tree.start === at) tree.start = to;
  return tree;
}
