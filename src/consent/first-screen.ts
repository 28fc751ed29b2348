/**
 * What `<procura-consent>` draws its first screen with: the configuration's rules and presets
 * (src/consent/config.ts), what the person reads (notice.ts), its templates and their styles.
 * One chunk, loaded before the element's first render (src/consent/lazy.ts), which waits for it
 * anyway: the page's first load carries only the element's class.
 */
export * from './config.js';
export { shownNotice } from './notice.js';
export { contentView } from './consent.view.js';
export { styles } from './consent.styles.js';
/**
 * The French texts of the first screen and of the presets, in this chunk: their catalogs
 * (src/i18n/consent*.ts) import them lazily, and that import then resolves to this chunk.
 */
export { default as frTexts } from '../i18n/fr/consent.js';
export { default as frPresetTexts } from '../i18n/fr/consent-presets.js';
