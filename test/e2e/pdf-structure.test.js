// The mandate PDF of the demo's journey, as the reference server stores and serves it
// (issue 20): Anne and Bram sign in Chromium against `npm start`, and the document read
// back from `GET /api/grants/{id}/document` is still tagged: a structure tree with the
// title as H1, the parts as H2, tables, both signatures as figures with alternative text,
// `/Lang fr`, and the PDF/UA-1 identification in its XMP (pdfinfo and qpdf, poppler 22).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startDemo, drawSignature, linkedFile, signInAs, verifyOffline } from './support.js';

let browser, demo;
before(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

async function choose(page, label) {
  await page.locator('#access-tree label', { hasText: label }).first().click();
  await page.locator('#access-tree button[type=submit]').click();
}

test('the mandate PDF the server serves after the journey is tagged (headings, tables, figures with alternative text, /Lang) and sealed, and the receipt verifies offline', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const dir = mkdtempSync(join(tmpdir(), 'procura-pdf-structure-'));
  try {
    await page.goto(`${demo.url}/mandate.html`);
    await page.locator('header .lang [data-lang="fr"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await signInAs(page, 'anne');
    await choose(page, 'Une personne physique');
    await choose(page, 'Pour une autre personne que l’assuré');
    await page.locator('#access-tree [part~="outcome"]').waitFor();
    await page.locator('#access-tree button[part~="next"]').click();
    await page.waitForFunction(
      () =>
        document.querySelector('#access-mandate')?.shadowRoot?.querySelector('[name="grantor.givenName"]')?.value ===
        'Anne',
    );
    await page.locator('#access-mandate [name="scope.contractIds"]').fill('AUTO-2024-0042');
    await drawSignature(page, 'grantor');
    await page.locator('#access-mandate button[part~="next"]').click();
    await page.locator('#access-mandate .step-heading', { hasText: 'Passage au mandataire' }).waitFor();
    await page.locator('#access-mandate button[part~="next"]').click();
    for (const [name, value] of Object.entries({
      'mandatary.givenName': 'Bram',
      'mandatary.familyName': 'Janssens',
      'mandatary.email': 'bram.janssens@example.com',
      'mandatary.relation': 'comptable',
    }))
      await page.locator(`#access-mandate [name="${name}"]`).fill(value);
    await drawSignature(page, 'mandatary');
    await page.locator('#access-mandate button[part~="next"]').click();
    const submit = page.locator('#access-mandate button[part~="submit"]');
    await submit.waitFor();
    await page.waitForFunction(
      () => !document.querySelector('#access-mandate')?.shadowRoot?.querySelector('button[part~="submit"]')?.disabled,
    );
    await submit.click();
    await page.locator('#access-mandate #confirmation-heading').waitFor({ timeout: 30_000 });

    const { grants } = await (await page.request.get(`${demo.url}/api/grants`)).json();
    const grant = grants.find((g) => g.status === 'pending' && g.kind === 'mandate');
    assert.ok(grant?.documentUrl, 'the pending mandate has its document');
    const res = await page.request.get(new URL(grant.documentUrl, `${demo.url}/api/`).href);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    const file = join(dir, 'm.pdf');
    writeFileSync(file, await res.body());
    const run = (cmd, ...args) => execFileSync(cmd, [...args, file], { encoding: 'utf8', maxBuffer: 64 << 20 });

    assert.match(run('pdfinfo'), /Tagged:\s+yes/);
    const struct = run('pdfinfo', '-struct-text');
    const lines = struct.split('\n');
    const textAfter = (type) =>
      lines.flatMap((l, i) =>
        l.trim().replace(/[:\s].*$/, '') === type ? [lines[i + 1]?.trim().replace(/^"|"$/g, '')] : [],
      );
    assert.equal(lines[0].trim(), 'Document');
    assert.deepEqual(textAfter('H1'), ['Mandat d’accès à un service en ligne']);
    for (const h of [
      'Le mandant : la personne qui donne l’accès',
      'Le mandataire : la personne qui reçoit l’accès',
      'Signatures',
    ])
      assert.ok(textAfter('H2').includes(h), `the heading ${h}`);
    assert.ok(lines.filter((l) => l.trim().startsWith('Table')).length >= 3, 'a table per part');
    assert.ok(textAfter('TD').includes('Janssens'), 'Bram’s family name in a table cell');

    const objects = Object.values(JSON.parse(run('qpdf', '--json', '--json-stream-data=none')).qpdf[1]).map(
      (o) => o.value ?? {},
    );
    const catalog = objects.find((o) => o['/Type'] === '/Catalog');
    assert.equal(catalog['/Lang'], 'u:fr');
    assert.deepEqual(catalog['/MarkInfo'], { '/Marked': true });
    const alts = objects.filter((o) => o['/S'] === '/Figure').map((o) => o['/Alt']);
    assert.deepEqual(alts, ['u:Signature de Anne Dupont', 'u:Signature de Bram Janssens']);
    assert.match(run('pdfinfo', '-meta'), /<pdfuaid:part>1<\/pdfuaid:part>/);

    // Sealed by the server (issue 13): poppler checks the PAdES seal, `procura verify` checks it
    // offline against the published certificate, and the confirmation's receipt verifies too.
    assert.equal(res.headers()['x-seal-level'], 'B-B');
    const sig = run('pdfsig');
    assert.match(sig, /Signature Validation: Signature is Valid\./);
    assert.match(sig, /ETSI\.CAdES\.detached/);
    const sealed = await verifyOffline(demo.url, file);
    assert.equal(sealed.status, 0, sealed.output);
    const receiptFile = join(dir, 'preuve.json');
    writeFileSync(receiptFile, await linkedFile(page, page.locator('#access-mandate [part~="receipt-link"]')));
    const receipt = await verifyOffline(demo.url, receiptFile);
    assert.equal(receipt.status, 0, receipt.output);
    assert.equal(JSON.parse(readFileSync(receiptFile, 'utf8')).payload.grantId, grant.id);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
});
