/**
 * What the routes need from the seal (server/proof/seal.ts): one function, so the mandate and
 * access-request routes do not know how a PDF is sealed.
 */
export interface SealInfo {
  /** The grant's document id (the mandate id), printed in the seal's reason. */
  documentId: string;
  kind: 'mandate' | 'access-request';
  /** The SHA-256 of the client's original bytes (the hash both parties signed). */
  originalSha256: string;
  /** Set when a broker submitted for a client: "who assisted", shown in the sealed copy. */
  assistedBy?: { id: string; displayName: string };
  /** The document's language (for visible words the seal adds). */
  locale?: string;
}

export interface SealedDocument {
  bytes: Uint8Array;
  sha256: string;
  /** `B-T` only with a timestamp from a configured authority; never a local clock. */
  level: 'B-B' | 'B-T';
  sealedAt: Date;
}

export interface Sealer {
  seal(original: Uint8Array, info: SealInfo): Promise<SealedDocument>;
  /** The seal certificate (PEM) published at `GET /proof/keys`. */
  readonly certificatePem: string;
  /** SHA-256 of the certificate's DER: what a person compares with the published fingerprint. */
  readonly certificateSha256: string;
  /** `demo` when the certificate was made at first start (labelled so in its subject). */
  readonly origin: 'configured' | 'demo';
}

/** One event of a grant's trail, as the evidence export shows it (evidence.ts, attests.ts). */
export interface TrailEvent {
  seq: number;
  type: string;
  at: string;
  actor: string;
  data: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
  /** The salt the link covers the data with (server/chain.ts); absent when chained before salts, or erased. */
  salt?: string;
}
