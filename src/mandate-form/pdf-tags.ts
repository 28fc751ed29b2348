/**
 * Tagged PDF (ISO 32000-1 §14.7–14.8) on top of pdf-lib, which has no tagging API: the
 * structure tree, the parent tree, marked content in the page streams, artifacts, and
 * the catalog entries and XMP that PDF/UA-1 (ISO 14289-1) asks for. Used by `pdf.ts`
 * only, so it is part of the same lazy chunk.
 *
 * How it works: the layout opens structure elements (`elem`) and draws every piece of
 * content inside `mark` (a `BDC /<Tag> <</MCID n>> … EMC` around pdf-lib's own
 * operators, linked to the element) or `artifact` (`/Artifact BDC … EMC`: rules, boxes,
 * the footer). The tree is kept as plain objects and written once by `finish`.
 */
import {
  type PDFArray,
  type PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFRef,
  PDFString,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';

/** The standard structure types the mandate uses (no role map needed). */
export type StructType =
  'Document' | 'Sect' | 'Div' | 'H1' | 'H2' | 'H3' | 'P' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure';

export interface StructElem {
  type: StructType;
  ref: PDFRef;
  parent?: StructElem;
  /** Children in reading order: elements, or marked content on a page. */
  kids: (StructElem | { page: PDFPage; mcid: number })[];
  /** `/Alt` (a Figure's alternative text). */
  alt?: string;
  /** `/A`: layout or table attributes, e.g. `{ O: 'Table', Scope: 'Row' }`. */
  attrs?: Record<string, string | number[]>;
}

const op = (name: PDFOperatorNames, ...args: (string | PDFName)[]) => PDFOperator.of(name, args);

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class Tagger {
  readonly root: StructElem;
  private readonly pages = new Map<PDFPage, StructElem[]>();

  constructor(private readonly doc: PDFDocument) {
    this.root = { type: 'Document', ref: doc.context.nextRef(), kids: [] };
  }

  /** A new structure element, appended to `parent` (the Document by default). */
  elem(type: StructType, parent: StructElem = this.root, extra: Pick<StructElem, 'alt' | 'attrs'> = {}): StructElem {
    const e: StructElem = { type, ref: this.doc.context.nextRef(), parent, kids: [], ...extra };
    parent.kids.push(e);
    return e;
  }

  /** Draws `draw`'s content on `page` as one marked-content sequence belonging to `e`. */
  mark(page: PDFPage, e: StructElem, draw: () => void): void {
    let owners = this.pages.get(page);
    if (!owners) this.pages.set(page, (owners = []));
    const mcid = owners.length;
    owners.push(e);
    e.kids.push({ page, mcid });
    // The property list goes inline as a raw operand: pdf-lib writes string operands verbatim.
    page.pushOperators(op(PDFOperatorNames.BeginMarkedContentSequence, PDFName.of(e.type), `<</MCID ${mcid}>>`));
    draw();
    page.pushOperators(op(PDFOperatorNames.EndMarkedContent));
  }

  /** Draws `draw`'s content as an artifact: page furniture that is not part of the reading. */
  artifact(page: PDFPage, kind: 'Layout' | 'Pagination', draw: () => void, subtype?: 'Footer' | 'Header'): void {
    const props = `<</Type /${kind}${subtype ? ` /Subtype /${subtype}` : ''}>>`;
    page.pushOperators(op(PDFOperatorNames.BeginMarkedContentSequence, PDFName.of('Artifact'), props));
    draw();
    page.pushOperators(op(PDFOperatorNames.EndMarkedContent));
  }

  /**
   * Writes the tree and what PDF/UA-1 asks of the catalog: `/StructTreeRoot` with its
   * `/ParentTree`, `/MarkInfo << /Marked true >>`, `/Lang`, `/ViewerPreferences <<
   * /DisplayDocTitle true >>`, and an XMP packet with `dc:title` and `pdfuaid:part 1`.
   * Call it after the last page is drawn; `title` must be the info dictionary's title.
   */
  finish(meta: { title: string; lang: string; producer: string; created?: string }): void {
    const { context, catalog } = this.doc;
    const treeRef = context.nextRef();
    const pageCount = this.doc.getPageCount();
    const nums = this.parentTree();
    this.write(this.root, treeRef);
    context.assign(
      treeRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.root.ref,
        ParentTree: context.obj({ Nums: nums }),
        ParentTreeNextKey: pageCount,
      }),
    );
    catalog.set(PDFName.of('StructTreeRoot'), treeRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
    catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
    // Uncompressed, as PDF/A and most validators expect the packet to be readable as is.
    const metadata = context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
    catalog.set(PDFName.of('Metadata'), context.register(metadata));
  }

  /** Each page's marked contents, in MCID order, for `/ParentTree`. */
  private parentTree(): (PDFNumber | PDFArray)[] {
    const { context } = this.doc;
    const nums: (PDFNumber | PDFArray)[] = [];
    this.doc.getPages().forEach((page, n) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(n));
      // Tab order follows the structure (PDF/UA 7.18.3; there are no annotations yet, a sealing step may add some).
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      nums.push(PDFNumber.of(n), context.obj((this.pages.get(page) ?? []).map((e) => e.ref)));
    });
    return nums;
  }

  /** Writes a structure element and, below it, its kids. */
  private write(e: StructElem, parent: PDFRef): void {
    const { context } = this.doc;
    const marked = e.kids.filter((k): k is { page: PDFPage; mcid: number } => !('type' in k));
    const pg = marked[0]?.page;
    const kids = e.kids.map((k) => {
      if ('type' in k) return k.ref;
      // A bare MCID when the content is on the element's own /Pg, a marked-content reference otherwise.
      return k.page === pg ? PDFNumber.of(k.mcid) : context.obj({ Type: 'MCR', Pg: k.page.ref, MCID: k.mcid });
    });
    const dict = context.obj({ Type: 'StructElem', S: e.type, P: parent }) as PDFDict;
    dict.set(PDFName.of('K'), kids.length === 1 && kids[0] ? kids[0] : context.obj(kids));
    if (pg) dict.set(PDFName.of('Pg'), pg.ref);
    if (e.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(e.alt));
    if (e.attrs) {
      const a = context.obj({}) as PDFDict;
      for (const [k, v] of Object.entries(e.attrs))
        a.set(PDFName.of(k), Array.isArray(v) ? context.obj(v.map((x) => Math.round(x * 100) / 100)) : PDFName.of(v));
      dict.set(PDFName.of('A'), a);
    }
    context.assign(e.ref, dict);
    for (const k of e.kids) if ('type' in k) this.write(k, e.ref);
  }
}

/** The XMP packet: title, language, producer, creation date and the PDF/UA identification. */
function xmpPacket({
  title,
  lang,
  producer,
  created,
}: {
  title: string;
  lang: string;
  producer: string;
  created?: string;
}): string {
  const date = created ? `<xmp:CreateDate>${xmlEscape(created)}</xmp:CreateDate>` : '';
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${xmlEscape(lang)}</rdf:li></rdf:Bag></dc:language>
<dc:format>application/pdf</dc:format>
<pdf:Producer>${xmlEscape(producer)}</pdf:Producer>${date}
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
