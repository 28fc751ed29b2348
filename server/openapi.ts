/** The OpenAPI description lives in server/openapi/ (by domain); this path stays for its importers. */
export * from './openapi/index.js';
