import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/cookie-opposition.js';

/** The keys of `<procura-cookie-opposition>`'s texts (`cookie.…`). */
export type CookieKey = KeysOf<typeof fr>;

export const cookieOppositionCatalog = defineCatalog({
  name: 'cookie-opposition',
  fr,
  nl: () => import('./nl/cookie-opposition.js'),
  en: () => import('./en/cookie-opposition.js'),
  de: () => import('./de/cookie-opposition.js'),
});
