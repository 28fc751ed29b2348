// Canvas work: every signature becomes a small PNG cropped to its ink, at most
// 600×200 CSS px at 2x, encoded by the browser (so no metadata of a scan survives).
import SignaturePad, { type PointGroup } from 'signature_pad';
import { fitScale, inkBox, inkFromScan, measureStrokes, type Box } from './ink.js';

/** The largest side a scan is worked on; bigger photos are reduced first. */
const WORK_SIZE = 1600;

function canvas(w: number, h: number): HTMLCanvasElement {
  return Object.assign(document.createElement('canvas'), {
    width: Math.max(1, Math.ceil(w)),
    height: Math.max(1, Math.ceil(h)),
  });
}

function encode(c: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Copies `box` of `src` into a new canvas, reduced to fit the output size, and encodes it. */
function cropToPng(src: CanvasImageSource, box: Box, margin: number): Promise<Blob> {
  const w = box.w + 2 * margin;
  const h = box.h + 2 * margin;
  const s = fitScale(w, h);
  const out = canvas(w * s, h * s);
  const ctx = out.getContext('2d')!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(src, box.x - margin, box.y - margin, w, h, 0, 0, out.width, out.height);
  return encode(out);
}

/** Strokes (CSS px) drawn again at 2x on a canvas of their own size: independent of the pad's size and DPR. */
export function strokesToPng(groups: readonly PointGroup[]): Promise<Blob | null> {
  const { box } = measureStrokes(groups);
  if (!box) return Promise.resolve(null);
  const m = Math.max(...groups.map((g) => Math.max(g.maxWidth, g.dotSize))) + 2;
  const s = fitScale(box.w + 2 * m, box.h + 2 * m, 2);
  const c = canvas((box.w + 2 * m) * s, (box.h + 2 * m) * s);
  const ctx = c.getContext('2d')!;
  ctx.scale(s, s);
  ctx.translate(m - box.x, m - box.y);
  const pad = new SignaturePad(c);
  pad.off();
  pad.fromData(groups as PointGroup[]);
  return encode(c);
}

/** A typed name in a handwriting-like font, cropped to its ink. */
export function typedToPng(text: string, font: string, color: string): Promise<Blob | null> {
  const size = 96;
  const probe = canvas(1, 1).getContext('2d')!;
  probe.font = `${size}px ${font}`;
  const w = probe.measureText(text).width + size;
  const c = canvas(w, size * 2);
  const ctx = c.getContext('2d')!;
  ctx.font = `${size}px ${font}`;
  ctx.fillStyle = color;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, size / 2, size);
  const box = inkBox(ctx.getImageData(0, 0, c.width, c.height).data, c.width, c.height, 16);
  return box ? cropToPng(c, box, 8) : Promise.resolve(null);
}

export type ScanResult = Blob | 'not-image' | 'empty';

/**
 * A photo or scan of a handwritten signature: decoded (EXIF orientation applied),
 * reduced, paper made transparent, cropped to the ink and re-encoded as PNG.
 */
export async function scanToPng(file: Blob): Promise<ScanResult> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return 'not-image';
  }
  const s = Math.min(1, WORK_SIZE / Math.max(bitmap.width, bitmap.height));
  const c = canvas(bitmap.width * s, bitmap.height * s);
  const ctx = c.getContext('2d', { willReadFrequently: true })!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, c.width, c.height);
  bitmap.close();
  const img = ctx.getImageData(0, 0, c.width, c.height);
  const ink = inkFromScan(img.data);
  const box = inkBox(img.data, c.width, c.height);
  if (!box || ink < Math.max(20, 0.0003 * c.width * c.height)) return 'empty';
  ctx.putImageData(img, 0, 0);
  return cropToPng(c, box, 4);
}
