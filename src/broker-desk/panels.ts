// The rights queue and the staff panel, in one lazy chunk: loaded when a broker first opens either view.
export { RightsPanel } from './rights-panel.js';
export { StaffPanel } from './staff-panel.js';
export { deskRightsCatalog } from '../i18n/broker-desk-rights.js';
import { requestStyles } from './request-styles.js';
import { rightsStyles } from './rights-styles.js';
/** The panels' styles (the dialogs' and the opened request's among them), added with this chunk. */
export const panelStyles = [requestStyles, rightsStyles];
