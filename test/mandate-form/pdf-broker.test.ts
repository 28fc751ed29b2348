// What a broker files: the PDF read back with pdftotext (and drawn with pdftoppm) shows
// the broker's identity, the clause, the duration, the client reference, the outcome as
// a sentence, display names instead of ids, and the document id with the page number on
// every page; the access request has its own title and a single signature.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/env.js';
import { pdfTool, resetKit } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import { mandatePdf, type MandatePdfInput } from '../../src/mandate-form/pdf.js';
import { clauseFor } from '../../src/mandate-form/clauses.js';
import type { Mandate } from '../../src/model/mandate.js';
import type { AccessRequest } from '../../src/model/access-request.js';
import frForm from '../../src/i18n/fr/mandate-form.js';
import nlForm from '../../src/i18n/nl/mandate-form.js';
import frLater from '../../src/i18n/fr/mandate-form-later.js';
import nlLater from '../../src/i18n/nl/mandate-form-later.js';
import frReview from '../../src/i18n/fr/mandate-form-review.js';
import nlReview from '../../src/i18n/nl/mandate-form-review.js';
import { complete, grantorNatural, mandataryFields, mount, nth } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const BROKER = {
  name: 'Courtier Demo SRL',
  registration: 'FSMA 0123.456.789',
  address: 'Rue de la Loi 16, 1000 Bruxelles',
  email: 'bureau@courtier.example',
  phone: '+32 2 555 01 23',
};
const NAMES = {
  services: { 'espace-client': { fr: 'Espace client en ligne', nl: 'Online klantenzone' } },
  contracts: { 'P-77': { fr: 'Auto, Golf 8', nl: 'Auto, Golf 8' } },
};

/** pdftotext's pages (split on form feeds), each on single spaces. */
async function pages(bytes: Uint8Array | Blob): Promise<string[]> {
  const u8 = bytes instanceof Blob ? new Uint8Array(await bytes.arrayBuffer()) : bytes;
  const r = await pdfTool('pdftotext', u8);
  expect(r.ok, r.output).to.equal(true);
  return r.output
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ' '));
}

/** The dictionaries the element uses, as the element's `t` and `label` would give them. */
function texts(locale: 'fr' | 'nl') {
  // The form's texts: its first screen's and its later steps' (a lazy catalog of its own).
  const form = { ...(locale === 'fr' ? frForm : nlForm), ...(locale === 'fr' ? frLater : nlLater) } as Record<
    string,
    string
  >;
  const review = (locale === 'fr' ? frReview : nlReview) as Record<string, string>;
  const t = (key: string, p: Record<string, string | number> = {}) =>
    (review[key] ?? form[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => (n in p ? String(p[n]) : m));
  const label = (path: string) => form[`mandate.${path}`] ?? form[`mandate.${path.split('.').pop()}`] ?? path;
  const date = (d: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(d));
  return { t, label, date, dateTime: date };
}

const signedAt = '2026-11-30T10:00:00.000Z';
const mandate = (o: Partial<Mandate> = {}): Mandate =>
  ({
    service: 'espace-client',
    grantor: {
      kind: 'natural',
      givenName: 'Anne',
      familyName: 'Dupont',
      email: 'anne.dupont@example.com',
      clientRef: 'C-100231',
    },
    mandatary: { givenName: 'Bram', familyName: 'Janssens', email: 'bram.janssens@example.com', relation: 'comptable' },
    scope: { contracts: 'listed', contractIds: ['P-77', 'P-78'], includeFuture: false },
    signatures: [
      { party: 'grantor', method: 'typed', signerName: 'Anne Dupont', signedAt },
      { party: 'mandatary', method: 'typed', signerName: 'Bram Janssens', signedAt },
    ],
    locale: 'fr',
    ...o,
  }) as Mandate;
const request = (locale = 'fr'): AccessRequest =>
  ({
    service: 'espace-client',
    requester: {
      kind: 'natural',
      givenName: 'Anne',
      familyName: 'Dupont',
      email: 'anne.dupont@example.com',
      phone: '+32 470 12 34 56',
      clientRef: 'C-100231',
    },
    scope: { contracts: 'all', includeFuture: true },
    signatures: [{ party: 'requester', method: 'typed', signerName: 'Anne Dupont', signedAt }],
    locale,
  }) as AccessRequest;

const input = (locale: 'fr' | 'nl', o: Partial<MandatePdfInput> = {}): MandatePdfInput => ({
  ...texts(locale),
  mandate: mandate({ locale }),
  serviceName: NAMES.services['espace-client'][locale],
  broker: BROKER,
  clause: clauseFor('espace-client', locale),
  documentId: crypto.randomUUID(),
  dataHash: 'b'.repeat(64),
  createdAt: signedAt,
  ...o,
});

/** The page images pdftoppm draws, as canvases. */
async function rendered(bytes: Uint8Array): Promise<HTMLCanvasElement[]> {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const r = (await executeServerCommand('pdf-tool', { tool: 'pdftoppm', base64: btoa(bin) })) as {
    ok: boolean;
    output: string;
  };
  expect(r.ok, r.output).to.equal(true);
  return Promise.all(
    r.output.split('\n').map(async (b64) => {
      const img = await createImageBitmap(
        new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      );
      const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
      c.getContext('2d')!.drawImage(img, 0, 0);
      return c;
    }),
  );
}
/** Share of dark pixels in a band of the page (from `top` to `bottom`, as fractions of its height). */
function ink(c: HTMLCanvasElement, top: number, bottom: number): number {
  const y = Math.floor(c.height * top);
  const { data } = c.getContext('2d')!.getImageData(0, y, c.width, Math.max(1, Math.floor(c.height * bottom) - y));
  let dark = 0;
  for (let i = 0; i < data.length; i += 4)
    if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 384) dark++;
  return dark / (data.length / 4);
}

