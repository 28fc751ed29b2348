// The audience gate alone on a page (issue 19): no <procura-cookie-opposition> defined, no Lit,
// only src/audience-gate (what dist/audience-gate.js holds). The stand-in tracker's hits go to
// the control server, which records what an analytics endpoint really receives.
import { expect } from '@open-wc/testing';
import '../support/env.js';
import { env, received, until } from '../support/env.js';
import { CHOICE_KEY, expiryOf, readCookie } from '../../src/audience-gate/choice.js';
import type { AudienceGate } from '../../src/audience-gate/gate.js';
import {
  checked,
  cleanSlate,
  frameElement,
  frameWindow,
  openGatePage,
  openPage,
  reloadGatePage,
  sleep,
  switchOf,
} from './support.js';

const hits = async () => (await received('/analytics/collect')).length;
/** Lets any request already on its way arrive before we count. */
const settle = () => sleep(400);
const DAY = 86_400_000;
const months = (t: number, n: number) => {
  const d = new Date(t);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.getTime();
};

function trackerParams(extra: Record<string, string> = {}): Record<string, string> {
  if (!env.origin) throw new Error('the reference server (and its stand-in tracker) is not running');
  return {
    gate: '1',
    tracker: `${env.origin}/analytics/tracker.js`,
    collect: `${env.control}/analytics/collect`,
    ...extra,
  };
}

/** The gate-only page: nothing of the element or of Lit was loaded. */
function expectGateAlone(frame: HTMLIFrameElement): void {
  const w = frameWindow(frame) as ReturnType<typeof frameWindow> & { litHtmlVersions?: unknown };
  expect(w.customElements.get('procura-cookie-opposition'), 'no element defined').to.equal(undefined);
  expect(w.litHtmlVersions, 'no Lit loaded').to.equal(undefined);
}

/** The state of the gate running in a frame (shared through Symbol.for, as a second copy of the kit would find it). */
const gateOf = (frame: HTMLIFrameElement) =>
  (frameWindow(frame) as unknown as Record<symbol, AudienceGate | undefined>)[Symbol.for('procura.audienceGate')];

const pushPageView = (frame: HTMLIFrameElement) =>
  (frameWindow(frame)._paq as { push(c: unknown[]): void }).push(['trackPageView']);

describe('the audience gate alone on a page (no element)', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('measures until the person opposes (in another tab, with the switch); then no hit, now or on the next load', async () => {
    const page = await openGatePage('gate-only.html', trackerParams());
    expectGateAlone(page);
    await until(async () => (await hits()) === 1, 'the page view of the gate-only page');
    expect(Array.isArray(frameWindow(page)._paq), 'the tracker runs').to.equal(false);
    expect(frameWindow(page).document.cookie).to.match(/_pk_id\.1\./);

    // The privacy page, open in another tab, holds the switch.
    const privacy = await openPage('page.html', trackerParams({ gate: '0' }));
    await until(async () => (await hits()) === 2, 'the page view of the privacy page');
    const el = frameElement(privacy)!;
    switchOf(el).click();
    await el.updateComplete;
    expect(checked(el)).to.equal('true');
    await until(() => gateOf(page)?.state.opposed === true, 'the gate-only tab to follow (BroadcastChannel)');

    expect(frameWindow(page).document.cookie, 'the measurement cookie is gone').not.to.match(/_pk_id/);
    pushPageView(page);
    await settle();
    expect(await hits(), 'nothing after opposing').to.equal(2);

    await reloadGatePage(page);
    await until(() => gateOf(page)?.state.source === 'stored', 'the gate to read the stored choice');
    expectGateAlone(page);
    expect(frameWindow(page).document.querySelectorAll('script[data-procura-state="live"]').length).to.equal(0);
    expect(Array.isArray(frameWindow(page)._paq), 'the tracker never ran').to.equal(true);
    await settle();
    expect(await hits(), 'nothing on the next page load').to.equal(2);

    // The person changes their mind on the privacy page: the gate-only tab measures again.
    switchOf(el).click();
    await el.updateComplete;
    await until(async () => (await hits()) === 3, 'the queued page view once the opposition is withdrawn');
  });

  it('sends nothing when the browser sends Global Privacy Control, and stores nothing', async () => {
    const page = await openGatePage('gate-only.html', trackerParams({ gpc: '1' }));
    expectGateAlone(page);
    await settle();
    expect(Array.isArray(frameWindow(page)._paq), 'the tracker never ran').to.equal(true);
    expect(await hits()).to.equal(0);
    expect(readCookie(CHOICE_KEY)).to.equal(undefined);
    await reloadGatePage(page);
    await settle();
    expect(await hits()).to.equal(0);
  });

  it('keeps a stored opposition 13 months from the choice, then measures again and forgets it', async () => {
    const now = Date.now();
    const at = months(now, -13) + 2 * DAY; // chosen 13 months ago, less two days: still valid
    expect(expiryOf(at)).to.be.greaterThan(now);
    document.cookie = `${CHOICE_KEY}=1.${at}; Path=/`;
    const page = await openGatePage('gate-only.html', trackerParams());
    await settle();
    expect(await hits(), 'the stored opposition holds').to.equal(0);
    expect(readCookie(CHOICE_KEY), 'read, not rewritten').to.equal(`1.${at}`);

    const old = months(now, -13) - DAY; // 13 months and a day ago: expired
    document.cookie = `${CHOICE_KEY}=1.${old}; Path=/`;
    await reloadGatePage(page);
    await until(async () => (await hits()) === 1, 'the page view once the choice has expired');
    expect(readCookie(CHOICE_KEY), 'removed: the person is asked again').to.equal(undefined);
  });

  it('reads its options from its data-* attributes: localStorage, and the cookies to delete', async () => {
    localStorage.setItem(CHOICE_KEY, `1.${Date.now()}`);
    document.cookie = '_hj_session=1; Path=/';
    document.cookie = 'site_pref=1; Path=/';
    const page = await openGatePage('gate-only.html', trackerParams({ storage: 'local', cookies: '_hj*' }));
    await until(() => !frameWindow(page).document.cookie.includes('_hj_session'), 'the configured cookie to go');
    expect(frameWindow(page).document.cookie, 'other cookies stay').to.include('site_pref=1');
    await settle();
    expect(await hits()).to.equal(0);
  });
});

describe('the audience gate alone under a strict CSP with Trusted Types', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('activates the inert script through the "procura" policy, with no inline script and no violation', async () => {
    const page = await openGatePage('csp-gate.html');
    const w = frameWindow(page);
    await until(() => w.__trackerRuns === 1, 'the tracker to run');
    expectGateAlone(page);
    expect(w.__violations).to.deep.equal([]);

    document.cookie = `${CHOICE_KEY}=1.${Date.now()}; Path=/`;
    await reloadGatePage(page);
    await sleep(100);
    expect(frameWindow(page).__trackerRuns).to.equal(undefined);
    expect(frameWindow(page).__violations).to.deep.equal([]);
  });
});
