/**
 * Who is responsible for the processing (GDPR art. 13: the controller's identity and contact,
 * the DPO) and where the notice is: the same words as the consent notice's configuration, shared
 * by `<procura-consent>`'s `controller` and `<procura-my-data>`'s `config` (elements do not import
 * each other, so the shape lives here).
 */
import { localized } from './localized.js';
import { object, optional, type Infer } from './schema.js';

export const controllerInfo = object({
  name: localized({ max: 300 }),
  address: localized({ max: 500 }),
  contact: localized({ max: 500 }),
  dpo: optional(localized({ max: 500 })),
});
export type ControllerInfo = Infer<typeof controllerInfo>;
