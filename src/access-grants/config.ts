// The `config` of <procura-access-grants>: its schema loads only when a configuration is given
// (left with its defaults, every field is optional and there is nothing to check).
import { integer, object, optional, string, type Infer } from '../model/schema.js';

export const configSchema = object({
  /** Where a person asks for a new access (the mandate form's page); shown when the list is empty. */
  requestUrl: optional(string({ min: 1, max: 2000 })),
  /** How many days the last list is kept in this browser for offline use (0: not kept). */
  cacheDays: optional(integer({ min: 0, max: 90 })),
});
/** The `config` of `<procura-access-grants>`. */
export type AccessGrantsConfig = Infer<typeof configSchema>;
