/**
 * Canonical JSON: keys sorted at every level (by UTF-16 code units), no whitespace, numbers and
 * strings as JSON.stringify writes them; `undefined` members dropped and `undefined` in arrays
 * written as `null`. For the values procura hashes (no floats beyond what JSON.stringify writes
 * the same everywhere) this is RFC 8785 (JCS).
 *
 * Every proof hash depends on this one function: the browser's (the signed data hash), the
 * server's (the trail, receipts, fingerprints) and the offline verifier's. Keep it the only one.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
