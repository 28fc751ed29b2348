// The rights queue and the staff panel, in one lazy chunk: loaded when a broker first opens either view.
export { RightsPanel } from './rights-panel.js';
export { StaffPanel } from './staff-panel.js';
export { deskRightsCatalog } from '../i18n/broker-desk-rights.js';
