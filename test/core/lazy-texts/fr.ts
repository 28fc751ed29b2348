/** A lazily loaded French catalog (like the mandate review's), for test/core/localize-add.test.ts. */
export default {
  'lazy.title': 'Vos procurations',
  'lazy.count#one': 'Une procuration',
  'lazy.count#other': '{count} procurations',
  'lazy.onlyFrench': 'Seulement en français',
} as const;
