// Shared by the signature pad's tests: drawing as a person would, and reading pixels back.
import { sendMouse } from '@web/test-runner-commands';
import type { ProcuraSignaturePad } from '../../src/signature-pad/signature-pad.js';
import { at } from '../support/at.js';

/** A cursive-like path across the pad, as fractions of its width and height. */
export const SIGNATURE: [number, number][] = [
  [0.1, 0.6],
  [0.15, 0.3],
  [0.2, 0.7],
  [0.27, 0.35],
  [0.33, 0.72],
  [0.4, 0.3],
  [0.46, 0.68],
  [0.52, 0.4],
  [0.58, 0.75],
  [0.64, 0.32],
  [0.7, 0.66],
  [0.76, 0.38],
  [0.82, 0.7],
  [0.88, 0.45],
];

export const canvasOf = (el: ProcuraSignaturePad) => el.shadowRoot!.querySelector('canvas')!;
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const text = (el: Element, sel: string) =>
  el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const frame = () => new Promise((r) => setTimeout(r, 20));

function onCanvas(c: HTMLCanvasElement, [fx, fy]: [number, number]): [number, number] {
  const r = c.getBoundingClientRect();
  return [Math.round(r.left + fx * r.width), Math.round(r.top + fy * r.height)];
}

/** Draws one stroke with the real mouse (Chromium's input pipeline). */
export async function drawWithMouse(el: ProcuraSignaturePad, path: [number, number][] = SIGNATURE): Promise<void> {
  const c = canvasOf(el);
  await sendMouse({ type: 'move', position: onCanvas(c, at(path, 0, 'point')) });
  await sendMouse({ type: 'down' });
  for (const p of path.slice(1)) {
    await sendMouse({ type: 'move', position: onCanvas(c, p) });
    await frame();
  }
  await sendMouse({ type: 'up' });
}

/** Draws one stroke with a finger: the pointer events a touch screen sends. */
export async function drawWithTouch(el: ProcuraSignaturePad, path: [number, number][] = SIGNATURE): Promise<void> {
  const c = canvasOf(el);
  const send = (type: string, p: [number, number], buttons: number) => {
    const [clientX, clientY] = onCanvas(c, p);
    c.dispatchEvent(
      new PointerEvent(type, {
        pointerId: 7,
        pointerType: 'touch',
        isPrimary: true,
        clientX,
        clientY,
        buttons,
        pressure: buttons ? 0.5 : 0,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  };
  send('pointerdown', at(path, 0, 'point'), 1);
  for (const p of path.slice(1)) {
    await frame();
    send('pointermove', p, 1);
  }
  await frame();
  send('pointerup', at(path, -1, 'point'), 0);
}

/** How many pixels of the canvas hold ink. */
export function inkPixels(c: HTMLCanvasElement): number {
  const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if ((d[i] ?? 0) > 0) n++;
  return n;
}

/** The rightmost column holding ink, as a fraction of the bitmap's width (0 when empty). */
export function inkRight(c: HTMLCanvasElement): number {
  const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let right = -1;
  for (let i = 3; i < d.length; i += 4) if ((d[i] ?? 0) > 0) right = Math.max(right, ((i - 3) / 4) % c.width);
  return (right + 1) / c.width;
}

export async function bytesOf(b: Blob): Promise<Uint8Array> {
  return new Uint8Array(await b.arrayBuffer());
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A JPEG photo of a signature: white paper, a dark scribble in x 200–500, y 250–350, with EXIF and a comment carrying `marker`. */
export async function scanJpeg(marker: string, { blank = false } = {}): Promise<Blob> {
  const c = Object.assign(document.createElement('canvas'), { width: 800, height: 600 });
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, 800, 600);
  if (!blank) {
    ctx.strokeStyle = '#101830';
    ctx.lineWidth = 6;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(203, 300);
    for (let i = 0, x = 203; x <= 497; i++, x += 14) ctx.lineTo(x, i % 2 ? 253 : 347);
    ctx.stroke();
  }
  const jpeg = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.92));
  const body = await bytesOf(jpeg);
  const enc = new TextEncoder();
  const segment = (marker: number, payload: Uint8Array) => {
    const len = payload.length + 2;
    return new Uint8Array([0xff, marker, len >> 8, len & 0xff, ...payload]);
  };
  // APP1 Exif with an empty big-endian TIFF directory, then the marker; and a COM segment.
  const exif = new Uint8Array([
    ...enc.encode('Exif\0\0'),
    0x4d,
    0x4d,
    0,
    0x2a,
    0,
    0,
    0,
    8,
    0,
    0,
    0,
    0,
    0,
    0,
    ...enc.encode(`GPS ${marker}`),
  ]);
  return new Blob(
    [body.slice(0, 2), segment(0xe1, exif), segment(0xfe, enc.encode(`comment ${marker}`)), body.slice(2)],
    { type: 'image/jpeg' },
  );
}

/** Puts a file on the element's file input the way a file chooser does. */
export function chooseFile(el: ProcuraSignaturePad, file: File): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}
