/**
 * Lays the blocks out on A4 pages and tags them as it goes (see `pdf-tags.ts`): H1, H2, P, a
 * Table (TR, TH with a row scope, TD) for each run of label–value rows, a Div per signature box
 * (H3, a Figure with its alternative text, P), and rules, boxes, the logo and the footer as
 * artifacts. The content stream's order is the reading order.
 */
import { rgb, type PDFDocument, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import type { StructElem, Tagger } from './pdf-tags.js';
import type { Block, SignatureBox } from './pdf-blocks.js';
import { linesOf, wrap } from './pdf-text.js';

const W = 595.28;
const H = 841.89;
const X = 56;
const CW = W - 2 * X;
const TOP = 56;
const BOTTOM = 72;
const LABEL_W = 170;
const SIZE = 10;
const LH = 14;
/** A signature box: its frame's height, the room above it, a line of its text. */
const BOX = 84;
const BOX_ROOM = 90;
const SIG_LH = 12;
const INK = rgb(0.11, 0.12, 0.14);
const MUTED = rgb(0.29, 0.31, 0.35);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}
/** The images placed: the site's logo, and one per signature box (none for a box to sign by hand). */
export interface Images {
  logo?: PDFImage;
  signatures: (PDFImage | undefined)[];
}
/** The footer's three texts for page `n` of `total`. */
export type Footer = (n: number, total: number) => { hash: string; id: string; page: string };

