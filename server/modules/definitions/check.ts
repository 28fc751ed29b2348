/**
 * A definition is checked before it is published with the kit's own checker for its kind, the
 * one the element runs on its `config` (src/model): a tree with the tree checker, a consent
 * configuration with the schema and the rules of 002/003, the cookie-opposition and mandate-form
 * configurations with their schemas. Unknown keys are refused here (a misspelt key would vanish
 * in the element without a word). Never throws: it answers with the checker's issues.
 */
import { checkTree } from '../../../src/model/check-tree.js';
import { checkNotice, consentConfig, resolvePurposes } from '../../../src/model/consent-config.js';
import { cookieOppositionConfig } from '../../../src/model/cookie-config.js';
import type { DefinitionKind } from '../../../src/model/definition.js';
import { mandateFormConfig } from '../../../src/model/mandate-config.js';
import type { Issue, Schema } from '../../../src/model/schema.js';
import { unknownKeys } from '../../../src/model/unknown-keys.js';

function withSchema<T>(schema: Schema<T>, raw: unknown, owner: string): { value?: T; issues: Issue[] } {
  const issues: Issue[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ path: '(root)', code: 'type', message: 'a configuration is a JSON object' });
    return { issues };
  }
  const value = schema.check(raw, '', issues);
  unknownKeys(schema, raw, issues, owner);
  return { value, issues };
}

function checkConsent(raw: unknown): Issue[] {
  const { value, issues } = withSchema(consentConfig, raw, '<procura-consent>');
  if (value === undefined || issues.length) return issues;
  resolvePurposes(value, {}, issues);
  checkNotice(value, issues);
  return issues;
}

/** The checker's issues for `raw` as a definition of `kind` (none: it may be published). */
export function checkDefinition(kind: DefinitionKind, raw: unknown): Issue[] {
  switch (kind) {
    case 'tree':
      return checkTree(raw).issues;
    case 'consent':
      return checkConsent(raw);
    case 'cookie-opposition':
      return withSchema(cookieOppositionConfig, raw, '<procura-cookie-opposition>').issues;
    case 'mandate-form':
      return withSchema(mandateFormConfig, raw, '<procura-mandate-form>').issues;
  }
}
