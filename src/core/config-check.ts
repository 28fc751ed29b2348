import { object, type Issue } from '../model/schema.js';
import { unknownKeys } from '../model/unknown-keys.js';

/** The elements `procura check-config` knows, by their tag without `procura-`. */
export const CONFIGURABLE = [
  'consent',
  'cookie-opposition',
  'mandate-form',
  'access-grants',
  'delegation-tree',
  'signature-pad',
  'my-data',
] as const;
export type Configurable = (typeof CONFIGURABLE)[number];

export const isConfigurable = (name: string): name is Configurable =>
  (CONFIGURABLE as readonly string[]).includes(name);

/**
 * Checks a configuration for one element outside a page (`procura check-config`), with the
 * messages the element itself shows: the element's own check (schema, unknown keys with the
 * nearest known one, its rules across fields); for the questionnaire, whose configuration is
 * its tree, the tree checker; the signature pad takes no configuration, so every key is refused.
 * Only the element asked for is loaded. Never throws for a bad value: it answers with issues.
 */
export async function checkConfig(element: Configurable, raw: unknown): Promise<Issue[]> {
  const tag = `procura-${element}`;
  switch (element) {
    case 'consent':
      return (await import('../consent/consent.js')).ProcuraConsent.checkConfiguration(raw, tag);
    case 'cookie-opposition':
      return (await import('../cookie-opposition/cookie-opposition.js')).ProcuraCookieOpposition.checkConfiguration(
        raw,
        tag,
      );
    case 'mandate-form':
      return (await import('../mandate-form/mandate-form.js')).ProcuraMandateForm.checkConfiguration(raw, tag);
    case 'access-grants':
      return (await import('../access-grants/access-grants.js')).ProcuraAccessGrants.checkConfiguration(raw, tag);
    case 'my-data':
      return (await import('../my-data/my-data.js')).ProcuraMyData.checkConfiguration(raw, tag);
    case 'delegation-tree':
      return (await import('../delegation-tree/check-tree.js')).checkTree(raw).issues;
    case 'signature-pad': {
      const none = object({});
      const issues: Issue[] = [];
      none.check(raw, '', issues);
      unknownKeys(none, raw, issues, `<${tag}>`);
      return issues;
    }
  }
}
