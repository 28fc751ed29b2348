/** Moved to modules/documents/repository.ts; kept for proof/evidence.ts until it imports from there. */
export { sealedDocument, type StoredSeal } from '../modules/documents/repository.js';
