/**
 * The tree editor's changes, as pure functions: each takes a tree and answers a new one (the
 * shell keeps the old one for undo). Items are named as the studio names them: a question or
 * outcome by its id (`q1`, `r1`), an option by `question/option` (`q1/o2`), the tree by `tree`.
 */
import type { Localized } from '../../model/localized.js';
import type { TreeDefinition, TreeOption, TreeOutcome, TreeQuestion } from '../../model/tree.js';

export const LANGS = ['fr', 'nl', 'en', 'de'] as const;
export type Lang = (typeof LANGS)[number];
export type TextField = 'text' | 'help' | 'label' | 'reason' | 'title';
export type Texts = Partial<Record<string, string>>;

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const clone = (t: TreeDefinition): TreeDefinition => structuredClone(t);

/** A localized text as an object of texts per language (a plain string is the French one). */
export function textsOf(l: Localized | undefined): Texts {
  if (l === undefined) return {};
  return typeof l === 'string' ? { fr: l } : { ...l };
}

/** The first id `prefix1`, `prefix2`… that `taken` does not hold. */
export function freeId(prefix: string, taken: (id: string) => boolean): string {
  let n = 1;
  while (taken(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

const isNode = (t: TreeDefinition) => (id: string) => has(t.questions, id) || has(t.outcomes, id);

/** A new, empty tree. */
export function blankTree(): TreeDefinition {
  return { id: 'nouvel-arbre', version: '1', start: '', questions: {}, outcomes: {} };
}

/** Splits `q1/o2` into its question and option ids. */
export function splitOption(at: string): { q: string; o: string } | undefined {
  const [q, o, rest] = at.split('/');
  return q && o && rest === undefined ? { q, o } : undefined;
}

export function addQuestion(t: TreeDefinition): { tree: TreeDefinition; id: string } {
  const tree = clone(t);
  const id = freeId('q', isNode(tree));
  tree.questions[id] = { text: { fr: '' }, options: [] };
  if (!has(tree.questions, tree.start)) tree.start = id;
  return { tree, id };
}

export function addOutcome(t: TreeDefinition): { tree: TreeDefinition; id: string } {
  const tree = clone(t);
  const id = freeId('r', isNode(tree));
  tree.outcomes[id] = { text: { fr: '' }, mandate: false };
  return { tree, id };
}

export function addOption(t: TreeDefinition, q: string): { tree: TreeDefinition; id: string } {
  const tree = clone(t);
  const question = tree.questions[q];
  if (!question) return { tree, id: '' };
  const id = freeId('o', (o) => question.options.some((x) => x.id === o));
  question.options.push({ id, label: { fr: '' }, next: '' });
  return { tree, id: `${q}/${id}` };
}

function optionOf(tree: TreeDefinition, at: string): TreeOption | undefined {
  const p = splitOption(at);
  return p ? tree.questions[p.q]?.options.find((o) => o.id === p.o) : undefined;
}

/** The object holding the texts of `field` for item `at`. */
function holder(tree: TreeDefinition, at: string): Record<string, Localized | undefined> | undefined {
  if (at === 'tree') return tree as unknown as Record<string, Localized | undefined>;
  const node = optionOf(tree, at) ?? tree.questions[at] ?? tree.outcomes[at];
  return node as unknown as Record<string, Localized | undefined> | undefined;
}

/** Sets one language of one text; an empty translation is removed (French stays, even empty). */
export function setText(t: TreeDefinition, at: string, field: TextField, lang: string, value: string): TreeDefinition {
  const tree = clone(t);
  const h = holder(tree, at);
  if (!h) return tree;
  const texts = textsOf(h[field]);
  if (value.trim() || lang === 'fr') texts[lang] = value;
  else delete texts[lang];
  const empty = Object.values(texts).every((v) => !v?.trim());
  if (empty && (field === 'help' || field === 'reason' || field === 'title')) delete h[field];
  else h[field] = { fr: '', ...texts } as Localized;
  return tree;
}

/** Where an option leads. */
export function setNext(t: TreeDefinition, at: string, next: string): TreeDefinition {
  const tree = clone(t);
  const o = optionOf(tree, at);
  if (o) o.next = next;
  return tree;
}

export function setStart(t: TreeDefinition, q: string): TreeDefinition {
  return { ...clone(t), start: q };
}

export function setField(t: TreeDefinition, field: 'id' | 'version', value: string): TreeDefinition {
  return { ...clone(t), [field]: value };
}

/** An outcome's flags: a mandate form (and which one), a refusal, which contracts. */
export function setOutcome(t: TreeDefinition, id: string, change: Partial<TreeOutcome>): TreeDefinition {
  const tree = clone(t);
  const o = tree.outcomes[id];
  if (!o) return tree;
  const next: TreeOutcome = { ...o, ...change };
  if (!next.refused) delete next.refused;
  if (!next.contracts) delete next.contracts;
  if (!next.form || !next.mandate) delete next.form; // a form is named only where one is filled
  tree.outcomes[id] = next;
  return tree;
}

function moveIn<T>(list: T[], i: number, delta: number): T[] {
  const j = i + delta;
  const item = list[i];
  if (i < 0 || j < 0 || j >= list.length || item === undefined) return list;
  const out = [...list];
  out.splice(i, 1);
  out.splice(j, 0, item);
  return out;
}

/** Moves a question, an outcome or an option one place up (-1) or down (+1). */
export function move(t: TreeDefinition, at: string, delta: number): TreeDefinition {
  const tree = clone(t);
  const p = splitOption(at);
  const question = p && tree.questions[p.q];
  if (p && question) {
    question.options = moveIn(
      question.options,
      question.options.findIndex((o) => o.id === p.o),
      delta,
    );
  } else if (has(tree.questions, at)) {
    const keys = moveIn(Object.keys(tree.questions), Object.keys(tree.questions).indexOf(at), delta);
    tree.questions = Object.fromEntries(keys.map((k) => [k, tree.questions[k] as TreeQuestion]));
  } else if (has(tree.outcomes, at)) {
    const keys = moveIn(Object.keys(tree.outcomes), Object.keys(tree.outcomes).indexOf(at), delta);
    tree.outcomes = Object.fromEntries(keys.map((k) => [k, tree.outcomes[k] as TreeOutcome]));
  }
  return tree;
}

/** The options (`q/o`) that lead to node `id`. */
export function linksTo(t: TreeDefinition, id: string): string[] {
  return Object.entries(t.questions).flatMap(([q, question]) =>
    question.options.filter((o) => o.next === id).map((o) => `${q}/${o.id}`),
  );
}

/** Removes an item; the options that led to it are left leading nowhere (the checker says so). */
export function remove(t: TreeDefinition, at: string): TreeDefinition {
  const tree = clone(t);
  const p = splitOption(at);
  const question = p && tree.questions[p.q];
  if (p && question) {
    question.options = question.options.filter((o) => o.id !== p.o);
    return tree;
  }
  delete tree.questions[at];
  delete tree.outcomes[at];
  for (const q of Object.values(tree.questions)) for (const o of q.options) if (o.next === at) o.next = '';
  if (tree.start === at) tree.start = Object.keys(tree.questions)[0] ?? '';
  return tree;
}
