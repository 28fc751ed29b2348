// Validators: small named checks shared by the form-associated elements (Lion-style).
// A validator says what is wrong (the ValidityState flag) and which text says it (a catalog key);
// the element chooses where the error is anchored and shows the text in its own language.

/** What a failed check reports: the ValidityState flags to set and the key of the sentence that explains it. */
export interface Invalid {
  flags: ValidityStateFlags;
  key: string;
}

export interface Validator<V> {
  /** A stable name, for tests and for `withKey`'s copies. */
  name: string;
  /** Undefined when the value passes. `el` is the control (for `required`, `disabled`, …). */
  check(value: V, el: HTMLElement): Invalid | undefined;
}

/** Nothing given: null, undefined, a blank string, an empty list, an empty file, false. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (typeof value === 'string') return !value.trim();
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Blob) return value.size === 0;
  return false;
}

const isRequired = (el: HTMLElement) => (el as HTMLElement & { required?: boolean }).required === true;

/** A required control needs a value (`valueMissing`). */
export const required: Validator<unknown> = {
  name: 'required',
  check: (value, el) =>
    isRequired(el) && isBlank(value) ? { flags: { valueMissing: true }, key: 'core.required' } : undefined,
};

/** One address with a local part, an @ and a domain with a dot; an empty value is `required`'s business. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const email: Validator<string> = {
  name: 'email',
  check: (value) =>
    value.trim() && !EMAIL.test(value.trim()) ? { flags: { typeMismatch: true }, key: 'core.invalid' } : undefined,
};

/**
 * Something signed or confirmed: once the person has begun (`started`), it must be complete
 * (a drawn signature long enough, a typed name with its intent box ticked). Not begun is `required`'s business.
 */
export interface Signing {
  started: boolean;
  complete: boolean;
}
export const signed: Validator<Signing> = {
  name: 'signed',
  check: (value) => (value.started && !value.complete ? { flags: { badInput: true }, key: 'core.invalid' } : undefined),
};

/** A box that must be ticked when the control is required (an acceptance, an intent). */
export const checked: Validator<boolean> = {
  name: 'checked',
  check: (value, el) =>
    isRequired(el) && !value ? { flags: { valueMissing: true }, key: 'core.required' } : undefined,
};

/** The same check, explained by the element's own sentence. */
export function withKey<V>(validator: Validator<V>, key: string): Validator<V> {
  return {
    name: validator.name,
    check(value, el) {
      const found = validator.check(value, el);
      return found && { flags: found.flags, key };
    },
  };
}

/** The first failure among the validators, or undefined when the value passes them all. */
export function validate<V>(value: V, el: HTMLElement, validators: readonly Validator<V>[]): Invalid | undefined {
  for (const v of validators) {
    const found = v.check(value, el);
    if (found) return found;
  }
  return undefined;
}
