// `procura verify` as a person runs it (a child process): receipts, sealed PDFs and evidence
// exports made here with a proof key of this test (server/proof/keys.ts) and a seal of this test
// (@libpdf/core over a self-signed certificate), checked against a saved keys file; then one
// byte changed, the wrong keys, a recomputed chain, each refused with its reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import * as pkijs from 'pkijs';
import * as asn1js from 'asn1js';
import { PDF, CryptoKeySigner } from '@libpdf/core';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const cli = (args) => spawnSync(process.execPath, ['bin/procura.js', 'verify', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'procura-verify-'));
const file = (name, content) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
test.after(() => rmSync(dir, { recursive: true, force: true }));

const { ephemeralProofKey } = await tsImport('../../server/proof/keys.ts', import.meta.url);
const { canonicalJson } = await tsImport('../../src/model/canonical.ts', import.meta.url);
const { eventHash, GENESIS } = await tsImport('../../server/chain.ts', import.meta.url);
const sha256 = (b) => createHash('sha256').update(b).digest('hex');

/** A self-signed ECDSA P-256 certificate, as the demo seal makes one. */
async function selfSigned(cn) {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: Date.now() % 1e9 });
  const name = new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: cn }) });
  cert.issuer.typesAndValues.push(name);
  cert.subject.typesAndValues.push(name);
  cert.notBefore.value = new Date(Date.now() - 60_000);
  cert.notAfter.value = new Date(Date.now() + 365 * 86_400_000);
  await cert.subjectPublicKeyInfo.importKey(pair.publicKey);
  await cert.sign(pair.privateKey, 'SHA-256');
  const der = new Uint8Array(cert.toSchema(true).toBER());
  const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
  return { der, pem, privateKey: pair.privateKey };
}

const key = await ephemeralProofKey();
const otherKey = await ephemeralProofKey();
const seal = await selfSigned('procura TEST seal - not a qualified seal');
const otherSeal = await selfSigned('someone else');
const keysFile = (k, s) => ({
  keys: [k.publicJwk],
  seal: s ? { certificate: s.pem, sha256: sha256(s.der), origin: 'demo' } : null,
});
const KEYS = file('keys.json', JSON.stringify(keysFile(key, seal)));
const WRONG_KEYS = file('wrong-keys.json', JSON.stringify(keysFile(otherKey, otherSeal)));

const consentPayload = {
  schema: 'procura.consent-receipt/1',
  recordId: '6f1c2d7e-1111-4222-8333-944455556666',
  subject: 'C-100231',
  receivedAt: '2026-11-30T10:15:00.000Z',
  collectedAt: '2026-11-30T10:14:58.000Z',
  notice: { id: 'notice-marketing', version: '3', sha256: 'a'.repeat(64) },
  decisions: [
    { purpose: 'newsletter', state: 'given', basis: 'consent', clientAt: '2026-11-30T10:14:58.000Z' },
    { purpose: 'profiling', state: 'withdrawn', basis: 'consent', clientAt: '2026-11-30T10:14:58.000Z' },
  ],
  recordSha256: 'b'.repeat(64),
  iss: 'procura',
};
const receiptJws = await key.sign(consentPayload, 'procura-consent-receipt+jws');
const receiptDownload = (jws, payload) => JSON.stringify({ procura: 'receipt', jws, payload }, null, 2);

// ——— sealed PDFs ———

async function original() {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Mandat: Anne Dupont donne acces a Jan Peeters', {
    x: 50,
    y: 780,
    size: 12,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  return doc.save();
}
async function sealWith(s, bytes) {
  const pdf = await PDF.load(bytes);
  const { bytes: sealed } = await pdf.sign({
    signer: new CryptoKeySigner(s.privateKey, s.der, 'EC', 'ECDSA'),
    level: 'B-B',
    reason: `Sceau procura. Original SHA-256 ${sha256(bytes)}`,
  });
  return sealed;
}
const originalBytes = await original();
const sealedBytes = await sealWith(seal, originalBytes);
const SEALED = file('sealed.pdf', sealedBytes);
const ORIGINAL = file('original.pdf', originalBytes);
const OTHER_SEALED = file('other-seal.pdf', await sealWith(otherSeal, originalBytes));