describe('the PDF a broker files', () => {
  beforeEach(resetKit);

  it('prints the broker, the clause, “jusqu’à révocation”, the client reference and the outcome as a sentence (fr)', async () => {
    const i = input('fr', {
      decisionPath: [{ question: 'Pour qui l’accès est-il demandé ?', answer: 'Pour une autre personne' }],
      outcome: { mandate: true, contracts: 'listed' },
      contractName: (id) => (id === 'P-77' ? 'Auto, Golf 8' : id),
    });
    const ps = await pages(await mandatePdf(i));
    const txt = ps.join(' ');
    for (const s of [
      'Le courtier',
      'Bureau Courtier Demo SRL',
      'Numéro d’inscription FSMA 0123.456.789',
      'Rue de la Loi 16, 1000 Bruxelles',
      'bureau@courtier.example · +32 2 555 01 23',
    ])
      expect(txt, s).to.contain(s);
    expect(txt).to.contain('Ce que le mandataire peut faire');
    expect(txt).to.contain(
      'Le mandataire peut consulter les contrats, les documents et les sinistres couverts par ce mandat, et envoyer des messages au courtier.',
    );
    expect(txt).to.contain(
      'Le mandataire ne peut pas modifier ni résilier un contrat, ni modifier les données personnelles du mandant, ni donner accès à une autre personne.',
    );
    expect(txt).to.contain('Durée jusqu’à révocation');
    expect(txt).to.contain('Référence client C-100231');
    expect(txt).to.contain(
      'Résultat Mandat requis : le mandataire verra uniquement les contrats indiqués dans ce mandat.',
    );
    expect(txt).to.contain('Service : Espace client en ligne');
    expect(txt).to.contain('Auto, Golf 8 (P-77), P-78');
    expect(txt).not.to.contain('espace-client');
    expect(txt).not.to.contain('mandate.'); // no key left untranslated
    ps.forEach((p, n) => {
      expect(p, `page ${n + 1}`).to.contain(`Document n° ${i.documentId}`);
      expect(p, `page ${n + 1}`).to.contain(`Page ${n + 1} / ${ps.length}`);
    });
  });

  it('prints the end date when there is one, and never “jusqu’à révocation” then', async () => {
    const txt = (await pages(await mandatePdf(input('fr', { mandate: mandate({ validUntil: '2099-12-31' }) })))).join(
      ' ',
    );
    expect(txt).to.contain('Valable jusqu’au 31 décembre 2099');
    expect(txt).not.to.contain('révocation');
  });

  it('speaks Dutch: the broker, the default clause, “tot herroeping”, the outcome, the page numbers (nl)', async () => {
    const i = input('nl', {
      decisionPath: [{ question: 'Voor wie?', answer: 'Voor de verzekerde van een contract' }],
      outcome: { mandate: true, contracts: 'one' },
    });
    const ps = await pages(await mandatePdf(i));
    const txt = ps.join(' ');
    for (const s of [
      'De makelaar',
      'Kantoor Courtier Demo SRL',
      'Inschrijvingsnummer FSMA 0123.456.789',
      'Wat de gevolmachtigde mag doen',
      'De gevolmachtigde mag de contracten, documenten en schadegevallen bekijken die onder deze volmacht vallen, en berichten sturen naar de makelaar.',
      'Duur tot herroeping',
      'Klantreferentie C-100231',
      'Resultaat Volmacht nodig: de gevolmachtigde ziet één contract, het contract dat in deze volmacht staat.',
      'Dienst: Online klantenzone',
    ])
      expect(txt, s).to.contain(s);
    expect(txt).not.to.contain('espace-client');
    ps.forEach((p, n) =>
      expect(p)
        .to.contain(`Document nr. ${i.documentId}`)
        .and.to.contain(`Pagina ${n + 1} / ${ps.length}`),
    );
  });

  it('puts the document id and “Page n / total” on every page of a long document, which pdftoppm draws and qpdf accepts', async () => {
    const long = Array.from({ length: 24 }, (_, n) => ({
      question: `Question ${n + 1} : quelle est votre situation exacte ?`,
      answer: `Réponse ${n + 1}`,
    }));
    const i = input('fr', { decisionPath: long, outcome: { mandate: true, contracts: 'all' } });
    const bytes = await mandatePdf(i);
    const ps = await pages(bytes);
    expect(ps.length).to.be.at.least(2);
    ps.forEach((p, n) => {
      expect(p, `page ${n + 1}`).to.contain(`Document n° ${i.documentId}`);
      expect(p, `page ${n + 1}`).to.contain(`Page ${n + 1} / ${ps.length}`);
      expect(p.replace(/\s+/g, ''), `page ${n + 1}`).to.contain('b'.repeat(64));
    });
    const check = await pdfTool('qpdf', bytes);
    expect(check.ok, check.output).to.equal(true);
    const images = await rendered(bytes);
    expect(images.length).to.equal(ps.length);
    for (const [n, c] of images.entries()) {
      expect(c.width, `page ${n + 1} is A4 at 36 dpi`).to.be.within(296, 300);
      expect(ink(c, 0, 0.9), `page ${n + 1} has text`).to.be.above(0.005);
      expect(ink(c, 0.93, 1), `page ${n + 1} has its footer`).to.be.above(0.001);
    }
  });

  it('makes an access request: its own title, the requester, one signature, no mandatary and no clause (fr and nl)', async () => {
    for (const [locale, title, who, sig, none] of [
      [
        'fr',
        'Demande d’accès à un service en ligne',
        'Le demandeur : la personne qui demande l’accès à son propre espace',
        'Signature du demandeur',
        'Pas de mandat requis : le preneur demande par écrit l’accès à son propre espace, pour tous ses contrats.',
      ],
      [
        'nl',
        'Aanvraag voor toegang tot een onlinedienst',
        'De aanvrager: wie toegang vraagt tot zijn of haar eigen zone',
        'Handtekening van de aanvrager',
        'Geen volmacht nodig: de verzekeringnemer vraagt schriftelijk toegang tot zijn of haar eigen zone, voor al zijn of haar contracten.',
      ],
    ] as const) {
      const i = input(locale, {
        kind: 'access-request',
        mandate: request(locale),
        decisionPath: [{ question: '?', answer: '!' }],
        outcome: { mandate: false, contracts: 'all' },
      });
      const bytes = await mandatePdf(i);
      const txt = (await pages(bytes)).join(' ');
      for (const s of [title, who, sig, none, 'C-100231', 'anne.dupont@example.com', BROKER.name])
        expect(txt, `${locale}: ${s}`).to.contain(s);
      expect(txt.match(new RegExp(locale === 'fr' ? 'Signé par' : 'Ondertekend door', 'g'))?.length, locale).to.equal(
        1,
      );
      for (const s of locale === 'fr'
        ? ['mandataire', 'Mandat d’accès', 'Signatures']
        : ['gevolmachtigde', 'Volmacht voor', 'Handtekeningen'])
        expect(txt, `${locale}: ${s}`).not.to.contain(s);
      expect(txt).not.to.contain('mandate.');
      const info = await pdfTool('pdfinfo', bytes);
      expect(info.output).to.contain(title);
      expect((await pdfTool('qpdf', bytes)).ok).to.equal(true);
    }
  });
});

