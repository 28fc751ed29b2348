/**
 * The mandate as a PDF (A4), without the DOM: the element hands over the data, its
 * texts and the signature images; this module lays them out with pdf-lib. It is only
 * ever loaded with `import()`, so pdf-lib stays a lazy chunk.
 *
 * Fonts: Helvetica (not embedded) when every text fits WinAnsi, which covers French,
 * Dutch and English; otherwise DejaVu Sans, embedded as a subset, so that Łódź, Dvořák,
 * Şişli or Nguyễn keep every letter. It never throws on a character.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { displayName, type BrokerIdentity } from '../core/configure.js';
import type { AccessRequest } from '../model/access-request.js';
import type { Mandate } from '../model/mandate.js';
import type { ContractsScope } from '../model/tree.js';
import type { Party } from './model.js';
import { Tagger, type StructElem } from './pdf-tags.js';

export interface MandatePdfInput {
  /** `access-request`: the person asks access to their own space (000, first row): `mandate` is then an AccessRequest. */
  kind?: 'mandate' | 'access-request';
  mandate: Mandate | AccessRequest;
  /** A whole sentence for a key of the form's catalog, in the form's locale. */
  t(key: string, params?: Record<string, string | number>): string;
  /** The label of a field path (`grantor.email`). */
  label(path: string): string;
  date(isoDate: string): string;
  dateTime(iso: string): string;
  /** The document's title; by default the catalog's, for a mandate or an access request. */
  title?: string;
  /** The service's display name (never its id when the page configured a name). */
  serviceName: string;
  /** A contract's display name; by default `configure({ contracts })` in the mandate's locale. */
  contractName?(id: string): string;
  /** The broker's office, printed first: who receives and files the document. */
  broker?: BrokerIdentity;
  /** What the mandatary may and may not do in this service: two whole sentences (a mandate only). */
  clause?: { may: string; mayNot: string };
  /** Printed on every page with the page number, so that a loose page is traced to its document. Made here when absent. */
  documentId?: string;
  logo?: Uint8Array;
  /** Signature images (PNG, already cropped and small). A missing one leaves a box to sign by hand. */
  images?: Partial<Record<Party | 'requester', Uint8Array>>;
  decisionPath?: { question: string; answer: string }[];
  /** The questionnaire's outcome, printed as a sentence of what it means for this document. */
  outcome?: { mandate: boolean; contracts?: ContractsScope };
  /** SHA-256 of the canonical JSON of the mandate, printed in the footer. */
  dataHash: string;
  fontUrl?: string;
  createdAt?: string;
}

type Block =
  | { k: 'h1' | 'h2' | 'p' | 'meta'; s: string }
  | { k: 'row'; l: string; s: string }
  | { k: 'sigs'; boxes: { head: string; image?: Uint8Array; alt?: string; lines: string[] }[] };

const W = 595.28;
const H = 841.89;
const X = 56;
const CW = W - 2 * X;
const TOP = 56;
const BOTTOM = 72;
const LABEL_W = 170;
const SIZE = 10;
const LH = 14;
const INK = rgb(0.11, 0.12, 0.14);
const MUTED = rgb(0.29, 0.31, 0.35);

const parsed = new WeakMap<Uint8Array, unknown>();
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
      memo.set(text, (run = layout(text, features)));
    }
    return run;
  };
  return font;
}
const CP1252 = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
/**
 * Intl's narrow and no-break spaces, and the invisible characters a paste may bring, become plain
 * text. Bidi controls (embeddings, overrides, isolates) go too: a U+202E in a name would make the
 * signed document read differently from what was typed.
 */
export const clean = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(
      /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g,
      '',
    );
export const isWinAnsi = (s: string): boolean =>
  [...s].every((ch) => {
    const c = ch.codePointAt(0)!;
    return c === 10 || (c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c <= 0xff) || CP1252.includes(ch);
  });

const isRequest = (i: MandatePdfInput): boolean => i.kind === 'access-request' || 'requester' in i.mandate;
export const titleOf = (i: MandatePdfInput): string =>
  i.title ?? i.t(isRequest(i) ? 'mandate.pdf.requestTitle' : 'mandate.pdf.title');

