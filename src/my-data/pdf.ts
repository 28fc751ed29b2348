/**
 * The readable PDF summary of the sheet (a lazy chunk: pdf-lib, fontkit and the font load only
 * when the person asks for it). Printed with the kit's Unicode font (src/core/font.ts), subset,
 * so that every name prints whole (Dvořák, Łódź); its words are the sheet's, in the page's language.
 */
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { unicodeFont } from '../core/font.js';
import type { MyData } from '../model/rights.js';
import { GRANT_STATUS_TEXT, PERSON_FIELDS, type MyDataLocalize, type MyDataTexts } from './texts.js';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const SIZE = 10;
const LEAD = 14;

interface Line {
  text: string;
  size?: number;
  gap?: number;
}

/** Breaks a text into lines that fit the width (at spaces; a long word such as a hash is cut). */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) line = next;
    else {
      if (line) out.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
  }
  if (line) out.push(line);
  return out;
}

function draw(doc: PDFDocument, font: PDFFont, lines: Line[]): void {
  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  for (const l of lines) {
    const size = l.size ?? SIZE;
    y -= l.gap ?? 0;
    for (const part of wrap(font, l.text, size, width)) {
      if (y - size < MARGIN) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      y -= size * (LEAD / SIZE);
      page.drawText(part, { x: MARGIN, y, size, font });
    }
  }
}

const heading = (text: string): Line => ({ text, size: 13, gap: 10 });

function identityLines(d: MyData, l: MyDataLocalize, x: MyDataTexts): Line[] {
  const p = d.person;
  return [
    heading(l.t('mydata.identity')),
    ...PERSON_FIELDS.filter((f) => p[f]).map((f) => ({ text: `${x.field(f)} : ${x.value(f, p[f]!)}` })),
  ];
}

function consentLines(d: MyData, l: MyDataLocalize, x: MyDataTexts): Line[] {
  const out: Line[] = [heading(l.t('mydata.consents'))];
  if (!d.consents.records.length) out.push({ text: l.t('mydata.consents.empty') });
  for (const r of d.consents.records) {
    out.push({ text: l.t('mydata.consent.record', { date: x.date(r.collectedAt), version: r.noticeVersion }) });
    for (const c of r.decisions) {
      const w = x.consent(c);
      out.push({ text: `• ${w.own ? `${w.text} ${w.own}` : w.text}` });
    }
  }
  out.push(heading(l.t('mydata.oppositions')), { text: l.t('mydata.oppositions.text') });
  return out;
}

function grantLines(d: MyData, l: MyDataLocalize, x: MyDataTexts): Line[] {
  const out: Line[] = [];
  for (const [title, items, held] of [
    [l.t('mydata.grantsGiven'), d.grantsGiven, false],
    [l.t('mydata.grantsHeld'), d.grantsHeld, true],
  ] as const) {
    out.push(heading(title));
    if (!items.length) out.push({ text: l.t('mydata.grants.empty') });
    for (const g of items) {
      const name = held ? g.grantor.displayName : (g.mandatary?.displayName ?? g.grantor.displayName);
      const status = l.t(GRANT_STATUS_TEXT[g.status]);
      out.push({ text: `• ${l.t('mydata.grant', { name, service: g.service, status, date: x.date(g.createdAt) })}` });
      if (g.document) out.push({ text: l.t('mydata.document.sha', { hash: g.document.sha256 }), size: 8 });
    }
  }
  return out;
}

function requestLines(d: MyData, l: MyDataLocalize, x: MyDataTexts): Line[] {
  const out: Line[] = [heading(l.t('mydata.decisions'))];
  if (!d.decisions.length) out.push({ text: l.t('mydata.decisions.empty') });
  for (const c of d.decisions) out.push({ text: `• ${x.decision(c)}` });
  out.push(heading(l.t('rights.list')));
  if (!d.requests.length) out.push({ text: l.t('rights.list.empty') });
  for (const r of d.requests) {
    out.push({ text: `• ${x.title(r)}. ${l.t('rights.receivedOn', { date: x.date(r.receivedAt) })} ${x.status(r)}` });
    const outcome = x.outcome(r);
    if (outcome) out.push({ text: outcome });
  }
  return out;
}

/** The summary's bytes. */
export async function summaryPdf(d: MyData, l: MyDataLocalize, x: MyDataTexts): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await unicodeFont(), { subset: true });
  const title = l.t('mydata.pdf.title');
  doc.setTitle(title);
  doc.setLanguage(l.locale);
  draw(doc, font, [
    { text: title, size: 18 },
    { text: l.t('mydata.pdf.generated', { office: d.office.name, date: x.date(d.generatedAt) }), gap: 4 },
    ...identityLines(d, l, x),
    ...consentLines(d, l, x),
    ...grantLines(d, l, x),
    ...requestLines(d, l, x),
  ]);
  return new Uint8Array(await doc.save());
}
