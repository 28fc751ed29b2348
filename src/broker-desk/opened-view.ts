// What the desk needs once a request is opened, in one lazy chunk: its state (Opened), its view, the dialog, the
// actions, their texts.
export { renderRequest } from './request-view.js';
export { Opened } from './opened.js';
export { renderDialog, bodyOf } from './dialog.js';
export { runAction } from './actions.js';
export { deskRequestCatalog } from '../i18n/broker-desk-request.js';
export { requestStyles } from './request-styles.js';