// ——— evidence exports ———

const GRANT = '0b7e6c1a-2222-4333-8444-955566667777';
async function evidence() {
  const created = {
    kind: 'mandate',
    mandateSha256: 'c'.repeat(64),
    documentSha256: sha256(originalBytes),
    sealedSha256: sha256(sealedBytes),
    sealLevel: 'B-B',
    grantor: { key: 'person:anne', display: 'Anne Dupont' },
    mandatary: { display: 'Jan Peeters', email: 'jan@example.be' },
    service: 'comptabilite',
    scope: 'all',
    validUntil: null,
    clientSignedAt: ['2026-11-30T10:00:00.000Z'],
  };
  const raw = [
    { seq: 1, type: 'created', at: '2026-11-30T10:00:01.000Z', actor: 'user:anne', data: created },
    { seq: 2, type: 'activated', at: '2026-11-30T10:00:01.000Z', actor: 'system', data: null },
    {
      seq: 3,
      type: 'changed',
      at: '2026-11-30T11:00:00.000Z',
      actor: 'user:anne',
      data: {
        before: { service: 'comptabilite', scope: 'all', validUntil: null },
        after: { service: 'comptabilite', scope: 'read', validUntil: null },
      },
    },
  ];
  let prev = GENESIS;
  const events = raw.map((e) => {
    const hash = eventHash(prev, { grantId: GRANT, ...e });
    const out = { ...e, prevHash: prev, hash, attests: 'words of the server' };
    prev = hash;
    return out;
  });
  const checkpoint = (seq) =>
    key.sign(
      {
        schema: 'procura.checkpoint/1',
        scope: `grant:${GRANT}`,
        seq,
        head: events[seq - 1].hash,
        at: events[seq - 1].at,
      },
      'procura-checkpoint+jws',
    );
  return {
    schema: 'procura.evidence/1',
    grantId: GRANT,
    generatedAt: '2026-11-30T12:00:00.000Z',
    events,
    checkpoints: [await checkpoint(1), await checkpoint(3)],
    document: { originalSha256: sha256(originalBytes), sealedSha256: sha256(sealedBytes), sealLevel: 'B-B' },
    verification: {
      valid: true,
      chain: 'valid',
      content: 'matches',
      document: 'matches',
      checkpoint: 'matches',
      problems: [],
    },
  };
}
const ev = await evidence();
const EVIDENCE = file('evidence.json', JSON.stringify(ev));
const RECEIPT = file('receipt.json', receiptDownload(receiptJws, consentPayload));

/** One character of a string changed into another valid one (base64url alphabet stays). */
const flip = (s, at) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);

test('a consent receipt: valid, and it says in plain words what it proves and what it does not', () => {
  const r = cli([RECEIPT, '--keys', KEYS]);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout;
  assert.match(out, /^valid$/m);
  assert.match(
    out,
    /procura's server received on 30 November 2026 at 10:15:00 UTC \(2026-11-30T10:15:00\.000Z\) a consent record \(6f1c2d7e-[^)]+\) for subject C-100231: purpose newsletter given \(basis: consent\), purpose profiling withdrawn/,
  );
  assert.match(out, /notice notice-marketing version 3/);
  assert.match(out, /does not prove who sat at the keyboard/);
  assert.match(out, new RegExp(`Signed by key ${key.kid}`));
  // The bare JWS (copied from the POST answer) is a receipt too.
  const bare = cli([file('receipt.jws', receiptJws), '--keys', KEYS]);
  assert.equal(bare.status, 0, bare.stderr);
  assert.match(bare.stdout, /subject C-100231/);
});

test('--lang fr: the same proof in French', () => {
  const r = cli([RECEIPT, '--keys', KEYS, '--lang', 'fr']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    /Le serveur de procura a reçu le 30 novembre 2026 .* pour la personne C-100231 : finalité newsletter donnée/,
  );
  assert.match(r.stdout, /ne prouve pas qui était au clavier/);
});