export class PdfLayout {
  private page!: PDFPage;
  private y = 0;
  private readonly pages: PDFPage[] = [];
  private table?: StructElem;
  private sig = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly tags: Tagger,
    private readonly fonts: Fonts,
    private readonly images: Images,
  ) {}

  /** Lays out every block, then the footers (which need the page count). */
  run(bs: Block[], footer: Footer): void {
    this.newPage();
    this.logo();
    for (const [at, b] of bs.entries()) this.block(b, bs[at + 1]);
    this.pages.forEach((p, n) => this.footer(p, footer(n + 1, this.pages.length)));
  }

  private block(b: Block, next: Block | undefined): void {
    if (b.k !== 'row') this.table = undefined;
    if (b.k === 'row') this.row(b.l, b.s);
    else if (b.k === 'sigs') this.signatures(b.boxes);
    else if (b.k === 'h1') this.h1(b.s);
    else if (b.k === 'h2') this.h2(b.s, next);
    else this.paragraph(b.s, b.k === 'meta');
  }

  private newPage(): void {
    this.page = this.doc.addPage([W, H]);
    this.pages.push(this.page);
    this.y = H - TOP;
  }

  private need(h: number): void {
    if (this.y - h < BOTTOM) this.newPage();
  }

  private mark(e: StructElem, f: () => void): void {
    this.tags.mark(this.page, e, f);
  }

  private furniture(f: () => void): void {
    this.tags.artifact(this.page, 'Layout', f);
  }

  /** Draws `lines` downwards from the current height, `step` apart. */
  private lines(lines: string[], x: number, font: PDFFont, size: number, opts: { step: number; color?: typeof INK }) {
    for (const l of lines) {
      this.page.drawText(l, { x, y: this.y, font, size, color: opts.color ?? INK });
      this.y -= opts.step;
    }
  }

  private logo(): void {
    const logo = this.images.logo;
    if (!logo) return;
    // The site's logo repeats the broker's name printed below: decoration, not content.
    const scale = Math.min(120 / logo.width, 48 / logo.height, 1);
    const width = logo.width * scale;
    const height = logo.height * scale;
    this.furniture(() => this.page.drawImage(logo, { x: W - X - width, y: H - TOP - height + 14, width, height }));
  }

  /** How much of the block after a heading must fit under it: a heading never ends a page alone. */
  private firstOf(b: Block | undefined): number {
    if (!b) return 0;
    if (b.k === 'p') return Math.min(wrap(b.s, this.fonts.regular, SIZE, CW).length, 4) * LH;
    return b.k === 'sigs' ? LH + BOX_ROOM + 3 * SIG_LH : 2 * LH;
  }

  private h1(s: string): void {
    const lines = linesOf(s, this.fonts.bold, 18, this.images.logo ? CW - 130 : CW);
    this.mark(this.tags.elem('H1'), () => this.lines(lines, X, this.fonts.bold, 18, { step: 24 }));
  }

  private h2(s: string, next: Block | undefined): void {
    this.need(32 + this.firstOf(next));
    this.y -= 12;
    this.mark(this.tags.elem('H2'), () =>
      this.page.drawText(s, { x: X, y: this.y, font: this.fonts.bold, size: 12, color: INK }),
    );
    this.y -= 6;
    const y = this.y;
    this.furniture(() =>
      this.page.drawLine({ start: { x: X, y }, end: { x: X + CW, y }, thickness: 0.5, color: MUTED }),
    );
    this.y -= LH;
  }

  /** A paragraph: kept whole on a page, a little room below it; or a `meta` line, muted, printed where it falls. */
  private paragraph(s: string, meta: boolean): void {
    const lines = linesOf(s, this.fonts.regular, SIZE, CW);
    const color = meta ? MUTED : INK;
    if (!meta) this.need(lines.length * LH);
    this.mark(this.tags.elem('P'), () => this.lines(lines, X, this.fonts.regular, SIZE, { step: LH, color }));
    if (!meta) this.y -= 4;
  }

  /** A label–value row of the current table (a new table after any other block). */
  private row(label: string, value: string): void {
    const { regular, bold } = this.fonts;
    const ls = linesOf(label, regular, SIZE, LABEL_W - 10);
    const vs = linesOf(value, bold, SIZE, CW - LABEL_W);
    this.need(Math.max(ls.length, vs.length) * LH);
    this.table ??= this.tags.elem('Table');
    const tr = this.tags.elem('TR', this.table);
    const top = this.y;
    const th = this.tags.elem('TH', tr, { attrs: { O: 'Table', Scope: 'Row' } });
    this.mark(th, () => this.lines(ls, X, regular, SIZE, { step: LH, color: MUTED }));
    const after = this.y;
    this.y = top;
    this.mark(this.tags.elem('TD', tr), () => this.lines(vs, X + LABEL_W, bold, SIZE, { step: LH }));
    this.y = Math.min(this.y, after) - 2;
  }

  /** The signature boxes side by side, each kept whole on one page. */
  private signatures(boxes: SignatureBox[]): void {
    const bw = (CW - 20) / 2;
    // Each of a box's lines (signed by, when, how) is a paragraph of its own.
    const paras = boxes.map((box) => box.lines.map((l) => linesOf(l, this.fonts.regular, 9, bw)));
    const most = Math.max(...paras.map((p) => p.flat().length));
    this.need(LH + BOX_ROOM + most * SIG_LH);
    const top = this.y;
    boxes.forEach((box, n) => {
      this.y = top;
      this.signatureBox(box, paras[n] ?? [], X + n * (bw + 20), bw);
    });
    this.y = Math.min(this.y, top - BOX_ROOM - SIG_LH * most - SIG_LH);
  }

  private signatureBox(box: SignatureBox, paras: string[][], x: number, bw: number): void {
    const { regular, bold } = this.fonts;
    const div = this.tags.elem('Div');
    this.mark(this.tags.elem('H3', div), () =>
      this.page.drawText(box.head, { x, y: this.y, font: bold, size: SIZE, color: INK }),
    );
    this.y -= BOX_ROOM;
    const y = this.y;
    this.furniture(() =>
      this.page.drawRectangle({ x, y, width: bw, height: BOX, borderColor: MUTED, borderWidth: 0.5 }),
    );
    const img = this.images.signatures[this.sig++];
    if (img) this.figure(img, div, box, { x, y, bw });
    this.y -= SIG_LH;
    for (const lines of paras)
      this.mark(this.tags.elem('P', div), () => this.lines(lines, x, regular, 9, { step: SIG_LH }));
  }

  /** A signature image, centred in its box, with its alternative text. */
  private figure(img: PDFImage, div: StructElem, box: SignatureBox, at: { x: number; y: number; bw: number }): void {
    const s = Math.min((at.bw - 12) / img.width, 72 / img.height, 1);
    const width = img.width * s;
    const height = img.height * s;
    const x = at.x + (at.bw - width) / 2;
    const y = at.y + (BOX - height) / 2;
    const figure = this.tags.elem('Figure', div, {
      alt: box.alt ?? box.head,
      attrs: { O: 'Layout', Placement: 'Block', BBox: [x, y, x + width, y + height] },
    });
    this.mark(figure, () => this.page.drawImage(img, { x, y, width, height }));
  }

  /** The footer repeats on every page (hash, document id, page number): pagination artifacts. */
  private footer(p: PDFPage, f: { hash: string; id: string; page: string }): void {
    const regular = this.fonts.regular;
    const fit = (s: string, size: number, width: number) =>
      Math.min(size, (size * width) / Math.max(regular.widthOfTextAtSize(s, size), 1));
    const text = (s: string, x: number, y: number, size: number) =>
      p.drawText(s, { x, y, font: regular, size, color: MUTED });
    this.tags.artifact(
      p,
      'Pagination',
      () => {
        p.drawLine({ start: { x: X, y: 52 }, end: { x: X + CW, y: 52 }, thickness: 0.5, color: MUTED });
        text(f.hash, X, 40, fit(f.hash, 7, CW));
        const pw = regular.widthOfTextAtSize(f.page, 8);
        text(f.id, X, 28, fit(f.id, 8, CW - pw - 16));
        text(f.page, X + CW - pw, 28, 8);
      },
      'Footer',
    );
  }
}
