import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import { toMandate, type Context, type Values } from '../../src/mandate-form/model.js';
import { check } from '../../src/mandate-form/check.js';
import {
  errorOf,
  field,
  fill,
  grantorNatural,
  mandataryFields,
  mount,
  next,
  q,
  root,
  sign,
  text,
  type,
  day,
} from './helpers.js';

const ctx = (o: Partial<Context> = {}): Context => ({
  service: 'espace-client',
  kind: 'natural',
  contracts: 'all',
  signatures: [],
  locale: 'fr',
  ...o,
});
const codes = (v: Values, c = ctx(), opts = {}) => Object.fromEntries(check(v, c, opts).map((i) => [i.path, i.code]));

describe('mandate rules (pure, shared with the server)', () => {
  it('refuses two equal e-mails, also through case and plus-addressing', () => {
    const base = { ...grantorNatural(), ...mandataryFields() };
    expect(codes({ ...base, 'mandatary.email': 'anne.dupont@example.com' })['mandatary.email']).to.equal('sameEmail');
    expect(codes({ ...base, 'mandatary.email': 'Anne.Dupont+bram@Example.com' })['mandatary.email']).to.equal(
      'sameEmail',
    );
    expect(codes(base)['mandatary.email']).to.equal(undefined);
  });

  it('refuses a shared or role address on either side, with a configurable list', () => {
    const base = { ...grantorNatural(), ...mandataryFields() };
    expect(codes({ ...base, 'grantor.email': 'info@cabinet-dupont.be' })['grantor.email']).to.equal('sharedEmail');
    expect(codes({ ...base, 'mandatary.email': 'secretariat+bram@cabinet.be' })['mandatary.email']).to.equal(
      'sharedEmail',
    );
    expect(codes({ ...base, 'mandatary.email': 'bureau@cabinet.be' })['mandatary.email']).to.equal(undefined);
    expect(
      codes({ ...base, 'mandatary.email': 'bureau@cabinet.be' }, ctx(), { roleLocalParts: ['bureau'] })[
        'mandatary.email'
      ],
    ).to.equal('sharedEmail');
  });

  it('runs the rules across fields even while other fields are still empty', () => {
    // Only the grantor's part is filled: the role address must still be caught in step 1.
    const c = codes(grantorNatural({ 'grantor.email': 'contact@x.be' }));
    expect(c['grantor.email']).to.equal('sharedEmail');
    expect(c['mandatary.email']).to.equal('required');
  });

  it('checks the Belgian enterprise number (mod 97) only for Belgium', () => {
    const legal = (n: string, country = 'BE') => ({
      'grantor.legalName': 'Acme SA',
      'grantor.enterpriseNumber': n,
      'grantor.country': country,
      'grantor.seat': 'Rue Royale 1, 1000 Bruxelles',
      'grantor.representative.givenName': 'Marie',
      'grantor.representative.familyName': 'Lambert',
      'grantor.representative.capacity': 'administratrice déléguée',
      'grantor.email': 'marie.lambert@acme.example.com',
      ...mandataryFields(),
    });
    const c = ctx({ kind: 'legal' });
    expect(codes(legal('0403.170.701'), c)['grantor.enterpriseNumber']).to.equal(undefined);
    expect(codes(legal('BE 0403 170 701'), c)['grantor.enterpriseNumber']).to.equal(undefined);
    expect(codes(legal('0403.170.702'), c)['grantor.enterpriseNumber']).to.equal('enterpriseNumber');
    expect(codes(legal('12345'), c)['grantor.enterpriseNumber']).to.equal('enterpriseNumber');
    expect(codes(legal('FR 12345', 'FR'), c)['grantor.enterpriseNumber']).to.equal(undefined);
  });

  it('requires the fields of the kind of person, and only those', () => {
    const natural = codes({}, ctx());
    for (const p of [
      'grantor.givenName',
      'grantor.familyName',
      'grantor.email',
      'mandatary.givenName',
      'mandatary.familyName',
      'mandatary.email',
    ])
      expect(natural[p], p).to.equal('required');
    expect(natural['grantor.legalName']).to.equal(undefined);
    expect(natural['grantor.birthDate']).to.equal(undefined);
    const legal = codes({}, ctx({ kind: 'legal' }));
    for (const p of [
      'grantor.legalName',
      'grantor.enterpriseNumber',
      'grantor.seat',
      'grantor.representative.givenName',
      'grantor.representative.familyName',
      'grantor.representative.capacity',
      'grantor.email',
    ])
      expect(legal[p], p).to.equal('required');
    expect(legal['grantor.givenName']).to.equal(undefined);
    expect(legal['grantor.representative']).to.equal(undefined); // said field by field instead
    expect(legal['grantor.representative.proof']).to.equal(undefined);
  });

  it('wants dates in order and none in the past', () => {
    const base = { ...grantorNatural(), ...mandataryFields() };
    expect(codes({ ...base, validFrom: day(-1) }).validFrom).to.equal('past');
    expect(codes({ ...base, validFrom: day(0), validUntil: day(30) }).validFrom).to.equal(undefined);
    expect(codes({ ...base, validFrom: day(10), validUntil: day(5) }).validUntil).to.equal('order');
    expect(codes({ ...base, validUntil: day(-3) }).validUntil).to.equal('order');
    expect(codes({ ...base, 'grantor.birthDate': day(2) })['grantor.birthDate']).to.equal('future');
  });

  it('wants contract ids unless all contracts are given, and one only for "one"', () => {
    const base = { ...grantorNatural(), ...mandataryFields() };
    expect(codes(base, ctx({ contracts: 'listed' }))['scope.contractIds']).to.equal('required');
    expect(
      codes({ ...base, 'scope.contractIds': 'P-1, P-2' }, ctx({ contracts: 'one' }))['scope.contractIds'],
    ).to.equal('max');
    const m = toMandate({ ...base, 'scope.contractIds': 'P-1, P-2 ;P-3' }, ctx({ contracts: 'listed' }));
    expect(m.scope.contractIds).to.deep.equal(['P-1', 'P-2', 'P-3']);
  });

  it('wants both signatures', () => {
    const c = codes({ ...grantorNatural(), ...mandataryFields() });
    expect(c['signatures.grantor']).to.equal('signature');
    expect(c['signatures.mandatary']).to.equal('signature');
  });
});

