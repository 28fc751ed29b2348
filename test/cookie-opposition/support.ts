// Shared by the cookie-opposition tests: a clean slate (cookies, localStorage, the page's
// gate), and pages in iframes that load the kit as a site would.
import { resetKit, control, until } from '../support/env.js';
import { resetAudienceGate } from '../../src/audience-gate/gate.js';
import type { ProcuraCookieOpposition } from '../../src/cookie-opposition/cookie-opposition.js';

export const FIXTURES = '/test/cookie-opposition/fixtures';

export function clearCookies(doc: Document = document): void {
  for (const c of doc.cookie.split('; ')) {
    const name = c.slice(0, c.indexOf('='));
    if (name) doc.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

export const cookieNames = () =>
  document.cookie
    .split('; ')
    .map((c) => c.slice(0, c.indexOf('=')))
    .filter(Boolean);

export async function cleanSlate(): Promise<void> {
  await resetKit();
  resetAudienceGate();
  clearCookies();
  localStorage.clear();
  await control('reset');
  document.querySelectorAll('iframe, script[data-procura-category]').forEach((n) => n.remove());
}

export const switchOf = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[role="switch"]')!;
export const checked = (el: Element) => switchOf(el).getAttribute('aria-checked');
export const textOf = (el: Element, sel: string) =>
  el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const frameWindow = (f: HTMLIFrameElement) =>
  f.contentWindow as Window &
    typeof globalThis & { _paq?: unknown; __trackerRuns?: number; __inlineRuns?: number; __violations?: string[] };
export const frameElement = (f: HTMLIFrameElement, id = 'footer-opposition') =>
  f.contentDocument?.getElementById(id) as ProcuraCookieOpposition | null;

async function rendered(f: HTMLIFrameElement): Promise<void> {
  await until(
    () => !!frameElement(f)?.shadowRoot?.querySelector('[role="switch"]'),
    'the element to render in the frame',
  );
  await frameElement(f)!.updateComplete;
}

/** A page of the site in an iframe (same origin): it loads the kit and the inert tracker itself. */
export async function openPage(file: string, params: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = file;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `${FIXTURES}/${file}?${new URLSearchParams(params)}`;
  document.body.append(frame);
  await loaded;
  await rendered(frame);
  return frame;
}

/** The next page load: a fresh kit, a fresh gate, the same storage. */
export async function reload(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
  await rendered(frame);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A page of the site with the audience gate alone (no element): loaded once its module scripts ran. */
export async function openGatePage(file: string, params: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = file;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `${FIXTURES}/${file}?${new URLSearchParams(params)}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The next page load of a gate-only page. */
export async function reloadGatePage(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
}
