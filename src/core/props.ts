import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * `@property()` and `@state()` for the kit's TypeScript decorators (`experimentalDecorators`):
 * the same declarations as lit/decorators.js, without the standard-decorator half that this
 * build never runs (a quarter of a kilobyte in every element's first chunk).
 */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: PropertyKey): void =>
    // Fields only, and accessors declared with `noAccessor` (form-associated.ts): nothing to give back.
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Internal reactive state: re-renders when set, never an attribute. */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });
