/**
 * The check of the form's values against the shared rules (`mandateRules`, `accessRequestRules`):
 * in the later chunk, with the rules' code, since the first screen shows no error.
 */
import { mandateRules } from '../model/mandate.js';
import { accessRequestRules } from '../model/access-request.js';
import { parse, type Issue } from '../model/schema.js';
import {
  fieldsOf,
  formPath,
  G,
  MANDATARY,
  R,
  text,
  toAccessRequest,
  toMandate,
  type Context,
  type Values,
} from './model.js';

export interface CheckOptions {
  roleLocalParts?: readonly string[];
  today?: string;
  /** Checks an access request (one party, `accessRequestRules`) instead of a mandate. */
  request?: boolean;
}

/** Neutral values that let the rules across fields run while a required field is still empty or bad. */
const stand = (path: string): unknown =>
  path.endsWith('email') ? `${path.replace(/\W/g, '')}@placeholder.invalid` : 'x';
const REQUIRED_LEAVES =
  /^(service|mandatary\.(givenName|familyName|email)|(grantor|requester)\.(email|representative\.\w+))$/;

function patch(target: Record<string, unknown>, path: string): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) return;
    o = o[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] ?? '';
  if (REQUIRED_LEAVES.test(path)) o[last] = stand(path);
  else if (Array.isArray(o)) o[Number(last)] = 'x';
  else delete o[last];
}

/**
 * Every problem of the mandate, one per path: the required fields of the person's
 * kind, then `mandateRules` (run again over stand-in values when the shape fails,
 * since the rules across fields only run on a well-formed mandate).
 */
export function check(v: Values, c: Context, opts: CheckOptions = {}): Issue[] {
  const out = new Map<string, Issue>();
  const add = (i: Issue) => {
    if (!out.has(i.path)) out.set(i.path, i);
  };
  for (const [path, , , req] of [...fieldsOf(c.kind), ...(opts.request ? [] : MANDATARY)])
    if (req && !text(v, path)) add({ path, code: 'required', message: 'is required' });
  if (!c.service) add({ path: 'service', code: 'required', message: 'is required' });
  const birth = text(v, `${G}birthDate`);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  if (c.kind === 'natural' && birth && birth > today)
    add({ path: `${G}birthDate`, code: 'future', message: 'is in the future' });
  const o = { roleLocalParts: opts.roleLocalParts, today };
  const [mr, ar] = [mandateRules(o), accessRequestRules(o)];
  const run = (x: unknown) => (opts.request ? parse(ar, x) : parse(mr, x));
  let m: Record<string, unknown> = (opts.request ? toAccessRequest(v, c) : toMandate(v, c)) as unknown as Record<
    string,
    unknown
  >;
  for (let round = 0; round < 4; round++) {
    const r = run(m);
    if (r.ok) break;
    r.issues.forEach((i) => add({ ...i, path: formPath(i.path) }));
    m = JSON.parse(JSON.stringify(m));
    for (const i of r.issues) patch(m, i.path);
  }
  // The rules' "representative is required" is already said field by field.
  if ([...out.keys()].some((p) => p.startsWith(R))) out.delete('grantor.representative');
  for (const party of opts.request ? (['grantor'] as const) : (['grantor', 'mandatary'] as const))
    if (!c.signatures.some((s) => s.party === party))
      add({ path: `signatures.${party}`, code: 'signature', message: 'is missing' });
  return [...out.values()];
}
