// The gate's parts on this page, one at a time: what a script becomes, which cookies go, how long
// a choice holds, what the trackers are told. The whole gate on pages: test/cookie-opposition/.
import { expect } from '@open-wc/testing';
import { deleteCookies, expiryOf, readChoice, readCookie } from '../../src/audience-gate/choice.js';
import { activateAll } from '../../src/audience-gate/scripts.js';
import { tellTrackers } from '../../src/audience-gate/trackers.js';

const DAY = 86_400_000;
type Win = typeof window & { __partsRan?: string[]; dataLayer?: unknown[] } & Record<string, unknown>;
const w = window as Win;

function inert(attrs: Record<string, string>, text = ''): HTMLScriptElement {
  const s = document.createElement('script');
  s.type = 'text/plain';
  s.setAttribute('data-procura-category', 'parts');
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
  s.text = text;
  document.head.append(s);
  return s;
}
const stateOf = (s: Element) => s.getAttribute('data-procura-state');

describe('activating the inert scripts', () => {
  afterEach(() => {
    document.querySelectorAll('script[data-procura-category="parts"]').forEach((s) => s.remove());
    delete w.__partsRan;
  });

  it('runs an inline one once, with its attributes and the type it asked for', async () => {
    const s = inert({ id: 'inline-one', 'data-procura-type': 'module' }, '(window.__partsRan ??= []).push("inline")');
    activateAll('parts');
    activateAll('parts');
    const live = s.nextElementSibling as HTMLScriptElement;
    expect(stateOf(s)).to.equal('active');
    expect(stateOf(live)).to.equal('live');
    expect(live.type).to.equal('module');
    expect(live.id).to.equal('inline-one');
    await new Promise((r) => setTimeout(r, 50));
    expect(w.__partsRan).to.deep.equal(['inline']);
  });

  it('loads an address relative to the page, in order unless it asked for async', () => {
    const s = inert({ src: './no-such-tracker.js' });
    const a = inert({ src: './no-such-tracker.js', async: '' });
    activateAll('parts');
    const live = s.nextElementSibling as HTMLScriptElement;
    expect(live.src).to.equal(new URL('./no-such-tracker.js', document.baseURI).href);
    expect(live.async).to.equal(false);
    expect((a.nextElementSibling as HTMLScriptElement).async).to.equal(true);
  });

  it('refuses any address that is not http(s), and says so', () => {
    const errors: unknown[][] = [];
    const was = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const s = inert({ src: 'data:text/javascript,(window.__partsRan ??= []).push("data")' });
      activateAll('parts');
      expect(stateOf(s)).to.equal('refused');
      expect(s.nextElementSibling?.getAttribute('data-procura-state') ?? null).to.equal(null);
      expect(String(errors[0]?.[0])).to.equal('[procura] CSP: trusted-types procura');
    } finally {
      console.error = was;
    }
    expect(w.__partsRan).to.equal(undefined);
  });
});

describe('the stored choice', () => {
  afterEach(() => deleteCookies(['parts_*']));

  it('holds 13 calendar months from the moment of the choice (31 January → the end of February)', () => {
    expect(new Date(expiryOf(Date.UTC(2024, 0, 31, 10))).toISOString()).to.equal('2025-02-28T10:00:00.000Z');
    expect(new Date(expiryOf(Date.UTC(2023, 0, 31))).toISOString()).to.equal('2024-02-29T00:00:00.000Z');
    expect(new Date(expiryOf(Date.UTC(2024, 4, 15, 8, 30))).toISOString()).to.equal('2025-06-15T08:30:00.000Z');
  });

  it('is read while valid; garbled, expired or future-dated it is removed', () => {
    const now = Date.now();
    document.cookie = `parts_a=1.${now - DAY}; Path=/`;
    expect(readChoice('cookie', 'parts_a', now)).to.deep.equal({ opposed: true, at: now - DAY });
    document.cookie = `parts_a=0.${now}; Path=/`;
    expect(readChoice('cookie', 'parts_a', now)).to.deep.equal({ opposed: false, at: now });
    for (const bad of ['2.1', 'x', `1.${now + 2 * DAY}`, `1.${now - 400 * DAY}`, '1.']) {
      document.cookie = `parts_a=${bad}; Path=/`;
      expect(readChoice('cookie', 'parts_a', now), bad).to.equal(undefined);
      expect(readCookie('parts_a'), bad).to.equal(undefined);
    }
    expect(readChoice('cookie', 'parts_none', now)).to.equal(undefined);
  });
});

describe('deleting cookies', () => {
  it('deletes the names matching a pattern, `*` a wildcard and every other character as written', () => {
    for (const n of ['parts_x.1', 'parts_xa1', 'parts_y_1', 'parts_y_2', 'parts_yz', 'other'])
      document.cookie = `${n}=1; Path=/`;
    deleteCookies(['parts_x.1', 'parts_y_*']);
    const left = document.cookie.split('; ').map((c) => c.split('=')[0] ?? '');
    expect(left).to.include.members(['parts_xa1', 'parts_yz', 'other']);
    expect(left).not.to.include.members(['parts_x.1']);
    expect(left.filter((n) => n.startsWith('parts_y_'))).to.deep.equal([]);
    deleteCookies(['parts_*', 'other']);
    expect(document.cookie.split('; ').filter((c) => /^(parts_|other=)/.test(c))).to.deep.equal([]);
  });
});

describe('telling the trackers', () => {
  afterEach(() => {
    delete w.dataLayer;
    for (const k of Object.keys(w)) if (k.startsWith('ga-disable-')) delete w[k];
  });

  it('disables the GA4 ids given and those the page configured, and only GA4 ids', () => {
    w.dataLayer = [['js', new Date()], ['config', 'G-PAGE1'], ['config', 'AW-123'], null, { event: 'x' }];
    tellTrackers(true, ['G-GIVEN', 'UA-1']);
    expect([w['ga-disable-G-GIVEN'], w['ga-disable-G-PAGE1']]).to.deep.equal([true, true]);
    expect(['ga-disable-AW-123', 'ga-disable-UA-1'].map((k) => k in w)).to.deep.equal([false, false]);
    tellTrackers(false, ['G-GIVEN']);
    expect([w['ga-disable-G-GIVEN'], w['ga-disable-G-PAGE1']]).to.deep.equal([false, false]);
  });
});
