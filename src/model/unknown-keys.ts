/**
 * The keys a value carries that its schema does not know, each with the nearest known key
 * ("did you mean"): what `parse` would strip without a word. Used on configuration, in the browser.
 */
import { joinPath, type Issue, type Schema, type Shape } from './schema-types.js';
import { walkKeys } from './key-walk.js';

/** How far apart two keys are: Damerau-Levenshtein (adjacent swaps count one), capped inputs. */
function distance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, (prev2[j - 2] ?? 0) + 1);
    }
    [prev2, prev] = [prev, row];
  }
  return prev[b.length] ?? 0;
}

/** `logo_url`, `Logo-URL` and `logoUrl` are the same key to a person typing it. */
const fold = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');

/** At most one edit for short keys, two up to eight letters, three beyond. */
const editLimit = (length: number) => {
  if (length <= 4) return 1;
  return length <= 8 ? 2 : 3;
};

/**
 * The known key `word` most likely stands for, or undefined when none is close: at most one
 * edit for short keys, two up to eight letters, three beyond; a case or separator difference
 * is no edit; a known key that starts with it, or that it starts with (`logo` for `logoUrl`),
 * is close from four letters on.
 */
export function nearest(word: string, known: readonly string[]): string | undefined {
  const w = fold(word);
  if (!w || w.length > 64) return undefined;
  const limit = editLimit(w.length);
  let best: string | undefined;
  let bestD = limit + 1;
  for (const k of known) {
    const n = fold(k);
    let d = distance(w, n);
    if (d > limit && Math.min(w.length, n.length) >= 4 && (n.startsWith(w) || w.startsWith(n))) d = limit;
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

/** Unknown keys reported for one object at most; the rest are counted in one more issue. */
const MAX_UNKNOWN = 20;

/** One walk over a value: where it is (a trail of keys, joined only for a report) and what it found. */
interface Walk {
  trail: readonly (string | number)[];
  issues: Issue[];
  owner: string;
  noun: string;
}

const at = (w: Walk, ...more: (string | number)[]) => [...w.trail, ...more].reduce<string>(joinPath, '');

/** The sentence for an unknown key: the nearest known one, or the known ones, or that there are none. */
function unknownMessage(w: Walk, k: string, near: string | undefined, known: string[], where: string): string {
  if (near) return `"${k}" is not a ${w.noun} of ${where}: did you mean "${near}"?`;
  if (known.length) return `"${k}" is not a ${w.noun} of ${where}; its ${w.noun}s are ${known.join(', ')}`;
  return `"${k}" is not a ${w.noun} of ${where}: it has no ${w.noun}s`;
}

/** Reports the unknown keys of one object; a typo of a missing required key is named in that key's issue. */
function report(w: Walk, shape: Shape, input: Record<string, unknown>, unknown: string[]): void {
  const known = Object.keys(shape);
  const here = at(w);
  const where = here ? `${here} in ${w.owner}` : w.owner;
  for (const k of unknown.slice(0, MAX_UNKNOWN)) {
    const near = nearest(k, known);
    const missing =
      near !== undefined &&
      !shape[near]?.optional &&
      (input[near] === undefined || input[near] === null) &&
      w.issues.find((i) => i.path === at(w, near) && i.code === 'required');
    if (missing) {
      missing.message = `is missing; "${k}" looks like a typo of it`;
      continue;
    }
    const message = unknownMessage(w, k, near, known, where);
    const path = at(w, k);
    const refused = w.issues.find((i) => i.path === path && i.code === 'unknown');
    if (refused) refused.message = message;
    else w.issues.push({ path, code: 'unknown', message });
  }
  if (unknown.length > MAX_UNKNOWN)
    w.issues.push({
      path: here || '(root)',
      code: 'unknown',
      message: `${unknown.length - MAX_UNKNOWN} more keys are not ${w.noun}s of ${where}`,
    });
}

/**
 * Reports the keys of `value` that `schema` does not know, anywhere in it, with the nearest
 * known key ("did you mean"), where `parse` would strip them without a word. A missing
 * required key whose typo is there gets the typo named in its own issue instead. Keys that
 * start with `$` (`$schema`, `$comment`) are left alone. Run it after the schema's check, on
 * the same value and issues; `owner` names whose keys these are (`<procura-consent>`).
 * Server-side parsing does not call it: the backend keeps stripping what it does not know.
 */
export function unknownKeys(
  schema: Schema<unknown>,
  value: unknown,
  issues: Issue[],
  owner: string,
  noun = 'setting',
): void {
  walkKeys(schema, value, (trail, shape, values, unknown) =>
    report({ trail, issues, owner, noun }, shape, values, unknown),
  );
}
