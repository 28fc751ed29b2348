// The gate measured from outside: pages of the site (iframes, same origin) load the kit
// and the reference server's stand-in tracker (a Matomo look-alike) declared inert, and
// we count the hits that really reach a server. The tracker's hits are pointed at the
// control server (`setTrackerUrl`), which records every request and lets this page read them.
import { expect } from '@open-wc/testing';
import '../support/env.js';
import { env, received, until } from '../support/env.js';
import { CHOICE_KEY, readCookie } from '../../src/audience-gate/choice.js';
import {
  checked,
  cleanSlate,
  clearCookies,
  frameElement,
  frameWindow,
  openPage,
  reload,
  sleep,
  switchOf,
} from './support.js';

const hits = async () => (await received('/analytics/collect')).length;
/** Lets any request already on its way arrive before we count. */
const settle = () => sleep(400);

function trackerParams(extra: Record<string, string> = {}): Record<string, string> {
  if (!env.origin) throw new Error('the reference server (and its stand-in tracker) is not running');
  return { tracker: `${env.origin}/analytics/tracker.js`, collect: `${env.control}/analytics/collect`, ...extra };
}

async function toggleIn(frame: HTMLIFrameElement, id?: string): Promise<void> {
  const el = frameElement(frame, id)!;
  switchOf(el).click();
  await el.updateComplete;
}

describe('gating the analytics scripts (pages with the stand-in tracker)', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('counts hits before opposing, none after, none on the next page load', async () => {
    const frame = await openPage('page.html', trackerParams());
    await until(async () => (await hits()) === 1, 'the page view of the first load');
    const w = frameWindow(frame);
    expect(Array.isArray(w._paq), 'the tracker runs').to.equal(false);
    expect(w.document.querySelectorAll('script[data-procura-state="live"]').length).to.equal(1);
    expect(w.document.cookie).to.match(/_pk_id\.1\./);

    (w._paq as { push(c: unknown[]): void }).push(['trackPageView']);
    await until(async () => (await hits()) === 2, 'a second page view');

    await toggleIn(frame);
    expect(checked(frameElement(frame)!)).to.equal('true');
    expect(w.document.cookie, 'the measurement cookie is gone').not.to.match(/_pk_id/);
    (w._paq as { push(c: unknown[]): void }).push(['trackPageView']);
    await settle();
    expect(await hits(), 'nothing after opposing').to.equal(2);

    // The next page load. The tracker's own opt-out cookie is removed first, so that only
    // the gate can keep the hits away: the tracker must not even load.
    document.cookie = 'mtm_consent_removed=; Max-Age=0; Path=/';
    await reload(frame);
    const next = frameWindow(frame);
    expect(frameElement(frame)!.source).to.equal('stored');
    expect(next.document.querySelectorAll('script[data-procura-state="live"]').length).to.equal(0);
    expect(Array.isArray(next._paq), 'the tracker never ran').to.equal(true);
    await settle();
    expect(await hits(), 'nothing on the next page load').to.equal(2);

    // Changing one's mind measures again, from the next page view on.
    await toggleIn(frame);
    await until(async () => (await hits()) === 3, 'the page view once the opposition is withdrawn');
  });

  it('sends nothing when the browser sends Global Privacy Control, and stores nothing', async () => {
    const frame = await openPage('page.html', trackerParams({ gpc: '1' }));
    const el = frameElement(frame)!;
    expect(el.source).to.equal('gpc');
    expect(checked(el)).to.equal('true');
    expect(Array.isArray(frameWindow(frame)._paq)).to.equal(true);
    await settle();
    expect(await hits()).to.equal(0);
    expect(readCookie(CHOICE_KEY)).to.equal(undefined);
    await reload(frame);
    await settle();
    expect(await hits()).to.equal(0);
  });

  it('a person who overrides GPC is measured', async () => {
    const frame = await openPage('page.html', trackerParams({ gpc: '1' }));
    await toggleIn(frame);
    expect(frameElement(frame)!.source).to.equal('user');
    await until(async () => (await hits()) === 1, 'the page view after the person chose to be measured');
  });

  it('keeps two tabs in step (BroadcastChannel): the other tab stops measuring at once', async () => {
    const a = await openPage('page.html', trackerParams());
    const b = await openPage('page.html', trackerParams());
    await until(async () => (await hits()) === 2, 'one page view per tab');
    const seen: unknown[] = [];
    frameElement(b)!.addEventListener('procura-opposition-change', (e) => seen.push(e.detail));

    await toggleIn(a);
    await until(() => checked(frameElement(b)!) === 'true', 'the other tab to follow');
    expect(seen).to.deep.equal([{ opposed: true, source: 'user' }]);
    (frameWindow(b)._paq as { push(c: unknown[]): void }).push(['trackPageView']);
    (frameWindow(a)._paq as { push(c: unknown[]): void }).push(['trackPageView']);
    await settle();
    expect(await hits()).to.equal(2);

    await toggleIn(b);
    await until(() => checked(frameElement(a)!) === 'false', 'the first tab to follow back');
  });

  it('follows another tab by the choice its event carries, even while the cookie it wrote is not readable here yet', async () => {
    // Chromium writes a cookie asynchronously: another tab's storage event can arrive before its
    // cookie is readable in this one (CI, under load: the first tab never followed back).
    const a = await openPage('page.html', trackerParams());
    await toggleIn(a);
    const el = frameElement(a)!;
    expect(checked(el)).to.equal('true');
    const stale = readCookie(CHOICE_KEY)!;
    const later = +stale.split('.')[1]! + 1000;
    // What the other tab's event brings (its choice), while this tab still reads the former cookie.
    frameWindow(a).dispatchEvent(
      new StorageEvent('storage', { key: CHOICE_KEY, newValue: `0.${later}`, storageArea: localStorage }),
    );
    frameWindow(a).dispatchEvent(
      new StorageEvent('storage', {
        key: CHOICE_KEY,
        newValue: null,
        oldValue: `0.${later}`,
        storageArea: localStorage,
      }),
    );
    expect(readCookie(CHOICE_KEY)).to.equal(stale);
    await until(() => checked(el) === 'false', 'the tab to follow the choice its event carries');
    expect(el.source).to.equal('user');
  });

  it('keeps two tabs in step with localStorage through the storage event alone (no BroadcastChannel)', async () => {
    const a = await openPage('page.html', { storage: 'local', nobc: '1' });
    const b = await openPage('page.html', { storage: 'local', nobc: '1' });
    expect(typeof frameWindow(a).BroadcastChannel).to.equal('undefined');
    await toggleIn(a);
    expect(localStorage.getItem(CHOICE_KEY)).to.match(/^1\.\d+$/);
    await until(() => checked(frameElement(b)!) === 'true', 'the other tab to follow through the storage event');
  });
});

