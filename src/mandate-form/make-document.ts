/**
 * One service's document: the mandate (or access request) as data, its PDF from the lazy PDF
 * engine, and the hashes that bind them. Loaded with the review chunk.
 */
import { canonicalJson, sha256Hex } from '../core/crypto.js';
import { displayName, getConfiguration } from '../core/configure.js';
import type { LocalizeController } from '../core/localize.js';
import { readBytes } from '../core/read.js';
import { pick } from '../model/localized.js';
import type { Mandate } from '../model/mandate.js';
import type { AccessRequest } from '../model/access-request.js';
import type { MandateKey, MandateTextKey } from '../i18n/mandate-form.js';
import { clauseFor } from './clauses.js';
import { pdfImage } from './images.js';
import type { MandatePdfInput } from './pdf.js';
import type { FlowController } from './flow.js';
import type { FormTexts } from './texts.js';
import type { MandateFormConfig } from './config.js';
import type { FormDocument } from './types.js';

/** What every document of one preparation shares: the engine, the images, the texts. */
export interface Batch {
  mandatePdf(input: MandatePdfInput): Promise<Uint8Array>;
  images: { grantor?: Uint8Array; mandatary?: Uint8Array };
  logo?: Uint8Array;
  cfg: MandateFormConfig;
  texts: FormTexts;
  createdAt: string;
}

/** The site's logo (PNG or JPEG), when configured; a logo that cannot be read is left out. */
export async function readLogo(url: string | undefined): Promise<Uint8Array | undefined> {
  if (!url) return undefined;
  return readBytes(url).catch(() => undefined);
}

/** Loads the PDF engine and turns the kept signatures into PDF images. */
export async function startBatch(flow: FlowController, texts: FormTexts, cfg: MandateFormConfig): Promise<Batch> {
  const { grantor: gs, mandatary: ms } = flow.sigs;
  const [{ mandatePdf }, logo] = await Promise.all([import('./pdf.js'), readLogo(cfg.logoUrl)]);
  const [grantor, mandatary] = await Promise.all([gs?.png && pdfImage(gs.png), ms?.png && pdfImage(ms.png)]);
  const images = { grantor: grantor || undefined, mandatary: mandatary || undefined };
  return { mandatePdf, images, logo, cfg, texts, createdAt: new Date().toISOString() };
}

function pdfTexts(l: LocalizeController<MandateTextKey>) {
  return {
    t: (k: MandateKey, p?: Record<string, string | number>) => l.t(k, p),
    date: (d: string) => l.date(d),
    dateTime: (d: string) => l.date(d, { dateStyle: 'long', timeStyle: 'short' }),
  };
}

/** The PDF engine's input for one service's mandate or request. */
function pdfInput(b: Batch, flow: FlowController, service: string, mandate: Mandate | AccessRequest, request: boolean) {
  const l = b.texts.localize;
  const locale = l.locale;
  const named = b.texts.serviceName(service);
  const result = flow.decision?.result;
  // The site's `title` names its mandate; an access request always says what it is.
  const siteTitle = b.cfg.title ? pick(b.cfg.title, locale) : l.t('mandate.pdf.title');
  return {
    kind: request ? ('access-request' as const) : ('mandate' as const),
    mandate,
    ...pdfTexts(l),
    label: (p: string) => b.texts.label(p),
    title: request ? l.t('mandate.pdf.requestTitle') : siteTitle,
    serviceName: named !== service ? named : displayName('services', service, locale),
    contractName: (id: string) => displayName('contracts', id, locale),
    broker: b.cfg.broker ?? getConfiguration().broker,
    clause: clauseFor(service, locale, b.cfg.clauses),
    logo: b.logo,
    images: request ? { requester: b.images.grantor } : { grantor: b.images.grantor, mandatary: b.images.mandatary },
    decisionPath: flow.path?.slice(0, -1).map(([q, a]) => ({ question: pick(q, locale), answer: pick(a, locale) })),
    outcome: result && { mandate: result.mandate, contracts: result.contracts },
    fontUrl: b.cfg.fontUrl,
    createdAt: b.createdAt,
  };
}

/** One service's document, its PDF made and hashed. */
export async function makeDocument(b: Batch, flow: FlowController, service: string): Promise<FormDocument> {
  const request = flow.accessRequestFor(service);
  const mandate = request ?? flow.mandateFor(service);
  const dataHash = await sha256Hex(canonicalJson(mandate));
  const documentId = crypto.randomUUID();
  const input: MandatePdfInput = { ...pdfInput(b, flow, service, mandate, !!request), dataHash, documentId };
  const pdf = new Uint8Array(await b.mandatePdf(input));
  const sha256 = await sha256Hex(pdf);
  const blob = new Blob([pdf], { type: 'application/pdf' });
  const key = request ? 'mandate.pdf.requestFilename' : 'mandate.pdf.filename';
  const filename = b.texts.localize.t(key, { service: service.replace(/[^\w.-]+/g, '-') });
  const common = { service, blob, url: URL.createObjectURL(blob), filename, sha256, dataHash, documentId };
  return request
    ? { ...common, request: { ...request, document: { sha256 } } }
    : { ...common, mandate: { ...(mandate as Mandate), document: { sha256 } } };
}
