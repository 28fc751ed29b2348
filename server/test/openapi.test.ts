import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { makePdf, sha256, suite, validMandate } from './helpers.js';
import { answerSchemaNames, contractSchemas, openApiYaml } from '../openapi.js';
import { publishedSchemas } from '../../src/model/json-schema.js';
import { canonicalJson } from '../../src/model/canonical.js';
import { at, pick } from '../../test/support/at.js';

test('the committed openapi.yaml is exactly what scripts/gen-openapi.ts generates', async () => {
  const committed = await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8');
  assert.equal(committed, openApiYaml(), 'run: node --import tsx scripts/gen-openapi.ts');
});

test('openapi.yaml is OpenAPI 3.1, holds every published schema and every route of API.md', () => {
  const doc = parse(openApiYaml());
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(
    Object.keys(doc.components.schemas).sort(),
    [...Object.keys(contractSchemas), ...answerSchemaNames].sort(),
  );
  for (const name of [...Object.keys(publishedSchemas), 'AccessRequest']) assert.ok(doc.components.schemas[name], name);
  assert.deepEqual(doc.components.schemas.Opposition.additionalProperties, false);
  for (const [path, method] of [
    ['/mandates', 'post'],
    ['/access-requests', 'post'],
    ['/session', 'get'],
    ['/grants', 'get'],
    ['/grants/{id}/document', 'get'],
    ['/grants/{id}/revoke', 'post'],
    ['/consents', 'post'],
    ['/consents', 'get'],
    ['/oppositions', 'post'],
    ['/decisions', 'post'],
  ] as const)
    assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
});

test('the contract names the access request, the session answer and the problem codes', () => {
  const doc = parse(openApiYaml());
  const ar = doc.paths['/access-requests'].post;
  assert.deepEqual(ar.requestBody.content['multipart/form-data'].schema.required, ['request', 'document']);
  assert.equal(
    ar.requestBody.content['multipart/form-data'].schema.properties.request.$ref,
    '#/components/schemas/AccessRequest',
  );
  assert.ok(doc.components.schemas.AccessRequest.properties.requester);
  const session = doc.paths['/session'].get.responses['200'];
  assert.equal(session.content['application/json'].schema.$ref, '#/components/schemas/Session');
  assert.ok(doc.components.schemas.Session.properties.signInUrl);
  assert.equal(session.headers['Cache-Control'].schema.const, 'no-store');
  assert.match(
    doc.components.schemas.Problem.properties.code.description,
    /unauthorized, forbidden, origin, not-found/,
  );
});

/**
 * The live server answers what the contract says: each documented route is called on the real
 * test server, and its status must be one the operation lists, its content type the one listed
 * for that status, and its body valid against that response's schema (Ajv, JSON Schema 2020-12,
 * the dialect of OpenAPI 3.1), the problems included.
 */
type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, Obj> }>>;
  components: { responses: Record<string, Obj>; schemas: Record<string, Obj> };
};
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A body the contract's schema has just validated (Ajv): its shape is the schema's, not a TypeScript type. */
type Json = Obj[string];

const doc = parse(openApiYaml()) as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// The schemas refer to each other as `#/components/schemas/…`: resolved against this document.
ajv.addSchema({ $id: 'https://procura.test/openapi.json', components: { schemas: doc.components.schemas } });
const validators = new Map<string, ValidateFunction>();
const seen = new Set<string>();

async function conforms(res: Response, method: string, path: string): Promise<Json> {
  const op = doc.paths[path]?.[method];
  assert.ok(op, `${method} ${path} is documented`);
  const status = String(res.status);
  let spec = op.responses[status];
  assert.ok(
    spec,
    `${method.toUpperCase()} ${path} answered ${status}, which the contract does not list (it lists ${Object.keys(op.responses).join(', ')}): ${await res.clone().text()}`,
  );
  if (spec.$ref) spec = pick(doc.components.responses, String(spec.$ref).split('/').pop()!, 'response');
  seen.add(`${method} ${path} ${status}`);
  if (!spec.content) {
    assert.equal(await res.text(), '', `${method} ${path} ${status} has no body`);
    return null;
  }
  const type = at((res.headers.get('content-type') ?? '').split(';'), 0).trim();
  assert.ok(
    spec.content[type],
    `${method} ${path} ${status} is ${type}, the contract says ${Object.keys(spec.content).join(', ')}`,
  );
  if (type === 'application/pdf') return res.arrayBuffer();
  const body = await res.json();
  const id = `${method} ${path} ${status} ${type}`;
  if (!validators.has(id)) {
    validators.set(
      id,
      ajv.compile({
        $id: `https://procura.test/${validators.size}`,
        ...JSON.parse(
          JSON.stringify(spec.content[type].schema).replaceAll(
            '"#/components/',
            '"https://procura.test/openapi.json#/components/',
          ),
        ),
      }),
    );
  }
  const validate = validators.get(id)!;
  assert.ok(
    validate(body),
    `${id}: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(body).slice(0, 2000)}`,
  );
  return body;
}

