import { expect, html } from '@open-wc/testing';
import '../support/env.js';
import { pdfTool, resetKit } from '../support/env.js';
import { canonicalJson, sha256Hex } from '../../src/core/crypto.js';
import { mandatePdf, clean, isWinAnsi } from '../../src/mandate-form/pdf.js';
import { pdfImage } from '../../src/mandate-form/images.js';
import { complete, grantorNatural, mandataryFields, mount, type Form, nth } from './helpers.js';

const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
const pdftext = async (b: Blob) => {
  const r = await pdfTool('pdftotext', await bytesOf(b));
  expect(r.ok, r.output).to.equal(true);
  // pdftotext -layout spreads columns with spaces: compare on single spaces.
  return r.output.replace(/[ \t]+/g, ' ');
};

/** A tree-like element: what <procura-delegation-tree> exposes (decision, definition, the event). */
function fakeTree(id: string) {
  const t = Object.assign(document.createElement('div'), { id }) as HTMLDivElement & {
    decision?: unknown;
    definition?: unknown;
  };
  t.definition = {
    id: 'broker-client-space',
    version: '1',
    start: 'person',
    questions: {
      person: {
        text: { fr: 'Qui est le preneur d’assurance ?' },
        options: [{ id: 'natural', label: { fr: 'Une personne physique' }, next: 'natural-for' }],
      },
      'natural-for': {
        text: { fr: 'Pour qui l’accès est-il demandé ?' },
        options: [{ id: 'other', label: { fr: 'Pour une autre personne que l’assuré' }, next: 'natural-other' }],
      },
    },
    outcomes: {},
  };
  t.decision = {
    treeId: 'broker-client-space',
    treeVersion: '1',
    answers: [
      { question: 'person', option: 'natural' },
      { question: 'natural-for', option: 'other' },
    ],
    outcome: 'natural-other',
    result: {
      id: 'natural-other',
      mandate: true,
      contracts: 'listed',
      form: 'mandate-natural',
      text: { fr: 'Mandat pour une liste de contrats.' },
    },
  };
  return t;
}

