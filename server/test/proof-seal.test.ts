/**
 * The seal (issue 13, item 5), checked with the tools a person outside procura would use:
 * poppler's `pdfsig` (the CMS signature over the PDF's byte ranges), `qpdf --check` (the file's
 * structure after the incremental update) and OpenSSL (`openssl ts -verify`: the RFC 3161 token
 * in a B-T seal covers this signature's value).
 *
 * About pdfsig's verdict: the demo certificate is self-signed, so pdfsig reports
 * "Certificate Validation: Certificate issuer is unknown" (nobody vouches for it, which is what
 * a demo seal should say). The seal itself is judged by the line "Signature Validation:
 * Signature is Valid.": the bytes are those that were sealed, with that certificate's key.
 * pdfsig 22.12 shows no timestamp at all (its "Signing Time" is the signed-attributes claim), so
 * the B-T test reads the token out of the signature pdfsig dumps and lets OpenSSL verify it.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { suite, makePdf, validMandate, sha256, problemOf, type Ctx } from './helpers.js';
import { startTestTsa, type TestTsa } from './tsa.js';
import { loadSealer, SEAL_RETRY_AFTER_SECONDS } from '../proof/seal.js';
import { DEMO_SEAL_SUBJECT } from '../proof/demo-certificate.js';
import { ephemeralProofKey } from '../proof/keys.js';
import { startServer } from '../start.js';
import type { Sealer } from '../proof/types.js';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'procura-seal-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs a tool; its output and exit code, without throwing on a non-zero exit. */
async function tool(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd: work });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

function save(bytes: Uint8Array, name = `${randomUUID()}.pdf`): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

/** pdfsig's lines for the first signature, as `{ 'Signature Validation': '...', ... }`. */
async function pdfsig(path: string): Promise<Record<string, string>> {
  const { out } = await tool('pdfsig', [path]);
  const fields: Record<string, string> = {};
  for (const m of out.matchAll(/^[ \t]+- ([^:\n]+): (.*)$/gm)) fields[m[1]!] ??= m[2]!;
  assert.ok(fields['Signature Validation'], `pdfsig said: ${out}`);
  return { ...fields, _out: out };
}

async function documentOf(ctx: Ctx, token: string, grantId: string) {
  const res = await ctx.fetch(`/grants/${grantId}/document`, { token });
  assert.equal(res.status, 200, `grant ${grantId}: ${await res.clone().text()}`);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** An access request as the form sends it (as in access-requests.test.ts, whose tests importing it would run here). */
function submitAccessRequest(ctx: Ctx, token: string, pdf: Uint8Array) {
  const request = {
    service: 'Espace client',
    requester: {
      kind: 'natural',
      givenName: 'Anne',
      familyName: 'Dupont',
      email: 'anne.dupont@example.com',
      clientRef: 'C-100231',
    },
    scope: { contracts: 'all', includeFuture: true },
    signatures: [
      { party: 'requester', method: 'drawn', signerName: 'Anne Dupont', signedAt: new Date().toISOString() },
    ],
    locale: 'fr',
    document: { sha256: sha256(pdf) },
  };
  const form = new FormData();
  form.set('request', JSON.stringify(request));
  form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'access-request.pdf');
  return ctx.fetch('/access-requests', { method: 'POST', body: form, token, key: randomUUID() });
}

const startsWith = (whole: Uint8Array, prefix: Uint8Array) =>
  whole.byteLength > prefix.byteLength && Buffer.from(whole.subarray(0, prefix.byteLength)).equals(Buffer.from(prefix));

