export * from './schema.js';
export * from './localized.js';
export * from './tree.js';
export * from './mandate.js';
export * from './rules.js';
export * from './grant.js';
export * from './consent.js';
export * from './problem.js';
