/**
 * A specimen of the form's PDF: what its configuration prints (title, the service's name, the
 * broker, the clause, the logo) around a mandate left blank, to be read before the form goes on
 * a site (`<procura-studio>`'s preview). Nobody's data: the people's fields are dotted lines and
 * the signature boxes are empty. Loaded with `import()` from `ProcuraMandateForm.specimenPdf()`.
 */
import { canonicalJson, sha256Hex } from '../core/crypto.js';
import { getConfiguration } from '../core/configure.js';
import { pick } from '../model/localized.js';
import type { Mandate } from '../model/mandate.js';
import { clauseFor } from './clauses.js';
import { readLogo } from './make-document.js';
import type { MandatePdfInput } from './pdf.js';
import type { FormTexts } from './texts.js';
import type { MandateFormConfig } from './config.js';

const BLANK = '……………………';

function blankMandate(service: string, locale: string, cfg: MandateFormConfig): Mandate {
  const contracts = cfg.contracts ?? 'all';
  return {
    service,
    grantor: { kind: 'natural', givenName: BLANK, familyName: BLANK, email: BLANK },
    mandatary: { givenName: BLANK, familyName: BLANK, email: BLANK },
    scope: { contracts, ...(contracts === 'all' ? { includeFuture: true } : { contractIds: [BLANK] }) },
    signatures: [],
    locale,
  };
}

/** The specimen's PDF bytes, in the texts' language. */
export async function specimenPdf(o: { texts: FormTexts; cfg: MandateFormConfig; service: string }): Promise<Blob> {
  const { texts, cfg, service } = o;
  const l = texts.localize;
  const locale = l.locale;
  const mandate = blankMandate(service, locale, cfg);
  const [{ mandatePdf }, logo, dataHash] = await Promise.all([
    import('./pdf.js'),
    readLogo(cfg.logoUrl),
    sha256Hex(canonicalJson(mandate)),
  ]);
  const input: MandatePdfInput = {
    kind: 'mandate',
    mandate,
    t: (k, p) => l.t(k, p),
    label: (p) => texts.label(p),
    date: (d) => l.date(d),
    dateTime: (d) => l.date(d, { dateStyle: 'long', timeStyle: 'short' }),
    title: cfg.title ? pick(cfg.title, locale) : l.t('mandate.pdf.title'),
    serviceName: texts.serviceName(service),
    broker: cfg.broker ?? getConfiguration().broker,
    clause: clauseFor(service, locale, cfg.clauses),
    logo,
    fontUrl: cfg.fontUrl,
    dataHash,
    createdAt: new Date().toISOString(),
  };
  return new Blob([new Uint8Array(await mandatePdf(input))], { type: 'application/pdf' });
}
