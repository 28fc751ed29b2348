/** The shapes `procura verify` reads and answers (see verify.ts). */
import { createHash } from 'node:crypto';
import type { JWK } from 'jose';

export interface KeysFile {
  keys: JWK[];
  seal: { certificate: string; sha256: string; origin?: string } | null;
}

export type FileKind = 'receipt' | 'jws' | 'pdf' | 'evidence' | 'unknown';

export interface Verdict {
  kind: FileKind;
  valid: boolean;
  /** Why it is not valid: one sentence each. */
  problems: string[];
  /** What the file proves, in plain words (also when not valid: what it would have proved). */
  summary: string[];
}

export type Lang = 'en' | 'fr';

export interface VerifyOptions {
  /** `--document`: the PDF an evidence export speaks of. */
  document?: Uint8Array;
  lang?: Lang;
}

export type Rec = Record<string, unknown>;

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
