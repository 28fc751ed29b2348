// What the desk needs once a request is opened, in one lazy chunk: its view, the dialog, the actions.
export { renderRequest } from './request-view.js';
export { renderDialog, bodyOf } from './dialog.js';
export { runAction } from './actions.js';
