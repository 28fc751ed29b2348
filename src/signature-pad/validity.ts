import { required, signed, validate, withKey, type Invalid, type Validator } from '../core/validators.js';
import type { PadKey } from '../i18n/signature-pad.js';
import type { Method } from './ink.js';

/** Largest accepted scan, in MB. */
export const MAX_MB = 10;

/** Where the pad stands, as its validators see it. */
export interface PadState {
  method: Method;
  /** Something drawn, or a name typed. */
  started: boolean;
  /** The chosen method holds a complete signature. */
  complete: boolean;
}

const tooShort = withKey(signed, 'pad.tooShort');
const intentMissing = withKey(signed, 'pad.typed.intentMissing');
const missing: Record<Method, Validator<unknown>> = {
  drawn: withKey(required, 'pad.missing.drawn'),
  uploaded: withKey(required, 'pad.missing.uploaded'),
  typed: withKey(required, 'pad.missing.typed'),
};

/** A drawing too short, a typed name without its intent, then a required signature missing. */
export function padValidity(s: PadState, el: HTMLElement): Invalid | undefined {
  const begun = s.method === 'drawn' ? tooShort : s.method === 'typed' ? intentMissing : undefined;
  return (begun && validate(s, el, [begun])) ?? validate<unknown>(s.complete || null, el, [missing[s.method]]);
}

/** Why a chosen file cannot be a scan of a signature, before reading it: too large, or not an image. */
export function uploadProblem(file: File): PadKey | undefined {
  if (file.size > MAX_MB * 1024 * 1024) return 'pad.upload.tooBig';
  if (file.type && !/^image\/(png|jpeg|webp)$/.test(file.type)) return 'pad.upload.notImage';
  return undefined;
}
