/**
 * The `config` of `<procura-mandate-form>`: validated against this schema, its type derived from it.
 * Moved from src/mandate-form/config.ts (wave 6) so that the reference server and `<procura-studio>`
 * check it with the element's own schema; the old path re-exports it.
 */
import { array, object, optional, record, string, type Infer } from './schema.js';
import { localized } from './localized.js';
import { contractsScope } from './tree.js';

/** The broker's office as the mandate's PDF names it (the shape of `configure({ broker })`). */
export const brokerIdentity = object({
  name: string({ min: 1, max: 300 }),
  registration: optional(string({ max: 100 })),
  address: optional(string({ max: 500 })),
  email: optional(string({ max: 320 })),
  phone: optional(string({ max: 50 })),
});

/** What a mandatary may and may not do in one service, printed as a clause (the shape of `configure({ clauses })`). */
export const serviceClause = object({ may: localized({ max: 2000 }), mayNot: localized({ max: 2000 }) });

export const mandateFormConfig = object({
  /** The site's title, printed at the top of the PDF. */
  title: optional(localized({ max: 300 })),
  /** The site's logo for the PDF (PNG or JPEG). */
  logoUrl: optional(string({ max: 500_000, pattern: /^(https?:\/\/|\/|\.{0,2}\/|data:image\/(png|jpeg);base64,)/ })),
  /** Where to fetch DejaVuSans.ttf (or another Unicode TTF) when a name leaves WinAnsi. */
  fontUrl: optional(string({ max: 2000, pattern: /^(https?:\/\/|\/|\.{0,2}\/|data:)/ })),
  /** Local parts refused as shared addresses; default DEFAULT_ROLE_LOCAL_PARTS. */
  roleAddresses: optional(array(string({ min: 1, max: 64 }), { max: 1000 })),
  /** Display names of the services, by id. */
  serviceNames: optional(record(localized({ max: 300 }))),
  /** Fixes the contracts the mandatary may see (the `contracts` attribute wins): `all`, `one` or `listed`. */
  contracts: optional(contractsScope),
  /** The broker's identity printed on each PDF; else `configure({ broker })`. */
  broker: optional(brokerIdentity),
  /** What the mandatary may and may not do, by service id; else `configure({ clauses })`, else the kit's default. */
  clauses: optional(record(serviceClause)),
});
/** The `config` of `<procura-mandate-form>`, derived from its schema. */
export type MandateFormConfig = Infer<typeof mandateFormConfig>;