describe('<procura-mandate-form> validation as a person sees it', () => {
  beforeEach(resetKit);

  it('says nothing while typing the first time, then shows the message beside the field once left', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await type(el, 'grantor.email', 'info@cabinet.be');
    expect(errorOf(el, 'grantor.email')).to.equal('');
    expect(field(el, 'grantor.email')!.getAttribute('aria-invalid')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorOf(el, 'grantor.email')).to.contain('une seule personne');
    const input = field(el, 'grantor.email')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('e-f-grantor-email');
    await expect(el).to.be.accessible();
    // Corrected: the message goes as the person types.
    input.focus();
    input.select();
    await sendKeys({ type: 'anne.dupont@cabinet.be' });
    await el.updateComplete;
    expect(errorOf(el, 'grantor.email')).to.equal('');
  });

  it('on submit: a summary with links, every message, focus on the first error', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await next(el);
    const summary = q(el, '.summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.include('Prénom : Ce champ est obligatoire.');
    expect(links.join()).to.contain('Signature du mandant : La signature manque');
    expect(links.some((l) => l.startsWith('Prénom du mandataire') || l.includes('mandataire :'))).to.equal(false);
    expect(root(el).activeElement?.getAttribute('name')).to.equal('grantor.givenName');
    await expect(el).to.be.accessible();
    // A link takes the focus to its field.
    (summary.querySelectorAll('a')[2] as HTMLAnchorElement).click();
    expect(root(el).activeElement?.getAttribute('name')).to.equal('grantor.email');
  });

  it('asks a legal person for its company fields and checks the enterprise number', async () => {
    const el = await mount(
      html`<procura-mandate-form service="espace-client" grantor-kind="legal" no-draft></procura-mandate-form>`,
    );
    expect(field(el, 'grantor.givenName')).to.equal(null);
    expect(field(el, 'grantor.kind')).to.equal(null);
    await fill(el, { 'grantor.legalName': 'Acme SA', 'grantor.enterpriseNumber': '0403.170.702' });
    expect(errorOf(el, 'grantor.enterpriseNumber')).to.contain('0403.170.701');
    await fill(el, { 'grantor.enterpriseNumber': '0403.170.701' });
    expect(errorOf(el, 'grantor.enterpriseNumber')).to.equal('');
    await next(el);
    for (const p of [
      'grantor.seat',
      'grantor.representative.givenName',
      'grantor.representative.familyName',
      'grantor.representative.capacity',
      'grantor.email',
    ])
      expect(errorOf(el, p), p).to.equal('Ce champ est obligatoire.');
    expect(errorOf(el, 'grantor.representative.proof')).to.equal('');
    expect(field(el, 'grantor.representative.capacity')!.getAttribute('autocomplete')).to.equal('organization-title');
    await expect(el).to.be.accessible();
  });

  it('switches the required fields with the kind of person', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    expect(field(el, 'grantor.givenName')!.required).to.equal(true);
    await fill(el, { 'grantor.kind': 'legal' });
    expect(field(el, 'grantor.givenName')).to.equal(null);
    expect(field(el, 'grantor.legalName')!.required).to.equal(true);
    expect(field(el, 'grantor.representative.givenName')!.autocomplete).to.equal('given-name');
  });

  it('refuses the grantor’s address for the mandatary in step 2, with 004’s reason', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await fill(el, grantorNatural());
    await sign(el, 'grantor');
    await next(el);
    await next(el);
    await fill(el, mandataryFields({ 'mandatary.email': 'ANNE.DUPONT+bram@example.com' }));
    expect(errorOf(el, 'mandatary.email')).to.contain('mot de passe temporaire');
    expect(field(el, 'mandatary.email')!.getAttribute('autocomplete')).to.equal('section-mandatary email');
  });

  it('uses the roleAddresses of its configuration', async () => {
    const el = await mount(
      html`<procura-mandate-form service="espace-client" no-draft><script type="application/json">{"roleAddresses":["bureau"]}</script></procura-mandate-form>`,
    );
    await fill(el, { 'grantor.email': 'bureau@cabinet.be' });
    expect(errorOf(el, 'grantor.email')).to.contain('partagée');
    await fill(el, { 'grantor.email': 'info@cabinet.be' });
    expect(errorOf(el, 'grantor.email')).to.equal('');
  });

  it('refuses past and unordered dates beside the date fields', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await fill(el, { validFrom: day(-2) });
    expect(errorOf(el, 'validFrom')).to.contain('passée');
    await fill(el, { validFrom: day(5), validUntil: day(1) });
    expect(errorOf(el, 'validFrom')).to.equal('');
    expect(errorOf(el, 'validUntil')).to.contain('suivre');
    expect(field(el, 'validFrom')!.min).to.equal(day(0));
    expect(text(el)).to.contain('Valable jusqu’au (facultatif)');
  });
});
