import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/my-data-controller.js';

/**
 * `<procura-my-data>`'s part on the controller and the person's rights, shown only when a configuration
 * names them: French too is loaded lazily, with the configuration's check (before the element renders).
 */
export const myDataControllerCatalog = defineCatalog({
  name: 'my-data-controller',
  fr: () => import('./fr/my-data-controller.js'),
  nl: () => import('./nl/my-data-controller.js'),
  en: () => import('./en/my-data-controller.js'),
  de: () => import('./de/my-data-controller.js'),
});

export type MyDataControllerKey = KeysOf<typeof fr>;
