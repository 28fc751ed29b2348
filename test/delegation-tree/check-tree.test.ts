import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../support/env.js';
import { checkTree } from '../../src/delegation-tree/check-tree.js';
import { choose, replay } from '../../src/delegation-tree/walk.js';
import { builtInTrees, builtInTreesIn } from '../../src/delegation-tree/trees/index.js';
import type { TreeDefinition } from '../../src/model/tree.js';
import { chain, tiny, validTree } from './trees.js';
import { at, pick } from '../support/at.js';

/** Where a field lies in a tree: `['questions', 'person', 'options', 1, 'next']`, as the checker's issue paths say it. */
type Path = readonly (string | number)[];
/** The value that removes a field instead of setting it. */
const REMOVE = Symbol('remove the field');
const issuesOf = (def: unknown) => checkTree(def).issues.map((i) => `${i.code} ${i.path}`);
const messageAt = (def: unknown, path: string) => checkTree(def).issues.find((i) => i.path === path)?.message ?? '';

/** Breaks a tree on purpose: sets the field at `path` to any value, of any type, or removes it (REMOVE). */
function setField(tree: object, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (isObject(o) ? Reflect.get(o, k) : undefined), tree);
  const key = path.at(-1);
  if (!isObject(parent) || key === undefined) throw new Error(`the tree has no field ${path.join('.')} to break`);
  if (value === REMOVE) Reflect.deleteProperty(parent, key);
  else Reflect.set(parent, key, value);
}
const isObject = (o: unknown): o is object => typeof o === 'object' && o !== null;
/** The text of the first question of a tree in `lang` (a check that the file is in that language). */
const pickText = (questions: TreeDefinition['questions'], lang: string): string => {
  const text = Object.values(questions)[0]?.text;
  return typeof text === 'string' ? text : (text?.[lang] ?? '');
};

/** A fresh tiny tree with these fields changed. */
const broken = (...changes: [Path, unknown][]): unknown => {
  const t = tiny();
  for (const [path, value] of changes) setField(t, path, value);
  return t;
};

