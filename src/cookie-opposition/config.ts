/**
 * The configuration of `<procura-cookie-opposition>` lives in src/model/cookie-config.ts (shared
 * with the reference server and `<procura-studio>`); re-exported here under its old names.
 */
export { cookieOppositionConfig as schema, type CookieOppositionConfig } from '../model/cookie-config.js';
