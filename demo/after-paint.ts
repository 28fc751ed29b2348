/**
 * Runs `work` once the first screen is painted and the browser is idle (at most two seconds
 * later), in a task of its own: for what the demo's pages show below the fold, so that its code
 * does not lengthen the page's first task (Lighthouse counts every task over 50 ms as blocking).
 */
export function afterFirstPaint(work: () => void): void {
  const idle = (cb: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 1);
  requestAnimationFrame(() => setTimeout(() => idle(work)));
}