describe('checkTree', () => {
  it('accepts the built-in trees, each text in fr, nl, en and de', async () => {
    for (const [name, load] of Object.entries(builtInTrees)) {
      const def = (await load()).default;
      const r = checkTree(def);
      expect(r.issues, name).to.deep.equal([]);
      expect(def.id).to.equal(name);
      const texts: unknown[] = [def.title];
      for (const q of Object.values(def.questions))
        texts.push(q.text, ...(q.help ? [q.help] : []), ...q.options.map((o) => o.label));
      for (const o of Object.values(def.outcomes)) texts.push(o.text, ...(o.reason ? [o.reason] : []));
      for (const text of texts)
        expect(Object.keys(text as object).sort(), `${name}: ${JSON.stringify(text)}`).to.deep.equal([
          'de',
          'en',
          'fr',
          'nl',
        ]);
    }
  });

  it('has each built-in tree in each language, generated from the tree (scripts/gen-tree-languages.js)', async () => {
    // The first screen of a page in one language fetches its file; it must ask the whole tree's
    // first question, in that language, and nothing more (the next questions and the outcomes are
    // later steps', which come with the whole tree).
    const inLanguage = (tree: TreeDefinition, lang: string): unknown => {
      const one = JSON.parse(JSON.stringify(tree), (_k, v: unknown) =>
        isObject(v) && !Array.isArray(v) && typeof Reflect.get(v, 'fr') === 'string'
          ? (Reflect.get(v, lang) ?? Reflect.get(v, 'fr'))
          : v,
      ) as TreeDefinition;
      return { ...one, questions: { [one.start]: one.questions[one.start] }, outcomes: {} };
    };
    expect(Object.keys(builtInTreesIn)).to.deep.equal(Object.keys(builtInTrees));
    for (const [name, load] of Object.entries(builtInTrees)) {
      const whole = (await load()).default;
      const langs = builtInTreesIn[name] ?? {};
      expect(Object.keys(langs), name).to.deep.equal(['fr', 'nl', 'en', 'de']);
      for (const [lang, loadIn] of Object.entries(langs)) {
        const one = (await loadIn()).default;
        expect(one, `${name}.${lang}: run node scripts/gen-tree-languages.js`).to.deep.equal(inLanguage(whole, lang));
        expect(Object.keys(one.questions), `${name}.${lang}`).to.deep.equal([whole.start]);
        expect(Object.keys(one.outcomes), `${name}.${lang}`).to.deep.equal([]);
        expect(JSON.stringify(one), `${name}.${lang}`).to.include(JSON.stringify(pickText(whole.questions, lang)));
      }
    }
  });

  it('accepts a valid tree and gives it back', () => {
    const r = checkTree(tiny());
    expect(r.ok).to.equal(true);
    expect(r.tree?.start).to.equal('person');
  });

  describe('reports each problem with its path and its own message', () => {
    it('a dangling next', () => {
      const def = broken([['questions', 'person', 'options', 1, 'next'], 'nowhere']);
      expect(issuesOf(def)).to.deep.equal([
        'dangling questions.person.options[1].next',
        'unreachable outcomes.company',
      ]);
      expect(messageAt(def, 'questions.person.options[1].next')).to.equal(
        '"nowhere" is neither a question nor an outcome of this tree',
      );
    });

    it('a cycle', () => {
      const def = broken([['questions', 'for', 'options', 1, 'next'], 'person']);
      expect(issuesOf(def)).to.deep.equal(['cycle questions.for.options[1].next', 'unreachable outcomes.refused']);
      expect(messageAt(def, 'questions.for.options[1].next')).to.contain('(person → for → person)');
    });

    it('a question that answers to itself', () => {
      const def = broken([['questions', 'for', 'options', 0, 'next'], 'for']);
      expect(issuesOf(def)).to.include('cycle questions.for.options[0].next');
    });

    it('an unreachable question and an unreachable outcome', () => {
      const def = broken(
        [['questions', 'orphan'], { text: 'Seule ?', options: [{ id: 'x', label: 'X', next: 'self' }] }],
        [['outcomes', 'lost'], { text: 'Perdu', mandate: false }],
      );
      expect(issuesOf(def)).to.deep.equal(['unreachable questions.orphan', 'unreachable outcomes.lost']);
      expect(messageAt(def, 'questions.orphan')).to.equal(
        'no answer leads to question "orphan" from the start "person"',
      );
      expect(messageAt(def, 'outcomes.lost')).to.equal('no answer leads to outcome "lost"');
    });

    it('an id used by a question and an outcome', () => {
      const def = broken([['outcomes', 'for'], { text: 'Doublon', mandate: false }]);
      expect(issuesOf(def)).to.deep.equal(['duplicate outcomes.for']);
      expect(messageAt(def, 'outcomes.for')).to.contain('is both a question and an outcome');
    });

    it('two options with the same id', () => {
      const def = broken([['questions', 'person', 'options', 1, 'id'], 'natural']);
      expect(issuesOf(def)).to.deep.equal(['duplicate questions.person.options[1].id']);
      expect(messageAt(def, 'questions.person.options[1].id')).to.equal(
        'option id "natural" is already used by options[0] of the same question',
      );
    });

    it('no outcomes at all, or an empty list of them', () => {
      expect(issuesOf(broken([['outcomes'], REMOVE]))).to.deep.equal(['required outcomes']);
      expect(issuesOf(broken([['outcomes'], {}]))).to.deep.equal(['min outcomes']);
    });

    it('a text without French', () => {
      const def = broken([['questions', 'person', 'text'], { nl: 'Wie bent u?', en: 'Who are you?' }]);
      expect(issuesOf(def)).to.deep.equal(['fallback questions.person.text.fr']);
      expect(messageAt(def, 'questions.person.text.fr')).to.contain('French text is required');
    });

    it('wrong types', () => {
      const def = broken(
        [['outcomes', 'self', 'mandate'], 'non'],
        [['questions', 'for', 'options'], 'self'],
        [['version'], 2],
      );
      expect(issuesOf(def)).to.deep.equal(['type version', 'type questions.for.options', 'type outcomes.self.mandate']);
      expect(messageAt(def, 'outcomes.self.mandate')).to.equal('expected true or false, got string');
    });

    it('an empty object', () => {
      expect(issuesOf({})).to.deep.equal([
        'required id',
        'required version',
        'required start',
        'required questions',
        'required outcomes',
      ]);
    });

    it('a start that is missing or an outcome', () => {
      expect(issuesOf(broken([['start'], 'debut']))).to.include('dangling start');
      expect(issuesOf(broken([['start'], 'self']))).to.include('start start');
    });

    it('a refusal without its reason, or with a mandate', () => {
      expect(issuesOf(broken([['outcomes', 'refused', 'reason'], REMOVE]))).to.deep.equal([
        'reason outcomes.refused.reason',
      ]);
      expect(issuesOf(broken([['outcomes', 'refused', 'mandate'], true]))).to.deep.equal([
        'conflict outcomes.refused.mandate',
      ]);
    });

    it('things that are not trees at all', () => {
      for (const v of [null, undefined, 42, 'tree', [], true]) expect(issuesOf(v), String(v)).to.have.length(1);
      expect(checkTree([]).issues[0]!.message).to.contain('got a list');
    });

    it('an object that throws when read', () => {
      const nasty = new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('no keys for you');
          },
          get: () => {
            throw new Error('no');
          },
        },
      );
      const r = checkTree(nasty);
      expect(r.ok).to.equal(false);
      expect(r.issues[0]!.code).to.equal('unreadable');
    });
  });

  // How fast is for `npm run bench`; a timed assertion would fail on a busy machine.
  it('checks a 1,000-question tree, and a 20,000-question chain without overflowing the stack', () => {
    expect(checkTree(chain(1000)).ok).to.equal(true);
    expect(checkTree(chain(20_000)).ok).to.equal(true);
    const looped = chain(20_000);
    setField(looped, ['questions', 'q19999', 'options', 0, 'next'], 'q0');
    const r = checkTree(looped);
    expect(r.issues.map((i) => i.code)).to.deep.equal(['cycle', 'unreachable']);
    expect(r.issues[0]!.message).to.contain('(q0 → q1 → q2 → … → q19997 → q19998 → q19999 → q0)');
  });

  describe('properties', () => {
    it('random valid trees pass the checker and every walk reaches an outcome', () => {
      fc.assert(
        fc.property(validTree, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (tree, picks) => {
          expect(checkTree(tree).issues).to.deep.equal([]);
          let answers: ReturnType<typeof replay>['answers'] = [];
          for (let step = 0; step <= Object.keys(tree.questions).length; step++) {
            const pos = replay(tree, answers);
            if (pos.outcome) return true;
            const options = pos.question!.options;
            answers = choose(tree, answers, at(options, at(picks, step % picks.length) % options.length).id);
          }
          return false;
        }),
        { numRuns: 300 },
      );
    });

    // The n-th question, outcome and option of a tree (n wraps around), and where they lie.
    const nth = (ids: string[], n: number, what: string) => at(ids, n % ids.length, what);
    const questionId = (t: TreeDefinition, n: number) => nth(Object.keys(t.questions), n, 'question');
    const outcomeId = (t: TreeDefinition, n: number) => nth(Object.keys(t.outcomes), n, 'outcome');
    const question = (t: TreeDefinition, n: number) => pick(t.questions, questionId(t, n), 'question');
    const optionPath = (t: TreeDefinition, n: number): Path => [
      'questions',
      questionId(t, n),
      'options',
      n % question(t, n).options.length,
    ];
    const mutations: Array<[string, (t: TreeDefinition, n: number) => void]> = [
      ['dangling next', (t, n) => setField(t, [...optionPath(t, n), 'next'], 'nowhere')],
      ['self loop', (t, n) => setField(t, [...optionPath(t, n), 'next'], questionId(t, n))],
      ['back edge to the start', (t, n) => setField(t, [...optionPath(t, n), 'next'], t.start)],
      [
        'orphan question',
        (t) =>
          setField(t, ['questions', 'orphan'], {
            text: 'Seule',
            options: [{ id: 'x', label: 'X', next: outcomeId(t, 0) }],
          }),
      ],
      ['orphan outcome', (t) => setField(t, ['outcomes', 'lost'], { text: 'Perdu', mandate: false })],
      [
        'outcome named like a question',
        (t, n) => setField(t, ['outcomes', questionId(t, n)], { text: 'Doublon', mandate: false }),
      ],
      [
        'duplicate option id',
        (t, n) => {
          const o = question(t, n);
          o.options.push({ ...at(o.options, 0, 'option') });
        },
      ],
      ['start removed', (t) => (t.start = 'gone')],
      ['no French', (t, n) => setField(t, ['questions', questionId(t, n), 'text'], { en: 'No French' })],
      ['empty label', (t, n) => setField(t, [...optionPath(t, n), 'label'], '  ')],
      ['wrong type', (t, n) => setField(t, ['outcomes', outcomeId(t, n), 'mandate'], 'yes')],
      ['no options', (t, n) => (question(t, n).options = [])],
      ['questions removed', (t) => setField(t, ['questions'], REMOVE)],
      [
        'refusal without reason',
        (t, n) => {
          const o = ['outcomes', outcomeId(t, n)];
          setField(t, [...o, 'refused'], true);
          setField(t, [...o, 'mandate'], false);
          setField(t, [...o, 'reason'], REMOVE);
        },
      ],
      ['bad id', (t, n) => setField(t, [...optionPath(t, n), 'id'], '1 bad id')],
      ['null instead of a question', (t, n) => setField(t, ['questions', questionId(t, n)], null)],
    ];

    it('every mutation of a valid tree yields an issue, never an exception', () => {
      fc.assert(
        fc.property(validTree, fc.constantFrom(...mutations), fc.nat(), (tree, [, mutate], n) => {
          const t = structuredClone(tree);
          mutate(t, n);
          const r = checkTree(t);
          return (
            !r.ok && r.issues.length > 0 && r.issues.every((i) => typeof i.path === 'string' && i.message.length > 0)
          );
        }),
        { numRuns: 500 },
      );
    });

    it('any JSON value at all gets an answer, never an exception', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.jsonValue(),
            fc.anything(),
            validTree.chain((t) =>
              fc.constant(JSON.parse(JSON.stringify(t, (_k, v) => (typeof v === 'string' && v.length === 2 ? 7 : v)))),
            ),
          ),
          (v) => {
            const r = checkTree(v);
            return typeof r.ok === 'boolean' && Array.isArray(r.issues);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});

export type { TreeDefinition };
