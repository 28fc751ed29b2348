/**
 * The receipt a person keeps: the server answers each consent record, mandate and access request
 * with a JWS it signed (server/proof/receipt.ts). The elements offer it as a file
 * (`procura-preuve-<id>.json`) holding the JWS and, for reading, its decoded payload;
 * `procura verify` checks the file offline against the server's published key.
 */
import { html, nothing, type TemplateResult } from './reactive.js';
import type { LocalizeController } from './localize.js';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** The receipt in a backend answer, when it has one. */
export function receiptOf(response: unknown): string | undefined {
  const r = (response as { receipt?: unknown } | null | undefined)?.receipt;
  return typeof r === 'string' && COMPACT_JWS.test(r) ? r : undefined;
}

function decodePayload(jws: string): unknown {
  const part = jws.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(part + '='.repeat((4 - (part.length % 4)) % 4)), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The downloadable file: the JWS and its payload, as JSON a person (and `procura verify`) can read. */
export function receiptFile(jws: string): Blob {
  return new Blob([JSON.stringify({ procura: 'receipt', jws, payload: decodePayload(jws) }, null, 2) + '\n'], {
    type: 'application/json',
  });
}

// One object URL per receipt for the page's life: a receipt is a few hundred bytes.
const urls = new Map<string, string>();
function urlOf(jws: string): string {
  let url = urls.get(jws);
  if (!url) urls.set(jws, (url = URL.createObjectURL(receiptFile(jws))));
  return url;
}

/** "Download my proof": a link to the receipt file, or nothing when the answer carries none. */
export function receiptLink(localize: LocalizeController, response: unknown): TemplateResult | typeof nothing {
  const jws = receiptOf(response);
  if (!jws) return nothing;
  const payload = decodePayload(jws) as { recordId?: unknown; grantId?: unknown };
  const id = String(payload.recordId ?? payload.grantId ?? '');
  const safeId = id.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) || 'recu';
  return html`<p class="receipt" part="receipt">
    <a part="receipt-link" href=${urlOf(jws)} download=${`procura-preuve-${safeId}.json`}>${localize.t('core.receipt.download')}</a>
    <span class="receipt-hint">${localize.t('core.receipt.hint')}</span>
  </p>`;
}
