// The `config` of <procura-my-data>: its schema loads only when a configuration is given
// (left with its defaults, every field is optional and there is nothing to check).
import { controllerInfo } from '../model/controller-info.js';
import { localized } from '../model/localized.js';
import { object, optional, type Infer } from '../model/schema.js';

export const configSchema = object({
  /** The controller's identity and contact (the consent notice's `controller`). */
  controller: optional(controllerInfo),
  /** The privacy policy (https, or a path on the site). */
  policyUrl: optional(localized({ max: 1000 })),
  /** The person's rights in the office's own words; the kit's sentence when absent. */
  rights: optional(localized({ max: 4000 })),
});
/** The `config` of `<procura-my-data>`. */
export type MyDataConfig = Infer<typeof configSchema>;