describe('under a strict CSP with Trusted Types', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('activates the inert script through the "procura" policy, with no violation; both elements work and agree', async () => {
    const frame = await openPage('csp-strict.html');
    const w = frameWindow(frame);
    await until(() => w.__trackerRuns === 1, 'the tracker to run');
    const live = w.document.querySelector('script[data-procura-state="live"]') as HTMLScriptElement;
    expect(live.src).to.match(/local-tracker\.js$/);
    const policy = frameElement(frame, 'policy-opposition')!;
    await policy.updateComplete;
    expect(policy.shadowRoot!.adoptedStyleSheets.length, 'styles are adopted, not inline').to.be.greaterThan(0);
    await toggleIn(frame);
    await policy.updateComplete;
    expect(checked(policy)).to.equal('true');
    expect(w.__violations).to.deep.equal([]);
    await reload(frame);
    await sleep(100);
    expect(frameWindow(frame).__trackerRuns).to.equal(undefined);
    expect(frameWindow(frame).__violations).to.deep.equal([]);
  });

  it('gives an inline script the page nonce', async () => {
    const frame = await openPage('csp-nonce.html');
    const w = frameWindow(frame);
    await until(() => w.__inlineRuns === 1 && w.__trackerRuns === 1, 'both scripts to run');
    expect(w.__violations).to.deep.equal([]);
  });

  it('leaves the script inert, and says why, when the CSP forbids the policy; the switch still works', async () => {
    const frame = await openPage('csp-refuse.html');
    const w = frameWindow(frame);
    await sleep(200);
    expect(w.__trackerRuns).to.equal(undefined);
    expect(w.document.querySelector('script[data-procura-category]')!.getAttribute('data-procura-state')).to.equal(
      'refused',
    );
    await toggleIn(frame);
    expect(checked(frameElement(frame)!)).to.equal('true');
    clearCookies();
  });
});
