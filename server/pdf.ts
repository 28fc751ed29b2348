/**
 * A light inspection of an uploaded PDF: enough to refuse what is not one, not a full parser.
 *
 * Pages are counted as `/Type /Page` objects, both in the plain file and inside compressed
 * object streams (`/Type /ObjStm` with FlateDecode, which pdf-lib and most modern writers use).
 * Known limit: an incremental update that rewrites a page object counts it twice, and pages
 * inside streams with other filters (LZW, encryption) are not seen; such files answer
 * `pages` 0 and are refused with a clear message.
 *
 * A signed form is a plain document: one that can run code (JavaScript, launch actions,
 * forms that submit) or carries files is refused, whatever opens it later. The names are
 * looked for in the file and in the object streams, `#xx` escapes decoded (`/J#53` is `/JS`).
 */
import { inflateSync } from 'node:zlib';

export interface PdfCheck {
  ok: boolean;
  pages: number;
  problems: { code: string; detail: string }[];
}

const PAGE = /\/Type\s*\/Page(?![A-Za-z])/g;
const OBJSTM = /\/Type\s*\/ObjStm\b/g;
const NAME = /\/((?:[A-Za-z0-9_.+-]|#[0-9A-Fa-f]{2})+)/g;
/** Names that make a PDF do something when opened or clicked, or carry other files. */
const ACTIVE: Record<string, string> = {
  JS: 'JavaScript (/JS)',
  JavaScript: 'JavaScript (/JavaScript)',
  Launch: 'a launch action (/Launch)',
  EmbeddedFile: 'an embedded file (/EmbeddedFile)',
  EmbeddedFiles: 'an embedded file (/EmbeddedFiles)',
  RichMedia: 'rich media (/RichMedia)',
  SubmitForm: 'a form submission (/SubmitForm)',
  ImportData: 'a data import (/ImportData)',
  GoToE: 'a jump into an embedded file (/GoToE)',
};
/** Decompressed object streams are capped, so that a small "zip bomb" cannot eat the memory. */
const MAX_INFLATED = 64 * 1024 * 1024;

/** The file's text, then every object stream inflated (up to MAX_INFLATED in all). */
function objectTexts(buf: Buffer): string[] {
  const text = buf.toString('latin1');
  const parts = [text];
  let inflated = 0;
  for (const m of text.matchAll(OBJSTM)) {
    const content = streamAfter(buf, text, m.index);
    if (!content) continue;
    try {
      const out = inflateSync(content, { maxOutputLength: MAX_INFLATED - inflated });
      inflated += out.length;
      parts.push(out.toString('latin1'));
    } catch {
      // Not FlateDecode, damaged, or over the cap: its pages stay uncounted.
    }
  }
  return parts;
}

/** `/Java#53cript` is `/JavaScript`: a name's #xx escapes read as the characters they stand for. */
const unescapeName = (name: string) =>
  name.includes('#')
    ? name.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : name;

/** The pages counted and the active content named in the file's texts. */
function activeContent(parts: string[]): { pages: number; found: Set<string> } {
  let pages = 0;
  const found = new Set<string>();
  for (const part of parts) {
    pages += part.match(PAGE)?.length ?? 0;
    for (const m of part.matchAll(NAME)) {
      const name = unescapeName(m[1] ?? '');
      const what = Object.hasOwn(ACTIVE, name) ? ACTIVE[name] : undefined;
      if (what) found.add(what);
    }
  }
  return { pages, found };
}

export function inspectPdf(bytes: Uint8Array, limits: { minPages: number; maxPages: number }): PdfCheck {
  const problems: PdfCheck['problems'] = [];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    return {
      ok: false,
      pages: 0,
      problems: [{ code: 'notPdf', detail: 'is not a PDF file (it does not start with %PDF-)' }],
    };
  }
  const tail = buf.subarray(Math.max(0, buf.length - 2048)).toString('latin1');
  if (!tail.includes('%%EOF'))
    problems.push({ code: 'truncated', detail: 'is incomplete: the %%EOF marker is missing at the end of the file' });
  const { pages, found } = activeContent(objectTexts(buf));
  if (found.size)
    problems.push({
      code: 'pdfActive',
      detail: `contains ${[...found].join(', ')}: a signed form must be a plain document, print it to PDF again without them`,
    });
  if (pages < limits.minPages)
    problems.push({ code: 'pages', detail: `has ${pages} page(s); at least ${limits.minPages} expected` });
  else if (pages > limits.maxPages)
    problems.push({ code: 'pages', detail: `has ${pages} pages; at most ${limits.maxPages} are accepted` });
  return { ok: problems.length === 0, pages, problems };
}

/** The raw bytes of the first stream that follows `from` (its dictionary holds `from`). */
function streamAfter(buf: Buffer, text: string, from: number): Buffer | null {
  const kw = text.indexOf('stream', from);
  if (kw < 0) return null;
  let start = kw + 'stream'.length;
  if (text[start] === '\r') start++;
  if (text[start] === '\n') start++;
  const dict = text.slice(from, kw);
  // `/Length 12 0 R` points elsewhere: then fall back to the `endstream` keyword.
  const m = dict.match(/\/Length\s+(\d+)(\s+\d+\s+R)?/);
  const length = m && !m[2] ? Number(m[1]) : undefined;
  if (length !== undefined && start + length <= buf.length) return buf.subarray(start, start + length);
  const end = text.indexOf('endstream', start);
  return end < 0 ? null : buf.subarray(start, end);
}

/**
 * How a stored document is served: always as a PDF (never sniffed as another type), named for
 * saving, framed only by our own pages, and with a policy of its own rather than the pages'.
 * Not `sandbox` nor `default-src 'none'`: Chromium's PDF viewer is an internal plugin that
 * either one blocks ("This page has been blocked by Chrome", crbug.com/271452), and a person
 * must be able to read the signed form. Active content is refused at upload (`inspectPdf`).
 */
export const documentHeaders = (filename: string): Record<string, string> => ({
  'Content-Type': 'application/pdf',
  'Content-Disposition': `inline; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
});
