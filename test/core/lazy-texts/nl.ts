import type fr from './fr.js';
import type { Translation } from '../../../src/core/localize.js';

/** The Dutch of lazy-texts/fr.ts; `lazy.onlyFrench` is worded the same to show the French fallback is not used. */
export default {
  'lazy.title': 'Uw volmachten',
  'lazy.count#one': 'Eén volmacht',
  'lazy.count#other': '{count} volmachten',
  'lazy.onlyFrench': 'Alleen in het Nederlands',
} satisfies Translation<typeof fr>;
