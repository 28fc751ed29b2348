// The checker lives in the model, shared by the element, the studio, the CLI and the server.
export * from '../model/check-tree.js';