suite('Seal: PAdES B-B on what the server serves', (ctx) => {
  let anne: string;
  let pdf: Uint8Array;
  beforeEach(async () => {
    await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
    anne = await ctx.signIn('anne');
    pdf ??= await makePdf(2);
  });

  test('a sealed mandate: pdfsig says the signature is valid (ETSI.CAdES.detached, demo certificate), qpdf --check passes, the original is its prefix and its hash is in the reason', async () => {
    const created = await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf);
    assert.equal(created.status, 201, await created.clone().text());
    const { grantId } = (await created.json()) as { grantId: string };
    const { res, bytes } = await documentOf(ctx, anne, grantId);

    assert.equal(res.headers.get('x-seal-level'), 'B-B');
    assert.equal(res.headers.get('x-original-sha256'), sha256(pdf));
    assert.equal(res.headers.get('x-content-sha256'), sha256(bytes));
    assert.notEqual(sha256(bytes), sha256(pdf));
    // Both: the seal is an incremental update (the client's bytes, untouched, then the seal) and
    // its /Reason names the original's SHA-256, so the copy alone says which original it seals.
    assert.ok(startsWith(bytes, pdf), 'the original bytes are a prefix of the sealed copy');
    assert.ok(
      Buffer.from(bytes).includes(`/Reason (Sceau procura. Original SHA-256 ${sha256(pdf)}.`),
      'the reason names the original SHA-256',
    );

    const path = save(bytes);
    const sig = await pdfsig(path);
    assert.equal(sig['Signature Validation'], 'Signature is Valid.');
    assert.equal(sig['Signature Type'], 'ETSI.CAdES.detached');
    assert.equal(sig['Signer Certificate Common Name'], DEMO_SEAL_SUBJECT);
    assert.equal(sig['Signed Ranges']?.startsWith('[0 - '), true);
    assert.match(sig._out!, /Total document signed/);
    const qpdf = await tool('qpdf', ['--check', path]);
    assert.equal(qpdf.code, 0, qpdf.out);
    assert.match(qpdf.out, /No syntax or stream encoding errors found/);
  });

  test('the certificate in the seal is the one GET /proof/keys publishes', async () => {
    const { grantId } = (await (await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf)).json()) as {
      grantId: string;
    };
    const { bytes } = await documentOf(ctx, anne, grantId);
    const keys = (await (await ctx.fetch('/proof/keys')).json()) as {
      seal: { certificate: string; sha256: string; origin: string };
    };
    assert.equal(keys.seal.origin, 'demo');
    const certs = signedDataOf(await dumpSignature(bytes)).certificates!.map((c) =>
      sha256(new Uint8Array((c as pkijs.Certificate).toSchema().toBER(false))),
    );
    assert.deepEqual(certs, [keys.seal.sha256]);
  });

  test('an accepted access request is sealed too, and pdfsig says so', async () => {
    const request = await makePdf(1);
    const res = await submitAccessRequest(ctx, anne, request);
    assert.equal(res.status, 201, await res.clone().text());
    const { grantId } = (await res.json()) as { grantId: string };
    const { res: doc, bytes } = await documentOf(ctx, anne, grantId);
    assert.equal(doc.headers.get('x-seal-level'), 'B-B');
    assert.ok(startsWith(bytes, request));
    assert.equal((await pdfsig(save(bytes)))['Signature Validation'], 'Signature is Valid.');
  });

  test('X-Content-SHA256 is computed from the bytes served: hash columns edited in the database do not change it', async () => {
    const { grantId, id } = (await (await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf)).json()) as {
      grantId: string;
      id: string;
    };
    await ctx.store.db.query("UPDATE documents SET sha256 = repeat('0', 64) WHERE mandate_id = $1", [id]);
    await ctx.store.db.query(
      "UPDATE sealed_documents SET sha256 = repeat('0', 64), original_sha256 = repeat('0', 64) WHERE mandate_id = $1",
      [id],
    );
    const { res, bytes } = await documentOf(ctx, anne, grantId);
    assert.equal(res.headers.get('x-content-sha256'), sha256(bytes));
    assert.equal(res.headers.get('x-original-sha256'), sha256(pdf));
  });

  test('a grant stored before sealing existed is served as its original, and the headers say it is not sealed', async () => {
    const { grantId, id } = (await (await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf)).json()) as {
      grantId: string;
      id: string;
    };
    // What a grant accepted by a server without the seal looks like: no sealed copy.
    await ctx.store.db.query('DELETE FROM sealed_documents WHERE mandate_id = $1', [id]);
    const { res, bytes } = await documentOf(ctx, anne, grantId);
    assert.equal(res.headers.get('x-seal-level'), 'none');
    assert.equal(sha256(bytes), sha256(pdf));
    assert.equal(res.headers.get('x-content-sha256'), sha256(pdf));
    assert.equal(res.headers.get('x-original-sha256'), sha256(pdf));
  });

  test('a page on another origin may read the seal headers (CORS)', async () => {
    const res = await ctx.fetch('/session', {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    const get = await ctx.fetch('/session', { headers: { origin: 'http://localhost:5173' } });
    const exposed = (get.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    assert.ok(res.status < 300);
    for (const h of ['x-content-sha256', 'x-original-sha256', 'x-seal-level'])
      assert.ok(exposed.includes(h), `${h} in ${exposed.join(', ')}`);
  });
});

/** The CMS pdfsig dumps (`pdfsig -dump`: `<file>.sig0`). */
async function dumpSignature(bytes: Uint8Array): Promise<Uint8Array> {
  const path = save(bytes);
  const { code, out } = await tool('pdfsig', ['-dump', path]);
  assert.equal(code, 0, out);
  return new Uint8Array(readFileSync(`${path}.sig0`));
}

function signedDataOf(cms: Uint8Array): pkijs.SignedData {
  return new pkijs.SignedData({
    schema: new pkijs.ContentInfo({ schema: asn1js.fromBER(cms.slice().buffer).result }).content,
  });
}

// B-T: the timestamp authority runs in this process; the first URL configured answers nothing,
// so the seal shows it falls back to the next. The sealer exists once the TSA listens: the suite's
// options read it when each server starts.
let tsa: TestTsa;
let tsaSealer: Sealer;
before(async () => {
  tsa = await startTestTsa();
  tsaSealer = await loadSealer({
    demo: true,
    tsaUrls: ['http://127.0.0.1:9/nothing-listens-here', tsa.url],
    tsaTimeoutMs: 5000,
  });
});
after(() => tsa.close());

suite(
  'Seal: PAdES B-T with a timestamp authority',
  (ctx) => {
    let anne: string;
    let pdf: Uint8Array;
    beforeEach(async () => {
      tsa.down = false;
      await ctx.post('/demo/reset', {}, { token: await ctx.signIn('claire') });
      anne = await ctx.signIn('anne');
      pdf ??= await makePdf(1);
    });

    test("the seal carries the authority's token: pdfsig says valid, OpenSSL verifies the token against the signature value, the stored time is the token's", async () => {
      const created = await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf);
      assert.equal(created.status, 201, await created.clone().text());
      const { grantId, id } = (await created.json()) as { grantId: string; id: string };
      const { res, bytes } = await documentOf(ctx, anne, grantId);
      assert.equal(res.headers.get('x-seal-level'), 'B-T');
      assert.ok(startsWith(bytes, pdf));

      const sig = await pdfsig(save(bytes));
      assert.equal(sig['Signature Validation'], 'Signature is Valid.');
      assert.equal(sig['Signature Type'], 'ETSI.CAdES.detached');

      const signed = signedDataOf(await dumpSignature(bytes));
      const signer = signed.signerInfos[0]!;
      const token = signer.unsignedAttrs?.attributes.find((a) => a.type === '1.2.840.113549.1.9.16.2.14')?.values[0];
      assert.ok(token, 'a signature-time-stamp attribute (id-aa-signatureTimeStampToken) in the unsigned attributes');
      const tokenPath = save(new Uint8Array(token.toBER(false)), `${id}.tst`);
      const caPath = save(new TextEncoder().encode(tsa.certificatePem), `${id}-tsa.pem`);
      const signatureValue = new Uint8Array(signer.signature.valueBlock.valueHexView);
      const verified = await tool('openssl', [
        'ts',
        '-verify',
        '-in',
        tokenPath,
        '-token_in',
        '-digest',
        sha256(signatureValue),
        '-CAfile',
        caPath,
      ]);
      assert.match(verified.out, /Verification: OK/, verified.out);
      const text = await tool('openssl', ['ts', '-reply', '-in', tokenPath, '-token_in', '-token_out', '-text']);
      assert.match(text.out, /Time stamp: /);

      const [row] = await ctx.store.db.query<{ level: string; sealed_at: Date }>(
        'SELECT level, sealed_at FROM sealed_documents WHERE mandate_id = $1',
        [id],
      );
      assert.equal(row!.level, 'B-T');
      assert.equal(new Date(row!.sealed_at).toISOString(), tsa.lastGenTime!.toISOString());
    });

    test('every authority down: 503 seal-unavailable with Retry-After and nothing stored; sent again with the same key once one answers: stored once', async () => {
      const key = randomUUID();
      const mandate = validMandate(sha256(pdf));
      tsa.down = true;
      const refused = await ctx.submitMandate(anne, mandate, pdf, key);
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), String(SEAL_RETRY_AFTER_SECONDS));
      const problem = await problemOf(refused);
      assert.equal(problem.code, 'seal-unavailable');
      for (const t of ['mandates', 'documents', 'sealed_documents', 'grants', 'grant_events'])
        assert.equal(await ctx.count(t), 0, `${t} should be empty`);

      tsa.down = false;
      const issued = tsa.issued;
      const retried = await ctx.submitMandate(anne, mandate, pdf, key);
      assert.equal(retried.status, 201, await retried.clone().text());
      const again = await ctx.submitMandate(anne, mandate, pdf, key);
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(tsa.issued, issued + 1, 'one token for one stored seal');
      assert.equal(await ctx.count('mandates'), 1);
      assert.equal(await ctx.count('sealed_documents', "level = 'B-T'"), 1);
    });
  },
  {
    get seal() {
      return tsaSealer;
    },
  },
);

