/**
 * Signature images as the PDF wants them. The pad's PNG (up to 1200×400 with alpha)
 * costs pdf-lib hundreds of milliseconds to decode and re-compress; a JPEG on white,
 * at twice the size of its box in the PDF, is placed as is (DCT passes through).
 * Loaded with the PDF engine, never before.
 */
const cache = new WeakMap<Blob, Promise<Uint8Array>>();

export function pdfImage(png: Blob, maxW = 480, maxH = 168): Promise<Uint8Array> {
  let p = cache.get(png);
  if (!p) {
    p = (async () => {
      const bmp = await createImageBitmap(png);
      const s = Math.min(1, maxW / bmp.width, maxH / bmp.height);
      const c = Object.assign(document.createElement('canvas'), {
        width: Math.max(1, Math.round(bmp.width * s)),
        height: Math.max(1, Math.round(bmp.height * s)),
      });
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(bmp, 0, 0, c.width, c.height);
      bmp.close();
      const jpeg = await new Promise<Blob | null>((resolve) => c.toBlob(resolve, 'image/jpeg', 0.9));
      // Where JPEG encoding is missing, the PNG still works, only slower.
      return new Uint8Array(await (jpeg ?? png).arrayBuffer());
    })();
    cache.set(png, p);
  }
  return p;
}