const consentRecord = () => ({
  recordId: randomUUID(),
  indicatedBy: { role: 'subject' },
  noticeVersion: '2025-01',
  noticeSha256: 'a'.repeat(64),
  locale: 'fr-BE',
  decisions: [{ purpose: 'newsletter', state: 'given', at: new Date().toISOString(), basis: 'consent' }],
  collectedAt: new Date().toISOString(),
  source: 'https://assurances.example.com/mon-espace',
});

suite('the live server answers what openapi.yaml says', (ctx) => {
  test('every documented route, signed in as each kind of person, answers a listed status with a body its schema accepts', async () => {
    const [anne, bram, claire] = [await ctx.signIn('anne'), await ctx.signIn('bram'), await ctx.signIn('claire')];
    const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
      ctx.fetch(path, { token, headers });

    await conforms(await get('/health'), 'get', '/health');
    assert.equal((await conforms(await get('/ready'), 'get', '/ready')).status, 'ready');
    await conforms(await get('/proof/keys'), 'get', '/proof/keys');
    const session = await conforms(await get('/session', anne), 'get', '/session');
    assert.equal(session.user.birthDate, '1968-03-14', 'the person is told their own birth date');
    assert.deepEqual(await conforms(await get('/session'), 'get', '/session'), { user: null });
    const signIn = await ctx.fetch('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'jan', token: true }),
    });
    const jan = (await conforms(signIn, 'post', '/session')).token as string;
    await conforms(
      await ctx.fetch('/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: 'nobody' }),
      }),
      'post',
      '/session',
    );
    await conforms(await get('/demo/users'), 'get', '/demo/users');

    // Signed forms: a mandate and an access request, their receipts and their refusals.
    const pdf = await makePdf(1);
    const mandate = await conforms(await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf), 'post', '/mandates');
    await conforms(await ctx.submitMandate(anne, validMandate(sha256(pdf)), pdf), 'post', '/mandates'); // 409 conflict
    await conforms(
      await ctx.submitMandate(
        anne,
        validMandate(sha256(pdf), {
          grantor: { kind: 'natural', givenName: 'Jan', familyName: 'Peeters', email: 'jan.peeters@example.com' },
        }),
        pdf,
      ),
      'post',
      '/mandates',
    ); // 403 not-you
    await conforms(
      await ctx.submitMandate(anne, validMandate('0'.repeat(64), { service: 'Autre' }), pdf),
      'post',
      '/mandates',
    ); // 422
    await conforms(
      await ctx.fetch('/mandates', {
        method: 'POST',
        token: anne,
        key: randomUUID(),
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      'post',
      '/mandates',
    ); // 415
    await conforms(
      await ctx.submitMandate(undefined as unknown as string, validMandate(sha256(pdf)), pdf),
      'post',
      '/mandates',
    ); // 401
    const form = new FormData();
    form.set(
      'request',
      JSON.stringify({
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
      }),
    );
    form.set('document', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'access-request.pdf');
    const access = await conforms(
      await ctx.fetch('/access-requests', { method: 'POST', body: form, token: anne, key: randomUUID() }),
      'post',
      '/access-requests',
    );

    // Grants: the list, one grant, its receipt, evidence and document, as each party sees them.
    for (const token of [anne, bram, claire]) await conforms(await get('/grants', token), 'get', '/grants');
    const page = await conforms(await get('/grants?limit=1', claire), 'get', '/grants');
    assert.ok(page.nextCursor, 'a page of one grant out of two names the next');
    await conforms(await get('/grants?status=maybe', claire), 'get', '/grants'); // 400
    await conforms(await get('/grants'), 'get', '/grants'); // 401
    for (const token of [anne, bram, claire]) {
      const detail = await conforms(await get(`/grants/${mandate.grantId}`, token), 'get', '/grants/{id}');
      assert.equal(detail.verification.valid, true);
      await conforms(await get(`/grants/${mandate.grantId}/receipt`, token), 'get', '/grants/{id}/receipt');
      await conforms(
        await get(`/grants/${mandate.grantId}/evidence`, token, { 'accept-language': 'nl' }),
        'get',
        '/grants/{id}/evidence',
      );
      await conforms(await get(`/grants/${mandate.grantId}/document`, token), 'get', '/grants/{id}/document');
    }
    await conforms(await get(`/grants/${access.grantId}`, jan), 'get', '/grants/{id}'); // 404: not Jan's
    await conforms(await get(`/grants/${randomUUID()}/evidence`, anne), 'get', '/grants/{id}/evidence'); // 404
    await conforms(await get(`/grants/${mandate.grantId}/receipt`), 'get', '/grants/{id}/receipt'); // 401

    // The broker's decisions and their refusals.
    await conforms(
      await ctx.post(`/grants/${mandate.grantId}/activate`, {}, { token: bram }),
      'post',
      '/grants/{id}/activate',
    ); // 403
    await conforms(
      await ctx.post(`/grants/${mandate.grantId}/activate`, {}, { token: claire }),
      'post',
      '/grants/{id}/activate',
    );
    await conforms(
      await ctx.post(`/grants/${mandate.grantId}/activate`, {}, { token: claire }),
      'post',
      '/grants/{id}/activate',
    ); // 409 state
    await conforms(
      await ctx.post(
        `/grants/${mandate.grantId}/scope`,
        { scope: { contracts: 'one', contractIds: ['P-1'] } },
        { token: claire },
      ),
      'post',
      '/grants/{id}/scope',
    );
    await conforms(
      await ctx.post(`/grants/${mandate.grantId}/scope`, { scope: { contracts: 'nine' } }, { token: claire }),
      'post',
      '/grants/{id}/scope',
    ); // 422
    await conforms(
      await ctx.post(`/grants/${access.grantId}/refuse`, { reason: 'Pièce manquante' }, { token: claire }),
      'post',
      '/grants/{id}/refuse',
    );
    await conforms(
      await ctx.fetch(`/grants/${access.grantId}/refuse`, {
        method: 'POST',
        token: claire,
        headers: { 'content-type': 'text/plain' },
        body: 'no',
      }),
      'post',
      '/grants/{id}/refuse',
    ); // 415
    await conforms(
      await ctx.post(`/grants/${mandate.grantId}/revoke`, {}, { token: anne }),
      'post',
      '/grants/{id}/revoke',
    );
    await conforms(
      await ctx.post(`/grants/${randomUUID()}/revoke`, {}, { token: anne }),
      'post',
      '/grants/{id}/revoke',
    ); // 404

    // Consent, oppositions, decisions.
    const kept = await conforms(await ctx.post('/consents', consentRecord(), { token: anne }), 'post', '/consents');
    await conforms(
      await ctx.post('/consents', { ...consentRecord(), recordId: kept.recordId }, { token: anne }),
      'post',
      '/consents',
    ); // 409
    await conforms(
      await ctx.post('/consents', { ...consentRecord(), subject: 'C-100478' }, { token: anne }),
      'post',
      '/consents',
    ); // 403
    await conforms(
      await ctx.post('/consents', { ...consentRecord(), decisions: 'none' }, { token: anne }),
      'post',
      '/consents',
    ); // 422
    await conforms(await ctx.post('/consents', consentRecord(), { token: anne, key: false }), 'post', '/consents'); // 400
    await conforms(await ctx.post('/consents', consentRecord()), 'post', '/consents'); // a prospect
    await conforms(await get('/consents', anne), 'get', '/consents');
    await conforms(await get('/consents?subject=C-100231', claire), 'get', '/consents');
    await conforms(await get('/consents', claire), 'get', '/consents'); // 422: the broker names a subject
    await conforms(await get('/consents', bram), 'get', '/consents'); // 403
    await conforms(await get(`/consents/${kept.recordId}/receipt`, anne), 'get', '/consents/{recordId}/receipt');
    await conforms(await get(`/consents/${kept.recordId}/receipt`, jan), 'get', '/consents/{recordId}/receipt'); // 404
    // The notice a record names by hash: kept, known, not matching its address.
    const notice = { locale: 'fr-BE', title: 'Vos choix', purposes: [{ id: 'newsletter', label: 'Lettre' }] };
    const putNotice = (hash: string, body: unknown) =>
      ctx.fetch(`/notices/${hash}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const noticeHash = sha256(canonicalJson(notice));
    await conforms(await putNotice(noticeHash, notice), 'put', '/notices/{sha256}'); // 201
    await conforms(await putNotice(noticeHash, notice), 'put', '/notices/{sha256}'); // 200
    await conforms(await putNotice(noticeHash, { ...notice, title: 'Autre' }), 'put', '/notices/{sha256}'); // 422
    await conforms(
      await ctx.post('/oppositions', {
        opposed: true,
        source: 'user',
        at: new Date().toISOString(),
        locale: 'fr',
        site: 'https://assurances.example.com',
      }),
      'post',
      '/oppositions',
    );
    await conforms(
      await ctx.post('/oppositions', { opposed: true, source: 'gpc', at: new Date().toISOString(), ip: '10.0.0.1' }),
      'post',
      '/oppositions',
    ); // 422
    await conforms(
      await ctx.post('/decisions', {
        treeId: 'broker-000',
        treeVersion: '1',
        answers: [{ question: 'who', option: 'natural' }],
        outcome: 'mandate-insured',
      }),
      'post',
      '/decisions',
    );
    await conforms(await ctx.post('/decisions', { treeId: 'x', answers: 'none' }), 'post', '/decisions'); // 422

    // The desk: the inbox, one request (its refusal), a subject's consent proof; the audit as a client (403).
    const inbox = await conforms(await get('/desk/requests?limit=1', claire), 'get', '/desk/requests');
    assert.equal(inbox.items.length, 1);
    await conforms(await get('/desk/requests?limit=0', claire), 'get', '/desk/requests'); // 400
    await conforms(await get('/desk/requests', anne), 'get', '/desk/requests'); // 403
    const refused = await conforms(await get(`/desk/requests/${access.grantId}`, claire), 'get', '/desk/requests/{id}');
    assert.equal(refused.item.refusal.code, 'other');
    await conforms(await get(`/desk/requests/${randomUUID()}`, claire), 'get', '/desk/requests/{id}'); // 404
    await conforms(await get('/desk/consents?subject=C-100231', claire), 'get', '/desk/consents');
    await conforms(await get('/desk/consents', claire), 'get', '/desk/consents'); // 400
    await conforms(await get('/desk/audit', anne), 'get', '/desk/audit'); // 403
    await conforms(await get('/desk/audit'), 'get', '/desk/audit'); // 401

    // Mail: the demo mailbox; an invitation token that was never sent is gone (410), a malformed one 422.
    await conforms(await get('/demo/mail'), 'get', '/demo/mail');
    await conforms(await ctx.post('/invitations/accept', { token: 'x'.repeat(43) }), 'post', '/invitations/accept');
    await conforms(await ctx.post('/invitations/accept', { token: 1 }), 'post', '/invitations/accept');

    // Demo routes, then signing out.
    await conforms(
      await ctx.post('/demo/seed-grants', { count: 2, user: 'jan' }, { token: claire }),
      'post',
      '/demo/seed-grants',
    );
    await conforms(
      await ctx.post('/demo/seed-grants', { count: 2, user: 'jan' }, { token: anne }),
      'post',
      '/demo/seed-grants',
    ); // 403
    // The person's rights (issue 21): a request with its proof file, the sheet, the desk's queue and answers.
    const proof = { filename: 'preuve.pdf', mediaType: 'application/pdf', base64: Buffer.from(pdf).toString('base64') };
    const asked = { kind: 'rectification', field: 'phone', value: '+32 470 11 22 33', attachment: proof };
    const rights = (await conforms(await ctx.post('/requests', asked, { token: anne }), 'post', '/requests')) as {
      id: string;
    };
    await conforms(await ctx.post('/requests', { kind: 'nothing' }, { token: anne }), 'post', '/requests'); // 422
    await conforms(await get('/requests', anne), 'get', '/requests');
    await conforms(await get('/me/data', anne), 'get', '/me/data');
    await conforms(await get(`/requests/${rights.id}/receipt`, anne), 'get', '/requests/{id}/receipt');
    await conforms(await get(`/requests/${rights.id}/attachment`, claire), 'get', '/requests/{id}/attachment');
    await conforms(await get('/desk/rights?status=all', claire), 'get', '/desk/rights');
    await conforms(await get('/desk/rights', anne), 'get', '/desk/rights'); // 403
    await conforms(await get(`/desk/rights/${rights.id}`, claire), 'get', '/desk/rights/{id}');
    const extend = { reason: 'Archives à rechercher.' };
    await conforms(
      await ctx.post(`/desk/rights/${rights.id}/extend`, extend, { token: claire }),
      'post',
      '/desk/rights/{id}/extend',
    );
    const answer = { outcome: 'done' };
    await conforms(
      await ctx.post(`/desk/rights/${rights.id}/answer`, answer, { token: claire }),
      'post',
      '/desk/rights/{id}/answer',
    );
    await conforms(
      await ctx.post(`/desk/rights/${rights.id}/answer`, answer, { token: claire }),
      'post',
      '/desk/rights/{id}/answer',
    ); // 409
    // Staff accounts (issue 21): the list, a reviewer refused, disabling oneself refused, disable and enable.
    await conforms(await get('/desk/staff', claire), 'get', '/desk/staff');
    await conforms(await get('/desk/staff', anne), 'get', '/desk/staff'); // 403
    await conforms(
      await ctx.post('/desk/staff/claire/disable', {}, { token: claire }),
      'post',
      '/desk/staff/{id}/disable',
    ); // 409
    const leaving = { reason: 'A quitté le cabinet.' };
    await conforms(
      await ctx.post('/desk/staff/lucas/disable', leaving, { token: claire }),
      'post',
      '/desk/staff/{id}/disable',
    );
    await conforms(
      await ctx.post('/desk/staff/lucas/enable', {}, { token: claire }),
      'post',
      '/desk/staff/{id}/enable',
    );
    // Published definitions (issue 17): publish, unchanged, refused by the checker, read, the log.
    const cookieDef = { kind: 'cookie-opposition', id: 'audience', definition: { category: 'audience' } };
    await conforms(await ctx.post('/definitions', cookieDef, { token: claire }), 'post', '/definitions'); // 201
    await conforms(await ctx.post('/definitions', cookieDef, { token: claire }), 'post', '/definitions'); // 200
    const badDef = { ...cookieDef, definition: { category: 'a b' } };
    await conforms(await ctx.post('/definitions', badDef, { token: claire }), 'post', '/definitions'); // 422
    await conforms(await ctx.post('/definitions', cookieDef, { token: anne }), 'post', '/definitions'); // 403
    await conforms(await get('/definitions', claire), 'get', '/definitions');
    await conforms(await get('/definitions/audience'), 'get', '/definitions/{id}');
    await conforms(await get('/definitions/none'), 'get', '/definitions/{id}'); // 404
    await conforms(await get('/definitions/audience/versions', claire), 'get', '/definitions/{id}/versions');
    await conforms(await ctx.post('/demo/reset', {}, { token: claire }), 'post', '/demo/reset');
    await conforms(await ctx.fetch('/session', { method: 'DELETE', token: jan }), 'delete', '/session');

    // Every operation of the contract was called at least once.
    const called = new Set([...seen].map((s) => s.split(' ').slice(0, 2).join(' ')));
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    assert.deepEqual(
      documented.filter((o) => !called.has(o)),
      [],
    );
  });

  test('an oversized body answers the 413 problem the contract lists', async () => {
    const big = await ctx.fetch('/consents', {
      method: 'POST',
      token: await ctx.signIn('anne'),
      key: randomUUID(),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(300 * 1024) }),
    });
    assert.equal(big.status, 413);
    await conforms(big, 'post', '/consents');
  });
});

suite(
  'a rate-limited answer matches the contract',
  (ctx) => {
    test('past the burst, 429 with a problem body and Retry-After, as components.responses.RateLimited says', async () => {
      await conforms(await ctx.fetch('/proof/keys'), 'get', '/proof/keys');
      await conforms(await ctx.fetch('/proof/keys'), 'get', '/proof/keys');
      const limited = await ctx.fetch('/proof/keys');
      assert.equal(limited.status, 429);
      assert.match(limited.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      assert.equal((await conforms(limited, 'get', '/proof/keys')).code, 'rate-limited');
    });
  },
  { rateLimits: { perAddress: { burst: 2, perSecond: 0.001 }, perSession: false } },
);
