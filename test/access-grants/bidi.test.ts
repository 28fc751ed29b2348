// Bidi controls in a name (issue 14, item 10): a right-to-left override (U+202E) typed into a
// name must not reverse what follows it. The grants viewer isolates each name in <bdi>, and
// the signed PDF's text drops the controls.
import { expect, fixture, html } from '@open-wc/testing';
import '../support/env.js';
import { env, resetKit, until } from '../support/env.js';
import { sha256Hex } from '../../src/core/crypto.js';
import { clean } from '../../src/mandate-form/pdf.js';
import '../../src/define/access-grants.js';
import type { ProcuraAccessGrants } from '../../src/access-grants/access-grants.js';
import { api, as, grantsIn, resetServer, shadow } from './support.js';
import { at } from '../support/at.js';

const RLO = '\u202E';
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

/** Anne signs a mandate naming a mandatary whose family name holds `familyName` as typed. */
async function mandateNaming(familyName: string): Promise<void> {
  await as('anne');
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc
    .addPage([595, 842])
    .drawText('Mandat', { x: 56, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  const bytes = new Uint8Array(await doc.save());
  const now = new Date().toISOString();
  const body = {
    service: 'Espace client',
    grantor: { kind: 'natural', givenName: 'Anne', familyName: 'Dupont', email: 'anne.dupont@example.com' },
    mandatary: { givenName: 'Bram', familyName, email: 'bram.janssens@example.com', relation: 'fils' },
    scope: { contracts: 'all', includeFuture: true },
    signatures: [
      { party: 'grantor', method: 'typed', signerName: 'Anne Dupont', signedAt: now },
      { party: 'mandatary', method: 'typed', signerName: `Bram ${familyName}`, signedAt: now },
    ],
    document: { sha256: await sha256Hex(bytes) },
    locale: 'fr',
  };
  const fd = new FormData();
  fd.append('mandate', JSON.stringify(body));
  fd.append('document', new Blob([bytes], { type: 'application/pdf' }), 'mandate.pdf');
  const res = await api('/mandates', { method: 'POST', body: fd });
  if (res.status !== 201) throw new Error(`mandate refused: ${res.status} ${JSON.stringify(res.body)}`);
}

describe('bidi controls in names', () => {
  beforeEach(async () => {
    await resetKit();
    await resetServer();
  });

  it('a right-to-left override in a name stays inside that name in the grants list (isolated in <bdi>)', async () => {
    const typed = `${RLO}Janssens`;
    await mandateNaming(typed);
    await as('anne');
    const el = await fixture<ProcuraAccessGrants>(
      html`<procura-access-grants direction="given" endpoint=${env.backend!}></procura-access-grants>`,
    );
    await until(() => grantsIn(el).length === 1, 'the grant');
    await el.updateComplete;
    const heading = at(grantsIn(el), 0, 'grant').querySelector('h4')!;
    const bdi = heading.querySelector('bdi');
    expect(bdi, 'the name is isolated').to.not.equal(null);
    expect(bdi!.textContent).to.equal(`Bram ${typed}`);
    expect(getComputedStyle(bdi!).unicodeBidi).to.equal('isolate');
    // Nothing of the heading lies outside the isolate: the override cannot reach past it.
    expect(heading.textContent!.trim()).to.equal(bdi!.textContent);
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector('[part~=grant]')).to.not.equal(null);
  });

  it('the PDF text drops every bidi control (embeddings, overrides, isolates) and keeps the letters', () => {
    for (const c of BIDI) expect(clean(`Bram ${c}Janssens, fils`)).to.equal('Bram Janssens, fils');
    expect(clean(`${RLO}snessnaJ${'\u202C'} (fils)`)).to.equal('snessnaJ (fils)');
  });
});