test('a receipt with one character changed in its JWS, or in its shown payload, is NOT valid', () => {
  const [h, p, s] = receiptJws.split('.');
  for (const [name, jws] of [
    ['payload', `${h}.${flip(p, 10)}.${s}`],
    ['signature', `${h}.${p}.${flip(s, 20)}`],
  ]) {
    const r = cli([file(`bad-${name}.json`, receiptDownload(jws, consentPayload)), '--keys', KEYS]);
    assert.equal(r.status, 1, `${name}: ${r.stdout}`);
    assert.match(r.stderr, /^NOT valid: the receipt's signature does not hold/m, name);
    assert.doesNotMatch(r.stdout, /^valid$/m);
  }
  const shownEdited = structuredClone(consentPayload);
  shownEdited.decisions[1].state = 'given';
  const r = cli([file('bad-shown.json', receiptDownload(receiptJws, shownEdited)), '--keys', KEYS]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /NOT valid: the payload shown in the file differs from the signed one/);
  // One byte of the file itself (the subject inside the signed payload's text is base64url: change the shown subject).
  const text = receiptDownload(receiptJws, consentPayload).replace('"C-100231"', '"C-100232"');
  assert.equal(cli([file('bad-byte.json', text), '--keys', KEYS]).status, 1);
});

test('a mandate receipt of an assisted submission: valid, naming the parties, the hashes and who assisted', async () => {
  const payload = {
    schema: 'procura.mandate-receipt/1',
    grantId: '0b7e6c1a-2222-4333-8444-955566667777',
    mandateId: '1c2d3e4f-5555-4666-8777-988899990000',
    kind: 'mandate',
    receivedAt: '2026-11-30T10:00:01.000Z',
    grantor: { display: 'Anne Dupont' },
    mandatary: { display: 'Jan Peeters', email: 'jan@example.be' },
    service: 'Espace client',
    scope: { contracts: 'all', includeFuture: true },
    validUntil: '2027-11-30',
    indicatedBy: { id: 'claire', displayName: 'Claire Martin' },
    mandateSha256: 'c'.repeat(64),
    documentSha256: 'd'.repeat(64),
    sealedSha256: 'e'.repeat(64),
    sealLevel: 'B-T',
    event: { seq: 1, hash: 'f'.repeat(64) },
  };
  const jws = await key.sign(payload, 'procura-mandate-receipt+jws');
  const r = cli([file('mandate-receipt.json', receiptDownload(jws, payload)), '--keys', KEYS]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    /received on 30 November 2026 at 10:00:01 UTC \(2026-11-30T10:00:01\.000Z\) a mandate by which Anne Dupont gives Jan Peeters <jan@example\.be> access to Espace client \(scope: \{"contracts":"all","includeFuture":true\}\), valid until 2027-11-30/,
  );
  assert.match(r.stdout, /Submitted with the help of Claire Martin \(assisted\)\./);
  assert.match(
    r.stdout,
    new RegExp(`signed document's SHA-256 is ${'d'.repeat(64)}; the sealed copy's is ${'e'.repeat(64)} \\(B-T\\)`),
  );
  // A consent receipt's signature on a mandate's type is refused: the type and the schema go together.
  const mislabelled = await key.sign(consentPayload, 'procura-mandate-receipt+jws');
  const m = cli([file('mislabelled.jws', mislabelled), '--keys', KEYS]);
  assert.equal(m.status, 1);
  assert.match(
    m.stderr,
    /NOT valid: the signed payload's schema \(procura\.consent-receipt\/1\) does not match its type/,
  );
});

test("a receipt checked against another server's keys is NOT valid", () => {
  const r = cli([RECEIPT, '--keys', WRONG_KEYS]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /NOT valid: the receipt's signature does not hold: signed by an unknown key/);
  // The same kid with another public key (a keys file edited to look right) fails on the signature.
  const forged = { keys: [{ ...otherKey.publicJwk, kid: key.kid }], seal: null };
  const f = cli([RECEIPT, '--keys', file('forged-keys.json', JSON.stringify(forged))]);
  assert.equal(f.status, 1);
  assert.match(f.stderr, /NOT valid: the receipt's signature does not hold: the signature does not match/);
});

test('usage: no file, no keys, both keys and server, an unknown option: exit 2', () => {
  assert.equal(cli([]).status, 2);
  assert.equal(cli([RECEIPT]).status, 2);
  assert.equal(cli([RECEIPT, '--keys', KEYS, '--server', 'http://127.0.0.1:9']).status, 2);
  const r = cli([RECEIPT, '--keys', KEYS, '--fast']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option --fast/);
  const notProof = cli([file('other.json', '{"hello":1}'), '--keys', KEYS]);
  assert.equal(notProof.status, 1);
  assert.match(notProof.stderr, /NOT valid: this is not a file procura verify knows/);
});

test('a sealed PDF: valid B-B, by the pinned certificate, covering the whole file', () => {
  const r = cli([SEALED, '--keys', KEYS]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^valid$/m);
  assert.match(
    r.stdout,
    /the seal \(PAdES B-B\) is by CN=procura TEST seal - not a qualified seal, the seal certificate of the keys file; it covers the whole file except its own value/,
  );
  assert.match(r.stdout, new RegExp(`Original SHA-256 ${sha256(originalBytes)}`));
});

test('a sealed PDF with one byte changed inside the signed range is NOT valid', () => {
  const text = Buffer.from(sealedBytes).toString('latin1');
  const at = text.indexOf('Mandat: Anne') >= 0 ? text.indexOf('Mandat: Anne') : 200;
  const edited = Buffer.from(sealedBytes);
  edited[at + 8] ^= 0x01;
  const r = cli([file('edited.pdf', edited), '--keys', KEYS]);
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stderr, /NOT valid: the seal: the signed bytes were changed after signing/);
});

test('a sealed PDF with bytes added after the seal, or sealed by another certificate, is NOT valid', () => {
  const appended = Buffer.concat([Buffer.from(sealedBytes), Buffer.from('\n% added later\n')]);
  const r = cli([file('appended.pdf', appended), '--keys', KEYS]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /NOT valid: the seal: 15 bytes were added to the file after it was sealed/);
  const other = cli([OTHER_SEALED, '--keys', KEYS]);
  assert.equal(other.status, 1);
  assert.match(other.stderr, /NOT valid: no signature in the PDF is by the seal certificate of the keys file/);
  const unsealed = cli([ORIGINAL, '--keys', KEYS]);
  assert.equal(unsealed.status, 1);
  assert.match(unsealed.stderr, /NOT valid: the PDF carries no signature/);
});

test("the server's own seal (demo certificate, RSA) with a timestamp authority: valid B-T, with the timestamp's time", async () => {
  const { loadSealer } = await tsImport('../../server/proof/seal.ts', import.meta.url);
  const { startTestTsa } = await tsImport('../../server/test/tsa.ts', import.meta.url);
  const tsa = await startTestTsa();
  try {
    const sealer = await loadSealer({ demo: true, tsaUrls: [tsa.url] });
    const sealed = await sealer.seal(originalBytes, {
      documentId: 'm-1',
      kind: 'mandate',
      originalSha256: sha256(originalBytes),
      locale: 'fr',
    });
    assert.equal(sealed.level, 'B-T');
    const keys = file(
      'server-keys.json',
      JSON.stringify({
        keys: [key.publicJwk],
        seal: { certificate: sealer.certificatePem, sha256: sealer.certificateSha256, origin: sealer.origin },
      }),
    );
    const r = cli([file('server-sealed.pdf', sealed.bytes), '--keys', keys]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /the seal \(PAdES B-T\) is by CN=procura DEMO seal - not a qualified seal, the seal certificate of the keys file/,
    );
    assert.match(
      r.stdout,
      new RegExp(
        `carries a timestamp of .*\\(${tsa.lastGenTime.toISOString().replace(/\./g, '\\.')}\\) from CN=procura TEST timestamp authority`,
      ),
    );
    // The timestamp's time edited inside the token (its year, in the TSTInfo's genTime): the token's own signature no longer holds.
    const day = Buffer.from(tsa.lastGenTime.toISOString().slice(0, 10).replace(/-/g, '')).toString('hex');
    const text = Buffer.from(sealed.bytes).toString('latin1');
    const at = text.indexOf(day);
    assert.ok(at > 0 && text.indexOf(day, at + 1) === -1, 'the genTime is in the file once');
    const edited = Buffer.from(sealed.bytes);
    edited.write(String.fromCharCode(edited[at + 7] === 0x39 ? 0x38 : edited[at + 7] + 1), at + 7, 'latin1');
    const r2 = cli([file('server-sealed-time-edited.pdf', edited), '--keys', keys]);
    assert.equal(r2.status, 1, r2.stdout);
    assert.match(r2.stderr, /NOT valid: the seal's timestamp: the signed bytes were changed after signing/);
    // The same sealed file against keys that pin another certificate.
    const pinnedElsewhere = cli([join(dir, 'server-sealed.pdf'), '--keys', KEYS]);
    assert.equal(pinnedElsewhere.status, 1);
    assert.match(
      pinnedElsewhere.stderr,
      /NOT valid: no signature in the PDF is by the seal certificate of the keys file/,
    );
  } finally {
    await tsa.close();
  }
});

test('an evidence export: valid, with the document given, and it says what the checkpoint protects', () => {
  const r = cli([EVIDENCE, '--keys', KEYS, '--document', SEALED]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^valid$/m);
  assert.match(r.stdout, new RegExp(`The trail of grant ${GRANT} holds 3 events \\(1 created on 30 November 2026`));
  assert.match(r.stdout, /procura's server signed on .* that the trail of grant 0b7e6c1a-[^ ]+ had 3 events/);
  assert.match(r.stdout, /The document given is the sealed copy the trail names/);
  const orig = cli([EVIDENCE, '--keys', KEYS, '--document', ORIGINAL]);
  assert.equal(orig.status, 0, orig.stderr);
  assert.match(orig.stdout, /The document given is the original both parties signed/);
  const wrongDoc = cli([EVIDENCE, '--keys', KEYS, '--document', OTHER_SEALED]);
  assert.equal(wrongDoc.status, 1);
  assert.match(wrongDoc.stderr, /NOT valid: the document given \(SHA-256 [0-9a-f]{64}\) is neither the original/);
});

test('an evidence export with an edited event is NOT valid', () => {
  const edited = structuredClone(ev);
  edited.events[2].data.after.scope = 'all';
  const r = cli([file('ev-edited.json', JSON.stringify(edited)), '--keys', KEYS]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /NOT valid: event 3 \(changed\): its content does not give its hash/);
});

test('an evidence export whose chain was recomputed after an edit no longer matches the signed checkpoint', () => {
  const rewritten = structuredClone(ev);
  rewritten.events[0].data.mandatary = { display: 'Someone Else', email: 'else@example.be' };
  let prev = GENESIS;
  for (const e of rewritten.events) {
    e.prevHash = prev;
    e.hash = eventHash(prev, { grantId: GRANT, seq: e.seq, type: e.type, at: e.at, actor: e.actor, data: e.data });
    prev = e.hash;
  }
  const r = cli([file('ev-rewritten.json', JSON.stringify(rewritten)), '--keys', KEYS]);
  assert.equal(r.status, 1);
  assert.match(
    r.stderr,
    /NOT valid: checkpoint 1: the signed head of event 1 is [0-9a-f]{64}, the export's is [0-9a-f]{64} \(the trail was rewritten after it was signed\)/,
  );
  assert.match(r.stderr, /NOT valid: checkpoint 2: the signed head of event 3/);
  // A truncated trail (the last event removed) is named too.
  const truncated = structuredClone(ev);
  truncated.events.pop();
  const t = cli([file('ev-truncated.json', JSON.stringify(truncated)), '--keys', KEYS]);
  assert.equal(t.status, 1);
  assert.match(t.stderr, /NOT valid: checkpoint 2: it signs 3 events but the export holds 2 \(events were removed\)/);
  // Without checkpoints the chain alone proves nothing against whoever can write the database.
  const bare = cli([file('ev-bare.json', JSON.stringify({ ...ev, checkpoints: [] })), '--keys', KEYS]);
  assert.equal(bare.status, 1);
  assert.match(bare.stderr, /NOT valid: the export holds no signed checkpoint/);
  // Checkpoints signed by another key.
  const wrong = cli([EVIDENCE, '--keys', WRONG_KEYS]);
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /NOT valid: checkpoint 1: its signature does not hold \(signed by an unknown key/);
  assert.equal(canonicalJson(ev.events[0]).includes('Anne Dupont'), true);
});
