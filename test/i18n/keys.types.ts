// Type-level checks of the i18n path, run by `npm run typecheck` and `npm test -- types`
// (tsconfig.test.json). Nothing here runs: each `@ts-expect-error` fails the type check if the
// line below it stopped being an error, so the checks cannot quietly stop working.
import { defineCatalog, type LocalizeController, type KeysOf, type Translation } from '../../src/core/localize.js';
import type { CoreKey } from '../../src/i18n/core.js';
import type frCore from '../../src/i18n/fr/core.js';
import type nlCore from '../../src/i18n/nl/core.js';
import type enCore from '../../src/i18n/en/core.js';
import type deCore from '../../src/i18n/de/core.js';

const fr = {
  'demo.title': 'Titre',
  'demo.items#one': 'Un élément',
  'demo.items#other': '{count} éléments',
} as const;
type DemoKey = KeysOf<typeof fr>;

// Plural forms are asked for by their base key.
export const keys: DemoKey[] = ['demo.title', 'demo.items'];
// @ts-expect-error: `#one` is a form, not a key t() takes
export const plural: DemoKey = 'demo.items#one';

// A translation with exactly the French keys is accepted.
export const nl = {
  'demo.title': 'Titel',
  'demo.items#one': 'Eén element',
  'demo.items#other': '{count} elementen',
} satisfies Translation<typeof fr>;

// @ts-expect-error: a missing key (`demo.items#other`) fails
export const missing = { 'demo.title': 'Title', 'demo.items#one': 'One item' } satisfies Translation<typeof fr>;

export const extra = {
  'demo.title': 'Titel',
  'demo.items#one': 'Ein Element',
  'demo.items#other': '{count} Elemente',
  // @ts-expect-error: a key French does not have fails
  'demo.subtitle': 'Untertitel',
} satisfies Translation<typeof fr>;

// defineCatalog checks each loader's dictionary against French too.
export const catalog = defineCatalog({
  name: 'demo',
  fr,
  nl: () => Promise.resolve({ default: nl }),
  en: () => Promise.resolve({ default: nl }),
  // @ts-expect-error: a German dictionary without `demo.title` fails
  de: () => Promise.resolve({ default: { 'demo.items#one': 'x', 'demo.items#other': 'y' } }),
});

declare const l: LocalizeController<DemoKey | CoreKey>;
l.t('demo.title');
l.t('demo.items', { count: 2 });
l.t('core.sent');
// @ts-expect-error: a key no catalog has fails in t()
l.t('demo.titel');
// @ts-expect-error: and in tl()
l.tl('core.sendt');
// has() takes any string: it is for keys that come from data (configure({ strings })).
l.has('demo.anything');

// The shipped core dictionaries: every translation has exactly the French keys.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const coreKeys: [
  Same<keyof typeof nlCore, keyof typeof frCore>,
  Same<keyof typeof enCore, keyof typeof frCore>,
  Same<keyof typeof deCore, keyof typeof frCore>,
] = [true, true, true];
