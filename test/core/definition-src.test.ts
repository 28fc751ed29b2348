// Issue 17: `src` on the elements that take a definition. Each is published at the reference
// server (POST /definitions, as the office's administrator), the element is given its URL, and
// what the person sees comes from it; the records the element sends (a decision, a consent, a mandate)
// carry the published id, version and SHA-256, which the server accepts only for a version the
// office published (and the consent receipt signs).
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { env, resetKit, signIn, until } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import { canonicalJson, sha256Hex } from '../../src/core/crypto.js';
import type { DefinitionKind, DefinitionVersion } from '../../src/model/definition.js';
import type { ConsentRecord } from '../../src/model/consent.js';
import '../../src/define/delegation-tree.js';
import '../../src/define/consent.js';
import '../../src/define/cookie-opposition.js';
import '../../src/define/mandate-form.js';
import { complete, grantorNatural, mandataryFields, mount, q } from '../mandate-form/helpers.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ');
const run = Math.random().toString(36).slice(2, 8);

const TREE = {
  id: 'tiny-src',
  version: '1',
  start: 'person',
  questions: {
    person: {
      text: { fr: 'Pour qui faites-vous la démarche ?' },
      options: [
        { id: 'self', label: 'Pour moi', next: 'direct' },
        { id: 'other', label: 'Pour une autre personne', next: 'mandate' },
      ],
    },
  },
  outcomes: {
    direct: { text: 'Vous accédez directement à votre espace.', mandate: false, contracts: 'all' },
    mandate: { text: 'Un mandat signé est nécessaire.', mandate: true, contracts: 'listed' },
  },
};
const CONSENT = {
  controller: {
    name: 'Courtier Publié SRL',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    contact: 'privacy@courtier.example',
  },
  policyUrl: 'https://courtier.example/vie-privee',
  noticeVersion: '2026-12',
  purposes: [{ preset: 'electronic-prospection', label: { fr: 'Recevoir nos offres publiées par courriel' } }],
};

