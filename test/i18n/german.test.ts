// Every element speaks German (de, and de-BE's Belgian words) in a real browser: the
// first thing a person reads, a few states further on, the PDF read back with pdftotext,
// axe clean, and not one sentence of the French or English dictionaries on the page.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, pdfTool, resetKit, until } from '../support/env.js';
import '../../src/define/delegation-tree.js';
import '../../src/define/signature-pad.js';
import '../../src/define/cookie-opposition.js';
import '../../src/define/access-grants.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import type { ProcuraDelegationTree } from '../../src/delegation-tree/delegation-tree.js';
import { messagesOf, type Catalog, type Messages } from '../../src/core/localize.js';
import { grantsCatalog } from '../../src/i18n/access-grants.js';
import { grantsActCatalog } from '../../src/i18n/access-grants-act.js';
import { grantsStatesCatalog } from '../../src/i18n/access-grants-states.js';
import { consentCatalog } from '../../src/i18n/consent.js';
import { consentPresetsCatalog } from '../../src/i18n/consent-presets.js';
import { consentStatusCatalog } from '../../src/i18n/consent-status.js';
import { cookieOppositionCatalog } from '../../src/i18n/cookie-opposition.js';
import { coreCatalog, coreProblemCatalog } from '../../src/i18n/core.js';
import { treeCatalog } from '../../src/i18n/delegation-tree.js';
import { mandateFormCatalog } from '../../src/i18n/mandate-form.js';
import { padCatalog } from '../../src/i18n/signature-pad.js';
import frReview from '../../src/i18n/fr/mandate-form-review.js';
import enReview from '../../src/i18n/en/mandate-form-review.js';
import {
  complete,
  fill,
  grantorNatural,
  mandataryFields,
  mount,
  next,
  q,
  sign,
  text as formText,
  type Form,
} from '../mandate-form/helpers.js';
import { mount as mountConsent, notice, visibleText } from '../consent/helpers.js';
import { as, mandate, resetServer } from '../access-grants/support.js';
import { at } from '../support/at.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => clean(el.shadowRoot!.textContent);

/**
 * Pieces of the French and English dictionaries long enough to be a sentence or a label
 * of their own (split at the placeholders): none of them may be on a German page.
 */
let foreign: string[] | undefined;
async function foreignSentences(): Promise<string[]> {
  if (foreign) return foreign;
  const all: Messages[] = [frReview, enReview];
  for (const c of [
    grantsCatalog,
    grantsActCatalog,
    grantsStatesCatalog,
    consentCatalog,
    consentPresetsCatalog,
    consentStatusCatalog,
    cookieOppositionCatalog,
    coreCatalog,
    coreProblemCatalog,
    treeCatalog,
    mandateFormCatalog,
    padCatalog,
  ] as Catalog[])
    all.push(await messagesOf(c, 'fr'), await messagesOf(c, 'en'));
  return (foreign = [
    ...new Set(all.flatMap((m) => Object.values(m).flatMap((v) => v.split(/\{\w+\}/).map((s) => s.trim())))),
  ].filter((s) => s.length >= 14 && /\p{L}{4}/u.test(s)));
}
async function expectNoFrenchOrEnglish(pageText: string): Promise<void> {
  const found = (await foreignSentences()).filter((s) => pageText.includes(s));
  expect(found, `French or English on a German page: ${found.join(' | ')}`).to.deep.equal([]);
}

