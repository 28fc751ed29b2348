// The PDF's Unicode font is a subset of DejaVu Sans (issue 19): the Latin scripts, Vietnamese and
// the punctuation Intl emits, at a fraction of the whole font; a PDF still embeds only the glyphs it uses.
import { expect, html } from '@open-wc/testing';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import '../support/env.js';
import { pdfTool, resetKit } from '../support/env.js';
import { unicodeFont } from '../../src/mandate-form/font.js';
import { complete, grantorNatural, mandataryFields, mount, nth } from './helpers.js';

const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

/** The font programs a PDF embeds (the FontFile2 streams its font descriptors name), parsed. */
async function embeddedFonts(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const out = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const file = doc.context.lookup(obj.get(PDFName.of('FontFile2')));
    if (file instanceof PDFRawStream) out.push(fontkit.create(decodePDFRawStream(file).decode()));
  }
  return out;
}

/** What Intl writes in the kit's languages and a Vietnamese page: narrow no-break spaces, quotes, €, −. */
function intlSamples(): string {
  const when = new Date(Date.UTC(2026, 10, 30, 17, 5));
  const out: string[] = [];
  for (const locale of [
    'fr-BE',
    'fr-FR',
    'fr-CH',
    'nl-BE',
    'de-DE',
    'de-CH',
    'en-GB',
    'en-US',
    'vi-VN',
    'pl-PL',
    'cs-CZ',
  ]) {
    out.push(new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(-1234567.5));
    out.push(new Intl.NumberFormat(locale, { style: 'percent' }).format(-0.125));
    out.push(
      new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long', timeZone: 'Europe/Brussels' }).format(
        when,
      ),
    );
    out.push(new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).formatRange(when, new Date(+when + 9 * 864e5)));
    out.push(new Intl.ListFormat(locale, { type: 'conjunction' }).format(['Łódź', 'Dvořák', 'Nguyễn']));
    out.push(new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-3, 'day'));
  }
  return out.join(' ');
}

describe('the PDF’s Unicode font', () => {
  beforeEach(resetKit);

  it('is a Latin subset of DejaVu Sans, far below the whole font, with every letter and sign Intl writes', async () => {
    const bytes = await unicodeFont();
    expect(bytes.length).to.be.below(120_000); // the whole DejaVu Sans: 757 KB
    const font = fontkit.create(bytes);
    expect(font.familyName).to.equal('DejaVu Sans');
    const text = `Nguyễn Łódź-Dvořák Şişli Ærøskøbing Đặng Thị Hương Œuvre «…» ‹›‚„“”‘’–— € № ‰ ™ ${intlSamples()}`;
    const missing = [...new Set(text)].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`)).to.deep.equal([]);
    // Not kept: other scripts (a Cyrillic name is outside the subset).
    expect(font.hasGlyphForCodePoint('Ж'.codePointAt(0)!)).to.equal(false);
  });

  it('prints “Nguyễn Łódź-Dvořák” in a PDF that reads back and embeds only the glyphs it uses', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await complete(
      el,
      grantorNatural({ 'grantor.givenName': 'Nguyễn', 'grantor.familyName': 'Łódź-Dvořák' }),
      mandataryFields(),
    );
    const doc = nth(await el.documents(), 0, 'document');
    const bytes = await bytesOf(doc!.blob);
    const txt = (await pdfTool('pdftotext', bytes)).output.replace(/[ \t]+/g, ' ');
    expect(txt).to.contain('Nguyễn');
    expect(txt).to.contain('Łódź-Dvořák');
    expect(txt).to.contain('Signé par Nguyễn Łódź-Dvořák');
    const fonts = await pdfTool('pdffonts', bytes);
    // Embedded (pdf-lib names its subsets DejaVuSans-NNNN, without the ABCDEF+ tag poppler's `sub` column looks for).
    expect(fonts.output).to.match(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);
    const [embedded, ...others] = await embeddedFonts(bytes);
    expect(embedded, 'a FontFile2 stream').to.not.equal(undefined);
    expect(others).to.have.length(0);
    // The glyphs of the French texts and the names, not the font's 1,200.
    expect(embedded!.numGlyphs).to.be.within(40, 140);
    expect(doc!.blob.size).to.be.below(80_000);
  });
});
