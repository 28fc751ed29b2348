import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { openApiYaml } from '../openapi.js';
import { publishedSchemas } from '../../src/model/json-schema.js';

test('the committed openapi.yaml is exactly what scripts/gen-openapi.ts generates', async () => {
  const committed = await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8');
  assert.equal(committed, openApiYaml(), 'run: node --import tsx scripts/gen-openapi.ts');
});

test('openapi.yaml is OpenAPI 3.1, holds every published schema and every route of API.md', () => {
  const doc = parse(openApiYaml());
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(Object.keys(doc.components.schemas).sort(), Object.keys(publishedSchemas).sort());
  assert.deepEqual(doc.components.schemas.Opposition.additionalProperties, false);
  for (const [path, method] of [['/mandates', 'post'], ['/grants', 'get'], ['/grants/{id}/document', 'get'], ['/grants/{id}/revoke', 'post'], ['/consents', 'post'], ['/consents', 'get'], ['/oppositions', 'post'], ['/decisions', 'post']])
    assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
});
