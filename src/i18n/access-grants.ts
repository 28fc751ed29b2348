import { defineCatalog, type KeysOf } from '../core/localize.js';
import fr from './fr/access-grants.js';

/** The keys of the grants viewer's texts. */
export type GrantsKey = KeysOf<typeof fr>;

export const grantsCatalog = defineCatalog({
  name: 'access-grants',
  fr,
  nl: () => import('./nl/access-grants.js'),
  en: () => import('./en/access-grants.js'),
  de: () => import('./de/access-grants.js'),
});
