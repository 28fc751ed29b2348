/**
 * `procura/audience-gate`: the page's audience gate without any element, Lit or core.
 * A bundled application starts it first, before any tracker can load, and every
 * `<procura-cookie-opposition>` loaded later (footer, privacy page) joins the same gate:
 *
 *   import { audienceGate } from 'procura/audience-gate';
 *   audienceGate({ storage: 'local' }); // same options as the element's; the first caller's hold
 *
 * A page without a build step loads `dist/audience-gate.js` instead (see auto.ts).
 */
export {
  type AudienceGate,
  audienceGate,
  resetAudienceGate,
  DEFAULT_COOKIES,
  type GateState,
  type GateOptions,
  type GateExtras,
  type OppositionSource,
} from './gate.js';
export { choose, onOppose, type OppositionHook } from './choose.js';
export { CHOICE_KEY, LIFETIME_MONTHS, expiryOf, type Choice, type StorageKind } from './choice.js';
