import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../support/env.js';
import { differences, select, shortHash, widerScope } from '../../src/access-grants/grants.js';
import { windowOf } from '../../src/core/list-window.js';
import type { Grant } from '../../src/model/grant.js';
import { at } from '../support/at.js';

const base: Grant = {
  id: 'g',
  mandateId: 'm',
  direction: 'given',
  mandatary: { givenName: 'A', familyName: 'B', email: 'a@example.com' },
  service: 'Espace client',
  scope: { contracts: 'one', contractIds: ['C-1'] },
  status: 'active',
  createdAt: '2025-01-01T00:00:00Z',
};

describe('access-grants logic', () => {
  describe('requested versus granted', () => {
    it('finds nothing when there is no request on record, or it matches', () => {
      expect(differences(base, '2025-02-01').items).to.deep.equal([]);
      expect(
        differences(
          {
            ...base,
            requested: {
              service: 'Espace client',
              scope: { contracts: 'one', contractIds: ['C-1'], includeFuture: false },
            },
          },
          '2025-02-01',
        ).items,
      ).to.deep.equal([]);
    });

    it('flags more contracts, another service and a later end as exceeding', () => {
      const wider = differences(
        { ...base, scope: { contracts: 'all' }, requested: { service: 'Espace client', scope: base.scope } },
        '2025-02-01',
      );
      expect(wider.exceeds).to.equal(true);
      expect(wider.items.map((d) => d.kind)).to.deep.equal(['contracts']);
      const service = differences(
        { ...base, service: 'Sinistres', requested: { service: 'Espace client', scope: base.scope } },
        '2025-02-01',
      );
      expect(service).to.deep.equal({
        items: [{ kind: 'service', requested: 'Espace client', granted: 'Sinistres' }],
        exceeds: true,
      });
      const later = differences(
        {
          ...base,
          validUntil: '2026-12-31',
          requested: { service: 'Espace client', scope: base.scope, validUntil: '2025-12-31' },
        },
        '2025-02-01',
      );
      expect(later.exceeds).to.equal(true);
      const noEnd = differences(
        { ...base, requested: { service: 'Espace client', scope: base.scope, validUntil: '2025-12-31' } },
        '2025-02-01',
      );
      expect(noEnd.exceeds).to.equal(true);
    });

    it('reports a narrower access as a difference that does not exceed', () => {
      const narrower = differences(
        {
          ...base,
          validUntil: '2025-06-30',
          requested: { service: 'Espace client', scope: { contracts: 'all' }, validUntil: '2025-12-31' },
        },
        '2025-02-01',
      );
      expect(narrower.items.map((d) => d.kind)).to.deep.equal(['contracts', 'until']);
      expect(narrower.exceeds).to.equal(false);
    });

    it('flags an access still open after the signed end date', () => {
      const past = differences({ ...base, validUntil: '2025-01-31' }, '2025-02-01');
      expect(past).to.deep.equal({ items: [{ kind: 'past', date: '2025-01-31' }], exceeds: true });
      expect(differences({ ...base, status: 'expired', validUntil: '2025-01-31' }, '2025-02-01').items).to.deep.equal(
        [],
      );
    });

    it('widerScope: adding future contracts or a contract not asked for is wider; the same scope never is', () => {
      expect(widerScope({ contracts: 'all' }, { contracts: 'all', includeFuture: true })).to.equal(true);
      expect(
        widerScope({ contracts: 'listed', contractIds: ['A', 'B'] }, { contracts: 'listed', contractIds: ['B', 'C'] }),
      ).to.equal(true);
      expect(
        widerScope({ contracts: 'listed', contractIds: ['A', 'B'] }, { contracts: 'one', contractIds: ['B'] }),
      ).to.equal(false);
      const scope = fc.record({
        contracts: fc.constantFrom('all' as const, 'one' as const, 'listed' as const),
        contractIds: fc.array(fc.constantFrom('A', 'B', 'C'), { maxLength: 3 }),
        includeFuture: fc.boolean(),
      });
      fc.assert(fc.property(scope, (s) => !widerScope(s, s)));
    });
  });

  it('select filters by status and service and sorts by request date, stably', () => {
    const g = (id: string, createdAt: string, status: Grant['status'], service = 'S') => ({
      ...base,
      id,
      createdAt,
      status,
      service,
    });
    const list = [
      g('a', '2025-01-02', 'active'),
      g('b', '2025-01-01', 'pending', 'T'),
      g('c', '2025-01-03', 'revoked'),
      g('d', '2025-01-02', 'active'),
    ];
    expect(select(list, { status: '', service: '', sort: 'newest' }).map((x) => x.id)).to.deep.equal([
      'c',
      'a',
      'd',
      'b',
    ]);
    expect(select(list, { status: '', service: '', sort: 'oldest' }).map((x) => x.id)).to.deep.equal([
      'b',
      'a',
      'd',
      'c',
    ]);
    expect(select(list, { status: 'active', service: 'S', sort: 'newest' }).map((x) => x.id)).to.deep.equal(['a', 'd']);
    expect(select(list, { status: '', service: 'T', sort: 'newest' }).map((x) => x.id)).to.deep.equal(['b']);
  });

  it('shortHash keeps the start and the end', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).to.equal('01234567…abcdef');
  });

  describe('windowOf', () => {
    it('covers the viewport plus the overscan, and accounts for every pixel left out', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 20, max: 400 }), { minLength: 1, maxLength: 500 }),
          fc.nat(100_000),
          fc.integer({ min: 100, max: 1200 }),
          (heights, top, viewport) => {
            const total = heights.reduce((a, b) => a + b, 0);
            const scroll = Math.min(top, Math.max(0, total - viewport));
            const w = windowOf(heights.length, (i) => at(heights, i), scroll, viewport, 200);
            const inside = heights.slice(w.start, w.end).reduce((a, b) => a + b, 0);
            expect(w.before + inside + w.after).to.equal(total);
            expect(w.end).to.be.greaterThan(w.start);
            // The visible band is inside what is rendered.
            expect(w.before <= scroll && w.before + inside >= Math.min(total, scroll + viewport)).to.equal(true);
          },
        ),
      );
    });

    it('keeps the last screenful when scrolled past the end (estimates were too generous)', () => {
      const w = windowOf(100, () => 50, 99_999, 500, 0);
      expect(w.end).to.equal(100);
      expect(w.start).to.equal(90);
      expect(w.before).to.equal(4500);
    });

    it('renders nothing for an empty list', () => {
      expect(windowOf(0, () => 50, 0, 500)).to.deep.equal({ start: 0, end: 0, before: 0, after: 0 });
    });
  });
});
