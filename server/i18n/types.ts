/**
 * The shape of a translation of the server's sentences: exactly the French keys, section by
 * section, so a missing or an extra key in nl, en or de fails `npm run typecheck` (as the
 * browser's dictionaries are checked against French with `Translation`).
 */
export type Translation<F> = { readonly [S in keyof F]: { readonly [K in keyof F[S]]: string } };

/** English: the titles and details per code only (an English detail is the route's own sentence). */
export type CodeTranslation<F extends { titles: unknown; details: unknown }> = Translation<
  Pick<F, 'titles' | 'details'>
>;
