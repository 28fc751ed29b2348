/**
 * A small schema language: one definition validates data (in the browser and on
 * the reference server) and exports itself as JSON Schema (draft 2020-12).
 * Kept tiny on purpose: every element ships it, and the budgets are in KB. So a
 * schema only carries its `def` (what made it) and `schema-json.ts`, which no
 * element imports, turns that into JSON Schema.
 */
import {
  joinPath,
  type Issue,
  type Result,
  type Schema,
  type Shape,
  type Infer,
  type StringOptions,
} from './schema-types.js';

export type { Def, Issue, Infer, Result, Schema, Shape, StringOptions } from './schema-types.js';
export { joinPath };
// The report of unknown keys is in unknown-keys.ts, imported from there: an element loads it only for a configuration that has some.

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const issue = (issues: Issue[], path: string, code: string, message: string) => {
  issues.push({ path, code, message });
  return undefined;
};

export function parse<T>(schema: Schema<T>, value: unknown, path = ''): Result<T> {
  const issues: Issue[] = [];
  const out = schema.check(value, path, issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: out as T };
}

export const FORMATS: Record<NonNullable<StringOptions['format']>, RegExp> = {
  // Deliberately plain: one @, a dot in the domain, no spaces. The server sends mail to confirm.
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/,
  uri: /^(https?:\/\/|\/|\.{0,2}\/)[^\s]*$/,
  sha256: /^[0-9a-f]{64}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/** A NUL, or half of a surrogate pair without its other half: no database stores either as text. */
const BAD_TEXT = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const realDay = (y: number, m: number, d: number) =>
  y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap(y) ? 29 : (DAYS[m - 1] ?? 0));

/** The pattern lets `2031-02-30` and `T99:99` through; the calendar and the clock do not. */
function realMoment(v: string, format: 'date' | 'date-time'): boolean {
  const n = (from: number, to: number) => Number(v.slice(from, to));
  if (!realDay(n(0, 4), n(5, 7), n(8, 10))) return false;
  if (format === 'date') return true;
  if (n(11, 13) > 23 || n(14, 16) > 59 || (v[16] === ':' && n(17, 19) > 59)) return false;
  const zone = v.match(/[+-](\d\d):(\d\d)$/);
  return !zone || (Number(zone[1]) <= 23 && Number(zone[2]) <= 59);
}

