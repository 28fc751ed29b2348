/** The tree's shape for the map and the paths table: levels from the start, and every path to an outcome. */
import { pick } from '../../model/localized.js';
import type { TreeDefinition } from '../../model/tree.js';

export interface Step {
  q: string;
  option: string;
}
export interface TreePath {
  steps: Step[];
  outcome: string;
}

/** The depth of each node from the start (breadth first); nodes no answer reaches come last. */
export function levels(t: TreeDefinition): Map<string, number> {
  const depth = new Map<string, number>();
  const queue: string[] = [];
  if (t.questions[t.start]) {
    depth.set(t.start, 0);
    queue.push(t.start);
  }
  for (let i = 0; i < queue.length; i++) {
    const q = queue[i] ?? '';
    for (const o of t.questions[q]?.options ?? []) {
      if (depth.has(o.next) || !(t.questions[o.next] || t.outcomes[o.next])) continue;
      depth.set(o.next, (depth.get(q) ?? 0) + 1);
      if (t.questions[o.next]) queue.push(o.next);
    }
  }
  const last = Math.max(-1, ...depth.values()) + 1;
  for (const id of [...Object.keys(t.questions), ...Object.keys(t.outcomes)]) if (!depth.has(id)) depth.set(id, last);
  return depth;
}

/** Every path from the start to an outcome (loops are not followed; at most `limit` paths). */
export function allPaths(t: TreeDefinition, limit = 500): TreePath[] {
  const out: TreePath[] = [];
  const stack: Array<{ q: string; steps: Step[] }> = t.questions[t.start] ? [{ q: t.start, steps: [] }] : [];
  while (stack.length && out.length < limit) {
    const { q, steps } = stack.pop() as { q: string; steps: Step[] };
    const options = [...(t.questions[q]?.options ?? [])].reverse();
    for (const o of options) {
      const path = [...steps, { q, option: o.id }];
      if (t.outcomes[o.next] && !t.questions[o.next]) out.push({ steps: path, outcome: o.next });
      else if (t.questions[o.next] && !path.some((s) => s.q === o.next)) stack.push({ q: o.next, steps: path });
    }
  }
  return out;
}

/** A node's text in `lang` (French when missing), or its id when it has none yet. */
export function nodeText(t: TreeDefinition, id: string, lang: string): string {
  const node = t.questions[id] ?? t.outcomes[id];
  return pick(node?.text, lang).trim() || id;
}

export function optionText(t: TreeDefinition, q: string, o: string, lang: string): string {
  const option = t.questions[q]?.options.find((x) => x.id === o);
  return pick(option?.label, lang).trim() || o;
}
