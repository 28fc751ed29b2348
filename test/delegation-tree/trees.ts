// Small trees shared by the delegation-tree tests.
import fc from 'fast-check';
import type { TreeDefinition } from '../../src/model/tree.js';
import { at } from '../support/at.js';

/** A valid two-question tree; every call returns a fresh copy to mutate. */
export function tiny(version = '1'): TreeDefinition {
  return {
    id: 'tiny',
    version,
    start: 'person',
    questions: {
      person: {
        text: { fr: 'Qui êtes-vous ?', nl: 'Wie bent u?', en: 'Who are you?' },
        options: [
          { id: 'natural', label: { fr: 'Une personne', nl: 'Een persoon', en: 'A person' }, next: 'for' },
          { id: 'legal', label: { fr: 'Une société', nl: 'Een vennootschap', en: 'A company' }, next: 'company' },
        ],
      },
      for: {
        text: 'Pour qui ?',
        options: [
          { id: 'self', label: 'Moi', next: 'self' },
          { id: 'other', label: 'Un autre', next: 'refused' },
        ],
      },
    },
    outcomes: {
      self: { text: 'Accès direct.', mandate: false, contracts: 'all' },
      company: { text: 'Mandat de société.', mandate: true, contracts: 'listed', href: '/mandat-societe' },
      refused: { text: 'Non.', mandate: false, refused: true, reason: 'Parce que.' },
    },
  };
}

/**
 * Random valid trees: question i links only to later questions or to outcomes (no cycle),
 * every question and outcome has a parent (all reachable), ids are unique.
 */
export const validTree = fc
  .record({
    nq: fc.integer({ min: 1, max: 30 }),
    no: fc.integer({ min: 1, max: 10 }),
    seed: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
  })
  .map(({ nq, no, seed }) => {
    let k = 0;
    const rnd = (n: number) => at(seed, k++ % seed.length) % n;
    const qs = Array.from({ length: nq }, (_, i) => `q${i}`);
    const os = Array.from({ length: no }, (_, i) => `o${i}`);
    const links: string[][] = qs.map(() => []);
    for (let i = 1; i < nq; i++) at(links, rnd(i)).push(at(qs, i));
    for (const o of os) at(links, rnd(nq)).push(o);
    for (let i = 0; i < nq; i++) {
      const extra = rnd(3);
      for (let e = 0; e < extra; e++) {
        const targets = [...qs.slice(i + 1), ...os];
        at(links, i).push(at(targets, rnd(targets.length)));
      }
      if (!at(links, i).length) at(links, i).push(at(os, rnd(no)));
    }
    const tree: TreeDefinition = {
      id: 'random',
      version: String(at(seed, 0)),
      start: 'q0',
      questions: Object.fromEntries(
        qs.map((q, i) => [
          q,
          {
            text: { fr: `Question ${q}`, en: `Question ${q}` },
            options: at(links, i).map((next, j) => ({ id: `a${j}`, label: `Réponse ${j}`, next })),
          },
        ]),
      ),
      outcomes: Object.fromEntries(
        os.map((o, i) => [
          o,
          {
            text: `Résultat ${o}`,
            mandate: i % 2 === 0,
            ...(i % 3 === 2 ? { refused: true, mandate: false, reason: 'Non' } : {}),
          },
        ]),
      ),
    };
    return tree;
  });

/** A question chain of `n` questions, each with two answers: next question or an outcome. */
export function chain(n: number): TreeDefinition {
  const questions: TreeDefinition['questions'] = {};
  const m = Math.min(10, n);
  for (let i = 0; i < n; i++)
    questions[`q${i}`] = {
      text: { fr: `Question ${i}`, nl: `Vraag ${i}`, en: `Question ${i}` },
      options: [
        { id: 'more', label: 'Suite', next: i + 1 < n ? `q${i + 1}` : 'end' },
        { id: 'stop', label: 'Arrêt', next: `stop${i % m}` },
      ],
    };
  const outcomes: TreeDefinition['outcomes'] = { end: { text: 'Fin', mandate: true } };
  for (let i = 0; i < m; i++) outcomes[`stop${i}`] = { text: `Arrêt ${i}`, mandate: false };
  return { id: 'chain', version: '1', start: 'q0', questions, outcomes };
}
