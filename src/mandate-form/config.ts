/**
 * The `config` of `<procura-mandate-form>` lives in src/model/mandate-config.ts (shared with the
 * reference server and `<procura-studio>`); re-exported here under its old names.
 */
export { mandateFormConfig as configSchema, type MandateFormConfig } from '../model/mandate-config.js';
