/**
 * `procura verify` over what the real server hands out: the mandate's receipt from the POST
 * answer, the sealed PDF from GET /grants/{id}/document, the evidence export, a consent receipt,
 * each saved to a file and checked by the command line (a child process) against the saved
 * GET /proof/keys answer; then once with --server, which fetches the keys itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { suite, sha256 } from './helpers.js';
import { at } from '../../test/support/at.js';

const dir = mkdtempSync(join(tmpdir(), 'procura-verify-server-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const save = (name: string, content: string | Uint8Array) => {
  const p = join(dir, `${randomUUID()}-${name}`);
  writeFileSync(p, content);
  return p;
};
/** The CLI as a person runs it; async, since the server answering --server lives in this process. */
const verify = (args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, ['bin/procura.js', 'verify', ...args], { encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
const download = (jws: string) => JSON.stringify({ procura: 'receipt', jws, payload: decodeJwt(jws) });

suite("procura verify over the server's own proofs", (ctx) => {
  test('a mandate: its receipt, its sealed PDF and its evidence export all verify offline; one byte changed does not', async () => {
    const anne = await ctx.signIn('anne');
    const keysRes = await ctx.fetch('/proof/keys');
    assert.equal(keysRes.status, 200);
    const keys = save('keys.json', await keysRes.text());
    const made = (await ctx.makeGrant(anne)) as { id: string; grantId: string; receipt?: string };
    assert.ok(made.receipt, 'the POST answer carries the receipt');

    const receipt = await verify([save('receipt.json', download(made.receipt)), '--keys', keys]);
    assert.equal(receipt.status, 0, receipt.stderr);
    assert.match(
      receipt.stdout,
      /a mandate by which Anne Dupont gives Bram Janssens <bram\.janssens@example\.com> access to Espace client/,
    );
    assert.match(receipt.stdout, /does not prove who sat at the keyboard/);

    const docRes = await ctx.fetch(`/grants/${made.grantId}/document`, { token: anne });
    assert.equal(docRes.status, 200);
    const sealed = new Uint8Array(await docRes.arrayBuffer());
    const pdf = save('sealed.pdf', sealed);
    const pdfCheck = await verify([pdf, '--keys', keys]);
    assert.equal(pdfCheck.status, 0, pdfCheck.stderr);
    assert.match(
      pdfCheck.stdout,
      /the seal \(PAdES B-B\) is by CN=procura DEMO seal - not a qualified seal, the seal certificate of the keys file; it covers the whole file/,
    );
    const edited = Buffer.from(sealed);
    const third = Math.floor(edited.length / 3);
    edited.writeUInt8(at(edited, third) ^ 0x20, third);
    const editedCheck = await verify([save('edited.pdf', edited), '--keys', keys]);
    assert.equal(editedCheck.status, 1);
    assert.match(editedCheck.stderr, /NOT valid: /);

    const evRes = await ctx.fetch(`/grants/${made.grantId}/evidence`, { token: anne });
    assert.equal(evRes.status, 200);
    const evidence = save('evidence.json', await evRes.text());
    const evCheck = await verify([evidence, '--keys', keys, '--document', pdf]);
    assert.equal(evCheck.status, 0, evCheck.stderr);
    assert.match(evCheck.stdout, new RegExp(`The trail of grant ${made.grantId} holds \\d+ events? \\(1 created on `));
    assert.match(
      evCheck.stdout,
      new RegExp(`The document given is the sealed copy the trail names \\(SHA-256 ${sha256(sealed)}\\)`),
    );
  });

  test('a consent receipt verifies, and not after one character of it is changed; --server fetches the keys and says how far to trust them', async () => {
    const anne = await ctx.signIn('anne');
    const res = await ctx.post(
      '/consents',
      {
        recordId: randomUUID(),
        indicatedBy: { role: 'subject' },
        noticeVersion: '2025-01',
        noticeSha256: 'a'.repeat(64),
        locale: 'fr-BE',
        decisions: [{ purpose: 'newsletter', basis: 'consent', state: 'given', at: new Date().toISOString() }],
        collectedAt: new Date().toISOString(),
        source: 'https://assurances.example.com/mon-espace',
      },
      { token: anne },
    );
    assert.equal(res.status, 201, await res.clone().text());
    const { receipt: jws } = (await res.json()) as { receipt: string };
    const keys = save('keys.json', await (await ctx.fetch('/proof/keys')).text());
    const ok = await verify([save('consent.json', download(jws)), '--keys', keys]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /a consent record \([0-9a-f-]+\) for subject C-100231: purpose newsletter given/);
    const [h, p, s] = jws.split('.');
    assert.ok(h && p && s, 'a JWS has three parts');
    const changed = `${h}.${p.slice(0, 12)}${at(p, 12) === 'A' ? 'B' : 'A'}${p.slice(13)}.${s}`;
    const bad = await verify([save('consent-bad.json', download(jws).replace(jws, changed)), '--keys', keys]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /NOT valid: the receipt's signature does not hold/);

    const online = await verify([save('consent.jws', jws), '--server', `${ctx.url}/api`]);
    assert.equal(online.status, 0, online.stderr);
    assert.match(online.stdout, /Keys fetched from .* now, fingerprint SHA-256 [0-9a-f]{64}\./);
    assert.match(online.stdout, /only as trustworthy as that connection/);
  });
});
