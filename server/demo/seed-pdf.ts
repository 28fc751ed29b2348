import { sha256 } from '../chain.js';

let cached: Promise<{ bytes: Uint8Array; sha256: string; pages: number }> | undefined;

/** One small real PDF shared by every seeded grant (built once, with pdf-lib, on first use). */
export function seedPdf() {
  cached ??= (async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('Mandat de démonstration (données générées)', { x: 56, y: 780, size: 16, font });
    page.drawText('Procura – serveur de référence', { x: 56, y: 755, size: 11, font });
    pdf.setTitle('Mandat de démonstration');
    pdf.setCreationDate(new Date('2025-01-01T00:00:00Z'));
    pdf.setModificationDate(new Date('2025-01-01T00:00:00Z'));
    const bytes = await pdf.save();
    return { bytes, sha256: sha256(bytes), pages: 1 };
  })();
  return cached;
}
