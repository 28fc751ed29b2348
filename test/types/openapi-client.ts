// What a developer writes against the client `openapi-typescript openapi.yaml -o api.d.ts`
// generates (test/e2e/openapi-client.test.js generates it and compiles this file beside it, in a
// throwaway folder: tsconfig.test.json leaves test/types out, as api.d.ts is not here;
// strict and exactOptionalPropertyTypes). Each `@ts-expect-error` fails the compile if the
// type it guards turns `any`, `unknown` or `Record<string, never>` again.
import type { components, operations, paths } from './api';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Problem = components['schemas']['Problem'];

// The evidence export: its verification is typed down to the boolean.
type Evidence = paths['/grants/{id}/evidence']['get']['responses']['200']['content']['application/json'];
const valid: Evidence['verification']['valid'] = true;
// @ts-expect-error valid is a boolean, not a string
const notValid: Evidence['verification']['valid'] = 'yes';
const chain: Evidence['verification']['chain'] = 'valid';
// @ts-expect-error chain is 'valid' or 'broken'
const badChain: Evidence['verification']['chain'] = 'ok';
const firstHash = (e: Evidence): string | undefined => e.events[0]?.hash;
const checkpoints = (e: Evidence): string[] => e.checkpoints;

// The session's person: typed fully, not Record<string, never>.
type Session = Json<operations['getSession']['responses']['200']>;
const who = (s: Session): string => (s.user ? `${s.user.displayName} <${s.user.email}> (${s.user.role})` : 'nobody');
const birth = (s: Session): string | undefined => s.user?.birthDate;
// @ts-expect-error no such field on the person
const nope = (s: Session) => s.user?.password;

// The grants list and one grant.
type GrantList = Json<paths['/grants']['get']['responses']['200']>;
const statuses = (l: GrantList) => l.grants.map((g) => g.status);
const next: (l: GrantList) => string | undefined = (l) => l.nextCursor;
type GrantDetail = Json<operations['getGrant']['responses']['200']>;
const stillValid = (g: GrantDetail): boolean => g.chain.valid && g.verification.valid;

// Receipts in the POST answers and again at their own routes.
type Submitted = Json<operations['createMandate']['responses']['201']>;
const receipt = (s: Submitted): string => s.receipt;
type ConsentKept = Json<operations['createConsentRecord']['responses']['201']>;
const kept = (k: ConsentKept): [string, string] => [k.recordId, k.receipt];
type GrantReceipt = Json<operations['getGrantReceipt']['responses']['200']>;
const again = (r: GrantReceipt): string => r.receipt;

// The keys that check them offline.
type Keys = Json<operations['getProofKeys']['responses']['200']>;
const kids = (k: Keys): string[] => k.keys.map((key) => key.kid);
const sealed = (k: Keys): boolean => k.seal !== null && k.seal.origin === 'configured';

// Problems: the 4xx each operation answers are named, with the problem's code.
type NotYou = components['responses']['Validation'];
type MandateForbidden = operations['createMandate']['responses']['403']['content']['application/problem+json'];
const code = (p: MandateForbidden): string | undefined => p.code;
const problemStatus = (p: Problem): number => p.status ?? 0;
type SealUnavailable = operations['createMandate']['responses']['503'];
// @ts-expect-error GET /grants/{id}/evidence answers no 409
type NoConflict = operations['getGrantEvidence']['responses']['409'];

// A call with a plain fetch, typed by the operation.
export async function evidenceOf(
  base: string,
  id: paths['/grants/{id}/evidence']['get']['parameters']['path']['id'],
  token: string,
): Promise<Evidence> {
  const res = await fetch(`${base}/grants/${encodeURIComponent(id)}/evidence`, {
    headers: { authorization: `Bearer ${token}`, 'accept-language': 'fr' },
  });
  if (!res.ok) throw new Error(((await res.json()) as Problem).code ?? String(res.status));
  return (await res.json()) as Evidence;
}

export const used = [
  valid,
  notValid,
  chain,
  badChain,
  firstHash,
  checkpoints,
  who,
  birth,
  nope,
  statuses,
  next,
  stillValid,
  receipt,
  kept,
  again,
  kids,
  sealed,
  code,
  problemStatus,
];
export type { NotYou, SealUnavailable, NoConflict };