/** Answers the tree's current question with the keyboard: Tab in, arrows, Enter. */
async function answer(el: ProcuraDelegationTree, label: string): Promise<void> {
  const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  const index = radios.findIndex((r) => clean(r.closest('label')!.textContent) === label);
  expect(
    index,
    `"${label}" among ${radios.map((r) => clean(r.closest('label')!.textContent)).join(' | ')}`,
  ).to.be.at.least(0);
  (document.getElementById('before') as HTMLButtonElement).focus();
  await sendKeys({ press: 'Tab' });
  if (index === 0) await sendKeys({ press: 'Space' });
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('German (de, de-BE) in every element', () => {
  beforeEach(resetKit);

  it('the tree asks its first question in German, and its outcome is German too', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><button id="before">vorher</button><procura-delegation-tree lang="de" tree="broker-client-space"></procura-delegation-tree></div>`,
    );
    const el = wrap.querySelector<ProcuraDelegationTree>('procura-delegation-tree')!;
    await until(() => !!el.shadowRoot!.querySelector('legend'), 'the first question');
    expect(clean(el.shadowRoot!.querySelector('legend')!.textContent)).to.contain(
      'Wer ist der Versicherungsnehmer, der den Zugang beantragt?',
    );
    expect(shadowText(el)).to.contain(
      'Der Versicherungsnehmer ist die Person oder die Gesellschaft, die den Vertrag abgeschlossen hat.',
    );
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(shadowText(el));
    await answer(el, 'Eine juristische Person (eine Gesellschaft, eine Vereinigung…)');
    await answer(el, 'Für ihren gesetzlichen Vertreter');
    await until(() => !!el.shadowRoot!.querySelector('.verdict'), 'the outcome');
    expect(clean(el.shadowRoot!.querySelector('.verdict')!.textContent)).to.equal('Ein Vollmachtsformular ist nötig.');
    expect(shadowText(el)).to.contain('Die Gesellschaft erteilt ihrem gesetzlichen Vertreter eine Vollmacht');
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(shadowText(el));
  });

  it('the staff tree refuses in German, with its reason', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><button id="before">vorher</button><procura-delegation-tree lang="de-BE" tree="staff-delegation"></procura-delegation-tree></div>`,
    );
    const el = wrap.querySelector<ProcuraDelegationTree>('procura-delegation-tree')!;
    await until(() => !!el.shadowRoot!.querySelector('legend'), 'the first question');
    expect(clean(el.shadowRoot!.querySelector('legend')!.textContent)).to.contain(
      'Wen möchten Sie bevollmächtigen, unsere Online-Dienste in Ihrem Namen zu nutzen?',
    );
    await answer(el, 'Ein Mitglied eines Abrechnungsbüros');
    await answer(el, 'Ein kommerzielles Abrechnungsbüro');
    await until(() => !!el.shadowRoot!.querySelector('.verdict'), 'the outcome');
    expect(clean(el.shadowRoot!.querySelector('.verdict')!.textContent)).to.equal(
      'Diese Anfrage kann nicht angenommen werden.',
    );
    expect(shadowText(el)).to.contain('Wenn Ihr Abrechnungsbüro kommerziell ist');
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(shadowText(el));
  });

  it('the mandate form: first heading, Belgian words in de-BE, German errors', async () => {
    const el = await mount(
      html`<procura-mandate-form lang="de-BE" service="espace-client" grantor-kind="legal" no-draft></procura-mandate-form>`,
    );
    expect(clean(q(el, 'h2')!.textContent)).to.equal('Teil des Vollmachtgebers');
    const label = (path: string) => clean(q(el, `label[for="f-${path.replace(/\W/g, '-')}"]`)!.textContent);
    expect(label('grantor.enterpriseNumber')).to.contain('Unternehmensnummer (ZDU)');
    expect(label('grantor.phone')).to.contain('GSM oder Telefon');
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(formText(el));
    q<HTMLButtonElement>(el, 'button[part="next"]')!.click();
    await el.updateComplete;
    expect(clean(q(el, '.summary')!.textContent)).to.match(/\d+ Felder sind zu korrigieren:/);
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(formText(el));

    const plain = await mount(
      html`<procura-mandate-form lang="de" service="espace-client" grantor-kind="legal" no-draft></procura-mandate-form>`,
    );
    expect(clean(plain.shadowRoot!.querySelector(`label[for="f-grantor-enterpriseNumber"]`)!.textContent)).to.contain(
      'Unternehmensnummer',
    );
    expect(
      clean(plain.shadowRoot!.querySelector(`label[for="f-grantor-enterpriseNumber"]`)!.textContent),
    ).not.to.contain('ZDU');
  });

  it('the mandate form reviews, and its PDF reads back in German', async () => {
    const el = await mount(
      html`<procura-mandate-form lang="de" service="espace-client" no-draft></procura-mandate-form>`,
    );
    await complete(el, grantorNatural(), mandataryFields({ 'mandatary.relation': 'Buchhalter' }));
    await until(() => !!q(el, 'a[download]'), 'the PDF', 20_000);
    expect(clean(q(el, 'h2')!.textContent)).to.equal('Prüfen und senden');
    expect(formText(el)).to.contain('Drucken Sie das PDF aus, unterschreiben Sie es von Hand');
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(formText(el));
    const doc = at(await el.documents(), 0, 'document');
    expect(doc.mandate.locale).to.equal('de');
    const out = await pdfTool('pdftotext', new Uint8Array(await doc.blob.arrayBuffer()));
    expect(out.ok, out.output).to.equal(true);
    const txt = out.output.replace(/\s+/g, ' ');
    for (const s of [
      'Vollmacht für den Zugang zu einem Online-Dienst',
      'Unterschrieben von Anne Dupont',
      'Unterschrieben von Bram Janssens',
      '12. April 1980',
      'bis zum Widerruf',
      'Der Bevollmächtigte darf',
      'Seite 1 /',
      'Buchhalter',
    ])
      expect(txt, s).to.contain(s);
    for (const s of ['Signé par', 'Mandat d’accès', 'Signed by', 'until revoked', 'jusqu’à révocation'])
      expect(txt, s).not.to.contain(s);
  });

  it('the tree’s “self” path ends in a German access request, with its German PDF', async function () {
    this.timeout(60_000);
    const wrap = await fixture<HTMLElement>(html`<div lang="de"><button id="before">vorher</button>
      <procura-delegation-tree id="t-de" tree="broker-client-space" no-draft></procura-delegation-tree>
      <procura-mandate-form for="t-de" service="espace-client" no-draft></procura-mandate-form></div>`);
    const tree = wrap.querySelector<ProcuraDelegationTree>('procura-delegation-tree')!;
    const el = wrap.querySelector<Form>('procura-mandate-form')!;
    await until(() => !!tree.shadowRoot!.querySelector('legend'), 'the first question');
    await answer(tree, 'Eine natürliche Person');
    await answer(tree, 'Für den Versicherungsnehmer selbst');
    await until(() => shadowText(tree).includes('Der Versicherungsnehmer erhält selbst Zugang'), 'the outcome');
    tree.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')!.click();
    await until(() => clean(q(el, 'h2')?.textContent) === 'Ihr Zugangsantrag', 'the request in German');
    expect(formText(el)).to.contain('Schritt 1 von 2');
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(formText(el));
    await fill(el, {
      'grantor.givenName': 'Anne',
      'grantor.familyName': 'Dupont',
      'grantor.birthDate': '1980-04-12',
      'grantor.email': 'anne.dupont@example.com',
      'grantor.phone': '+32 470 12 34 56',
    });
    await sign(el, 'grantor');
    await next(el);
    await until(() => clean(q(el, 'h2')?.textContent) === 'Prüfen und senden', 'the review');
    const doc = (await el.requestDocument())!;
    expect(doc.filename).to.equal('zugangsantrag-espace-client.pdf');
    const out = await pdfTool('pdftotext', new Uint8Array(await doc.blob.arrayBuffer()));
    const txt = out.output.replace(/\s+/g, ' ');
    for (const s of [
      'Antrag auf Zugang zu einem Online-Dienst',
      'Der Antragsteller',
      'Unterschrift des Antragstellers',
      'Keine Vollmacht nötig',
    ])
      expect(txt, s).to.contain(s);
    for (const s of ['Demande d’accès', 'Request for access', 'Signé par', 'Signed by'])
      expect(txt, s).not.to.contain(s);
    await until(() => !!q(el, 'button[part="submit"]'), 'the send button');
    expect(clean(q(el, 'button[part="submit"]')!.textContent)).to.equal('Antrag senden');
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(formText(el));
  });

  it('the signature pad, the consent form and the cookie opposition speak German', async () => {
    const pad = await fixture<HTMLElement>(html`<procura-signature-pad lang="de" required></procura-signature-pad>`);
    await (pad as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await until(() => shadowText(pad).includes('Wie möchten Sie unterschreiben?'), 'the pad in German');
    expect(shadowText(pad)).to.contain('Ihre Unterschrift');
    await expect(pad).to.be.accessible();
    await expectNoFrenchOrEnglish(shadowText(pad));

    const consent = await mountConsent(
      {
        ...notice,
        purposes: [
          'electronic-prospection',
          'postal-phone-prospection',
          {
            preset: 'share',
            recipient: { fr: 'Banque X', de: 'Bank X' },
            data: { fr: 'vos droits de pension', de: 'Ihre Rentenansprüche' },
          },
        ],
      },
      { lang: 'de' },
    );
    await until(() => visibleText(consent).includes('Ihre Wahl zur Nutzung Ihrer Daten'), 'the consent form in German');
    expect(visibleText(consent)).to.contain('Ich bin einverstanden, per E-Mail, SMS oder MMS Angebote');
    expect(visibleText(consent)).to.contain(
      'Ich widerspreche, Angebote per Post oder durch den Anruf eines Beraters zu erhalten.',
    );
    expect(visibleText(consent)).to.contain(
      'Auf meinen Wunsch bin ich einverstanden, dass Sie Ihre Rentenansprüche an Bank X weitergeben.',
    );
    await expect(consent).to.be.accessible();
    await expectNoFrenchOrEnglish(visibleText(consent));

    const cookie = await fixture<HTMLElement>(
      html`<procura-cookie-opposition lang="de" policy-url="/datenschutz"></procura-cookie-opposition>`,
    );
    await until(() => shadowText(cookie).includes('Reichweitenmessung'), 'the cookie opposition in German');
    expect(shadowText(cookie)).to.contain('Ich widerspreche der Reichweitenmessung');
    await expect(cookie).to.be.accessible();
    await expectNoFrenchOrEnglish(shadowText(cookie));

    // Compact, the link's name starts with its visible words (German puts the verb last: label in name, WCAG 2.5.3).
    const compact = await fixture<HTMLElement>(
      html`<procura-cookie-opposition lang="de" compact policy-url="/datenschutz"></procura-cookie-opposition>`,
    );
    await until(
      () => !!compact.shadowRoot!.querySelector('a[part=more]') && shadowText(compact).includes('Mehr erfahren'),
      'the compact link in German',
    );
    const more = compact.shadowRoot!.querySelector('a[part=more]')!;
    expect(more.getAttribute('aria-label')).to.equal('Mehr erfahren über die Reichweitenmessung');
    expect(shadowText(compact)).to.contain('Ich widerspreche');
    await expect(compact).to.be.accessible();
  });

  it('the grants viewer lists a pending mandate in German', async () => {
    await control('reset');
    await resetServer();
    await mandate('anne', 'bram');
    await as('anne');
    const el = await fixture<ProcuraAccessGrants>(
      html`<procura-access-grants lang="de" endpoint=${env.backend!}></procura-access-grants>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part~=grant]'), 'the list', 15_000);
    await el.updateComplete;
    expect(clean(el.shadowRoot!.querySelector('h2')!.textContent)).to.equal('Personen, die für mich handeln dürfen');
    expect(clean(el.shadowRoot!.querySelector('[part~=grant]')!.textContent)).to.contain('Ausstehend');
    const revoke = el.shadowRoot!.querySelector('[part~=revoke]')!;
    expect(revoke.getAttribute('aria-label')).to.equal('Zugang widerrufen: Bram Janssens');
    expect(clean(revoke.textContent)).to.equal('Zugang widerrufen');
    await expect(el).to.be.accessible();
    await expectNoFrenchOrEnglish(shadowText(el));
  });
});
