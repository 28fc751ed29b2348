import type * as ConfigRead from './config-read.js';

/**
 * How the core loads its lazy chunks. A test replaces a loader to show what a page whose network
 * failed after the first chunk shows (test/core/config-check-fails.test.ts); a site has no use for it.
 */
export const chunks = { configRead: (): Promise<typeof ConfigRead> => import('./config-read.js') };
