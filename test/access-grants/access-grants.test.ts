import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, resetKit, until } from '../support/env.js';
import '../../src/define/access-grants.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import type { Grant } from '../../src/model/grant.js';
import { cache } from '../../src/core/cache.js';
import {
  api,
  as,
  broker,
  deepActive,
  entry,
  grantsIn,
  inFuture,
  mandate,
  resetServer,
  shadow,
  text,
} from './support.js';
import { at } from '../support/at.js';

const ready = (el: ProcuraAccessGrants) =>
  until(() => !!shadow(el).querySelector('.toolbar, .empty, [part~=error], .notice'), 'the list to load', 15_000);
const load = async (tpl: ReturnType<typeof html>) => {
  const el = await fixture<ProcuraAccessGrants>(tpl);
  await ready(el);
  await el.updateComplete;
  return el;
};
const dialog = (el: ProcuraAccessGrants) => shadow(el).querySelector('dialog')!;

describe('procura-access-grants', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
    await resetServer();
  });
  afterEach(() => control('up'));

  describe('the list, against the reference server', () => {
    it('shows the grants of both directions, with the signed form and its SHA-256', async () => {
      await mandate('jan', 'anne', { relation: 'frère', scope: { contracts: 'all', includeFuture: true } });
      const given = await mandate('anne', 'bram', { service: 'Espace client', validUntil: inFuture(365) });
      await as('anne');
      const el = await load(html`<procura-access-grants endpoint=${env.backend!}></procura-access-grants>`);
      const sections = [...shadow(el).querySelectorAll('section h2')].map((h) => h.textContent);
      expect(sections).to.deep.equal([
        'Les personnes qui peuvent agir pour moi',
        'Les personnes pour qui je peux agir',
      ]);
      const bram = entry(el, 'Bram Janssens')!;
      expect(bram.closest('section')!.querySelector('h2')!.textContent).to.equal(
        'Les personnes qui peuvent agir pour moi',
      );
      const t = bram.textContent!.replace(/\s+/g, ' ');
      expect(t).to.contain('conjoint · Espace client');
      expect(t).to.contain('En attente');
      expect(t).to.contain('Le contrat C-1001, sans les contrats futurs');
      expect(t).to.match(/Demandé le \d{1,2} \S+ \d{4}/);
      expect(t).to.contain('Valable jusqu’au');
      const jan = entry(el, 'Jan Peeters')!;
      expect(jan.closest('section')!.querySelector('h2')!.textContent).to.equal('Les personnes pour qui je peux agir');
      expect(jan.textContent!.replace(/\s+/g, ' ')).to.contain('Tous les contrats, contrats futurs compris');
      expect(jan.querySelector('[part~=revoke]'), 'a mandatary cannot revoke').to.equal(null);
      // The document link points at the server, and the hash is short on screen, whole for assistive tech.
      const { body: g } = await api<Grant>(`/grants/${given}`);
      const link = bram.querySelector<HTMLAnchorElement>('a[part~=document]')!;
      expect(link.href).to.equal(new URL(g.documentUrl!, env.backend).href);
      const described = shadow(el).getElementById(link.getAttribute('aria-describedby')!)!;
      expect(described.textContent).to.contain(g.documentSha256!);
      expect(described.querySelector('[aria-hidden=true]')!.textContent).to.contain(
        `${g.documentSha256!.slice(0, 8)}…`,
      );
      expect(text(el, '.count')).to.equal('2 accès affichés');
      await expect(el).to.be.accessible();
    });

    it('speaks English and Dutch, and stays accessible in each', async () => {
      await mandate('anne', 'bram');
      await as('anne');
      for (const [lang, title, status] of [
        ['en', 'People who can act for me', 'Pending'],
        ['nl', 'Wie voor mij kan handelen', 'In behandeling'],
      ]) {
        const el = await load(
          html`<procura-access-grants lang=${lang} endpoint=${env.backend!}></procura-access-grants>`,
        );
        await el.updateComplete;
        expect(shadow(el).querySelector('h2')!.textContent).to.equal(title);
        expect(text(el, '[part~=grant]')).to.contain(status);
        await expect(el).to.be.accessible();
      }
    });

    it('says plainly when the access in force goes beyond the signed request', async () => {
      const id = await mandate('anne', 'bram', {
        scope: { contracts: 'one', contractIds: ['C-1001'], includeFuture: false },
        validUntil: inFuture(30),
      });
      await broker(id, 'activate', {}, 'claire');
      await broker(
        id,
        'scope',
        { scope: { contracts: 'all', includeFuture: true }, validUntil: inFuture(400) },
        'anne',
      );
      const el = await load(html`<procura-access-grants endpoint=${env.backend!}></procura-access-grants>`);
      const bram = entry(el, 'Bram Janssens')!;
      expect(bram.classList.contains('flagged')).to.equal(true);
      const note = bram.querySelector('[role=note]')!.textContent!.replace(/\s+/g, ' ');
      expect(note).to.contain('Attention : L’accès en vigueur dépasse ce que vous avez signé :');
      expect(note).to.contain(
        'Tous les contrats, contrats futurs compris au lieu de : Le contrat C-1001, sans les contrats futurs',
      );
      expect(note).to.contain('Valable jusqu’au');
      expect(getComputedStyle(bram).borderLeftWidth).to.equal('8px');
      await expect(el).to.be.accessible();
    });
  });

  describe('revoking', () => {
    it('works with the keyboard alone, behind a confirmation, and the server agrees', async () => {
      const id = await mandate('anne', 'bram');
      await as('anne');
      const wrap = await fixture<HTMLElement>(
        html`<div><button id="before">avant</button><procura-access-grants endpoint=${env.backend!}></procura-access-grants></div>`,
      );
      const el = wrap.querySelector('procura-access-grants') as ProcuraAccessGrants;
      await ready(el);
      const events: Grant[] = [];
      el.addEventListener('procura-revoked', (e) => events.push(e.detail.grant));
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      for (let i = 0; i < 12 && deepActive()?.getAttribute('part') !== 'revoke'; i++) await sendKeys({ press: 'Tab' });
      expect(deepActive()?.getAttribute('aria-label')).to.equal('Révoquer l’accès de Bram Janssens');

      // Escape cancels: nothing sent, focus back on the revoke button.
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open, 'the dialog');
      expect(deepActive()?.textContent).to.equal('Annuler');
      await expect(el).to.be.accessible();
      const said = dialog(el).textContent!.replace(/\s+/g, ' ');
      expect(said).to.contain('Révoquer l’accès de Bram Janssens ?');
      expect(said).to.contain('ne pourra plus rien faire pour vous');
      expect(said).to.contain('Ce qui a déjà été fait en votre nom reste fait');
      expect(said).to.contain('Le formulaire signé reste conservé comme preuve');
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(el).open, 'the dialog to close');
      await until(() => deepActive()?.getAttribute('part') === 'revoke', 'focus back on the revoke button');
      expect((await api<Grant>(`/grants/${id}`)).body.status).to.equal('pending');

      // Enter, Tab to "Révoquer", Enter.
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open, 'the dialog');
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.textContent).to.equal('Révoquer');
      await sendKeys({ press: 'Enter' });
      await until(() => events.length === 1, 'procura-revoked');
      expect(at(events, 0).id).to.equal(id);
      expect(at(events, 0).status).to.equal('revoked');
      const { body } = await api<Grant & { events: { type: string }[] }>(`/grants/${id}`);
      expect(body.status).to.equal('revoked');
      expect(body.revokedBy).to.equal('grantor');
      expect(body.events.map((e) => e.type)).to.include('revoked');
      // The grant stays visible, in the history, and has the focus.
      const bram = entry(el, 'Bram Janssens')!;
      expect(bram.closest('section')!.textContent).to.contain('Historique');
      expect(bram.previousElementSibling === null || !!bram.closest('.scroller')).to.equal(true);
      expect(bram.textContent).to.match(/Révoqué le .+ par vous/);
      expect(bram.querySelector('[part~=revoke]')).to.equal(null);
      expect(deepActive()).to.equal(bram);
      expect(text(el, '[role=status] .notice')).to.equal('L’accès de Bram Janssens est révoqué.');
    });

    it('rolls back, with a message, when the broker revoked it first (409)', async () => {
      const id = await mandate('anne', 'bram');
      await as('anne');
      const el = await load(html`<procura-access-grants endpoint=${env.backend!}></procura-access-grants>`);
      await broker(id, 'revoke', {}, 'anne');
      const errors: number[] = [];
      el.addEventListener('procura-error', (e) => errors.push(e.detail.error.status ?? 0));
      entry(el, 'Bram Janssens')!.querySelector<HTMLButtonElement>('[part~=revoke]')!.click();
      await until(() => dialog(el).open, 'the dialog');
      shadow(el).querySelector<HTMLButtonElement>('dialog button[value=revoke]')!.click();
      await until(() => !!shadow(el).querySelector('[part~=error]'), 'the error message');
      expect(text(el, '[part~=error]')).to.contain(
        'La révocation de l’accès de Bram Janssens n’a pas abouti. Cet accès ne peut plus être révoqué',
      );
      expect(errors).to.deep.equal([409]);
      const bram = entry(el, 'Bram Janssens')!;
      expect(bram.textContent).to.contain('En attente');
      await until(() => deepActive() === bram.querySelector('[part~=revoke]'), 'focus back on the revoke button');
      await expect(el).to.be.accessible();
      // Reloading shows the truth: revoked by the broker, in the history.
      shadow(el).querySelector<HTMLButtonElement>('[part~=error] button')!.click();
      await until(
        () => /Révoqué le .+ par le courtier/.test(entry(el, 'Bram Janssens')?.textContent ?? ''),
        'the reloaded list',
      );
    });

    it('rolls back when the backend answers a problem (env.control, 409), and sends an Idempotency-Key', async () => {
      const grant: Grant = {
        id: 'g-1',
        mandateId: 'm-1',
        direction: 'given',
        mandatary: { givenName: 'Zoé', familyName: 'Lenoir', email: 'zoe@example.com' },
        service: 'Espace client',
        scope: { contracts: 'all' },
        status: 'active',
        createdAt: '2025-03-01T10:00:00Z',
        activatedAt: '2025-03-02T10:00:00Z',
      };
      await control('plan', {
        path: '/grants/g-1/revoke',
        delayMs: 400,
        problem: { status: 409, title: 'Conflict', detail: 'This grant is already revoked.' },
      });
      const el = await fixture<ProcuraAccessGrants>(
        html`<procura-access-grants endpoint=${env.control} .grants=${[grant]}></procura-access-grants>`,
      );
      entry(el, 'Zoé Lenoir')!.querySelector<HTMLButtonElement>('[part~=revoke]')!.click();
      await until(() => dialog(el).open, 'the dialog');
      shadow(el).querySelector<HTMLButtonElement>('dialog button[value=revoke]')!.click();
      // Optimistic: at once in the history, revoked.
      await until(() => /Révoqué le/.test(entry(el, 'Zoé Lenoir')?.textContent ?? ''), 'the optimistic update', 350);
      expect(entry(el, 'Zoé Lenoir')!.closest('section')!.textContent).to.contain('Historique');
      await until(() => !!shadow(el).querySelector('[part~=error]'), 'the rollback');
      expect(entry(el, 'Zoé Lenoir')!.textContent).to.contain('Actif');
      const req = at(await (await import('../support/env.js')).received('/grants/g-1/revoke'), 0, 'request');
      expect(req.method).to.equal('POST');
      expect(req.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    });
  });

  describe('states', () => {
    it('loading: a skeleton of fixed height, announced', async () => {
      await control('plan', { path: '/grants', delayMs: 1500 });
      const el = await fixture<ProcuraAccessGrants>(
        html`<procura-access-grants endpoint=${env.control}></procura-access-grants>`,
      );
      const sk = shadow(el).querySelector<HTMLElement>('.skeleton')!;
      expect(sk.getAttribute('aria-busy')).to.equal('true');
      expect(sk.getBoundingClientRect().height).to.equal(
        24 * parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      expect(text(el, '.skeleton [role=status]')).to.equal('Chargement de la liste des accès…');
      await expect(el).to.be.accessible();
    });

    it('empty: says what to do next, with the link from the configuration', async () => {
      await as('anne');
      const el = await load(
        html`<procura-access-grants endpoint=${env.backend!} .config=${{ requestUrl: '/mandat.html' }}></procura-access-grants>`,
      );
      expect(text(el, '.empty')).to.contain('Pour donner accès à quelqu’un, remplissez une demande de mandat.');
      expect(shadow(el).querySelector<HTMLAnchorElement>('.empty a')!.getAttribute('href')).to.equal('/mandat.html');
      await expect(el).to.be.accessible();
    });

    it('backend error: says so, and the retry button loads the list', async () => {
      await mandate('anne', 'bram');
      const { resetConfiguration } = await import('../../src/core/configure.js');
      resetConfiguration(); // not signed in: the server answers 401
      const el = await load(html`<procura-access-grants endpoint=${env.backend!}></procura-access-grants>`);
      // Our own sentence for the server's 401, never its English detail.
      expect(text(el, '[part~=error] p')).to.equal(
        'La liste des accès n’a pas pu être chargée. Connectez-vous pour voir vos accès.',
      );
      await expect(el).to.be.accessible();
      await as('anne');
      shadow(el).querySelector<HTMLButtonElement>('[part~=error] button')!.click();
      await until(() => !!entry(el, 'Bram Janssens'), 'the list after retry');
    });

    it('offline: the last known list, dated, with revoking disabled', async () => {
      await mandate('anne', 'bram');
      await as('anne');
      const first = await load(
        html`<procura-access-grants id="mine" endpoint=${env.backend!}></procura-access-grants>`,
      );
      expect(entry(first, 'Bram Janssens')).to.not.equal(undefined);
      await until(async () => !!(await cache.get('procura-access-grants:mine')), 'the list to be kept');
      first.remove();
      await control('down');
      const el = await load(html`<procura-access-grants id="mine" endpoint=${env.control}></procura-access-grants>`);
      await until(() => !!entry(el, 'Bram Janssens'), 'the cached list');
      expect(text(el, '.notice.warn')).to.match(
        /^Vous êtes hors ligne\. Voici la dernière liste connue, du \d{1,2} \S+ \d{4}/,
      );
      const revoke = entry(el, 'Bram Janssens')!.querySelector<HTMLButtonElement>('[part~=revoke]')!;
      expect(revoke.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('offline with nothing kept: says so, with a retry', async () => {
      await control('down');
      const el = await load(html`<procura-access-grants endpoint=${env.control}></procura-access-grants>`);
      expect(text(el, '.notice p')).to.equal(
        'Vous êtes hors ligne, et aucune liste des accès n’a été gardée dans ce navigateur.',
      );
      expect(text(el, '.notice button')).to.equal('Recharger la liste');
      await expect(el).to.be.accessible();
    });

    it('no endpoint: says nothing can be loaded', async () => {
      const el = await load(html`<procura-access-grants></procura-access-grants>`);
      expect(text(el)).to.equal('Aucun serveur n’est configuré : la liste des accès ne peut pas être chargée.');
      expect((await (await import('../support/env.js')).received()).length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('filters and large lists', () => {
    it('filters by status and service, sorts by date, and counts what it shows', async () => {
      const a = await mandate('anne', 'bram', { service: 'Espace client' });
      await mandate('anne', 'jan', { service: 'Sinistres en ligne' });
      await broker(a, 'activate', {}, 'anne');
      const el = await load(
        html`<procura-access-grants direction="given" endpoint=${env.backend!}></procura-access-grants>`,
      );
      const names = () => grantsIn(el).map((li) => li.querySelector('h4')!.textContent);
      expect(names()).to.deep.equal(['Jan Peeters', 'Bram Janssens']);
      const selects = shadow(el).querySelectorAll('select');
      const [status, service, sort] = [at(selects, 0), at(selects, 1), at(selects, 2)];
      const choose = async (s: HTMLSelectElement, v: string) => {
        s.value = v;
        s.dispatchEvent(new Event('change'));
        await el.updateComplete;
      };
      await choose(sort, 'oldest');
      expect(names()).to.deep.equal(['Bram Janssens', 'Jan Peeters']);
      await choose(status, 'active');
      expect(names()).to.deep.equal(['Bram Janssens']);
      expect(text(el, '.count')).to.equal('1 accès affiché');
      await choose(status, '');
      await choose(service, 'Sinistres en ligne');
      expect(names()).to.deep.equal(['Jan Peeters']);
      await choose(status, 'revoked');
      expect(text(el, '.count')).to.equal('0 accès affiché');
      expect(text(el, 'section')).to.contain('Aucun accès ne correspond à ces filtres.');
    });

    it('renders 10,000 grants with a small DOM, and scrolling to the end shows the last', async () => {
      await as('claire');
      const seeded = await api<{ inserted: number }>('/demo/seed-grants', {
        method: 'POST',
        json: { count: 10_000, user: 'anne' },
      });
      expect(seeded.body.inserted).to.equal(10_000);
      await as('anne');
      const el = await fixture<ProcuraAccessGrants>(
        html`<procura-access-grants direction="given" endpoint=${env.backend!}></procura-access-grants>`,
      );
      await until(() => !!shadow(el).querySelector('.toolbar'), 'the 10,000 grants', 60_000);
      await el.updateComplete;
      expect(text(el, '.count')).to.equal('10 000 accès affichés');
      expect(grantsIn(el).length).to.be.within(1, 199);
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      const last = () => grantsIn(el).find((li) => li.getAttribute('aria-posinset') === '10000');
      for (let i = 0; i < 20 && !last(); i++) {
        scroller.scrollTop = scroller.scrollHeight;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
        await el.updateComplete;
      }
      expect(last()?.querySelector('h4')!.textContent).to.equal('Mandataire N° 1');
      expect(grantsIn(el).length).to.be.below(200);
      const box = last()!.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      expect(box.bottom <= view.bottom + 1 && box.top >= view.top - box.height).to.equal(true);
    }).timeout(120_000);

    // Its speed is a benchmark (bench/budgets.json, grants-10k), not a timed test: this checks the windowing.
    it('paints 10,000 grants given as a property, windowed', async () => {
      const grants: Grant[] = Array.from({ length: 10_000 }, (_, i) => ({
        id: `g${i}`,
        mandateId: 'm',
        direction: 'given',
        mandatary: { givenName: 'Personne', familyName: `${i + 1}`, email: `p${i}@example.com` },
        service: i % 2 ? 'Espace client' : 'Sinistres',
        scope: { contracts: 'all' },
        status: 'active',
        createdAt: new Date(1_700_000_000_000 + i * 60_000).toISOString(),
        documentUrl: `/api/grants/g${i}/document`,
        documentSha256: 'a'.repeat(64),
      }));
      const el = await fixture<ProcuraAccessGrants>(html`<procura-access-grants></procura-access-grants>`);
      el.grants = grants;
      await el.updateComplete;
      expect(grantsIn(el).length).to.be.within(1, 199);
      expect(at(grantsIn(el), 0).querySelector('h4')!.textContent).to.equal('Personne 10000');
    });
  });
});