function blocks(i: MandatePdfInput): Block[] {
  const { mandate: m, t, label } = i;
  const request = isRequest(i);
  const who = request ? 'requester' : 'grantor';
  const g = 'requester' in m ? m.requester : m.grantor;
  const contract = i.contractName ?? ((id: string) => displayName('contracts', id, m.locale ?? 'fr'));
  const out: Block[] = [
    { k: 'h1', s: titleOf(i) },
    { k: 'meta', s: t('mandate.pdf.service', { service: i.serviceName }) },
  ];
  if (i.createdAt) out.push({ k: 'meta', s: t('mandate.pdf.created', { date: i.dateTime(i.createdAt) }) });
  const row = (path: string, value: string | undefined) => value && out.push({ k: 'row', l: label(path), s: value });
  const said = (key: string, value: string | undefined) => value && out.push({ k: 'row', l: t(key), s: value });
  const b = i.broker;
  if (b?.name) {
    out.push({ k: 'h2', s: t('mandate.pdf.broker') });
    said('mandate.pdf.broker.name', b.name);
    said('mandate.pdf.broker.registration', b.registration);
    said('mandate.pdf.broker.address', b.address);
    said('mandate.pdf.broker.contact', [b.email, b.phone].filter(Boolean).join(' · '));
  }
  out.push({ k: 'h2', s: t(request ? 'mandate.pdf.legend.requester' : 'mandate.legend.grantor') });
  row(`${who}.kind`, t(`mandate.kind.${g.kind}`));
  if (g.kind === 'legal') {
    row(`${who}.legalName`, g.legalName);
    row(`${who}.enterpriseNumber`, g.enterpriseNumber && `${g.enterpriseNumber}${g.country ? ` (${g.country})` : ''}`);
    row(`${who}.seat`, g.seat);
    row(`${who}.representative.givenName`, g.representative?.givenName);
    row(`${who}.representative.familyName`, g.representative?.familyName);
    row(`${who}.representative.capacity`, g.representative?.capacity);
    row(`${who}.representative.proof`, g.representative?.proof);
  } else {
    row(`${who}.givenName`, g.givenName);
    row(`${who}.familyName`, g.familyName);
    row(`${who}.birthDate`, g.birthDate && i.date(g.birthDate));
  }
  row(`${who}.email`, g.email);
  row(`${who}.phone`, g.phone);
  row(`${who}.clientRef`, g.clientRef);
  if ('mandatary' in m) {
    out.push({ k: 'h2', s: t('mandate.legend.mandatary') });
    row('mandatary.givenName', m.mandatary.givenName);
    row('mandatary.familyName', m.mandatary.familyName);
    row('mandatary.email', m.mandatary.email);
    row('mandatary.relation', m.mandatary.relation);
  }
  out.push({ k: 'h2', s: t(request ? 'mandate.pdf.legend.request' : 'mandate.legend.access') });
  row('service', i.serviceName);
  row('scope.contracts', t(`mandate.contracts.${m.scope.contracts}`));
  // A broker files by contract number: the name helps the reader, the number stays.
  row(
    'scope.contractIds',
    m.scope.contractIds?.map((id) => (contract(id) === id ? id : `${contract(id)} (${id})`)).join(', '),
  );
  row('scope.includeFuture', t(m.scope.includeFuture ? 'mandate.yes' : 'mandate.no'));
  row('validFrom', m.validFrom && i.date(m.validFrom));
  const until = 'validUntil' in m ? m.validUntil : undefined;
  if (until) row('validUntil', i.date(until));
  else said('mandate.pdf.duration', t('mandate.pdf.untilRevoked'));
  if (!request && i.clause) {
    out.push({ k: 'h2', s: t('mandate.pdf.clause') });
    out.push({ k: 'p', s: i.clause.may }, { k: 'p', s: i.clause.mayNot });
  }
  if (i.decisionPath?.length) {
    out.push({ k: 'h2', s: t('mandate.pdf.decision') });
    for (const a of i.decisionPath) out.push({ k: 'row', l: a.question, s: a.answer });
    const o = i.outcome;
    if (o)
      said(
        'mandate.pdf.outcome',
        t(o.mandate ? `mandate.pdf.outcome.mandate.${o.contracts ?? m.scope.contracts}` : 'mandate.pdf.outcome.none'),
      );
  }
  out.push(
    { k: 'h2', s: t('mandate.pdf.commitments') },
    { k: 'p', s: t(request ? 'mandate.pdf.requestCommitmentsText' : 'mandate.pdf.commitmentsText') },
  );
  out.push({ k: 'h2', s: t(request ? 'mandate.pdf.signature' : 'mandate.pdf.signatures') });
  const signatures: { party: string; signerName: string; signedAt: string; method: string }[] = m.signatures;
  out.push({
    k: 'sigs',
    boxes: (request ? (['requester'] as const) : (['grantor', 'mandatary'] as const)).map((party) => {
      const s = signatures.find((x) => x.party === party);
      return {
        head: t(request ? 'mandate.pdf.signature.requester' : `mandate.signature.${party}`),
        image: s && i.images?.[party],
        alt: s && t('mandate.pdf.signatureAlt', { name: s.signerName }),
        lines: s
          ? [
              t('mandate.pdf.signedBy', { name: s.signerName }),
              t('mandate.pdf.signedAt', { date: i.dateTime(s.signedAt) }),
              t(`mandate.pdf.method.${s.method}`),
            ]
          : [t('mandate.pdf.unsigned')],
      };
    }),
  });
  return out;
}

