/**
 * `src` on the elements that take a definition (issue 17): a URL of a published definition
 * (`GET /definitions/{id}`, a `PublishedDefinition`), the URL of a plain configuration's JSON,
 * a configuration written inline as JSON, or a built-in name the element knows (a tree's).
 * A published one is checked against its own SHA-256 (of the canonical JSON, as the server
 * computes it) and its reference `{ id, version, sha256 }` is kept: the records made from it
 * (a consent, a decision) carry it, so they prove which text the person saw. Loaded lazily by
 * the elements (a site without `src` does not download it).
 */
import type { DefinitionRef, PublishedDefinition } from '../model/definition.js';
import { canonicalJson, sha256Hex } from './crypto.js';
import { readJson } from './read.js';

/** The built-in definitions an element knows by name, each loaded on first use. */
export type BuiltInDefinitions = Record<string, () => Promise<{ default: unknown }>>;

export interface LoadedDefinition {
  definition: unknown;
  ref?: DefinitionRef;
}

const SHA256 = /^[0-9a-f]{64}$/;

function isPublished(v: unknown): v is PublishedDefinition {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const p = v as Partial<PublishedDefinition>;
  return (
    'definition' in p &&
    typeof p.id === 'string' &&
    Number.isInteger(p.version) &&
    typeof p.sha256 === 'string' &&
    SHA256.test(p.sha256)
  );
}

/** Reads `src`; rejects when it cannot be read, is not JSON, or a published definition does not match its hash. */
export async function loadDefinition(src: string, builtIns: BuiltInDefinitions = {}): Promise<LoadedDefinition> {
  const text = src.trim();
  if (text.startsWith('{')) return { definition: JSON.parse(text) as unknown };
  const builtIn = Object.hasOwn(builtIns, text) ? builtIns[text] : undefined;
  if (builtIn) return { definition: (await builtIn()).default };
  const raw = await readJson(text);
  if (!isPublished(raw)) return { definition: raw };
  const actual = await sha256Hex(canonicalJson(raw.definition));
  if (actual !== raw.sha256)
    throw new Error(`${text}: the definition does not hash to its SHA-256 (${raw.sha256}): it was changed on the way`);
  return { definition: raw.definition, ref: { id: raw.id, version: raw.version, sha256: raw.sha256 } };
}