/** Publishes as Claire (admin of the office) and gives back the version and the URL an element takes. */
async function publish(kind: DefinitionKind, id: string, definition: unknown) {
  const token = await signIn('claire');
  const res = await fetch(`${env.backend}/definitions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify({ kind, id: `${id}-${run}`, definition }),
  });
  expect(res.status, await res.clone().text()).to.equal(201);
  const v = (await res.json()) as DefinitionVersion;
  // The person's page is signed out: nothing of Claire's session goes with the element's requests.
  configure({ headers: {} });
  return { ref: { id: v.id, version: v.version, sha256: v.sha256 }, url: `${env.backend}/definitions/${v.id}` };
}

describe('src: elements read a published definition and their records name it', () => {
  beforeEach(async () => {
    await resetKit();
    if (!env.backend) throw new Error('the reference server is not running (server/main.ts)');
  });

  it('the tree: asked from the published text; the decision the server keeps names id, version and hash', async () => {
    const { ref, url } = await publish('tree', 'tree', TREE);
    expect(ref.sha256).to.equal(await sha256Hex(canonicalJson(TREE)));
    const wrap = await fixture<HTMLElement>(
      html`<div><procura-delegation-tree src=${url} endpoint=${env.backend!}></procura-delegation-tree></div>`,
    );
    const el = wrap.querySelector('procura-delegation-tree')!;
    await until(() => !!root(el).querySelector('legend'), 'the published question');
    expect(text(el)).to.contain('Pour qui faites-vous la démarche ?');
    let posted: unknown;
    el.addEventListener('procura-submit', (e) => (posted = (e as CustomEvent<{ payload: unknown }>).detail.payload));
    const kept = new Promise((r) => el.addEventListener('procura-submitted', r, { once: true }));
    const failed = new Promise((r) => el.addEventListener('procura-error', r, { once: true }));
    root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    expect(await Promise.race([kept.then(() => 'kept'), failed.then(() => 'failed')])).to.equal('kept');
    expect(text(el)).to.contain('Un mandat signé est nécessaire.');
    expect(posted).to.deep.include({ treeId: 'tiny-src', outcome: 'mandate', definition: ref });
    await expect(el).to.be.accessible();
  });

  it('the consent: the published purposes shown; the record carries the reference, and the signed receipt too', async () => {
    const { ref, url } = await publish('consent', 'consent', CONSENT);
    const wrap = await fixture<HTMLElement>(
      html`<div><procura-consent src=${url} endpoint=${env.backend!}></procura-consent></div>`,
    );
    const el = wrap.querySelector('procura-consent')!;
    await until(() => !!root(el).querySelector('input[type=checkbox]'), 'the published purposes');
    expect(text(el)).to.contain('Recevoir nos offres publiées par courriel');
    expect(text(el)).to.contain('Courtier Publié SRL');
    let record: ConsentRecord | undefined;
    el.addEventListener(
      'procura-submit',
      (e) => (record = (e as CustomEvent<{ payload: ConsentRecord }>).detail.payload),
    );
    let answer: { receipt?: string } | undefined;
    el.addEventListener(
      'procura-submitted',
      (e) => (answer = (e as CustomEvent<{ response: { receipt: string } }>).detail.response),
    );
    root(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
    await until(() => answer !== undefined, 'the record to be kept');
    expect(record!.definition).to.deep.equal(ref);
    const payload = JSON.parse(atob(answer!.receipt!.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
      definition?: unknown;
    };
    expect(payload.definition, 'the server signed which published text the person saw').to.deep.equal(ref);
    await expect(el).to.be.accessible();
  });

  it('the cookie opposition and the mandate form take their configuration from a published definition', async () => {
    const cookie = await publish('cookie-opposition', 'cookie', {
      who: 'Le Cabinet Publié mesure l’audience du site.',
    });
    const mandate = await publish('mandate-form', 'mandate', { title: 'Cabinet Publié — mandat' });
    const wrap = await fixture<HTMLElement>(
      html`<div><procura-cookie-opposition src=${cookie.url}></procura-cookie-opposition>
        <procura-mandate-form src=${mandate.url} service="Espace client"></procura-mandate-form></div>`,
    );
    const opp = wrap.querySelector('procura-cookie-opposition')!;
    const form = wrap.querySelector('procura-mandate-form')!;
    await until(() => text(opp).includes('Le Cabinet Publié mesure l’audience du site.'), 'the published sentence');
    await until(
      () => (form as unknown as { definitionRef?: unknown }).definitionRef !== undefined,
      'the form’s definition',
    );
    expect((opp as unknown as { definitionRef?: unknown }).definitionRef).to.deep.equal(cookie.ref);
    expect((form as unknown as { definitionRef?: unknown }).definitionRef).to.deep.equal(mandate.ref);
    expect(root(form).querySelector('[part~=error]'), 'the form shows, not a configuration error').to.equal(null);
  });

  it('the mandate form: the mandate it sends names the published form, and the server signs it in the receipt', async function () {
    this.timeout(60_000);
    const { ref, url } = await publish('mandate-form', 'mandate-sent', { title: 'Cabinet Publié — mandat signé' });
    await signIn('anne');
    const el = await mount(
      html`<procura-mandate-form src=${url} endpoint=${env.backend!} service="espace-client" no-draft></procura-mandate-form>`,
    );
    await until(() => (el as unknown as { definitionRef?: unknown }).definitionRef !== undefined, 'the definition');
    const events: Record<string, CustomEvent[]> = {};
    for (const t of ['procura-submit', 'procura-submitted', 'procura-error'])
      el.addEventListener(t, (e) => (events[t] ??= []).push(e as CustomEvent));
    await complete(el, grantorNatural(), mandataryFields({ 'mandatary.email': `bram.${run}@example.com` }));
    const submit = () => q<HTMLButtonElement>(el, 'button[part="submit"]');
    await until(() => !!submit() && !submit()!.disabled, 'the PDF to be ready');
    submit()!.click();
    await until(() => !!events['procura-submitted'] || !!events['procura-error'], 'the server’s answer');
    expect(JSON.stringify(events['procura-error']?.[0]?.detail ?? null)).to.equal('null');
    const sent = events['procura-submit']![0]!.detail as { kind: string; payload: { definition?: unknown } };
    expect(sent.kind).to.equal('mandate');
    expect(sent.payload.definition, 'the request names the published form').to.deep.equal(ref);
    const { receipt } = (events['procura-submitted']![0]!.detail as { response: { receipt: string } }).response;
    const payload = JSON.parse(atob(receipt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
      definition?: unknown;
    };
    expect(payload.definition, 'the signed receipt names it too').to.deep.equal(ref);
  });

  it('a src that cannot be read is said like a bad configuration, not a blank element', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><procura-consent src=${`${env.backend}/definitions/none-${run}`}></procura-consent></div>`,
    );
    const el = wrap.querySelector('procura-consent')!;
    await until(() => !!root(el).querySelector('[part~=error]'), 'the error');
    expect(text(el)).to.contain('src');
  });
});
