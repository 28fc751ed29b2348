/**
 * The mandate as a PDF (A4), without the DOM: the element hands over the data, its
 * texts and the signature images; this module makes the document with pdf-lib. It is only
 * ever loaded with `import()`, so pdf-lib stays a lazy chunk. What it says is in
 * `pdf-blocks.ts`, how it is laid out and tagged in `pdf-layout.ts`, its characters in `pdf-text.ts`.
 *
 * Fonts: Helvetica (not embedded) when every text fits WinAnsi, which covers French,
 * Dutch and English; otherwise DejaVu Sans's Latin subset, embedded as a subset, so that Łódź,
 * Dvořák, Şişli or Nguyễn keep every letter. A character that font lacks (a Cyrillic name) is
 * refused with an `UnprintableTextError`, never printed as a blank box.
 */
import type fontkitModule from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, type PDFFont, type PDFImage } from 'pdf-lib';
import { blocks, mapTexts, strings, titleOf, type Block, type MandatePdfInput } from './pdf-blocks.js';
import { PdfLayout, type Footer, type Fonts } from './pdf-layout.js';
import { Tagger } from './pdf-tags.js';
import { clean, isWinAnsi, unprintable } from './pdf-text.js';

export type { MandatePdfInput } from './pdf-blocks.js';
export { titleOf } from './pdf-blocks.js';
export { clean, isWinAnsi, spaced, wrap } from './pdf-text.js';

/** Some characters of the document are not in the PDF's Unicode font: no PDF (never blank boxes). */
export class UnprintableTextError extends Error {
  override name = 'UnprintableTextError';
  constructor(readonly characters: string[]) {
    const codes = characters.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    super(`the PDF was not made: these characters cannot be printed with its font: ${codes.join(' ')}`);
  }
}

type Fontkit = typeof fontkitModule;
type ParsedFont = ReturnType<Fontkit['create']>;

const parsed = new WeakMap<Uint8Array, ParsedFont>();
/**
 * pdf-lib shapes a text (fontkit's `layout`) each time it measures or draws it; labels and
 * words repeat within a document and between documents, so the shaped runs are kept.
 */
function memoLayout<F extends { layout(text: string, features?: unknown): unknown }>(font: F): F {
  const layout = font.layout.bind(font);
  const memo = new Map<string, unknown>();
  font.layout = (text: string, features?: unknown) => {
    let run = memo.get(text);
    if (run === undefined) {
      if (memo.size > 4000) memo.clear();
      run = layout(text, features);
      memo.set(text, run);
    }
    return run;
  };
  return font;
}

/** The font parsed once per file (parsing the TrueType dominates otherwise), its shaped runs kept. */
function parse(fontkit: Fontkit, bytes: Uint8Array): ParsedFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = memoLayout(fontkit.create(bytes));
    parsed.set(bytes, font);
  }
  return font;
}

const isNamed = (e: unknown, name: string): e is Error => e instanceof Error && e.name === name;

/**
 * The Unicode font, embedded as a subset, once every printed text is known to be in it.
 * Never a degraded legal document (a name printed without its ř, or in blank boxes): no PDF, and the form says why.
 */
async function unicodeFonts(doc: PDFDocument, texts: string[], url: string | undefined): Promise<Fonts> {
  let font: PDFFont;
  try {
    const [{ default: fontkit }, { unicodeFont }] = await Promise.all([
      import('@pdf-lib/fontkit'),
      import('./font.js'),
    ]);
    const bytes = await unicodeFont(url);
    const missing = unprintable(texts, (c) => parse(fontkit, bytes).hasGlyphForCodePoint(c));
    if (missing.length) throw new UnprintableTextError(missing);
    doc.registerFontkit({ create: (b: Uint8Array) => parse(fontkit, b) } as unknown as Fontkit);
    font = await doc.embedFont(bytes, { subset: true });
  } catch (e) {
    if (isNamed(e, 'FontUnavailableError') || e instanceof UnprintableTextError) throw e;
    const message = `the PDF's Unicode font could not be used: ${e instanceof Error ? e.message : String(e)}`;
    throw Object.assign(new Error(message), { name: 'FontUnavailableError' });
  }
  return { regular: font, bold: font };
}

async function helvetica(doc: PDFDocument): Promise<Fonts> {
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  return { regular, bold: await doc.embedFont(StandardFonts.HelveticaBold) };
}

async function image(doc: PDFDocument, bytes?: Uint8Array): Promise<PDFImage | undefined> {
  if (!bytes?.length) return undefined;
  try {
    return bytes[0] === 0xff && bytes[1] === 0xd8 ? await doc.embedJpg(bytes) : await doc.embedPng(bytes);
  } catch (e) {
    console.warn('[procura-mandate-form] an image could not be placed in the PDF', e);
    return undefined;
  }
}

/** The document's information dictionary; returns its title. */
function describe(doc: PDFDocument, input: MandatePdfInput): string {
  const title = clean(`${titleOf(input)} · ${input.serviceName}`);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(clean(input.t('mandate.pdf.service', { service: input.serviceName })));
  doc.setLanguage(input.mandate.locale ?? 'fr');
  doc.setProducer('procura');
  doc.setCreator('procura-mandate-form');
  if (input.createdAt) doc.setCreationDate(new Date(input.createdAt));
  return title;
}

/** The footer's texts, cleaned: the data's hash, the document's id, the page number. */
function footer(input: MandatePdfInput): Footer {
  const documentId = input.documentId ?? crypto.randomUUID();
  return (n, total) => ({
    hash: clean(input.t('mandate.pdf.hash', { hash: input.dataHash })),
    id: clean(input.t('mandate.pdf.documentId', { id: documentId })),
    page: clean(input.t('mandate.pdf.page', { n, total })),
  });
}

/** Builds the mandate's PDF; resolves with its bytes. */
export async function mandatePdf(input: MandatePdfInput): Promise<Uint8Array> {
  try {
    return await build(input, false);
  } catch (e) {
    if (isNamed(e, 'FontUnavailableError') || e instanceof UnprintableTextError) throw e;
    // A character our WinAnsi table let through but Helvetica refused: the Unicode font takes it.
    console.warn('[procura-mandate-form] retrying the PDF with the Unicode font', e);
    return build(input, true);
  }
}

async function build(input: MandatePdfInput, unicode: boolean): Promise<Uint8Array> {
  // A signature's /Alt is not drawn: a Unicode text string, it needs no font and keeps every letter.
  const bs = mapTexts(blocks(input), clean, clean);
  const foot = footer(input);
  const texts = [...strings(bs), ...Object.values(foot(9, 9))];
  const doc = await PDFDocument.create();
  const fonts =
    unicode || !texts.every(isWinAnsi) ? await unicodeFonts(doc, texts, input.fontUrl) : await helvetica(doc);
  const boxes = bs.find((b): b is Extract<Block, { k: 'sigs' }> => b.k === 'sigs')?.boxes ?? [];
  const [logo, ...signatures] = await Promise.all([image(doc, input.logo), ...boxes.map((b) => image(doc, b.image))]);
  const title = describe(doc, input);
  const tags = new Tagger(doc);
  new PdfLayout(doc, tags, fonts, { logo, signatures }).run(bs, foot);
  tags.finish({ title, lang: input.mandate.locale ?? 'fr', producer: 'procura', created: input.createdAt });
  return doc.save();
}
