/** What `<procura-consent>` loads after its first paint, or just before its first render (the model). */
import type * as Receipt from '../core/receipt.js';
import type * as Crypto from '../core/crypto.js';
import type * as Model from './first-screen.js';

/**
 * Hashing and the receipt's link load with the first record (the first screen needs neither); once
 * loaded they are used without a new import(), which would cost a task on every record.
 */
export const lazy: { crypto?: typeof Crypto; receipt?: typeof Receipt; model?: typeof Model } = {};
export const loadCrypto = async () => (lazy.crypto ??= await import('../core/crypto.js'));
export const loadReceipt = async () => (lazy.receipt ??= await import('../core/receipt.js'));
/** The record and what follows it (src/consent/record.ts), loaded with the first record. */
export const loadRecord = () => import('./record.js');

/**
 * The configuration's schema and rules (002/003), the presets and the templates: one chunk
 * (src/consent/first-screen.ts), loaded before the element's first render (which waits for it,
 * as for a `src`), not carried by the page's first load.
 */
let modelReady: Promise<typeof Model> | undefined;
export const loadModel = () => (modelReady ??= import('./first-screen.js').then((m) => (lazy.model = m)));

/** When the browser has time (or at once where it cannot say). */
const whenIdle = (cb: () => void): void =>
  void (
    (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((f) => setTimeout(f, 1))
  )(cb);

/** After the next paint (a task queued from a frame callback runs after it), when the browser has time. */
export const afterPaint = (cb: () => void): void => void requestAnimationFrame(() => setTimeout(() => whenIdle(cb)));