/** A tree-like element: what <procura-delegation-tree> exposes (decision, definition). */
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
        text: { fr: 'Qui est le preneur d’assurance ?', nl: 'Wie is de verzekeringnemer?' },
        options: [
          {
            id: 'natural',
            label: { fr: 'Une personne physique', nl: 'Een natuurlijke persoon' },
            next: 'natural-other',
          },
        ],
      },
    },
    outcomes: {},
  };
  t.decision = {
    treeId: 'broker-client-space',
    treeVersion: '1',
    answers: [{ question: 'person', option: 'natural' }],
    outcome: 'natural-other',
    result: {
      id: 'natural-other',
      mandate: true,
      contracts: 'listed',
      form: 'mandate-natural',
      text: { fr: 'Chacun remplit et signe sa partie.', nl: 'Elk vult zijn deel in.' },
    },
  };
  return t;
}

describe('the mandate form’s PDF, from configure()', () => {
  beforeEach(resetKit);

  for (const locale of ['fr', 'nl'] as const) {
    it(`takes the broker, the names and the clause from configure(), and hands back the document id (${locale})`, async () => {
      const nl = locale === 'nl';
      configure({
        ...NAMES,
        broker: BROKER,
        ...(nl && {
          clauses: {
            'espace-client': {
              may: {
                fr: 'Le mandataire peut voir les factures.',
                nl: 'De gevolmachtigde mag alleen de facturen bekijken.',
              },
              mayNot: { fr: 'Le mandataire ne peut rien payer.', nl: 'De gevolmachtigde mag niets betalen.' },
            },
          },
        }),
      });
      const wrap = document.createElement('div');
      wrap.lang = locale;
      document.body.append(wrap);
      wrap.append(fakeTree(`tree-${locale}`));
      try {
        const el = await mount(
          html`<procura-mandate-form for=${`tree-${locale}`} no-draft service="espace-client"></procura-mandate-form>`,
        );
        wrap.append(el);
        await el.updateComplete;
        await complete(el, { ...grantorNatural(), 'scope.contractIds': 'P-77 P-78' }, mandataryFields());
        const doc = nth(await el.documents(), 0, 'document');
        expect(doc.documentId).to.match(UUID);
        const ps = await pages(doc.blob);
        const txt = ps.join(' ');
        expect(txt).to.contain(nl ? 'Dienst: Online klantenzone' : 'Service : Espace client en ligne');
        expect(txt).not.to.contain('espace-client');
        expect(txt).to.contain('Auto, Golf 8 (P-77)');
        expect(txt).to.contain(`${nl ? 'Kantoor' : 'Bureau'} Courtier Demo SRL`);
        expect(txt).to.contain('FSMA 0123.456.789');
        expect(txt).to.contain('C-100231');
        expect(txt).to.contain(nl ? 'tot herroeping' : 'jusqu’à révocation');
        if (nl) {
          expect(txt).to.contain('De gevolmachtigde mag alleen de facturen bekijken.');
          expect(txt).to.contain('De gevolmachtigde mag niets betalen.');
          expect(txt).not.to.contain('schadegevallen');
        } else
          expect(txt).to.contain(
            'Le mandataire peut consulter les contrats, les documents et les sinistres couverts par ce mandat, et envoyer des messages au courtier.',
          );
        expect(txt).to.contain(
          nl
            ? 'Volmacht nodig: de gevolmachtigde ziet alleen de contracten die in deze volmacht staan.'
            : 'Mandat requis : le mandataire verra uniquement les contrats indiqués dans ce mandat.',
        );
        expect(txt).not.to.contain(nl ? 'Elk vult zijn deel in.' : 'Chacun remplit et signe sa partie.'); // the instruction is not the outcome
        ps.forEach((p, n) =>
          expect(p)
            .to.contain(doc.documentId)
            .and.to.contain(`${nl ? 'Pagina' : 'Page'} ${n + 1} / ${ps.length}`),
        );
      } finally {
        wrap.remove();
      }
    });
  }
});