function strings(bs: Block[]): string[] {
  return bs.flatMap((b) =>
    b.k === 'sigs' ? b.boxes.flatMap((x) => [x.head, ...x.lines]) : b.k === 'row' ? [b.l, b.s] : [b.s],
  );
}

/** Breaks a text into lines that fit `width`; a word longer than a line (a hash, an address) is cut. */
export function wrap(s: string, font: PDFFont, size: number, width: number): string[] {
  // Widths are measured once per word and added up: with an embedded font each measure is a text layout.
  const w = (x: string) => font.widthOfTextAtSize(x, size);
  const space = w(' ');
  const lines: string[] = [];
  for (const para of s.split('\n')) {
    let line = '';
    let lw = 0;
    for (const word of para.split(' ')) {
      const ww = w(word);
      if (line && lw + space + ww <= width) {
        line += ` ${word}`;
        lw += space + ww;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      lw = ww;
      if (ww <= width) continue;
      // A word wider than the line: cut it where it overflows.
      let part = '';
      for (const ch of word) {
        if (part && w(part + ch) > width) (lines.push(part), (part = ''));
        part += ch;
      }
      line = part;
      lw = w(part);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The lines of `s` as `wrap` cut them, each keeping the space it was cut at: a tagged
 * paragraph is read as the concatenation of its lines, and without it "est\nenvoyé"
 * reads "estenvoyé". A word cut inside (a hash) gets no space. The space is invisible.
 */
export function spaced(s: string, lines: string[]): string[] {
  let at = 0;
  return lines.map((l, n) => {
    const found = s.indexOf(l, at);
    if (found >= 0) at = found + l.length;
    return n < lines.length - 1 && found >= 0 && (s[at] === ' ' || s[at] === '\n') ? `${l} ` : l;
  });
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

/**
 * Lays the blocks out and tags them as it goes (see `pdf-tags.ts`): H1, H2, P, a Table
 * (TR, TH with a row scope, TD) for each run of label–value rows, a Div per signature box
 * (H3, a Figure with its alternative text, P), and rules, boxes, the logo and the footer
 * as artifacts. The content stream's order is the reading order.
 */
function layout(
  doc: PDFDocument,
  tags: Tagger,
  bs: Block[],
  regular: PDFFont,
  bold: PDFFont,
  logo: PDFImage | undefined,
  sigImages: (PDFImage | undefined)[],
  footer: (n: number, total: number) => { hash: string; id: string; page: string },
): void {
  let page!: PDFPage;
  let y = 0;
  const pages: PDFPage[] = [];
  const newPage = () => {
    page = doc.addPage([W, H]);
    pages.push(page);
    y = H - TOP;
  };
  const need = (h: number) => {
    if (y - h < BOTTOM) newPage();
  };
  const draw = (s: string, x: number, font: PDFFont, size: number, color = INK) =>
    page.drawText(s, { x, y, font, size, color });
  const mark = (e: StructElem, f: () => void) => tags.mark(page, e, f);
  const furniture = (f: () => void) => tags.artifact(page, 'Layout', f);
  newPage();
  if (logo) {
    // The site's logo repeats the broker's name printed below: decoration, not content.
    const scale = Math.min(120 / logo.width, 48 / logo.height, 1);
    furniture(() =>
      page.drawImage(logo, {
        x: W - X - logo.width * scale,
        y: H - TOP - logo.height * scale + 14,
        width: logo.width * scale,
        height: logo.height * scale,
      }),
    );
  }
  let sig = 0;
  let table: StructElem | undefined;
  /** How much of the block after a heading must fit under it: a heading never ends a page alone. */
  const firstOf = (b?: Block): number =>
    !b
      ? 0
      : b.k === 'p'
        ? Math.min(wrap(b.s, regular, SIZE, CW).length, 4) * LH
        : b.k === 'sigs'
          ? LH + 90 + 3 * 12
          : 2 * LH;
  for (const [at, b] of bs.entries()) {
    if (b.k !== 'row') table = undefined;
    if (b.k === 'h1') {
      const lines = spaced(b.s, wrap(b.s, bold, 18, logo ? CW - 130 : CW));
      mark(tags.elem('H1'), () => {
        for (const l of lines) (draw(l, X, bold, 18), (y -= 24));
      });
    } else if (b.k === 'meta') {
      mark(tags.elem('P'), () => {
        for (const l of spaced(b.s, wrap(b.s, regular, SIZE, CW))) (draw(l, X, regular, SIZE, MUTED), (y -= LH));
      });
    } else if (b.k === 'h2') {
      need(32 + firstOf(bs[at + 1]));
      y -= 12;
      mark(tags.elem('H2'), () => draw(b.s, X, bold, 12));
      y -= 6;
      furniture(() => page.drawLine({ start: { x: X, y }, end: { x: X + CW, y }, thickness: 0.5, color: MUTED }));
      y -= LH;
    } else if (b.k === 'p') {
      const lines = spaced(b.s, wrap(b.s, regular, SIZE, CW));
      need(lines.length * LH);
      mark(tags.elem('P'), () => {
        for (const l of lines) (draw(l, X, regular, SIZE), (y -= LH));
      });
      y -= 4;
    } else if (b.k === 'row') {
      const ls = spaced(b.l, wrap(b.l, regular, SIZE, LABEL_W - 10));
      const vs = spaced(b.s, wrap(b.s, bold, SIZE, CW - LABEL_W));
      need(Math.max(ls.length, vs.length) * LH);
      table ??= tags.elem('Table');
      const tr = tags.elem('TR', table);
      const top = y;
      mark(tags.elem('TH', tr, { attrs: { O: 'Table', Scope: 'Row' } }), () => {
        for (const l of ls) (draw(l, X, regular, SIZE, MUTED), (y -= LH));
      });
      const after = y;
      y = top;
      mark(tags.elem('TD', tr), () => {
        for (const v of vs) (draw(v, X + LABEL_W, bold, SIZE), (y -= LH));
      });
      y = Math.min(y, after) - 2;
    } else if (b.k === 'sigs') {
      const bw = (CW - 20) / 2;
      // Each of a box's lines (signed by, when, how) is a paragraph of its own.
      const paras = b.boxes.map((box) => box.lines.map((l) => spaced(l, wrap(l, regular, 9, bw))));
      const wrapped = paras.map((p) => p.flat());
      need(LH + 90 + Math.max(...wrapped.map((w) => w.length)) * 12);
      const top = y;
      b.boxes.forEach((box, n) => {
        const x = X + n * (bw + 20);
        const div = tags.elem('Div');
        y = top;
        mark(tags.elem('H3', div), () => draw(box.head, x, bold, SIZE));
        y -= 90;
        furniture(() => page.drawRectangle({ x, y, width: bw, height: 84, borderColor: MUTED, borderWidth: 0.5 }));
        const img = sigImages[sig++];
        if (img) {
          const s = Math.min((bw - 12) / img.width, 72 / img.height, 1);
          const at = {
            x: x + (bw - img.width * s) / 2,
            y: y + (84 - img.height * s) / 2,
            width: img.width * s,
            height: img.height * s,
          };
          const figure = tags.elem('Figure', div, {
            alt: box.alt ?? box.head,
            attrs: { O: 'Layout', Placement: 'Block', BBox: [at.x, at.y, at.x + at.width, at.y + at.height] },
          });
          mark(figure, () => page.drawImage(img, at));
        }
        y -= 12;
        for (const lines of paras[n])
          mark(tags.elem('P', div), () => {
            for (const l of lines) (draw(l, x, regular, 9), (y -= 12));
          });
      });
      y = Math.min(y, top - 90 - 12 * Math.max(...wrapped.map((w) => w.length)) - 12);
    }
  }
  pages.forEach((p, n) => {
    const { hash, id, page } = footer(n + 1, pages.length);
    // The footer repeats on every page (hash, document id, page number): pagination artifacts.
    tags.artifact(
      p,
      'Pagination',
      () => {
        p.drawLine({ start: { x: X, y: 52 }, end: { x: X + CW, y: 52 }, thickness: 0.5, color: MUTED });
        const fit = (s: string, size: number, width: number) =>
          Math.min(size, (size * width) / Math.max(regular.widthOfTextAtSize(s, size), 1));
        p.drawText(hash, { x: X, y: 40, font: regular, size: fit(hash, 7, CW), color: MUTED });
        const pw = regular.widthOfTextAtSize(page, 8);
        p.drawText(id, { x: X, y: 28, font: regular, size: fit(id, 8, CW - pw - 16), color: MUTED });
        p.drawText(page, { x: X + CW - pw, y: 28, font: regular, size: 8, color: MUTED });
      },
      'Footer',
    );
  });
}

/** Builds the mandate's PDF; resolves with its bytes. */
export async function mandatePdf(input: MandatePdfInput): Promise<Uint8Array> {
  try {
    return await build(input, false);
  } catch (e) {
    if (e instanceof Error && e.name === 'FontUnavailableError') throw e;
    // A character our WinAnsi table let through but Helvetica refused: the Unicode font takes it.
    console.warn('[procura-mandate-form] retrying the PDF with the Unicode font', e);
    return build(input, true);
  }
}

async function build(input: MandatePdfInput, unicode: boolean): Promise<Uint8Array> {
  let bs = blocks(input);
  const documentId = input.documentId ?? crypto.randomUUID();
  const foot = (n: number, total: number) => ({
    hash: input.t('mandate.pdf.hash', { hash: input.dataHash }),
    id: input.t('mandate.pdf.documentId', { id: documentId }),
    page: input.t('mandate.pdf.page', { n, total }),
  });
  const all = () => [...strings(bs), ...Object.values(foot(9, 9))];
  // A signature's /Alt is not drawn: a Unicode text string, it needs no font and keeps every letter.
  const map = (f: (s: string) => string) => {
    bs = bs.map((b) =>
      b.k === 'sigs'
        ? {
            ...b,
            boxes: b.boxes.map((x) => ({ ...x, head: f(x.head), alt: x.alt && clean(x.alt), lines: x.lines.map(f) })),
          }
        : b.k === 'row'
          ? { ...b, l: f(b.l), s: f(b.s) }
          : { ...b, s: f(b.s) },
    );
  };
  map(clean);
  const fix = clean;
  const doc = await PDFDocument.create();
  let regular: PDFFont | undefined;
  let bold: PDFFont | undefined;
  if (unicode || !all().every((s) => isWinAnsi(clean(s)))) {
    try {
      const [{ default: fontkit }, { unicodeFont }] = await Promise.all([
        import('@pdf-lib/fontkit'),
        import('./font.js'),
      ]);
      // The parsed font is kept between documents: parsing 750 KB of TrueType dominates otherwise.
      doc.registerFontkit({
        create: (bytes: Uint8Array) =>
          parsed.get(bytes) ?? (parsed.set(bytes, memoLayout(fontkit.create(bytes))), parsed.get(bytes)),
      } as unknown as typeof fontkit);
      regular = bold = await doc.embedFont(await unicodeFont(input.fontUrl), { subset: true });
    } catch (e) {
      // Never a degraded legal document (a name printed without its ř): no PDF, and the form says why.
      throw e instanceof Error && e.name === 'FontUnavailableError'
        ? e
        : Object.assign(
            new Error(`the PDF's Unicode font could not be used: ${e instanceof Error ? e.message : String(e)}`),
            { name: 'FontUnavailableError' },
          );
    }
  }
  regular ??= await doc.embedFont(StandardFonts.Helvetica);
  bold ??= await doc.embedFont(StandardFonts.HelveticaBold);
  const [logo, ...sigs] = await Promise.all([
    image(doc, input.logo),
    ...(bs.find((b) => b.k === 'sigs') as Extract<Block, { k: 'sigs' }>).boxes.map((b) => image(doc, b.image)),
  ]);
  const m = input.mandate;
  const title = fix(`${titleOf(input)} · ${input.serviceName}`);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(fix(input.t('mandate.pdf.service', { service: input.serviceName })));
  doc.setLanguage(m.locale ?? 'fr');
  doc.setProducer('procura');
  doc.setCreator('procura-mandate-form');
  if (input.createdAt) doc.setCreationDate(new Date(input.createdAt));
  const tags = new Tagger(doc);
  layout(doc, tags, bs, regular, bold, logo, sigs, (n, total) => {
    const f = foot(n, total);
    return { hash: fix(f.hash), id: fix(f.id), page: fix(f.page) };
  });
  tags.finish({ title, lang: m.locale ?? 'fr', producer: 'procura', created: input.createdAt });
  return doc.save();
}