/* @__NO_SIDE_EFFECTS__ */
export function string(opts: StringOptions = {}): Schema<string> {
  return {
    def: ['string', opts],
    check(v, path, issues) {
      if (typeof v !== 'string') return issue(issues, path, 'type', `expected a string, got ${typeOf(v)}`);
      if (BAD_TEXT.test(v))
        return issue(issues, path, 'text', 'must not contain a NUL character or a lone surrogate (broken UTF-16)');
      if (opts.min !== undefined && v.length < opts.min)
        return issue(
          issues,
          path,
          opts.min === 1 ? 'required' : 'min',
          opts.min === 1 ? 'must not be empty' : `must be at least ${opts.min} characters`,
        );
      if (opts.max !== undefined && v.length > opts.max)
        return issue(issues, path, 'max', `must be at most ${opts.max} characters`);
      if (opts.format && !FORMATS[opts.format].test(v))
        return issue(issues, path, 'format', `is not a valid ${opts.format}`);
      if ((opts.format === 'date' || opts.format === 'date-time') && !realMoment(v, opts.format))
        return issue(issues, path, 'format', `is not a real ${opts.format === 'date' ? 'date' : 'date and time'}`);
      if (opts.pattern && !opts.pattern.test(v))
        return issue(issues, path, 'pattern', `does not match ${opts.pattern.source}`);
      return v;
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function boolean(): Schema<boolean> {
  return {
    def: ['boolean'],
    check: (v, path, issues) =>
      typeof v === 'boolean' ? v : issue(issues, path, 'type', `expected true or false, got ${typeOf(v)}`),
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function integer(opts: { min?: number; max?: number } = {}): Schema<number> {
  return {
    def: ['integer', opts],
    check(v, path, issues) {
      if (typeof v !== 'number' || !Number.isInteger(v))
        return issue(issues, path, 'type', `expected an integer, got ${typeOf(v)}`);
      if (opts.min !== undefined && v < opts.min) return issue(issues, path, 'min', `must be at least ${opts.min}`);
      if (opts.max !== undefined && v > opts.max) return issue(issues, path, 'max', `must be at most ${opts.max}`);
      return v;
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function literal<const V extends readonly string[]>(...values: V): Schema<V[number]> {
  return {
    def: ['literal', values],
    check: (v, path, issues) =>
      typeof v === 'string' && values.includes(v)
        ? (v as V[number])
        : issue(
            issues,
            path,
            'enum',
            `must be one of ${values.map((x) => `"${x}"`).join(', ')}, got ${JSON.stringify(v) ?? 'nothing'}`,
          ),
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function array<T>(item: Schema<T>, opts: { min?: number; max?: number } = {}): Schema<T[]> {
  return {
    def: ['array', item, opts],
    check(v, path, issues) {
      if (!Array.isArray(v)) return issue(issues, path, 'type', `expected a list, got ${typeOf(v)}`);
      if (opts.min !== undefined && v.length < opts.min)
        return issue(issues, path, 'min', `needs at least ${opts.min} item(s)`);
      if (opts.max !== undefined && v.length > opts.max)
        return issue(issues, path, 'max', `takes at most ${opts.max} items`);
      const before = issues.length;
      const out = v.map((x, i) => item.check(x, joinPath(path, i), issues));
      return issues.length === before ? (out as T[]) : undefined;
    },
  };
}

/** A map from ids to values (`questions`, `outcomes`). */
/* @__NO_SIDE_EFFECTS__ */
export function record<T>(
  value: Schema<T>,
  opts: { keyPattern?: RegExp; min?: number } = {},
): Schema<Record<string, T>> {
  return {
    def: ['record', value, opts],
    check(v, path, issues) {
      if (typeOf(v) !== 'object') return issue(issues, path, 'type', `expected an object, got ${typeOf(v)}`);
      const entries = Object.entries(v as object);
      if (opts.min !== undefined && entries.length < opts.min)
        return issue(issues, path, 'min', `needs at least ${opts.min} entr${opts.min === 1 ? 'y' : 'ies'}`);
      const before = issues.length;
      const out: Record<string, T> = {};
      for (const [k, x] of entries) {
        if (opts.keyPattern && !opts.keyPattern.test(k))
          issue(issues, joinPath(path, k), 'key', `"${k}" is not a valid id (${opts.keyPattern.source})`);
        out[k] = value.check(x, joinPath(path, k), issues) as T;
      }
      return issues.length === before ? out : undefined;
    },
  };
}

type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};

/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Shape>(
  shape: S,
  opts: { extra?: 'strip' | 'allow' | 'refuse'; description?: string } = {},
): Schema<ObjectOf<S>> {
  const extra = opts.extra ?? 'strip';
  return {
    def: ['object', shape, opts],
    check(v, path, issues) {
      if (typeOf(v) !== 'object') return issue(issues, path, 'type', `expected an object, got ${typeOf(v)}`);
      const input = v as Record<string, unknown>;
      const before = issues.length;
      const out: Record<string, unknown> = extra === 'allow' ? { ...input } : {};
      for (const [k, s] of Object.entries(shape)) {
        const x = input[k];
        if (x === undefined || x === null) {
          if (!s.optional) issue(issues, joinPath(path, k), 'required', 'is required');
          continue;
        }
        const checked = s.check(x, joinPath(path, k), issues);
        if (checked !== undefined) out[k] = checked;
      }
      if (extra === 'refuse')
        for (const k of Object.keys(input))
          if (!(k in shape)) issue(issues, joinPath(path, k), 'unknown', 'is not a known field');
      return issues.length === before ? (out as ObjectOf<S>) : undefined;
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> & { optional: true } {
  return { check: schema.check, def: schema.def, optional: true };
}

/** The first schema that accepts the value wins; issues come from the one named by `pick`. */
/* @__NO_SIDE_EFFECTS__ */
export function union<A, B>(a: Schema<A>, b: Schema<B>, pick: (v: unknown) => 0 | 1): Schema<A | B> {
  return {
    def: ['union', a, b, pick],
    check: (v, path, issues) => (pick(v) === 0 ? a.check(v, path, issues) : b.check(v, path, issues)),
  };
}

/** Adds a rule across fields: `refine(schema, (value, report) => ...)`. */
/* @__NO_SIDE_EFFECTS__ */
export function refine<T>(
  schema: Schema<T>,
  rule: (value: T, report: (path: string, code: string, message: string) => void) => void,
): Schema<T> {
  return {
    check(v, path, issues) {
      const out = schema.check(v, path, issues);
      if (out !== undefined)
        rule(out, (p, code, message) => issues.push({ path: p ? joinPath(path, p) : path, code, message }));
      return out;
    },
    def: schema.def,
  };
}

/** Any JSON value, kept as is. */
/* @__NO_SIDE_EFFECTS__ */
export function unknown(): Schema<unknown> {
  return { check: (v) => v };
}