async function signedForm(
  grantor = grantorNatural(),
  mandatary = mandataryFields(),
  attrs = html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`,
): Promise<Form> {
  const el = await mount(attrs);
  await complete(el, grantor, mandatary);
  return el;
}

describe('the mandate PDF', () => {
  beforeEach(resetKit);

  it('holds every field, both signers with their times, the decision answers and the data hash (French accents, Helvetica)', async () => {
    const wrap = document.createElement('div');
    document.body.append(wrap);
    wrap.append(fakeTree('t1'));
    try {
      const el = await mount(
        html`<procura-mandate-form for="t1" no-draft service="espace-client"></procura-mandate-form>`,
      );
      wrap.append(el);
      await el.updateComplete;
      const grantor = grantorNatural({
        'grantor.givenName': 'Hélène',
        'grantor.familyName': 'Lefèvre-Dubœuf',
        'grantor.clientRef': 'C-100231',
      });
      await complete(
        el,
        {
          ...grantor,
          'scope.contractIds': 'P-77 P-78',
          'scope.includeFuture': true,
          validFrom: '2099-01-01',
          validUntil: '2099-12-31',
        },
        mandataryFields({ 'mandatary.givenName': 'François', 'mandatary.relation': 'beau-frère' }),
      );
      const doc = nth(await el.documents(), 0, 'document');
      const txt = await pdftext(doc.blob);
      for (const s of [
        'Mandat d’accès à un service en ligne',
        'Hélène',
        'Lefèvre-Dubœuf',
        '12 avril 1980',
        'anne.dupont@example.com',
        '+32 470 12 34 56',
        'C-100231',
        'François',
        'Janssens',
        'bram.janssens@example.com',
        'beau-frère',
        'espace-client',
        'Une liste de contrats',
        'P-77, P-78',
        'Inclure aussi les contrats futurs oui',
        '1 janvier 2099',
        '31 décembre 2099',
      ])
        expect(txt, s).to.contain(s);
      expect(txt).to.contain('Signé par Hélène Lefèvre-Dubœuf');
      expect(txt).to.contain('Signé par François Janssens');
      for (const s of doc.mandate.signatures) {
        const d = new Date(s.signedAt);
        expect(txt).to.contain(
          `le ${new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short' }).format(d).replace(/\u202f|\u00a0/g, ' ')}`,
        );
      }
      expect(txt).to.contain('Qui est le preneur d’assurance ? Une personne physique');
      expect(txt).to.contain('Pour une autre personne que l’assuré');
      // The outcome is a sentence about this document, not the questionnaire's instruction.
      expect(txt.replace(/\s+/g, ' ')).to.contain(
        'Résultat Mandat requis : le mandataire verra uniquement les contrats indiqués dans ce mandat.',
      );
      expect(txt).not.to.contain('Mandat pour une liste de contrats.');
      // The footer hash is the SHA-256 of the canonical JSON of the mandate without its document.
      const { document: _, ...data } = doc.mandate;
      const hash = await sha256Hex(canonicalJson(data));
      expect(doc.dataHash).to.equal(hash);
      expect(txt.replace(/\s+/g, '')).to.contain(hash);
      expect(txt).to.match(/Page 1 \/ \d/);
      // The PDF's own hash is the one the mandate declares.
      expect(doc.mandate.document!.sha256).to.equal(await sha256Hex(await bytesOf(doc.blob)));
      expect(doc.mandate.decision).to.deep.equal({
        treeId: 'broker-client-space',
        treeVersion: '1',
        answers: [
          { question: 'person', option: 'natural' },
          { question: 'natural-for', option: 'other' },
        ],
        outcome: 'natural-other',
      });
      const fonts = await pdfTool('pdffonts', await bytesOf(doc.blob));
      expect(fonts.output).to.contain('Helvetica');
      expect(fonts.output).not.to.contain('DejaVu');
      expect(fonts.output).not.to.match(/\byes\s+yes\s+yes\b/); // nothing embedded
      const check = await pdfTool('qpdf', await bytesOf(doc.blob));
      expect(check.ok, check.output).to.equal(true);
      expect(check.output).to.contain('No syntax or stream encoding errors');
    } finally {
      wrap.remove();
    }
  });

  it('keeps every letter of Łódź, Dvořák, Şişli and Nguyễn by embedding DejaVu Sans', async () => {
    const el = await signedForm(
      grantorNatural({
        'grantor.givenName': 'Antonín',
        'grantor.familyName': 'Dvořák',
        'grantor.clientRef': 'Şişli-42',
      }),
      mandataryFields({
        'mandatary.givenName': 'Lan',
        'mandatary.familyName': 'Nguyễn',
        'mandatary.relation': 'collègue de Łódź',
      }),
    );
    const doc = nth(await el.documents(), 0, 'document');
    const txt = await pdftext(doc.blob);
    for (const s of [
      'Antonín',
      'Dvořák',
      'Şişli-42',
      'Nguyễn',
      'collègue de Łódź',
      'Signé par Antonín Dvořák',
      'Signé par Lan Nguyễn',
    ])
      expect(txt, s).to.contain(s);
    const fonts = await pdfTool('pdffonts', await bytesOf(doc.blob));
    expect(fonts.output).to.match(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts.output).not.to.contain('Helvetica');
    expect((await pdfTool('qpdf', await bytesOf(doc.blob))).ok).to.equal(true);
    // A subset: far smaller than the 757 KB font.
    expect(doc.blob.size).to.be.below(150_000);
  });

  it('is written in the form’s language, and takes the page’s text overrides', async () => {
    const { configure } = await import('../../src/core/configure.js');
    configure({ strings: { 'nl-BE': { 'mandate.pdf.commitments': 'Afspraken' } } });
    const el = await signedForm(
      undefined,
      undefined,
      html`<procura-mandate-form lang="nl-BE" service="espace-client" no-draft></procura-mandate-form>`,
    ).catch(async () => {
      throw new Error('the Dutch form could not be completed');
    });
    const doc = nth(await el.documents(), 0, 'document');
    const txt = await pdftext(doc.blob);
    for (const s of [
      'Volmacht voor toegang tot een onlinedienst',
      'Ondertekend door Anne Dupont',
      'Afspraken',
      'Vingerafdruk van de gegevens',
      'tot herroeping',
    ])
      expect(txt, s).to.contain(s);
    expect(txt).to.match(/Pagina 1 \/ \d/);
    expect(txt).not.to.contain('Verbintenissen');
    expect(el.shadowRoot!.querySelector('button[part="submit"]')!.textContent!.trim()).to.equal('Volmacht versturen');
  });

  it('makes one mandate and one PDF per service', async () => {
    const el = await signedForm(
      undefined,
      undefined,
      html`<procura-mandate-form services="facturation dossiers" no-draft></procura-mandate-form>`,
    );
    const docs = await el.documents();
    expect(docs.map((d) => d.service)).to.deep.equal(['facturation', 'dossiers']);
    expect(docs.map((d) => d.filename)).to.deep.equal(['mandat-facturation.pdf', 'mandat-dossiers.pdf']);
    expect(nth(docs, 0, 'document').sha256).not.to.equal(nth(docs, 1, 'document').sha256);
    expect(await pdftext(nth(docs, 0, 'document').blob)).to.contain('Service : facturation');
    expect(await pdftext(nth(docs, 1, 'document').blob)).to.contain('Service : dossiers');
    expect(el.shadowRoot!.querySelectorAll('a[part="document"]').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('button[part="submit"]')!.textContent!.trim()).to.equal(
      'Envoyer les 2 mandats',
    );
  });

  // Its speed is measured by `npm run bench` (budget mandate-pdf), never here: this machine is shared.
  it('builds a two-page mandate with two signatures, again and again, with the font cached', async () => {
    const el = await signedForm();
    const doc = nth(await el.documents(), 0, 'document');
    const sigs = (el as unknown as { flow: { sigs: Record<'grantor' | 'mandatary', { png: Blob }> } }).flow.sigs;
    const images = { grantor: await pdfImage(sigs.grantor.png), mandatary: await pdfImage(sigs.mandatary.png) };
    expect(images.grantor[0]).to.equal(0xff); // a JPEG: placed as is, where a large PNG costs pdf-lib hundreds of ms
    const long = Array.from({ length: 14 }, (_, i) => ({
      question: `Question ${i + 1} : quelle est votre situation exacte ?`,
      answer: `Réponse ${i + 1}`,
    }));
    const input = (family: string) => ({
      mandate: {
        ...doc.mandate,
        grantor: { ...doc.mandate.grantor, familyName: family },
        signatures: doc.mandate.signatures.map((x) => ({ ...x, signerName: `${x.signerName} ${family}` })),
      },
      t: (k: string, p?: Record<string, string | number>) => `${k} ${p ? Object.values(p).join(' ') : ''}`,
      label: (p: string) => p,
      date: (d: string) => d,
      dateTime: (d: string) => d,
      title: 'Courtier Demo',
      serviceName: 'espace-client',
      images,
      decisionPath: long,
      dataHash: 'a'.repeat(64),
    });
    for (const family of ['Dupont', 'Dvořák']) {
      await mandatePdf(input(family)); // warm-up: pdf-lib's first run, the font fetch
      let bytes: Uint8Array<ArrayBufferLike> = new Uint8Array();
      for (let i = 0; i < 3; i++) bytes = await mandatePdf(input(family));
      const pages = (await pdfTool('pdfinfo', bytes)).output.match(/Pages:\s+(\d+)/)![1];
      expect((await pdfTool('pdffonts', bytes)).output.includes('DejaVuSans')).to.equal(family !== 'Dupont');
      expect(pages).to.equal('2');
    }
  });

  it('never throws on odd text: Intl spaces, control characters, letters typed decomposed', async () => {
    expect(clean('1\u202f000\u00a0€\u200b')).to.equal('1 000 €');
    expect(clean('a\u202eb\u2066c\u0007\nd')).to.equal('abc\nd'); // bidi controls and a bell go, the line break stays
    expect(isWinAnsi('Œuvre « française » — 12 €')).to.equal(true);
    expect(isWinAnsi('Łódź')).to.equal(false);
    const el = await signedForm(grantorNatural({ 'grantor.familyName': 'Nguy\u0065\u0302\u0303n \u0007' }));
    const doc = nth(await el.documents(), 0, 'document');
    const txt = await pdftext(doc.blob);
    expect(txt).to.contain('Nguyễn'); // NFD input, composed again
    expect((await pdfTool('qpdf', await bytesOf(doc.blob))).ok).to.equal(true);
  });

  it('refuses letters outside its font (山田) rather than print blank boxes, and names each of them', async () => {
    const el = await signedForm(grantorNatural({ 'grantor.familyName': 'Nguyễn 山田' }));
    expect(await el.documents()).to.deep.equal([]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.pdf-failed')?.textContent).to.contain('« 山 » et « 田 »');
  });

  it('leaves boxes to sign by hand on the paper route, and prints the site’s title and logo', async () => {
    const logo = await new Promise<string>((resolve) => {
      const c = Object.assign(document.createElement('canvas'), { width: 60, height: 20 });
      c.getContext('2d')!.fillRect(0, 0, 60, 20);
      resolve(c.toDataURL('image/png'));
    });
    const el = await mount(
      html`<procura-mandate-form service="espace-client" no-draft .config=${{ title: { fr: 'Courtier Demo – mandat', en: 'Courtier Demo – mandate' }, logoUrl: logo }}></procura-mandate-form>`,
    );
    await el.updateComplete;
    const { fill } = await import('./helpers.js');
    await fill(el, { ...grantorNatural(), ...mandataryFields() } as Record<string, string>).catch(() => undefined);
    const doc = nth(await el.documents(), 0, 'document');
    const txt = await pdftext(doc.blob);
    expect(txt).to.contain('Courtier Demo – mandat');
    expect(txt.match(/Nom, date et signature manuscrite/g)?.length).to.equal(2);
    const info = await pdfTool('pdfinfo', await bytesOf(doc.blob));
    expect(info.output).to.contain('Courtier Demo – mandat');
    expect(doc.blob.size).to.be.above(1000);
  });
});
