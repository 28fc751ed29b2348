// What the pad needs once it shows itself, a chunk loaded when it is first connected: its
// templates, styles, drawing, checks and form state. The element's first chunk holds only its
// properties and value, so a page that defines it beside another element (the mandate form) does
// not pay for a pad it shows later.
import type { PointGroup } from 'signature_pad';
import type { ReactiveControllerHost } from '../core/reactive.js';
import { DrawingController, tools, type DrawingOptions } from './drawing.js';
import type { Method } from './ink.js';
import { styles } from './signature-pad.styles.js';

export { renderPad } from './view.js';
export { readScan } from './drawing.js';
export { fromFormState, toFormState } from './form-state.js';
export { parseMethods } from './ink.js';
export { MAX_MB, padValidity, uploadProblem } from './validity.js';

/** The pad's styles adopted beside the base's, and its drawing on the canvas it shows. */
export function attach(
  host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
  on: Pick<DrawingOptions, 'onStroke' | 'onIdle'>,
): DrawingController {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return new DrawingController(host, {
    canvas: () => host.renderRoot.querySelector('canvas'),
    surface: () => host.renderRoot.querySelector('.surface'),
    ...on,
  });
}

/** The chosen method's PNG: the uploaded one, or the strokes or the typed name drawn in the pad's ink and font. */
export async function pngOf(
  host: HTMLElement & { readonly renderRoot: ParentNode },
  m: Method,
  s: { upload?: File; strokes: PointGroup[]; typed: string },
): Promise<File | null> {
  if (m === 'uploaded') return s.upload ?? null;
  const color = getComputedStyle(host.renderRoot.querySelector('.surface') ?? host).color;
  const preview = host.renderRoot.querySelector('[part~="typed-preview"]');
  const font = preview ? getComputedStyle(preview).fontFamily : 'cursive';
  const [, img] = await tools();
  const blob = m === 'drawn' ? await img.strokesToPng(s.strokes) : await img.typedToPng(s.typed, font, color);
  return blob && new File([blob], 'signature.png', { type: 'image/png' });
}

/**
 * The chosen method's control, and the control its error is about (the validity anchor): a typed
 * name waits for its checkbox. Before its first connection a pad has no shadow root: none.
 */
export function controlsOf(
  root: ParentNode | null,
  active: Method,
  awaitsIntent: boolean,
): { control?: HTMLElement; anchor?: HTMLElement } {
  const q = (selector: string) => root?.querySelector<HTMLElement>(selector) ?? undefined;
  const control = q({ drawn: 'canvas', uploaded: '#file', typed: '#typed' }[active]);
  return { control, anchor: awaitsIntent ? q('#intent') : control };
}
