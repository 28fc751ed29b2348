/**
 * Walks a value along its schema to the objects that carry keys the schema does not know.
 * Apart from the report (unknown-keys.ts: the "did you mean" and the sentences) so that an
 * element checks its configuration at once and loads the report only for a configuration
 * that has such keys.
 */
import type { Schema, Shape } from './schema-types.js';

/** Called for each object holding unknown keys: where it is, its shape, its values and those keys. */
export type UnknownFound = (
  trail: readonly (string | number)[],
  shape: Shape,
  values: Record<string, unknown>,
  unknown: string[],
) => void;

type ObjectDef = Extract<Schema<unknown>['def'], ['object', ...unknown[]]>;

/** An object's known keys walked into, its unknown ones (but `$schema`, `$comment`...) handed to `found`. */
function walkObject(def: ObjectDef, input: object, found: UnknownFound, trail: (string | number)[]): void {
  const [, shape, opts] = def;
  const values = input as Record<string, unknown>;
  let unknown: string[] | undefined;
  for (const k in values) {
    if (!Object.hasOwn(values, k)) continue;
    const s = Object.hasOwn(shape, k) ? shape[k] : undefined;
    if (s) walkKeys(s, values[k], found, trail, k);
    else if (opts.extra !== 'allow' && !k.startsWith('$')) (unknown ??= []).push(k);
  }
  if (unknown) found(trail, shape, values, unknown);
}

/** Calls `found` for every object of `v` (at `trail`) that holds keys its schema does not know. */
export function walkKeys(
  s: Schema<unknown>,
  v: unknown,
  found: UnknownFound,
  trail: (string | number)[] = [],
  key?: string | number,
): void {
  const def = s.def;
  if (!def || v === null || typeof v !== 'object' || def[0] === 'localized') return;
  if (key !== undefined) trail.push(key);
  if (def[0] === 'array') {
    if (Array.isArray(v)) for (const [i, x] of v.entries()) walkKeys(def[1], x, found, trail, i);
  } else if (def[0] === 'record') {
    if (!Array.isArray(v))
      for (const k in v) if (Object.hasOwn(v, k)) walkKeys(def[1], (v as Record<string, unknown>)[k], found, trail, k);
  } else if (def[0] === 'union') {
    walkKeys(def[3](v) === 0 ? def[1] : def[2], v, found, trail);
  } else if (def[0] === 'object' && !Array.isArray(v)) walkObject(def, v, found, trail);
  if (key !== undefined) trail.pop();
}

/** Whether `value` carries a key `schema` does not know, anywhere in it. */
export function hasUnknownKeys(schema: Schema<unknown>, value: unknown): boolean {
  let any = false;
  walkKeys(schema, value, () => (any = true));
  return any;
}
