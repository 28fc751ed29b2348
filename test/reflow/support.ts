// Shared by the reflow tests: a phone-sized viewport (320 px is also 1280 px at 400 %
// zoom), and the measures WCAG 1.4.10 (no sideways scrolling) and 2.5.8 (24 px targets)
// ask for, read from the laid-out page. Each finding is a sentence naming the node, so a
// failure says what sticks out and by how much.
import { setViewport } from '@web/test-runner-commands';

export const WIDTHS = [320, 375] as const;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** `zoom` 4 with 320 px is a 1280 px screen at 400 %: CSS px four device pixels each. */
export async function viewport(width: number, zoom = 1): Promise<void> {
  await setViewport({ width, height: 720, deviceScaleFactor: zoom } as Parameters<typeof setViewport>[0]);
  await frame();
  await frame();
}

/** The page back to the runner's default, so later test files are not squeezed. */
export async function wideViewport(): Promise<void> {
  await setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 } as Parameters<typeof setViewport>[0]);
}

const name = (el: Element) => {
  const part = el.getAttribute('part');
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${el.localName}${part ? `[part=${part}]` : ''}${cls}${text ? ` "${text}"` : ''}`;
};

/** Laid out and not hidden on purpose (display none, a closed dialog, visually hidden, zero size). */
function shown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return false;
  if (!el.checkVisibility({ visibilityProperty: true })) return false;
  return !el.closest('.visually-hidden');
}

/** Every element of the host's shadow root and of the shadow roots nested in it. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}
const hostOf = (el: Element) => (el.getRootNode() as ShadowRoot).host;

/** The page scrolls sideways. */
export function pageScroll(): string[] {
  const { scrollWidth, clientWidth } = document.documentElement;
  return scrollWidth > clientWidth
    ? [`the page scrolls sideways: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`]
    : [];
}

/** Elements whose box passes their host's edges, and boxes whose content is wider than they are. */
export function overflows(host: Element): string[] {
  const out: string[] = [];
  for (const el of deep(host.shadowRoot!)) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    // A modal dialog lives in the top layer: the viewport is its column.
    const h = el.closest('dialog[open]')
      ? new DOMRect(0, 0, document.documentElement.clientWidth, innerHeight)
      : hostOf(el).getBoundingClientRect();
    if (r.right > h.right + 0.5)
      out.push(
        `${name(el)} ends at ${Math.round(r.right)} px, past its host's right edge at ${Math.round(h.right)} px`,
      );
    if (r.left < h.left - 0.5)
      out.push(`${name(el)} starts at ${Math.round(r.left)} px, left of its host at ${Math.round(h.left)} px`);
    // Text or a child wider than its box (a long word, nowrap): the box's own scroll width says so.
    if (
      !['input', 'textarea', 'select', 'canvas', 'img'].includes(el.localName) &&
      el.clientWidth > 0 &&
      el.scrollWidth > el.clientWidth + 1
    )
      out.push(`${name(el)} holds content ${el.scrollWidth} px wide in ${el.clientWidth} px`);
  }
  return out;
}

const TARGETS = 'button, input:not([type=hidden]), select, textarea, a[href], summary, [role=switch], [role=button]';

/** A link inside running text (WCAG 2.5.8's inline exception): its line, not its box, sets its size. */
function inSentence(a: Element): boolean {
  if (getComputedStyle(a).display !== 'inline') return false;
  const block = a.parentElement;
  return !!block && (block.textContent ?? '').trim().length > (a.textContent ?? '').trim().length + 1;
}

/** The box a person can hit: a checkbox or radio together with the label that toggles it. */
function hitBox(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  const labels =
    el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type) && el.labels ? [...el.labels] : [];
  if (!labels.length) return r;
  let { left, top, right, bottom } = r;
  for (const l of labels) {
    const b = l.getBoundingClientRect();
    // The label counts when it sits beside the box (same row), as one target.
    if (b.bottom < top || b.top > bottom) continue;
    left = Math.min(left, b.left);
    top = Math.min(top, b.top);
    right = Math.max(right, b.right);
    bottom = Math.max(bottom, b.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

/** Targets smaller than 24 × 24 CSS px, and primary buttons shorter than 44 px. */
export function smallTargets(host: Element): string[] {
  const out: string[] = [];
  for (const el of deep(host.shadowRoot!)) {
    if (!el.matches(TARGETS) || !shown(el)) continue;
    if (el.localName === 'a' && inSentence(el)) continue;
    const r = hitBox(el);
    if (r.width < 24 - 0.01 || r.height < 24 - 0.01)
      out.push(`${name(el)} is ${r.width.toFixed(1)} × ${r.height.toFixed(1)} px`);
    if (el.matches('.primary, [part~=submit], [part~=next]') && el.localName === 'button' && r.height < 44 - 0.01)
      out.push(`primary ${name(el)} is ${r.height.toFixed(1)} px tall`);
  }
  return out;
}

/** Everything that breaks reflow or target size for this element, at the current width. */
export function problems(host: Element): string[] {
  return [...pageScroll(), ...overflows(host), ...smallTargets(host)];
}