describe('Seal configuration', () => {
  test('demo mode makes the demo certificate once and keeps it in the data folder across restarts', async () => {
    const dataDir = join(work, 'data');
    const first = await startServer({ port: 0, demo: true, storeOptions: { dataDir }, log: () => {} });
    const made = first.seal!;
    await first.close();
    const second = await startServer({ port: 0, demo: true, storeOptions: { dataDir }, log: () => {} });
    const kept = second.seal!;
    await second.close();
    assert.equal(made.origin, 'demo');
    assert.equal(kept.certificateSha256, made.certificateSha256);
    assert.equal(readFileSync(join(dataDir, 'seal-demo-cert.pem'), 'utf8'), made.certificatePem);
    assert.equal(statSync(join(dataDir, 'seal-demo-key.pem')).mode & 0o777, 0o600);
    assert.match(
      new (await import('node:crypto')).X509Certificate(made.certificatePem).subject,
      new RegExp(`CN=${DEMO_SEAL_SUBJECT}`),
    );
  });

  test('outside demo mode without a seal configuration the server refuses to start, saying what to set; PROCURA_SEAL=off starts it without sealing', async () => {
    const proofKey = await ephemeralProofKey();
    const dataDir = join(work, 'not-demo');
    await assert.rejects(
      startServer({ port: 0, demo: false, proofKey, storeOptions: { dataDir }, log: () => {} }),
      /PROCURA_SEAL_P12.*PROCURA_SEAL_CERT.*PROCURA_SEAL=off/,
    );
    assert.ok(!existsSync(join(dataDir, 'seal-demo-cert.pem')), 'no demo certificate made outside demo mode');
    process.env.PROCURA_SEAL = 'off';
    try {
      const server = await startServer({ port: 0, demo: false, proofKey, storeOptions: { dataDir }, log: () => {} });
      assert.equal(server.seal, undefined);
      const keys = (await (await fetch(`${server.url}/api/proof/keys`)).json()) as { seal: unknown };
      await server.close();
      assert.equal(keys.seal, null);
    } finally {
      delete process.env.PROCURA_SEAL;
    }
  });

  test('a PEM certificate and key (EC P-256, made by openssl) and the same as PKCS#12 both seal what pdfsig calls valid', async () => {
    const key = join(work, 'seal-key.pem');
    const cert = join(work, 'seal-cert.pem');
    const p12 = join(work, 'seal.p12');
    const made = await tool('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=procura test seal/O=Example broker',
    ]);
    assert.equal(made.code, 0, made.out);
    const exported = await tool('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      cert,
      '-out',
      p12,
      '-passout',
      'pass:s3cret',
    ]);
    assert.equal(exported.code, 0, exported.out);
    const original = await makePdf(1);
    for (const sealer of [
      await loadSealer({ demo: false, certFile: cert, keyFile: key }),
      await loadSealer({ demo: false, p12, p12Password: 's3cret' }),
    ]) {
      assert.equal(sealer.origin, 'configured');
      const sealed = await sealer.seal(original, {
        documentId: randomUUID(),
        kind: 'mandate',
        originalSha256: sha256(original),
        assistedBy: { id: 'claire', displayName: 'Claire Lefèvre' },
      });
      assert.equal(sealed.level, 'B-B');
      const sig = await pdfsig(save(sealed.bytes));
      assert.equal(sig['Signature Validation'], 'Signature is Valid.');
      assert.equal(sig['Signer Certificate Common Name'], 'procura test seal');
      const text = Buffer.from(sealed.bytes).toString('latin1');
      assert.ok(
        text.includes(`/Reason (Sceau procura. Original SHA-256 ${sha256(original)}. Document `),
        'the reason names the original SHA-256',
      );
      assert.ok(
        text.includes('Envoi assiste par Claire Lefevre, identifiant claire.)'),
        'an assisted submission names the broker in the reason',
      );
    }
    await assert.rejects(loadSealer({ demo: false, p12, p12Password: 'wrong' }), /PROCURA_SEAL_P12/);
  });
});
