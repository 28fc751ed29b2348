/** components.schemas: the model's published shapes and the server's own answers. */
import { publishedSchemas } from '../../src/model/json-schema.js';
import { accessRequest } from '../../src/model/index.js';
import { toJson } from '../../src/model/schema-json.js';
import type { Schema } from '../../src/model/schema.js';
import type { Obj } from './common.js';
import { health, publicUser, readiness, sessionAnswer, sessionUser } from './schemas-session.js';
import {
  checkpointJws,
  evidence,
  evidenceEvent,
  grantDetail,
  grantList,
  grantReceipt,
  proofKeys,
  receiptJws,
  submitted,
  verification,
} from './schemas-grants.js';
import { consentKept, consentReceipt, consentState } from './schemas-consent.js';
import { deskConsents, deskItem, deskPage, deskRequest, refusalSchema } from './paths-desk.js';
import { rightsSchemas } from './schemas-rights.js';
import { staffSchemas } from './paths-staff.js';

/** The server's own answers, named so generated clients can name them. */
const ownSchemas: Record<string, Obj> = {
  PublicUser: publicUser,
  SessionUser: sessionUser,
  Session: sessionAnswer,
  Health: health,
  Readiness: readiness,
  ReceiptJws: receiptJws,
  CheckpointJws: checkpointJws,
  Submitted: submitted,
  GrantList: grantList,
  GrantDetail: grantDetail,
  GrantReceipt: grantReceipt,
  Verification: verification,
  EvidenceEvent: evidenceEvent,
  Evidence: evidence,
  ProofKeys: proofKeys,
  ConsentKept: consentKept,
  ConsentReceipt: consentReceipt,
  ConsentState: consentState,
  Refusal: refusalSchema,
  DeskItem: deskItem,
  DeskPage: deskPage,
  DeskRequest: deskRequest,
  DeskConsents: deskConsents,
  ...rightsSchemas,
  ...staffSchemas,
};

/**
 * The model's `format: 'uri'` accepts relative references (`/api/grants/…/document`, which the
 * server answers as `documentUrl`), what JSON Schema calls `uri-reference`; its `uri` means an
 * absolute URI only, which a validating client would refuse. Said as JSON Schema means it here.
 */
function uriReferences<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(uriReferences) as T;
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === 'format' && v === 'uri' ? 'uri-reference' : uriReferences(v)]),
  ) as T;
}

/** The model's published shapes, and the access request until the model publishes it too. */
export const contractSchemas: Record<string, Schema<unknown>> = {
  AccessRequest: accessRequest as Schema<unknown>,
  ...publishedSchemas,
};
/** The names of the server's own answer schemas (components.schemas beside the model's). */
export const answerSchemaNames = Object.keys(ownSchemas);

/** Every schema of components.schemas, the model's first (their `format: 'uri'` said as JSON Schema means it). */
export function componentSchemas(): Obj {
  return {
    ...Object.fromEntries(
      Object.entries(contractSchemas).map(([name, s]) => [name, { title: name, ...uriReferences(toJson(s)) }]),
    ),
    ...ownSchemas,
  };
}
