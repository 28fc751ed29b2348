import type { ReactiveElement, PropertyDeclaration } from './reactive-element.js';

/**
 * `@property()` and `@state()` for the kit's TypeScript decorators (`experimentalDecorators`),
 * declaring on the kit's reactive element (src/core/reactive-element.ts) what lit/decorators.js
 * declares on Lit's.
 */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: object, name: PropertyKey): void =>
    // Fields only, and accessors declared with `noAccessor` (form-associated.ts): nothing to give back.
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Internal reactive state: re-renders when set, never an attribute. */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });
