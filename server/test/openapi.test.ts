import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { contractSchemas, openApiYaml } from '../openapi.js';
import { publishedSchemas } from '../../src/model/json-schema.js';

test('the committed openapi.yaml is exactly what scripts/gen-openapi.ts generates', async () => {
  const committed = await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8');
  assert.equal(committed, openApiYaml(), 'run: node --import tsx scripts/gen-openapi.ts');
});

test('openapi.yaml is OpenAPI 3.1, holds every published schema and every route of API.md', () => {
  const doc = parse(openApiYaml());
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(Object.keys(doc.components.schemas).sort(), Object.keys(contractSchemas).sort());
  for (const name of [...Object.keys(publishedSchemas), 'AccessRequest']) assert.ok(doc.components.schemas[name], name);
  assert.deepEqual(doc.components.schemas.Opposition.additionalProperties, false);
  for (const [path, method] of [['/mandates', 'post'], ['/access-requests', 'post'], ['/session', 'get'], ['/grants', 'get'], ['/grants/{id}/document', 'get'], ['/grants/{id}/revoke', 'post'], ['/consents', 'post'], ['/consents', 'get'], ['/oppositions', 'post'], ['/decisions', 'post']])
    assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
});

test('the contract names the access request, the session answer and the problem codes', () => {
  const doc = parse(openApiYaml());
  const ar = doc.paths['/access-requests'].post;
  assert.deepEqual(ar.requestBody.content['multipart/form-data'].schema.required, ['request', 'document']);
  assert.equal(ar.requestBody.content['multipart/form-data'].schema.properties.request.$ref, '#/components/schemas/AccessRequest');
  assert.ok(doc.components.schemas.AccessRequest.properties.requester);
  const session = doc.paths['/session'].get.responses['200'];
  assert.ok(session.content['application/json'].schema.properties.signInUrl);
  assert.equal(session.headers['Cache-Control'].schema.const, 'no-store');
  assert.match(doc.components.schemas.Problem.properties.code.description, /unauthorized, forbidden, origin, not-found/);
});
