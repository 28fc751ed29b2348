// The PDF as an assistive technology reads it (issue 20, RGAA 13.3, PDF/UA-1): the
// structure tree read back with poppler (`pdfinfo -struct-text`), the catalog, the
// figures' alternative text and the XMP read back with qpdf (`qpdf --json`) and
// `pdfinfo -meta`, and every painting operator of the page streams inside marked
// content or an artifact. The mandate comes from the real element, signed with the mouse.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/env.js';
import { pdfTool, resetKit } from '../support/env.js';
import { mandatePdf } from '../../src/mandate-form/pdf.js';
import nlForm from '../../src/i18n/nl/mandate-form.js';
import nlLater from '../../src/i18n/nl/mandate-form-later.js';
import nlReview from '../../src/i18n/nl/mandate-form-review.js';
import { complete, grantorNatural, mandataryFields, mount, nth } from './helpers.js';

type Tool = 'pdfinfo-struct' | 'pdfinfo-meta' | 'qpdf-json' | 'pdftotext' | 'pdfinfo' | 'qpdf';
async function tool(name: Tool, bytes: Uint8Array): Promise<string> {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const r = (await executeServerCommand('pdf-tool', { tool: name, base64: btoa(bin) })) as {
    ok: boolean;
    output: string;
  };
  expect(r.ok, `${name}: ${r.output}`).to.equal(true);
  return r.output;
}

interface Node {
  type: string;
  text?: string;
  kids: Node[];
  attrs: string[];
}
/**
 * `pdfinfo -struct-text` as a tree: two spaces of indentation a level; an element is
 * `Type`, `Type (block)` or `Type:` followed by its attribute lines; a quoted line is the
 * text of the element above it.
 */
function parseStruct(out: string): Node {
  const root: Node = { type: '#root', kids: [], attrs: [] };
  const stack: { depth: number; node: Node }[] = [{ depth: -1, node: root }];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const depth = line.search(/\S/) / 2;
    const s = line.trim();
    while (stack.length > 1 && nth(stack, stack.length - 1).depth >= depth) stack.pop();
    const parent = nth(stack, stack.length - 1).node;
    if (s.startsWith('"')) parent.text = s.slice(1, -1);
    else if (s.startsWith('/')) parent.attrs.push(s);
    else {
      const node: Node = { type: s.replace(/[:\s].*$/, ''), kids: [], attrs: [] };
      parent.kids.push(node);
      stack.push({ depth, node });
    }
  }
  return root;
}
const all = (n: Node): Node[] => [n, ...n.kids.flatMap(all)];
const texts = (n: Node): string[] => all(n).flatMap((x) => (x.text !== undefined ? [x.text.trim()] : []));
const one = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The objects of `qpdf --json` (version 2), by id. */
async function objects(bytes: Uint8Array): Promise<Record<string, { value?: Record<string, unknown> }>> {
  const json = JSON.parse(await tool('qpdf-json', bytes)) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
  };
  return json.qpdf[1];
}
const values = (objs: Record<string, { value?: Record<string, unknown> }>) =>
  Object.values(objs).flatMap((o) =>
    o.value && typeof o.value === 'object' && !Array.isArray(o.value) ? [o.value] : [],
  );

/**
 * Walks each page's content streams: every operator that paints (text, image, path) must
 * sit inside a `BDC` (a structure element's MCID, or an /Artifact). Returns what does not.
 */
