/**
 * A ready-made `authenticate` hook (auth.ts): verifies an OpenID Connect access or ID token sent
 * as `Authorization: Bearer <jwt>` and maps its claims to a person of the directory's shape.
 *
 *   startServer({ authenticate: oidcAuthenticator({ issuer: 'https://login.example.com/realms/broker', audience: 'procura' }) })
 *
 * or from the environment (main.ts): OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL, OIDC_ROLE_CLAIM,
 * OIDC_CLIENT_REF_CLAIM, OIDC_DEFAULT_ROLE (server/README.md, "Signing people in").
 *
 * The signature is checked against the issuer's JWKS (`jwks_uri` of its
 * `/.well-known/openid-configuration`, or `jwksUrl`), with `iss`, `aud`, `exp` and `nbf` (30 s
 * of clock tolerance). A request without a bearer token is nobody (`null`); a token that does
 * not verify is 401 `unauthorized`, whatever the route, so a client with a stale token learns it
 * at once. Asymmetric algorithms only (an `alg: none` or HS256 token is refused).
 */
import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import { Problem } from '../errors.js';
import type { Role, User } from '../users.js';

const ROLES: readonly Role[] = ['client', 'mandatary', 'broker'];
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** Claim names (a dotted path reaches into objects: `realm_access.roles`). */
export interface OidcClaims {
  /** The stable id (`sub`). */
  id?: string;
  /** A string, or an array whose first known role counts (`procura_role`). */
  role?: string;
  displayName?: string;
  email?: string;
  givenName?: string;
  familyName?: string;
  /** The pseudonymous client number consent records use as subject (`procura_client_ref`). */
  clientRef?: string;
  birthDate?: string;
  phone?: string;
}

export interface OidcOptions {
  /** The `iss` tokens must carry, and where `/.well-known/openid-configuration` is found. */
  issuer: string;
  /** The `aud` tokens must carry (one, or any of several). */
  audience: string | string[];
  /** The JWKS address; otherwise the discovery document's `jwks_uri`. */
  jwksUrl?: string;
  claims?: OidcClaims;
  /** Role of a token whose role claim names none of client, mandatary, broker; without it such a token is 403. */
  defaultRole?: Role;
  /** Role names of the issuer to ours (`{ staff: 'broker', customer: 'client' }`). */
  roleValues?: Record<string, Role>;
  /** Replaces the claim mapping entirely (legal persons, a directory lookup...). */
  toPerson?: (claims: JWTPayload) => User | null | Promise<User | null>;
  /** Seconds of clock skew accepted on `exp`/`nbf` (30). */
  clockTolerance?: number;
}

const DEFAULT_CLAIMS: Required<OidcClaims> = {
  id: 'sub',
  role: 'procura_role',
  displayName: 'name',
  email: 'email',
  givenName: 'given_name',
  familyName: 'family_name',
  clientRef: 'procura_client_ref',
  birthDate: 'birthdate',
  phone: 'phone_number',
};

const claim = (payload: JWTPayload, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const badToken = (detail: string) => new Problem('unauthorized', detail);

/** The person a verified token names, with the default claim names of OIDC (and `procura_*` for ours). */
export function personFromClaims(
  payload: JWTPayload,
  opts: Pick<OidcOptions, 'claims' | 'defaultRole' | 'roleValues'> = {},
): User {
  const names = { ...DEFAULT_CLAIMS, ...opts.claims };
  const id = text(claim(payload, names.id));
  if (!id) throw badToken(`The token names nobody (no "${names.id}" claim).`);
  const raw = claim(payload, names.role);
  const candidates = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  const role =
    candidates.map((v) => opts.roleValues?.[v] ?? v).find((v): v is Role => (ROLES as readonly string[]).includes(v)) ??
    opts.defaultRole;
  if (!role)
    throw new Problem(
      'forbidden',
      `The token's "${names.role}" claim names no role of procura (client, mandatary, broker).`,
    );
  const email = text(claim(payload, names.email));
  if (!email) throw badToken(`The token carries no "${names.email}" claim: procura needs the person's e-mail address.`);
  const givenName = text(claim(payload, names.givenName));
  const familyName = text(claim(payload, names.familyName));
  const clientRef = text(claim(payload, names.clientRef));
  const birthDate = text(claim(payload, names.birthDate));
  const phone = text(claim(payload, names.phone));
  return {
    id,
    role,
    kind: 'natural',
    displayName:
      text(claim(payload, names.displayName)) ?? ([givenName, familyName].filter(Boolean).join(' ') || email),
    email,
    ...(givenName && { givenName }),
    ...(familyName && { familyName }),
    ...(clientRef && { clientRef }),
    ...(birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && { birthDate }),
    ...(phone && { phone }),
  };
}

/** An `authenticate` hook verifying OIDC bearer tokens (see the header of this file). */
type KeySet = ReturnType<typeof createRemoteJWKSet>;

/** The provider's key set, from its discovery document (`/.well-known/openid-configuration`). */
async function discoverKeys(issuer: string): Promise<KeySet> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
    headers: { accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`OIDC discovery at ${issuer} answered ${res.status}`);
  const doc = (await res.json()) as { issuer?: string; jwks_uri?: string };
  if (doc.issuer !== issuer)
    throw new Error(`OIDC discovery at ${issuer} names another issuer (${String(doc.issuer)})`);
  if (!doc.jwks_uri) throw new Error(`OIDC discovery at ${issuer} names no jwks_uri`);
  return createRemoteJWKSet(new URL(doc.jwks_uri));
}

