import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, received, until } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import '../../src/define/cookie-opposition.js';
import type { ProcuraCookieOpposition } from '../../src/cookie-opposition/cookie-opposition.js';
import { resetAudienceGate } from '../../src/audience-gate/gate.js';
import { CHOICE_KEY, expiryOf, readCookie } from '../../src/audience-gate/choice.js';
import { checked, cleanSlate, cookieNames, switchOf, textOf } from './support.js';

type El = ProcuraCookieOpposition;
const DAY = 86_400_000;
const months = (at: number, n: number) => {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.getTime();
};
const events = (el: HTMLElement) => {
  const seen: Array<{ opposed: boolean; source: string }> = [];
  el.addEventListener('procura-opposition-change', (e) => seen.push(e.detail));
  return seen;
};
async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}
async function clickOn(node: Element): Promise<void> {
  const r = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}
/** Sets the browser up as one sending Global Privacy Control (a browser API, not the kit). */
function withGpc(): () => void {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });
  return () => void delete (Navigator.prototype as { globalPrivacyControl?: boolean }).globalPrivacyControl;
}

describe('<procura-cookie-opposition>', () => {
  beforeEach(cleanSlate);
  after(cleanSlate); // leave no choice behind for the next test file (same origin)
  afterEach(() => {
    document.documentElement.lang = 'fr';
    delete (window as { __gateRuns?: number }).__gateRuns;
  });

  describe('what a person sees', () => {
    it('a labelled switch and the plain statement: what, by whom, how long, what opposing does', async () => {
      const el = await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      const sw = switchOf(el);
      expect(sw.tagName).to.equal('BUTTON');
      expect(checked(el)).to.equal('false');
      expect(sw.getAttribute('aria-label')).to.equal('Je m’oppose à la mesure d’audience');
      expect(textOf(el, 'label[for="switch"]')).to.equal('Je m’oppose à la mesure d’audience');
      const statement = textOf(el, '[part="statement"]');
      for (const words of [
        'Ce qui est mesuré',
        'Par qui',
        'Pour combien de temps',
        '13 mois',
        'Si vous vous opposez',
        'plus rien vous concernant',
      ])
        expect(statement).to.contain(words);
      expect(textOf(el, '[part="status"]')).to.equal('Votre visite est mesurée.');
      await expect(el).to.be.accessible();
    });

    it('the compact variant: one sentence, the switch and a link to the policy', async () => {
      const footer = await fixture(
        html`<footer style="width: 56rem"><procura-cookie-opposition compact policy-url="/privacy.html"></procura-cookie-opposition></footer>`,
      );
      const el = footer.firstElementChild as El;
      expect(textOf(el, '[part="statement"]')).to.equal('Ce site mesure son audience, sans vous identifier.');
      expect(textOf(el, 'label')).to.equal('Je m’oppose');
      expect(switchOf(el).getAttribute('aria-label')).to.equal('Je m’oppose à la mesure d’audience');
      const more = el.shadowRoot!.querySelector('a[part="more"]')!;
      expect(more.getAttribute('href')).to.equal('/privacy.html');
      expect(more.getAttribute('aria-label')).to.equal('En savoir plus sur la mesure d’audience');
      expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
      // One line in a footer: as high as the switch, reserved by the host itself.
      expect(el.getBoundingClientRect().height).to.be.within(44, 70);
      await expect(el).to.be.accessible();
    });

    it('draws the stored choice in its first render (no flash, no layout shift)', async () => {
      document.cookie = `${CHOICE_KEY}=1.${Date.now() - DAY}; Path=/`;
      const el = document.createElement('procura-cookie-opposition') as El;
      const renders: string[] = [];
      const orig = el['updated'].bind(el);
      (el as unknown as { updated: (c: Map<string, unknown>) => void }).updated = (c) => {
        renders.push(switchOf(el).getAttribute('aria-checked')!);
        orig(c);
      };
      document.body.append(el);
      await el.updateComplete;
      expect(renders).to.deep.equal(['true']);
      expect(el.source).to.equal('stored');
      expect(textOf(el, '[part="status"]')).to.contain('Vous vous opposez à la mesure d’audience');
      el.remove();
    });

    for (const lang of ['fr', 'fr-BE', 'nl', 'nl-BE', 'en']) {
      it(`is accessible in every state, compact and full, in ${lang}`, async () => {
        const restore = withGpc();
        try {
          for (const compact of [false, true]) {
            resetAudienceGate();
            document.cookie = `${CHOICE_KEY}=; Max-Age=0; Path=/`;
            // GPC, not chosen
            const el = await fixture<El>(
              html`<procura-cookie-opposition lang=${lang} ?compact=${compact} policy-url="/p"></procura-cookie-opposition>`,
            );
            expect(checked(el)).to.equal('true');
            if (!compact) expect(textOf(el, '[part="status"]')).not.to.contain('cookie.');
            await expect(el).to.be.accessible();
            // The person overrides GPC: measured, with the date of the choice
            await el.toggle();
            await el.updateComplete;
            expect(checked(el)).to.equal('false');
            await expect(el).to.be.accessible();
            // Opposed by choice
            await el.toggle();
            await el.updateComplete;
            expect(checked(el)).to.equal('true');
            await expect(el).to.be.accessible();
            // Disabled
            el.disabled = true;
            await el.updateComplete;
            await expect(el).to.be.accessible();
          }
        } finally {
          restore();
        }
      });
    }

    it('speaks the page language and follows it', async () => {
      const el = await fixture<El>(html`<procura-cookie-opposition lang="nl"></procura-cookie-opposition>`);
      expect(textOf(el, 'label')).to.equal('Ik maak bezwaar tegen de bezoekersmeting');
      expect(switchOf(el).getAttribute('aria-label')).to.equal('Ik maak bezwaar tegen de bezoekersmeting');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(textOf(el, 'label')).to.equal('I object to audience measurement');
      expect(textOf(el, '[part="status"]')).to.equal('Your visit is measured.');
    });

    it('says when the choice was made and when it will be asked again', async () => {
      const t0 = Date.UTC(2025, 0, 31, 10);
      const el = await fixture<El>(
        html`<procura-cookie-opposition lang="en" .now=${() => t0}></procura-cookie-opposition>`,
      );
      await el.toggle();
      await el.updateComplete;
      expect(textOf(el, '[part="status"]')).to.equal(
        'You object to audience measurement: your visit is not measured. Choice made on 31 January 2025; you will be asked again on 28 February 2026.',
      );
    });

    it('reports a bad configuration with the path of the bad field', async () => {
      const orig = console.error;
      console.error = () => undefined;
      try {
        const el = await fixture<El>(
          html`<procura-cookie-opposition><script type="application/json">{"cookies":["bad name!"]}</script></procura-cookie-opposition>`,
        );
        expect(textOf(el, '[part="error"]')).to.contain('cookies[0]');
        expect(el.shadowRoot!.querySelector('[role="switch"]')).to.equal(null);
      } finally {
        console.error = orig;
      }
    });
  });

  describe('preview (stories)', () => {
    it('shows a state without touching the page: nothing read, stored or activated', async () => {
      document.cookie = `${CHOICE_KEY}=1.${Date.now()}; Path=/`;
      const inert = Object.assign(document.createElement('script'), {
        type: 'text/plain',
        text: 'window.__gateRuns = 1;',
      });
      inert.setAttribute('data-procura-category', 'audience');
      document.head.append(inert);
      const el = await fixture<El>(
        html`<procura-cookie-opposition .preview=${{ opposed: true, source: 'gpc' }}></procura-cookie-opposition>`,
      );
      expect(checked(el)).to.equal('true');
      expect(textOf(el, '[part="status"]')).to.contain('Global Privacy Control');
      const seen = events(el);
      await clickOn(switchOf(el));
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
      expect(seen).to.deep.equal([{ opposed: false, source: 'user' }]);
      expect(readCookie(CHOICE_KEY)).to.match(/^1\./); // the stored choice is untouched
      expect((window as { __gateRuns?: number }).__gateRuns).to.equal(undefined);
      expect(inert.hasAttribute('data-procura-state')).to.equal(false);
    });
  });

  describe('keyboard and mouse', () => {
    it('Tab reaches the switch; Space and Enter toggle it; the state is announced by aria-checked', async () => {
      const el = await fixture<El>(
        html`<procura-cookie-opposition compact policy-url="/p"></procura-cookie-opposition>`,
      );
      const seen = events(el);
      await press('Tab');
      expect(el.shadowRoot!.activeElement === switchOf(el)).to.equal(true);
      await press('Space');
      await el.updateComplete;
      expect(checked(el)).to.equal('true');
      expect(readCookie(CHOICE_KEY)).to.match(/^1\.\d+$/);
      await press('Enter');
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
      expect(readCookie(CHOICE_KEY)).to.match(/^0\.\d+$/);
      expect(seen).to.deep.equal([
        { opposed: true, source: 'user' },
        { opposed: false, source: 'user' },
      ]);
      await press('Tab');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('more');
    });

    it('a click on the switch or on its visible label toggles it', async () => {
      const el = await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      await clickOn(switchOf(el));
      await el.updateComplete;
      expect(checked(el)).to.equal('true');
      await clickOn(el.shadowRoot!.querySelector('label')!);
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
    });

    it('does nothing while disabled', async () => {
      const el = await fixture<El>(html`<procura-cookie-opposition disabled></procura-cookie-opposition>`);
      await clickOn(switchOf(el));
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
      expect(cookieNames()).not.to.include(CHOICE_KEY);
    });
  });

  describe('the choice, kept first-party', () => {
    it('writes nothing before the person chooses', async () => {
      await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      resetAudienceGate();
      await fixture<El>(html`<procura-cookie-opposition storage="local"></procura-cookie-opposition>`);
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
    });

    it('is a cookie procura_audience_opposition, SameSite=Lax, with the choice time, by default', async () => {
      const t0 = Date.now();
      const el = await fixture<El>(html`<procura-cookie-opposition .now=${() => t0}></procura-cookie-opposition>`);
      await el.toggle();
      expect(readCookie(CHOICE_KEY)).to.equal(`1.${t0}`);
      expect(localStorage.length).to.equal(0);
    });

    it('or localStorage with storage="local"', async () => {
      const t0 = Date.now();
      const el = await fixture<El>(
        html`<procura-cookie-opposition storage="local" .now=${() => t0}></procura-cookie-opposition>`,
      );
      await el.toggle();
      expect(localStorage.getItem(CHOICE_KEY)).to.equal(`1.${t0}`);
      expect(cookieNames()).not.to.include(CHOICE_KEY);
    });

    for (const storage of ['cookie', 'local'] as const) {
      it(`lasts 13 months from the choice, never extended by a visit (${storage})`, async () => {
        const raw = () =>
          storage === 'cookie' ? readCookie(CHOICE_KEY) : (localStorage.getItem(CHOICE_KEY) ?? undefined);
        const visit = async (at: number) => {
          resetAudienceGate(); // the next page load: a fresh gate reads the stored choice
          return fixture<El>(
            html`<procura-cookie-opposition storage=${storage} .now=${() => at}></procura-cookie-opposition>`,
          );
        };
        const t0 = Date.now();
        const first = await visit(t0);
        await first.toggle();
        expect(raw()).to.equal(`1.${t0}`);

        const later = await visit(months(t0, 12));
        expect(later.source).to.equal('stored');
        expect(checked(later)).to.equal('true');
        expect(raw()).to.equal(`1.${t0}`); // read, not rewritten

        const lastDay = await visit(expiryOf(t0) - DAY);
        expect(lastDay.source).to.equal('stored');
        expect(raw()).to.equal(`1.${t0}`);

        const expired = await visit(months(t0, 13) + DAY);
        expect(expired.source).to.equal(undefined);
        expect(checked(expired)).to.equal('false');
        expect(textOf(expired, '[part="status"]')).to.equal('Votre visite est mesurée.');
        expect(raw()).to.equal(undefined); // removed: the person is asked again
      });
    }

    it('ignores a stored choice dated in the future (tampered)', async () => {
      document.cookie = `${CHOICE_KEY}=1.${Date.now() + 30 * DAY}; Path=/`;
      const el = await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      expect(checked(el)).to.equal('false');
      expect(readCookie(CHOICE_KEY)).to.equal(undefined);
    });

    it('announces a stored choice on load with source "stored"', async () => {
      document.cookie = `${CHOICE_KEY}=1.${Date.now()}; Path=/`;
      const seen: unknown[] = [];
      const onChange = (e: Event) => seen.push((e as CustomEvent).detail);
      document.addEventListener('procura-opposition-change', onChange);
      try {
        await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      } finally {
        document.removeEventListener('procura-opposition-change', onChange);
      }
      expect(seen).to.deep.equal([{ opposed: true, source: 'stored' }]);
    });
  });

  describe('Global Privacy Control', () => {
    it('counts as an opposition (source "gpc") and writes nothing', async () => {
      const restore = withGpc();
      try {
        const el = await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
        expect(el.opposed).to.equal(true);
        expect(el.source).to.equal('gpc');
        expect(textOf(el, '[part="status"]')).to.contain('Global Privacy Control');
        expect(document.cookie).to.equal('');
      } finally {
        restore();
      }
    });

    it('unless the person chose otherwise', async () => {
      const restore = withGpc();
      try {
        document.cookie = `${CHOICE_KEY}=0.${Date.now()}; Path=/`;
        const el = await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
        expect(el.opposed).to.equal(false);
        expect(el.source).to.equal('stored');
      } finally {
        restore();
      }
    });

    it('respect-gpc="false" turns it off', async () => {
      const restore = withGpc();
      try {
        const el = await fixture<El>(html`<procura-cookie-opposition respect-gpc="false"></procura-cookie-opposition>`);
        expect(el.opposed).to.equal(false);
        expect(el.source).to.equal(undefined);
      } finally {
        restore();
      }
    });
  });

  describe('two elements on one page', () => {
    it('stay in sync: the footer and the privacy page', async () => {
      const wrap = await fixture(html`<div>
        <procura-cookie-opposition id="policy"></procura-cookie-opposition>
        <procura-cookie-opposition id="footer" compact></procura-cookie-opposition>
      </div>`);
      const policy = wrap.querySelector<El>('#policy')!;
      const footer = wrap.querySelector<El>('#footer')!;
      await policy.updateComplete;
      const seenFooter = events(footer);
      await footer.toggle();
      await policy.updateComplete;
      expect(checked(policy)).to.equal('true');
      expect(textOf(policy, '[part="status"]')).to.contain('Vous vous opposez');
      expect(seenFooter).to.deep.equal([{ opposed: true, source: 'user' }]);
      await clickOn(switchOf(policy));
      await footer.updateComplete;
      expect(checked(footer)).to.equal('false');
    });

    it('activate the inert scripts once for the page, not once per element', async () => {
      const inert = Object.assign(document.createElement('script'), {
        type: 'text/plain',
        text: 'window.__gateRuns = (window.__gateRuns || 0) + 1;',
      });
      inert.setAttribute('data-procura-category', 'audience');
      inert.setAttribute('data-extra', 'kept');
      document.head.append(inert);
      await fixture(
        html`<div><procura-cookie-opposition></procura-cookie-opposition><procura-cookie-opposition compact></procura-cookie-opposition></div>`,
      );
      expect((window as { __gateRuns?: number }).__gateRuns).to.equal(1);
      const live = document.querySelector('script[data-procura-state="live"]')!;
      expect(live.getAttribute('data-extra')).to.equal('kept');
      expect(live.getAttribute('type')).to.equal(null);
      resetAudienceGate(); // even a second copy of the kit does not run it again
      await fixture(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      expect((window as { __gateRuns?: number }).__gateRuns).to.equal(1);
    });

    it('keep the inert scripts inert while the person opposes, and activate them when they stop', async () => {
      document.cookie = `${CHOICE_KEY}=1.${Date.now()}; Path=/`;
      const inert = Object.assign(document.createElement('script'), {
        type: 'text/plain',
        text: 'window.__gateRuns = (window.__gateRuns || 0) + 1;',
      });
      inert.setAttribute('data-procura-category', 'audience');
      document.head.append(inert);
      const el = await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      expect((window as { __gateRuns?: number }).__gateRuns).to.equal(undefined);
      await el.toggle();
      expect((window as { __gateRuns?: number }).__gateRuns).to.equal(1);
      // a script added later (a CMS block) is gated as well
      const late = inert.cloneNode() as HTMLScriptElement;
      late.removeAttribute('data-procura-state');
      late.text = 'window.__gateRuns += 10;';
      document.body.append(late);
      await until(() => (window as { __gateRuns?: number }).__gateRuns === 11, 'the late script to run');
    });
  });

  describe('stopping the measurement already running', () => {
    it('deletes the measurement cookies it is configured with (wildcards), and only those', async () => {
      for (const c of [
        '_pk_id.1.abcd=x',
        '_pk_ses.1.abcd=1',
        '_ga=GA1.1.42',
        '_ga_ABC123=GS1.1',
        'keep_me=1',
        'mtm_consent=1',
      ])
        document.cookie = `${c}; Path=/`;
      const el = await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      el.config = { cookies: ['mtm_consent'] }; // added to the defaults (_pk_*, _ga, _ga_*, _gid)
      await el.updateComplete;
      await el.toggle();
      expect(cookieNames().sort()).to.deep.equal(['keep_me', CHOICE_KEY].sort());
    });

    it('deletes leftover measurement cookies on a page load where the person had opposed', async () => {
      document.cookie = `${CHOICE_KEY}=1.${Date.now()}; Path=/`;
      for (const c of ['_ga=GA1.1.42', '_pk_ses.1.abcd=1', 'keep_me=1']) document.cookie = `${c}; Path=/`;
      await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      expect(cookieNames().sort()).to.deep.equal(['keep_me', CHOICE_KEY].sort());
    });

    it('tells Google Analytics 4 through consent mode and ga-disable-<id>', async () => {
      const w = window as unknown as { dataLayer: unknown[]; gtag: (...a: unknown[]) => void } & Record<
        string,
        unknown
      >;
      // Google's own gtag snippet, as a page has it.
      w.dataLayer = [];
      w.gtag = function gtag() {
        // eslint-disable-next-line prefer-rest-params
        w.dataLayer.push(arguments);
      };
      try {
        w.gtag('config', 'G-PAGE1');
        const el = await fixture<El>(
          html`<procura-cookie-opposition .config=${{ measurementIds: ['G-CONF2'] }}></procura-cookie-opposition>`,
        );
        await el.toggle();
        const calls = w.dataLayer.map((a) => JSON.stringify(Array.from(a as ArrayLike<unknown>)));
        expect(calls).to.include(JSON.stringify(['consent', 'update', { analytics_storage: 'denied' }]));
        expect(w['ga-disable-G-PAGE1']).to.equal(true);
        expect(w['ga-disable-G-CONF2']).to.equal(true);
        await el.toggle();
        expect(w['ga-disable-G-PAGE1']).to.equal(false);
        expect(JSON.stringify(Array.from(w.dataLayer.at(-1) as ArrayLike<unknown>))).to.equal(
          JSON.stringify(['consent', 'update', { analytics_storage: 'granted' }]),
        );
      } finally {
        for (const k of ['dataLayer', 'gtag', 'ga-disable-G-PAGE1', 'ga-disable-G-CONF2']) delete w[k];
      }
    });

    it('calls onOppose once per opposition, however many elements carry it', async () => {
      const calls: unknown[] = [];
      const onOppose = (d: unknown) => calls.push(d);
      await fixture(html`<div>
        <procura-cookie-opposition .config=${{ onOppose }}></procura-cookie-opposition>
        <procura-cookie-opposition compact .config=${{ onOppose }}></procura-cookie-opposition>
      </div>`);
      const el = document.querySelector<El>('procura-cookie-opposition')!;
      await el.toggle();
      expect(calls).to.deep.equal([{ opposed: true, source: 'user' }]);
    });
  });

  describe('the opposition sent to the backend', () => {
    it('posts to /oppositions with no identifier at all: exactly opposed, source, at, locale, site', async () => {
      configure({ headers: { Authorization: 'Bearer someone-signed-in' } });
      document.cookie = '_pk_id.1.abcd=0123456789abcdef.1700000000; Path=/';
      const t0 = Date.now();
      const el = await fixture<El>(
        html`<procura-cookie-opposition lang="nl-BE" endpoint=${env.control} .now=${() => t0}></procura-cookie-opposition>`,
      );
      const submitted = new Promise<CustomEvent>((r) =>
        el.addEventListener('procura-submitted', r as EventListener, { once: true }),
      );
      await clickOn(switchOf(el));
      await submitted;
      const [req] = await received('/oppositions');
      if (!req) throw new Error('the backend received no opposition');
      expect(req.method).to.equal('POST');
      const body = JSON.parse(req.body) as Record<string, unknown>;
      expect(Object.keys(body).sort()).to.deep.equal(['at', 'locale', 'opposed', 'site', 'source']);
      expect(body).to.deep.equal({
        opposed: true,
        source: 'user',
        at: new Date(t0).toISOString(),
        locale: 'nl-BE',
        site: location.origin,
      });
      expect(req.body).not.to.match(/0123456789abcdef|_pk_|procura_audience|Bearer/);
      expect(req.headers.authorization).to.equal(undefined);
      expect(req.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    });

    it('the reference server accepts it (201)', async function () {
      if (!env.backend) throw new Error('the reference server is not running');
      const el = await fixture<El>(
        html`<procura-cookie-opposition endpoint=${env.backend}></procura-cookie-opposition>`,
      );
      const submitted = new Promise<CustomEvent>((r) =>
        el.addEventListener('procura-submitted', r as EventListener, { once: true }),
      );
      const failed = new Promise<CustomEvent>((r) =>
        el.addEventListener('procura-error', r as EventListener, { once: true }),
      );
      await el.toggle();
      const e = await Promise.race([submitted, failed]);
      expect(e.type, JSON.stringify(e.detail)).to.equal('procura-submitted');
    });

    it('shows a refusal of the backend, and stays accessible', async () => {
      await control('plan', { path: '/oppositions', problem: { title: 'Refused', status: 422, detail: 'not today' } });
      const el = await fixture<El>(
        html`<procura-cookie-opposition endpoint=${env.control}></procura-cookie-opposition>`,
      );
      const failed = new Promise<CustomEvent>((r) =>
        el.addEventListener('procura-error', r as EventListener, { once: true }),
      );
      await el.toggle();
      expect((await failed).detail.kind).to.equal('opposition');
      await el.updateComplete;
      // The server's English detail never reaches a French page: the kit's own sentence does.
      expect(textOf(el, '[part="error"]')).to.contain('Le serveur a refusé cet envoi.');
      expect(textOf(el, '[part="error"]')).not.to.contain('not today');
      expect(checked(el)).to.equal('true'); // the choice holds in this browser whatever the backend says
      await expect(el).to.be.accessible();
    });

    it('without an endpoint, keeps the choice and says that nothing is sent', async () => {
      const el = await fixture<El>(html`<procura-cookie-opposition></procura-cookie-opposition>`);
      await el.toggle();
      await el.updateComplete;
      expect(textOf(el, '.notice')).to.equal('Aucun serveur n’est configuré : rien ne sera envoyé.');
      expect(checked(el)).to.equal('true');
    });
  });

  describe('in a form', () => {
    it('contributes opposed / not-opposed under its name; a reset does not undo the choice', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><procura-cookie-opposition name="audience"></procura-cookie-opposition></form>`,
      );
      const el = form.querySelector<El>('procura-cookie-opposition')!;
      await el.updateComplete;
      expect(new FormData(form).get('audience')).to.equal('not-opposed');
      await clickOn(switchOf(el));
      expect(new FormData(form).get('audience')).to.equal('opposed');
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('audience')).to.equal('opposed');
      expect(checked(el)).to.equal('true');
    });

    it('a disabled fieldset disables the switch', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><procura-cookie-opposition name="audience"></procura-cookie-opposition></fieldset></form>`,
      );
      const el = form.querySelector<El>('procura-cookie-opposition')!;
      await el.updateComplete;
      expect(switchOf(el).disabled).to.equal(true);
    });
  });
});
