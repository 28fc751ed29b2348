/**
 * A type check, not a test run: the server's translations have exactly the French keys. Each
 * `@ts-expect-error` line fails `npm run typecheck` if the check stops catching its mistake.
 */
import type fr from '../i18n/fr.js';
import type { CodeTranslation, Translation } from '../i18n/types.js';
import nl from '../i18n/nl.js';
import en from '../i18n/en.js';

const { required: _dropped, ...withoutRequired } = nl.fields;
const { validation: _title, ...withoutValidation } = en.titles;

export const nlExtraKey = {
  ...nl,
  // @ts-expect-error a field sentence French does not have
  fields: { ...nl.fields, notAFrenchKey: 'x' },
} satisfies Translation<typeof fr>;

export const nlMissingKey = {
  ...nl,
  // @ts-expect-error the `required` field sentence is missing
  fields: withoutRequired,
} satisfies Translation<typeof fr>;

export const enMissingTitle = {
  ...en,
  // @ts-expect-error the `validation` title is missing
  titles: withoutValidation,
} satisfies CodeTranslation<typeof fr>;