/** An `authenticate` hook verifying OIDC bearer tokens (see the header of this file). */
export function oidcAuthenticator(opts: OidcOptions): (req: Request) => Promise<User | null> {
  const issuer = opts.issuer;
  let jwks: KeySet | undefined;
  let discovering: Promise<KeySet> | undefined;

  const keySet = async () => {
    if (jwks) return jwks;
    if (opts.jwksUrl) return (jwks = createRemoteJWKSet(new URL(opts.jwksUrl)));
    discovering ??= discoverKeys(issuer).then(
      (keys) => (jwks = keys),
      (err: unknown) => {
        discovering = undefined; // tried again on the next request
        throw err;
      },
    );
    return discovering;
  };

  return async (req) => {
    const token = req.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) return null;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await keySet(), {
        issuer,
        audience: opts.audience,
        algorithms: ALGORITHMS,
        clockTolerance: opts.clockTolerance ?? 30,
      }));
    } catch (err) {
      // The issuer or its key set could not be reached: nothing was verified, and the token may
      // be fine: 503, tried again later, rather than a 401 that would sign the person out.
      if (!(err instanceof joseErrors.JOSEError) || err instanceof joseErrors.JWKSTimeout)
        throw new Problem('unavailable', 'The sign-in provider\u2019s keys cannot be reached now.', undefined, {
          retryAfter: 10,
          cause: err,
        });
      throw badToken(reason(err));
    }
    const person = opts.toPerson ? await opts.toPerson(payload) : personFromClaims(payload, opts);
    return person;
  };
}

/** Why a token was refused, in a sentence without the token or its claims' values. */
function reason(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (err instanceof joseErrors.JWTClaimValidationFailed)
    return `The token's "${err.claim}" claim is not the expected one.`;
  if (err instanceof joseErrors.JWKSNoMatchingKey) return 'The token is signed with a key the issuer does not publish.';
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token\u2019s signature does not verify.';
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm that is not accepted.';
  return 'The token cannot be read as a signed JWT.';
}

/** The hook from OIDC_* variables, or undefined when OIDC_ISSUER is not set. */
export function oidcFromEnv(env: NodeJS.ProcessEnv): ((req: Request) => Promise<User | null>) | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const audience = env.OIDC_AUDIENCE?.trim();
  if (!audience)
    throw new Error(
      'OIDC_ISSUER is set without OIDC_AUDIENCE: set the audience tokens for this server carry (the client id at the issuer, often)',
    );
  const defaultRole = env.OIDC_DEFAULT_ROLE?.trim();
  if (defaultRole && !(ROLES as readonly string[]).includes(defaultRole))
    throw new Error(`OIDC_DEFAULT_ROLE must be client, mandatary or broker, not ${defaultRole}`);
  const roleValues = Object.fromEntries(
    (env.OIDC_ROLE_VALUES ?? '')
      .split(',')
      .map((pair) => pair.split('=').map((s) => s.trim()))
      .filter(([ours, theirs]) => ours && theirs && (ROLES as readonly string[]).includes(ours))
      .map(([ours, theirs]) => [theirs, ours as Role]),
  );
  return oidcAuthenticator({
    issuer,
    audience: audience
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(env.OIDC_JWKS_URL && { jwksUrl: env.OIDC_JWKS_URL }),
    claims: {
      ...(env.OIDC_ROLE_CLAIM && { role: env.OIDC_ROLE_CLAIM }),
      ...(env.OIDC_CLIENT_REF_CLAIM && { clientRef: env.OIDC_CLIENT_REF_CLAIM }),
    },
    ...(defaultRole && { defaultRole: defaultRole as Role }),
    roleValues,
  });
}
