import type { TreeDefinition, TreeOutcome, TreeQuestion } from '../model/tree.js';

export interface Answer {
  question: string;
  option: string;
}

/** What a walk reads of a tree: its questions, and the names of its outcomes (with what they hold, `O`). */
export type Walkable<O = TreeOutcome> = Pick<TreeDefinition, 'start' | 'questions'> & { outcomes: Record<string, O> };

/** Where a person stands in a tree: the answers given, then either a question or an outcome. */
export interface Position<O = TreeOutcome> {
  answers: Answer[];
  question?: { id: string } & TreeQuestion;
  outcome?: { id: string } & O;
  /** True when some answers did not fit the tree and were dropped. */
  dropped: boolean;
}

const own = <T>(o: Record<string, T>, k: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/**
 * Replays answers from the start of a (checked) tree. Answers that do not fit (a draft
 * from another version, a question that moved) are dropped from the first misfit on.
 */
export function replay<O = TreeOutcome>(tree: Walkable<O>, answers: readonly Answer[]): Position<O> {
  const kept: Answer[] = [];
  let at = tree.start;
  // A checked tree has no cycle, so a path is never longer than the number of questions.
  const limit = Object.keys(tree.questions).length;
  for (const a of answers) {
    const q = own(tree.questions, at);
    const opt = q?.options.find((o) => o.id === a?.option);
    if (!q || a?.question !== at || !opt || kept.length >= limit) break;
    kept.push({ question: a.question, option: a.option });
    at = opt.next;
  }
  const question = own(tree.questions, at);
  const outcome = question ? undefined : own(tree.outcomes, at);
  return {
    answers: kept,
    question: question && { id: at, ...question },
    outcome: outcome && { id: at, ...outcome },
    dropped: kept.length !== answers.length,
  };
}

/** The answers after choosing `option` at the current question. */
export function choose(tree: Walkable<unknown>, answers: readonly Answer[], option: string): Answer[] {
  const pos = replay(tree, answers);
  if (!pos.question || !pos.question.options.some((o) => o.id === option)) return pos.answers;
  return [...pos.answers, { question: pos.question.id, option }];
}
