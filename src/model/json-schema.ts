import { mandate } from './mandate.js';
import { accessRequest } from './access-request.js';
import { grant } from './grant.js';
import { consentRecord, opposition, purpose } from './consent.js';
import { treeDefinition, decision } from './tree.js';
import { problem } from './problem.js';
import type { Schema } from './schema.js';
import { toJson } from './schema-json.js';

/** Every published shape, by the name it carries in openapi.yaml and in dist/schemas. */
export const publishedSchemas: Record<string, Schema<unknown>> = {
  Mandate: mandate as Schema<unknown>,
  AccessRequest: accessRequest as Schema<unknown>,
  Grant: grant as Schema<unknown>,
  ConsentRecord: consentRecord as Schema<unknown>,
  Purpose: purpose as Schema<unknown>,
  Opposition: opposition as Schema<unknown>,
  TreeDefinition: treeDefinition as Schema<unknown>,
  Decision: decision as Schema<unknown>,
  Problem: problem as Schema<unknown>,
};

export function toJsonSchema(name: string): Record<string, unknown> {
  const s = publishedSchemas[name];
  if (!s) throw new Error(`unknown schema ${name}`);
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `procura:${name}`, title: name, ...toJson(s) };
}
