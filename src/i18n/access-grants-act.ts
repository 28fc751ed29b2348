import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/access-grants-act.js';

/**
 * The grants viewer's texts once a person acts (the revoke dialog and its notices, the proof
 * check, a signed form opened, a hash copied): French too is loaded lazily, with the chunk that
 * adds it (`localize.add(grantsActCatalog)`), so the list's first paint does not carry them.
 */
export const grantsActCatalog = defineCatalog({
  name: 'access-grants-act',
  fr: () => import('./fr/access-grants-act.js'),
  nl: () => import('./nl/access-grants-act.js'),
  en: () => import('./en/access-grants-act.js'),
  de: () => import('./de/access-grants-act.js'),
});

export type GrantsActKey = KeysOf<typeof fr>;
