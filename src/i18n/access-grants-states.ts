import { defineCatalog, type KeysOf } from '../core/localize.js';
import type fr from './fr/access-grants-states.js';

/**
 * The grants viewer's texts in the states a first screen seldom shows (no backend, an empty list,
 * a failed load, offline, a refused grant's reason, what differs from the signed request): French
 * too is loaded lazily, with the chunk that adds it (`localize.add(grantsStatesCatalog)`).
 */
export const grantsStatesCatalog = defineCatalog({
  name: 'access-grants-states',
  fr: () => import('./fr/access-grants-states.js'),
  nl: () => import('./nl/access-grants-states.js'),
  en: () => import('./en/access-grants-states.js'),
  de: () => import('./de/access-grants-states.js'),
});

export type GrantsStatesKey = KeysOf<typeof fr>;
