// What a person does with the sheet once it is shown (a request's receipt, the JSON, the PDF summary): loaded with the
// first such action, beside the texts of what a person does (myDataActCatalog).
import type { BackendController } from '../core/backend-controller.js';
import type { ProblemError } from '../core/errors.js';
import { emit } from '../core/events.js';
import type { MyData, RightsReceipts, RightsRequest } from '../model/rights.js';
import type { MyDataLocalize, MyDataTexts } from './texts.js';

export interface ActHost {
  el: HTMLElement;
  l: MyDataLocalize;
  texts: MyDataTexts;
  backend: BackendController;
  /** A backend link resolved like the backend's other paths. */
  href(url: string): string;
  say(n: { kind: 'status' | 'error'; text: string }): void;
}

/** A failed download, shown and told to the page (`procura-error`). */
function fail(h: ActHost, kind: 'receipt' | 'pdf', text: string, e: unknown): void {
  h.say({ kind: 'error', text });
  // By name: the error classes load with the backend client.
  const status = (e as Error | undefined)?.name === 'ProblemError' ? (e as ProblemError).status : undefined;
  emit(h.el, 'procura-error', { kind, error: { message: text, ...(status !== undefined && { status }) } });
}

/** `GET /requests/{id}/receipt` (its `receiptUrl`), saved as a JSON file. */
export async function receipt(h: ActHost, r: RightsRequest): Promise<void> {
  try {
    const res = await h.backend.fetchResponse(h.href(r.receiptUrl), { retries: 1 });
    const receipts = (await res.json()) as RightsReceipts;
    const name = `procura-recu-${r.reference}.json`;
    saveFile(name, new Blob([JSON.stringify(receipts, null, 2)], { type: 'application/json' }));
    h.say({ kind: 'status', text: h.l.t('mydata.download.done', { name }) });
  } catch (e) {
    fail(h, 'receipt', h.l.t('rights.receiptFailed', { reason: h.backend.problemMessage(e) }), e);
  }
}

/** The PDF engine and the font load only now (a lazy chunk). */
export async function downloadPdf(h: ActHost, d: MyData): Promise<void> {
  h.say({ kind: 'status', text: h.l.t('mydata.download.pdfMaking') });
  try {
    const { summaryPdf } = await import('./pdf.js');
    const name = fileName(d, 'pdf');
    saveFile(name, new Blob([await summaryPdf(d, h.l, h.texts)], { type: 'application/pdf' }));
    h.say({ kind: 'status', text: h.l.t('mydata.download.done', { name }) });
  } catch (e) {
    const reason = (e as Error).name === 'ProblemError' ? h.backend.problemMessage(e) : (e as Error).message;
    fail(h, 'pdf', h.l.t('mydata.download.pdfFailed', { reason }), e);
  }
}

/** Everything, as JSON. */
export function downloadJson(h: ActHost, d: MyData): Promise<void> {
  const name = fileName(d, 'json');
  saveFile(name, new Blob([JSON.stringify(d, null, 2)], { type: 'application/json' }));
  h.say({ kind: 'status', text: h.l.t('mydata.download.done', { name }) });
  return Promise.resolve();
}

/** Saves bytes as a file the person downloads. */
function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `procura-mes-donnees-2026-12-01.json`: the day of the sheet, never a name. */
export function fileName(data: MyData, ext: 'json' | 'pdf'): string {
  return `procura-mes-donnees-${data.generatedAt.slice(0, 10)}.${ext}`;
}
