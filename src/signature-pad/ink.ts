// Pure logic of the signature pad: which methods to offer, whether strokes make a
// signature, and the pixel work on scans. No DOM here, so it is testable alone.
import type { PointGroup } from 'signature_pad';

export type Method = 'drawn' | 'uploaded' | 'typed';
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const ALL: readonly Method[] = ['drawn', 'uploaded', 'typed'];

/**
 * The methods to offer, in a fixed order. Drawing needs a precise pointer path
 * (WCAG 2.1.1): when it is the only one asked for, upload is offered too.
 */
export function parseMethods(value: string | null | undefined): Method[] {
  const asked = (value ?? '').split(/\s+/);
  const m = ALL.filter((x) => asked.includes(x));
  if (!m.length) return ['drawn', 'uploaded'];
  if (m.length === 1 && m[0] === 'drawn') m.push('uploaded');
  return m;
}

/** Total path length (CSS px) and bounding box of the strokes; box is null when there are none. */
export function measureStrokes(groups: readonly PointGroup[]): { length: number; box: Box | null } {
  let length = 0;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const { points } of groups)
    points.forEach((p, i) => {
      const prev = i ? points[i - 1] : undefined;
      if (prev) length += Math.hypot(p.x - prev.x, p.y - prev.y);
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    });
  return { length, box: x0 === Infinity ? null : { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } };
}

/** Thresholds relative to the pad: path length and box width to its width, box height to its height. */
export const MIN_INK = { length: 0.35, width: 0.12, height: 0.06, curvature: 1.2 };

/**
 * A dot, a short stray line or one straight line is not a signature: the path must be
 * long enough, the box wide and tall enough, and the path longer than the box's diagonal.
 */
export function isEnoughInk(groups: readonly PointGroup[], width: number, height: number): boolean {
  const { length, box } = measureStrokes(groups);
  if (!box) return false;
  return (
    length >= MIN_INK.length * width &&
    box.w >= MIN_INK.width * width &&
    box.h >= MIN_INK.height * height &&
    length >= MIN_INK.curvature * Math.hypot(box.w, box.h)
  );
}

/** The strokes scaled by `s` around the origin (a resized pad keeps the signature's shape). */
export function scaleStrokes(groups: readonly PointGroup[], s: number): PointGroup[] {
  return groups.map((g) => ({ ...g, points: g.points.map((p) => ({ ...p, x: p.x * s, y: p.y * s })) }));
}

/** The scale that fits w×h into the output (600×200 CSS px at 2x) without enlarging beyond `max`. */
export function fitScale(w: number, h: number, max = 1, outW = 1200, outH = 400): number {
  return Math.min(max, outW / Math.max(w, 1), outH / Math.max(h, 1));
}

/**
 * Turns a scan into ink on transparency, in place (RGBA): the paper's brightness is
 * taken from the 90th percentile of luminance; what is close to it becomes transparent,
 * what is clearly darker becomes ink of one colour (the mean of the ink), with an alpha ramp. Returns the count of ink pixels.
 */
export function inkFromScan(data: Uint8ClampedArray): number {
  const n = data.length / 4;
  // Typed-array reads inside the bounds checked by the loops (0 stands for a read past the end, which none is).
  const at = (i: number) => data[i] ?? 0;
  const lum = new Uint8Array(n);
  const hist = new Uint32Array(256);
  for (let i = 0; i < n; i++) {
    const a = at(i * 4 + 3) / 255;
    // A transparent pixel counts as white paper.
    const l = Math.round(a * (0.299 * at(i * 4) + 0.587 * at(i * 4 + 1) + 0.114 * at(i * 4 + 2)) + (1 - a) * 255);
    lum[i] = l;
    hist[l] = (hist[l] ?? 0) + 1;
  }
  let paper = 255;
  for (let acc = 0, l = 0; l < 256; l++)
    if ((acc += hist[l] ?? 0) >= 0.9 * n) {
      paper = l;
      break;
    }
  const hi = paper - 30;
  const lo = hi - 70;
  let ink = 0;
  const sum = [0, 0, 0] as [number, number, number];
  for (let i = 0; i < n; i++) {
    const alpha = Math.max(0, Math.min(1, (hi - (lum[i] ?? 255)) / (hi - lo)));
    data[i * 4 + 3] = Math.round(alpha * 255);
    if (alpha > 0.5) {
      ink++;
      for (const k of [0, 1, 2] as const) sum[k] += at(i * 4 + k);
    }
  }
  // One ink colour (the mean of the clear ink): JPEG noise would make the PNG several times larger.
  const color = sum.map((v) => Math.round(v / Math.max(ink, 1)));
  for (let i = 0; i < n; i++) data.set(color, i * 4);
  return ink;
}

/** The box of the pixels whose alpha is at least `min`, or null when there are none. */
export function inkBox(data: Uint8ClampedArray, width: number, height: number, min = 128): Box | null {
  let x0 = width,
    y0 = height,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if ((data[(y * width + x) * 4 + 3] ?? 0) >= min) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        y1 = y;
      }
  return x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}
