/**
 * The configuration of `<procura-consent>` and its rules live in src/model/consent-config.ts
 * (shared with the reference server and `<procura-studio>`); re-exported here for the element.
 */
export { consentConfig, resolvePurposes, checkNotice, type ConsentConfig } from '../model/consent-config.js';
