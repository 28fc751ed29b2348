/**
 * The types of the schema language (schema.ts): what a schema is, what it reports, what made it.
 * Apart so that the checks of unknown keys (unknown-keys.ts) read them without importing schema.ts.
 */

export interface Issue {
  /** Dotted path to the bad value: `grantor.email`, `questions.q1.options[0].next`. */
  path: string;
  /** Stable machine code (`required`, `type`, `enum`, `format`, ...). */
  code: string;
  /** A sentence a developer can act on. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export interface Schema<T> {
  /** Validates `value`, pushing problems into `issues`; returns the clean value. */
  check(value: unknown, path: string, issues: Issue[]): T | undefined;
  /** What made it, for `toJson()` (`schema-json.ts`); none means any value (`{}`). */
  readonly def?: Def;
  readonly optional?: boolean;
}

/** A schema's constructor and its arguments (read by `toJson()`). */
export type Def =
  | ['string', StringOptions]
  | ['boolean']
  | ['integer', { min?: number; max?: number }]
  | ['literal', readonly string[]]
  | ['array', Schema<unknown>, { min?: number; max?: number }]
  | ['record', Schema<unknown>, { keyPattern?: RegExp; min?: number }]
  | ['object', Shape, { extra?: 'strip' | 'allow' | 'refuse'; description?: string }]
  | ['union', Schema<unknown>, Schema<unknown>, (v: unknown) => 0 | 1]
  | ['localized'];

export type Shape = Record<string, Schema<unknown>>;

export type Infer<S> = S extends Schema<infer T> ? T : never;

export interface StringOptions {
  min?: number;
  max?: number;
  pattern?: RegExp;
  format?: 'email' | 'date' | 'date-time' | 'uri' | 'sha256' | 'uuid';
  description?: string;
}

export const joinPath = (base: string, key: string | number): string =>
  typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;
