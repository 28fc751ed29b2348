import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type SignaturePad from 'signature_pad';
import type { PointGroup } from 'signature_pad';
import type { PadKey } from '../i18n/signature-pad.js';
import { isEnoughInk, measureStrokes, scaleStrokes } from './ink.js';

/** signature_pad and the canvas work load on first render, outside the page's initial chunk. */
export const tools = () => Promise.all([import('signature_pad'), import('./image.js')]);
/** A scan read down to its ink (a PNG), or why it could not be. */
export async function readScan(file: File): Promise<Blob | PadKey> {
  try {
    const result = await (await tools())[1].scanToPng(file);
    if (result instanceof Blob) return result;
    return result === 'empty' ? 'pad.upload.empty' : 'pad.upload.notImage';
  } catch (e) {
    console.error('[procura] could not read the scan', e);
    return 'pad.upload.notImage';
  }
}

/** After this pause the person is taken to be done drawing, and a too-short signature is reported. */
const IDLE_MS = 1200;

export interface DrawingOptions {
  canvas(): HTMLCanvasElement | null;
  /** The element whose colour is the ink. */
  surface(): Element | null;
  /** The end of each stroke. */
  onStroke(): void;
  /** The person stopped drawing for a while. */
  onIdle(): void;
}

/**
 * The drawing canvas: signature_pad, the bitmap sized to the CSS box × device pixel ratio
 * (redrawn and scaled when either changes), and the pause after a stroke.
 */
export class DrawingController implements ReactiveController {
  pad?: SignaturePad;
  size = { w: 0, h: 0, dpr: 0 };
  private resizer = new ResizeObserver(() => this.fit());
  private dprQuery?: MediaQueryList;
  private idle?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly opts: DrawingOptions,
  ) {
    host.addController(this);
  }

  /** The canvas the drawing works on. */
  private bound?: HTMLCanvasElement;

  /**
   * True when the host shows a canvas the drawing is not on: its first, or a new one after its
   * content was drawn again from scratch (the busy wrapper while another language's texts load).
   */
  get stale(): boolean {
    const canvas = this.opts.canvas();
    return !!canvas && canvas !== this.bound;
  }

  /**
   * Draws on the canvas shown now; strokes drawn on an earlier canvas are carried over. Whether
   * the pad is disabled is read once the drawing code is there: a fieldset around it may have
   * been enabled meanwhile (the mandate form once the tree has decided).
   */
  async setUp(disabled: () => boolean): Promise<void> {
    const canvas = this.opts.canvas();
    if (!canvas) return;
    this.bound = canvas;
    const [{ default: Pad }] = await tools();
    if (this.bound !== canvas) return; // replaced meanwhile: the later call binds the new one
    const kept = this.pad?.toData() ?? [];
    this.pad?.off();
    this.resizer.disconnect();
    this.size = { w: 0, h: 0, dpr: 0 };
    const pen = getComputedStyle(this.opts.surface() ?? canvas).color;
    const pad = new Pad(canvas, { penColor: pen, minWidth: 0.8, maxWidth: 2.8 });
    this.pad = pad;
    if (kept.length) pad.fromData(kept);
    if (disabled()) pad.off();
    pad.addEventListener('beginStroke', () => this.stopIdle());
    pad.addEventListener('endStroke', () => {
      this.opts.onStroke();
      this.idle = setTimeout(() => this.opts.onIdle(), IDLE_MS);
    });
    this.observe();
    this.fit();
  }

  hostConnected(): void {
    if (!this.pad) return;
    this.observe();
    this.watchDpr();
  }

  hostDisconnected(): void {
    this.resizer.disconnect();
    this.dprQuery?.removeEventListener('change', this.onDpr);
    this.dprQuery = undefined;
    this.stopIdle();
  }

  stopIdle(): void {
    clearTimeout(this.idle);
  }

  /** The drawn strokes (CSS px), a copy. */
  strokes(): PointGroup[] {
    return structuredClone(this.pad?.toData() ?? []);
  }

  /** True when the strokes make a signature: a dot or one stray line does not. */
  get enough(): boolean {
    const { pad, size } = this;
    return !!pad && isEnoughInk(pad.toData(), size.w || 600, size.h || 200);
  }

  /** How many strokes are drawn. */
  get count(): number {
    return this.pad?.toData().length ?? 0;
  }

  /** Puts strokes back, scaled down when they were drawn on a larger pad. */
  load(strokes: PointGroup[]): void {
    if (!this.pad) return;
    const { box } = measureStrokes(strokes);
    const { w, h } = this.size;
    const s = box && w ? Math.min(1, w / (box.x + box.w + 4), h / (box.y + box.h + 4)) : 1;
    this.pad.fromData(s < 1 ? scaleStrokes(strokes, s) : structuredClone(strokes));
  }

  undo(): void {
    const data = this.pad?.toData();
    if (!data) return;
    data.pop();
    this.pad?.fromData(data);
  }

  clear(): void {
    this.pad?.clear();
  }

  enable(on: boolean): void {
    if (on) this.pad?.on();
    else this.pad?.off();
  }

  /** The device-pixel box also reports a change of device pixel ratio (Chromium, Firefox); matchMedia covers Safari. */
  private observe(): void {
    const canvas = this.opts.canvas();
    if (!canvas) return;
    try {
      this.resizer.observe(canvas, { box: 'device-pixel-content-box' });
    } catch {
      this.resizer.observe(canvas);
    }
  }

  private onDpr = () => this.fit();

  /** Sizes the bitmap to the CSS box × device pixel ratio and redraws the strokes, scaled to the new size. */
  fit(): void {
    const c = this.opts.canvas();
    const w = c?.clientWidth;
    const h = c?.clientHeight;
    const dpr = Math.max(window.devicePixelRatio || 1, 1);
    if (!c || !this.pad || !w || !h || (w === this.size.w && h === this.size.h && dpr === this.size.dpr)) return;
    const data = this.pad.toData();
    const s = this.size.w ? Math.min(w / this.size.w, h / this.size.h) : 1;
    c.width = Math.round(w * dpr);
    c.height = Math.round(h * dpr);
    c.getContext('2d')?.scale(dpr, dpr);
    this.pad.fromData(s === 1 ? data : scaleStrokes(data, s));
    this.size = { w, h, dpr };
    this.watchDpr();
  }

  /** A query that stops matching when the ratio changes (another screen, a zoom). */
  private watchDpr(): void {
    const media = `(resolution: ${this.size.dpr || Math.max(window.devicePixelRatio || 1, 1)}dppx)`;
    if (this.dprQuery?.media === media) return;
    this.dprQuery?.removeEventListener('change', this.onDpr);
    this.dprQuery = matchMedia(media);
    this.dprQuery.addEventListener('change', this.onDpr);
  }
}
