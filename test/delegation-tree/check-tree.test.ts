import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../support/env.js';
import { checkTree } from '../../src/delegation-tree/check-tree.js';
import { choose, replay } from '../../src/delegation-tree/walk.js';
import { builtInTrees } from '../../src/delegation-tree/trees/index.js';
import type { TreeDefinition } from '../../src/model/tree.js';
import { chain, tiny, validTree } from './trees.js';

type Mutable = Record<string, any>;
const issuesOf = (def: unknown) => checkTree(def).issues.map((i) => `${i.code} ${i.path}`);
const messageAt = (def: unknown, path: string) => checkTree(def).issues.find((i) => i.path === path)?.message ?? '';

/** Applies `f` to a fresh tiny tree and returns it. */
const broken = (f: (t: Mutable) => void): unknown => {
  const t = tiny() as Mutable;
  f(t);
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

  it('accepts a valid tree and gives it back', () => {
    const r = checkTree(tiny());
    expect(r.ok).to.equal(true);
    expect(r.tree?.start).to.equal('person');
  });

  describe('reports each problem with its path and its own message', () => {
    it('a dangling next', () => {
      const def = broken((t) => (t.questions.person.options[1].next = 'nowhere'));
      expect(issuesOf(def)).to.deep.equal([
        'dangling questions.person.options[1].next',
        'unreachable outcomes.company',
      ]);
      expect(messageAt(def, 'questions.person.options[1].next')).to.equal(
        '"nowhere" is neither a question nor an outcome of this tree',
      );
    });

    it('a cycle', () => {
      const def = broken((t) => (t.questions.for.options[1].next = 'person'));
      expect(issuesOf(def)).to.deep.equal(['cycle questions.for.options[1].next', 'unreachable outcomes.refused']);
      expect(messageAt(def, 'questions.for.options[1].next')).to.contain('(person → for → person)');
    });

    it('a question that answers to itself', () => {
      const def = broken((t) => (t.questions.for.options[0].next = 'for'));
      expect(issuesOf(def)).to.include('cycle questions.for.options[0].next');
    });

    it('an unreachable question and an unreachable outcome', () => {
      const def = broken((t) => {
        t.questions.orphan = { text: 'Seule ?', options: [{ id: 'x', label: 'X', next: 'self' }] };
        t.outcomes.lost = { text: 'Perdu', mandate: false };
      });
      expect(issuesOf(def)).to.deep.equal(['unreachable questions.orphan', 'unreachable outcomes.lost']);
      expect(messageAt(def, 'questions.orphan')).to.equal(
        'no answer leads to question "orphan" from the start "person"',
      );
      expect(messageAt(def, 'outcomes.lost')).to.equal('no answer leads to outcome "lost"');
    });

    it('an id used by a question and an outcome', () => {
      const def = broken((t) => (t.outcomes.for = { text: 'Doublon', mandate: false }));
      expect(issuesOf(def)).to.deep.equal(['duplicate outcomes.for']);
      expect(messageAt(def, 'outcomes.for')).to.contain('is both a question and an outcome');
    });

    it('two options with the same id', () => {
      const def = broken((t) => (t.questions.person.options[1].id = 'natural'));
      expect(issuesOf(def)).to.deep.equal(['duplicate questions.person.options[1].id']);
      expect(messageAt(def, 'questions.person.options[1].id')).to.equal(
        'option id "natural" is already used by options[0] of the same question',
      );
    });

    it('no outcomes at all, or an empty list of them', () => {
      expect(issuesOf(broken((t) => delete t.outcomes))).to.deep.equal(['required outcomes']);
      expect(issuesOf(broken((t) => (t.outcomes = {})))).to.deep.equal(['min outcomes']);
    });

    it('a text without French', () => {
      const def = broken((t) => (t.questions.person.text = { nl: 'Wie bent u?', en: 'Who are you?' }));
      expect(issuesOf(def)).to.deep.equal(['fallback questions.person.text.fr']);
      expect(messageAt(def, 'questions.person.text.fr')).to.contain('French text is required');
    });

    it('wrong types', () => {
      const def = broken((t) => {
        t.outcomes.self.mandate = 'non';
        t.questions.for.options = 'self';
        t.version = 2;
      });
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
      expect(issuesOf(broken((t) => (t.start = 'debut')))).to.include('dangling start');
      expect(issuesOf(broken((t) => (t.start = 'self')))).to.include('start start');
    });

    it('a refusal without its reason, or with a mandate', () => {
      expect(issuesOf(broken((t) => delete t.outcomes.refused.reason))).to.deep.equal([
        'reason outcomes.refused.reason',
      ]);
      expect(issuesOf(broken((t) => (t.outcomes.refused.mandate = true)))).to.deep.equal([
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
    const looped = chain(20_000) as Mutable;
    looped.questions.q19999.options[0].next = 'q0';
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
            answers = choose(tree, answers, options[picks[step % picks.length] % options.length].id);
          }
          return false;
        }),
        { numRuns: 300 },
      );
    });

    const mutations: Array<[string, (t: Mutable, n: number) => void]> = [
      ['dangling next', (t, n) => (pickOption(t, n).next = 'nowhere')],
      [
        'self loop',
        (t, n) => {
          const [q, o] = pickQuestion(t, n);
          o.options[n % o.options.length].next = q;
        },
      ],
      ['back edge to the start', (t, n) => (pickOption(t, n).next = t.start)],
      [
        'orphan question',
        (t) =>
          (t.questions.orphan = {
            text: 'Seule',
            options: [{ id: 'x', label: 'X', next: Object.keys(t.outcomes)[0] }],
          }),
      ],
      ['orphan outcome', (t) => (t.outcomes.lost = { text: 'Perdu', mandate: false })],
      [
        'outcome named like a question',
        (t, n) => (t.outcomes[pickQuestion(t, n)[0]] = { text: 'Doublon', mandate: false }),
      ],
      [
        'duplicate option id',
        (t, n) => {
          const o = pickQuestion(t, n)[1];
          o.options.push({ ...o.options[0] });
        },
      ],
      ['start removed', (t) => (t.start = 'gone')],
      ['no French', (t, n) => (pickQuestion(t, n)[1].text = { en: 'No French' })],
      ['empty label', (t, n) => (pickOption(t, n).label = '  ')],
      [
        'wrong type',
        (t, n) => (t.outcomes[Object.keys(t.outcomes)[n % Object.keys(t.outcomes).length]].mandate = 'yes'),
      ],
      ['no options', (t, n) => (pickQuestion(t, n)[1].options = [])],
      ['questions removed', (t) => delete t.questions],
      [
        'refusal without reason',
        (t, n) => {
          const o = t.outcomes[Object.keys(t.outcomes)[n % Object.keys(t.outcomes).length]];
          o.refused = true;
          o.mandate = false;
          delete o.reason;
        },
      ],
      ['bad id', (t, n) => (pickOption(t, n).id = '1 bad id')],
      ['null instead of a question', (t, n) => (t.questions[pickQuestion(t, n)[0]] = null)],
    ];
    const pickQuestion = (t: Mutable, n: number): [string, Mutable] => {
      const ids = Object.keys(t.questions);
      const q = ids[n % ids.length];
      return [q, t.questions[q]];
    };
    const pickOption = (t: Mutable, n: number) => {
      const q = pickQuestion(t, n)[1];
      return q.options[n % q.options.length];
    };

    it('every mutation of a valid tree yields an issue, never an exception', () => {
      fc.assert(
        fc.property(validTree, fc.constantFrom(...mutations), fc.nat(), (tree, [, mutate], n) => {
          const t = structuredClone(tree) as Mutable;
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