async function untagged(bytes: Uint8Array): Promise<string[]> {
  const { PDFDocument, PDFArray, decodePDFRawStream } = await import('pdf-lib');
  const doc = await PDFDocument.load(bytes);
  const bad: string[] = [];
  doc.getPages().forEach((p, n) => {
    const c = p.node.Contents()!;
    const streams = c instanceof PDFArray ? c.asArray() : [c];
    const open: string[] = [];
    for (const ref of streams) {
      const text = new TextDecoder('latin1').decode(
        decodePDFRawStream(doc.context.lookup(ref) as Parameters<typeof decodePDFRawStream>[0]).decode(),
      );
      for (const line of text.split('\n')) {
        const op = line.trim().split(/\s+/).pop() ?? '';
        if (op === 'BDC' || op === 'BMC') open.push(line);
        else if (op === 'EMC') open.pop();
        else if (['Tj', 'TJ', "'", '"', 'Do', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh'].includes(op)) {
          const marked = open.some((o) => /\/MCID \d+/.test(o) || o.startsWith('/Artifact'));
          if (!marked) bad.push(`page ${n + 1}: ${line}`);
        }
      }
    }
    if (open.length) bad.push(`page ${n + 1}: ${open.length} marked-content sequence(s) left open`);
  });
  return bad;
}

describe('the mandate PDF, tagged for assistive technologies', () => {
  beforeEach(resetKit);

  it('has a structure tree in reading order: headings, a table per part, figures with alternative text, the footer as artifacts', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    await complete(el, grantorNatural(), mandataryFields());
    const doc = nth(await el.documents(), 0, 'document');
    const bytes = new Uint8Array(await doc.blob.arrayBuffer());

    const info = await tool('pdfinfo', bytes);
    expect(info).to.match(/Tagged:\s+yes/);
    const title = (info.match(/Title:\s+(.*)/)?.[1] ?? '').trim();
    expect(title).to.equal('Mandat d’accès à un service en ligne · espace-client');

    const tree = parseStruct(await tool('pdfinfo-struct', bytes));
    expect(tree.kids.map((k) => k.type)).to.deep.equal(['Document']);
    const body = nth(tree.kids, 0, 'Document').kids;
    // The first element is the title, as an H1; the parts are H2 in the order they are printed.
    expect(nth(body, 0).type).to.equal('H1');
    expect(one(nth(body, 0).text ?? '')).to.equal('Mandat d’accès à un service en ligne');
    expect(body.filter((k) => k.type === 'H1').length).to.equal(1);
    expect(body.filter((k) => k.type === 'H2').map((k) => one(k.text!))).to.deep.equal([
      'Le mandant : la personne qui donne l’accès',
      'Le mandataire : la personne qui reçoit l’accès',
      'L’accès donné',
      'Ce que le mandataire peut faire',
      'Engagements',
      'Signatures',
    ]);
    // Each part's label–value rows are a table: TH (a row header) then TD, in one TR.
    const tables = body.filter((k) => k.type === 'Table');
    expect(tables.length).to.equal(3);
    const rows = (t: Node) =>
      t.kids.map((tr) => {
        expect(tr.type).to.equal('TR');
        return tr.kids.map((c) => `${c.type}:${one(c.text ?? '')}`);
      });
    expect(rows(nth(tables, 0, 'table'))).to.deep.include.members([
      ['TH:Prénom', 'TD:Anne'],
      ['TH:Nom de famille', 'TD:Dupont'],
      ['TH:Adresse e-mail du mandant', 'TD:anne.dupont@example.com'],
    ]);
    expect(rows(nth(tables, 1, 'table'))).to.deep.include(['TH:Nom de famille', 'TD:Janssens']);
    for (const th of all(tree).filter((n) => n.type === 'TH')) expect(th.attrs).to.include('/Scope /Row');
    // The signatures: one group each, heading, the image as a Figure, then who, when, how.
    const boxes = body.filter((k) => k.type === 'Div');
    expect(boxes.map((d) => d.kids.map((k) => k.type))).to.deep.equal([
      ['H3', 'Figure', 'P', 'P', 'P'],
      ['H3', 'Figure', 'P', 'P', 'P'],
    ]);
    expect(boxes.map((d) => one(nth(d.kids, 0).text ?? ''))).to.deep.equal([
      'Signature du mandant',
      'Signature du mandataire',
    ]);
    expect(one(nth(nth(boxes, 0, 'box').kids, 2).text ?? '')).to.equal('Signé par Anne Dupont');

    // Reading order is the visual order: the structure's texts come in the order pdftotext
    // (which reads the page top to bottom) prints them, up to the two signature columns.
    const page = one((await pdfTool('pdftotext', bytes)).output);
    const read = texts(tree).map(one).filter(Boolean);
    let at = 0;
    for (const s of read.slice(0, read.indexOf('Signature du mandant'))) {
      const found = page.indexOf(s, at);
      expect(found, `"${s}" after position ${at}`).to.be.at.least(0);
      at = found + s.length;
    }
    // Nothing a reader needs is outside the tree; the footer (hash, document id, page n / N) is an artifact.
    const tagged = read.join(' ');
    for (const s of ['anne.dupont@example.com', 'bram.janssens@example.com', 'Signé par Bram Janssens', 'comptable'])
      expect(tagged).to.contain(s);
    expect(tagged).not.to.match(/Page \d \/ \d/);
    expect(tagged).not.to.contain(doc.dataHash);
    expect(page).to.match(/Page 1 \/ \d/);
    expect(await untagged(bytes)).to.deep.equal([]);

    // The catalog and the figures, as qpdf reads them.
    const objs = values(await objects(bytes));
    const catalog = objs.find((o) => o['/Type'] === '/Catalog')!;
    expect(catalog['/Lang']).to.equal('u:fr');
    expect(catalog['/MarkInfo']).to.deep.equal({ '/Marked': true });
    expect(catalog['/StructTreeRoot']).to.be.a('string');
    expect(catalog['/Metadata']).to.be.a('string');
    const prefs = catalog['/ViewerPreferences'];
    const prefsValue =
      typeof prefs === 'string' ? values({ x: (await objects(bytes))[`obj:${prefs}`] ?? {} })[0] : prefs;
    expect(prefsValue).to.deep.include({ '/DisplayDocTitle': true });
    const root = objs.find((o) => o['/Type'] === '/StructTreeRoot')!;
    const nums = (root['/ParentTree'] as { '/Nums': unknown[] })['/Nums'];
    const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
    expect(nums.filter((x) => typeof x === 'number')).to.deep.equal([...Array(pages).keys()]);
    expect(root['/ParentTreeNextKey']).to.equal(pages);
    const figures = objs.filter((o) => o['/S'] === '/Figure');
    expect(figures.map((f) => f['/Alt'])).to.deep.equal(['u:Signature de Anne Dupont', 'u:Signature de Bram Janssens']);
    for (const f of figures) expect((f['/A'] as Record<string, unknown>)['/BBox']).to.have.length(4);
    expect(objs.filter((o) => o['/Type'] === '/Page').map((p) => p['/StructParents'])).to.deep.equal([
      ...Array(pages).keys(),
    ]);

    // XMP: the same title, and the PDF/UA-1 identification.
    const xmp = await tool('pdfinfo-meta', bytes);
    expect(xmp).to.contain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).to.contain(`<rdf:li xml:lang="x-default">${title}</rdf:li>`);
    expect(await tool('qpdf', bytes)).to.contain('No syntax or stream encoding errors');
  });

  it('tags an access request in Dutch: /Lang nl, one signature whose alternative text is Dutch, every letter of Dvořák kept', async () => {
    const form = { ...nlForm, ...nlLater } as Record<string, string>;
    const review = nlReview as Record<string, string>;
    const t = (key: string, p: Record<string, string | number> = {}) =>
      (review[key] ?? form[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => (n in p ? String(p[n]) : m));
    const label = (path: string) => form[`mandate.${path}`] ?? form[`mandate.${path.split('.').pop()}`] ?? path;
    const date = (d: string) => new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(new Date(d));
    const c = Object.assign(document.createElement('canvas'), { width: 120, height: 40 });
    c.getContext('2d')!.fillRect(10, 10, 100, 20);
    const png = new Uint8Array(await (await fetch(c.toDataURL('image/png'))).arrayBuffer());
    const bytes = await mandatePdf({
      kind: 'access-request',
      t,
      label,
      date,
      dateTime: date,
      mandate: {
        service: 'espace-client',
        requester: { kind: 'natural', givenName: 'Antonín', familyName: 'Dvořák', email: 'a.dvorak@example.com' },
        scope: { contracts: 'all', includeFuture: true },
        signatures: [
          { party: 'requester', method: 'drawn', signerName: 'Antonín Dvořák', signedAt: '2026-11-30T10:00:00.000Z' },
        ],
        locale: 'nl',
      } as never,
      serviceName: 'Online klantenzone',
      images: { requester: png },
      dataHash: 'c'.repeat(64),
    });
    const tree = parseStruct(await tool('pdfinfo-struct', bytes));
    const body = nth(tree.kids, 0, 'Document').kids;
    expect(one(nth(body, 0).text ?? '')).to.equal('Aanvraag voor toegang tot een onlinedienst');
    expect(body.filter((k) => k.type === 'Div').length).to.equal(1);
    expect(texts(tree).map(one)).to.include('Dvořák');
    const objs = values(await objects(bytes));
    expect(objs.find((o) => o['/Type'] === '/Catalog')!['/Lang']).to.equal('u:nl');
    expect(objs.filter((o) => o['/S'] === '/Figure').map((f) => f['/Alt'])).to.deep.equal([
      'u:Handtekening van Antonín Dvořák',
    ]);
    expect(await untagged(bytes)).to.deep.equal([]);
    expect(await tool('pdfinfo-meta', bytes)).to.contain('<pdfuaid:part>1</pdfuaid:part>');
  });
});
