/**
 * What the mandate's PDF says, in reading order, before any layout: headings, paragraphs,
 * label–value rows and the signature boxes. Every text is a whole sentence of the form's
 * catalogs, its key written out in the tables below (never built from a value at run time).
 */
import { displayName, type BrokerIdentity } from '../core/configure.js';
import type { MandateKey } from '../i18n/mandate-form.js';
import type { AccessRequest } from '../model/access-request.js';
import type { Grantor, Mandate, Signature } from '../model/mandate.js';
import type { ContractsScope } from '../model/tree.js';
import type { Kind, Party } from './model.js';

export interface MandatePdfInput {
  /** `access-request`: the person asks access to their own space (000, first row): `mandate` is then an AccessRequest. */
  kind?: 'mandate' | 'access-request';
  mandate: Mandate | AccessRequest;
  /** A whole sentence for a key of the form's catalogs, in the form's locale. */
  t(key: MandateKey, params?: Record<string, string | number>): string;
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

export interface SignatureBox {
  head: string;
  image?: Uint8Array;
  alt?: string;
  lines: string[];
}

export type Block =
  | { k: 'h1' | 'h2' | 'p' | 'meta'; s: string }
  | { k: 'row'; l: string; s: string }
  | { k: 'sigs'; boxes: SignatureBox[] };

const KIND: Record<Kind, MandateKey> = { natural: 'mandate.kind.natural', legal: 'mandate.kind.legal' };
const CONTRACTS: Record<ContractsScope, MandateKey> = {
  all: 'mandate.contracts.all',
  one: 'mandate.contracts.one',
  listed: 'mandate.contracts.listed',
};
const OUTCOME: Record<ContractsScope, MandateKey> = {
  all: 'mandate.pdf.outcome.mandate.all',
  one: 'mandate.pdf.outcome.mandate.one',
  listed: 'mandate.pdf.outcome.mandate.listed',
};
const METHOD: Record<Signature['method'], MandateKey> = {
  drawn: 'mandate.pdf.method.drawn',
  uploaded: 'mandate.pdf.method.uploaded',
  typed: 'mandate.pdf.method.typed',
  qualified: 'mandate.pdf.method.qualified',
};
const SIGNATURE_HEAD: Record<Party | 'requester', MandateKey> = {
  grantor: 'mandate.signature.grantor',
  mandatary: 'mandate.signature.mandatary',
  requester: 'mandate.pdf.signature.requester',
};
/** A legal person's rows, and a natural person's, by the path after the party. */
const LEGAL = ['legalName', 'enterpriseNumber', 'seat'] as const;
const REPRESENTATIVE = ['givenName', 'familyName', 'capacity', 'proof'] as const;

export const isRequest = (i: MandatePdfInput): boolean => i.kind === 'access-request' || 'requester' in i.mandate;
export const titleOf = (i: MandatePdfInput): string =>
  i.title ?? i.t(isRequest(i) ? 'mandate.pdf.requestTitle' : 'mandate.pdf.title');

/** Collects the blocks; a row without a value is left out. */
class Blocks {
  readonly out: Block[] = [];
  constructor(readonly i: MandatePdfInput) {}
  push(...b: Block[]): void {
    this.out.push(...b);
  }
  h2(key: MandateKey): void {
    this.out.push({ k: 'h2', s: this.i.t(key) });
  }
  /** A row labelled by its field path. */
  row(path: string, value: string | undefined): void {
    if (value) this.out.push({ k: 'row', l: this.i.label(path), s: value });
  }
  /** A row labelled by a catalog key. */
  said(key: MandateKey, value: string | undefined): void {
    if (value) this.out.push({ k: 'row', l: this.i.t(key), s: value });
  }
}

function header(b: Blocks): void {
  const i = b.i;
  b.push({ k: 'h1', s: titleOf(i) }, { k: 'meta', s: i.t('mandate.pdf.service', { service: i.serviceName }) });
  if (i.createdAt) b.push({ k: 'meta', s: i.t('mandate.pdf.created', { date: i.dateTime(i.createdAt) }) });
}

function broker(b: Blocks, o: BrokerIdentity | undefined): void {
  if (!o?.name) return;
  b.h2('mandate.pdf.broker');
  b.said('mandate.pdf.broker.name', o.name);
  b.said('mandate.pdf.broker.registration', o.registration);
  b.said('mandate.pdf.broker.address', o.address);
  b.said('mandate.pdf.broker.contact', [o.email, o.phone].filter(Boolean).join(' · '));
}

/** The grantor (or the requester): who gives, or asks, the access. */
function party(b: Blocks, g: Grantor, request: boolean): void {
  const who = request ? 'requester' : 'grantor';
  b.h2(request ? 'mandate.pdf.legend.requester' : 'mandate.legend.grantor');
  b.row(`${who}.kind`, b.i.t(KIND[g.kind]));
  if (g.kind === 'legal') {
    const number = g.enterpriseNumber && `${g.enterpriseNumber}${g.country ? ` (${g.country})` : ''}`;
    for (const f of LEGAL) b.row(`${who}.${f}`, f === 'enterpriseNumber' ? number : g[f]);
    for (const f of REPRESENTATIVE) b.row(`${who}.representative.${f}`, g.representative?.[f]);
  } else {
    b.row(`${who}.givenName`, g.givenName);
    b.row(`${who}.familyName`, g.familyName);
    b.row(`${who}.birthDate`, g.birthDate && b.i.date(g.birthDate));
  }
  for (const f of ['email', 'phone', 'clientRef'] as const) b.row(`${who}.${f}`, g[f]);
}

function mandatary(b: Blocks, m: Mandate | AccessRequest): void {
  if (!('mandatary' in m)) return;
  b.h2('mandate.legend.mandatary');
  for (const f of ['givenName', 'familyName', 'email', 'relation'] as const) b.row(`mandatary.${f}`, m.mandatary[f]);
}

/** The access given (or asked): service, contracts, validity, and what the mandatary may do. */
function access(b: Blocks, m: Mandate | AccessRequest, request: boolean): void {
  const i = b.i;
  const contract = i.contractName ?? ((id: string) => displayName('contracts', id, m.locale ?? 'fr'));
  b.h2(request ? 'mandate.pdf.legend.request' : 'mandate.legend.access');
  b.row('service', i.serviceName);
  b.row('scope.contracts', i.t(CONTRACTS[m.scope.contracts]));
  // A broker files by contract number: the name helps the reader, the number stays.
  const named = (id: string) => (contract(id) === id ? id : `${contract(id)} (${id})`);
  b.row('scope.contractIds', m.scope.contractIds?.map(named).join(', '));
  b.row('scope.includeFuture', i.t(m.scope.includeFuture ? 'mandate.yes' : 'mandate.no'));
  b.row('validFrom', m.validFrom && i.date(m.validFrom));
  const until = 'validUntil' in m ? m.validUntil : undefined;
  if (until) b.row('validUntil', i.date(until));
  else b.said('mandate.pdf.duration', i.t('mandate.pdf.untilRevoked'));
  if (!request && i.clause) {
    b.h2('mandate.pdf.clause');
    b.push({ k: 'p', s: i.clause.may }, { k: 'p', s: i.clause.mayNot });
  }
}

function decision(b: Blocks, scope: ContractsScope): void {
  const i = b.i;
  if (!i.decisionPath?.length) return;
  b.h2('mandate.pdf.decision');
  for (const a of i.decisionPath) b.push({ k: 'row', l: a.question, s: a.answer });
  const o = i.outcome;
  if (o) b.said('mandate.pdf.outcome', i.t(o.mandate ? OUTCOME[o.contracts ?? scope] : 'mandate.pdf.outcome.none'));
}

/** One box per party: signed (by whom, when, how) or left to sign by hand. */
function signatures(b: Blocks, m: Mandate | AccessRequest, request: boolean): void {
  const i = b.i;
  b.push(
    { k: 'h2', s: i.t('mandate.pdf.commitments') },
    { k: 'p', s: i.t(request ? 'mandate.pdf.requestCommitmentsText' : 'mandate.pdf.commitmentsText') },
  );
  b.h2(request ? 'mandate.pdf.signature' : 'mandate.pdf.signatures');
  const signed: { party: string; signerName: string; signedAt: string; method: Signature['method'] }[] = m.signatures;
  const parties = request ? (['requester'] as const) : (['grantor', 'mandatary'] as const);
  const boxes = parties.map((p): SignatureBox => {
    const s = signed.find((x) => x.party === p);
    if (!s) return { head: i.t(SIGNATURE_HEAD[p]), lines: [i.t('mandate.pdf.unsigned')] };
    return {
      head: i.t(SIGNATURE_HEAD[p]),
      image: i.images?.[p],
      alt: i.t('mandate.pdf.signatureAlt', { name: s.signerName }),
      lines: [
        i.t('mandate.pdf.signedBy', { name: s.signerName }),
        i.t('mandate.pdf.signedAt', { date: i.dateTime(s.signedAt) }),
        i.t(METHOD[s.method]),
      ],
    };
  });
  b.push({ k: 'sigs', boxes });
}

/** The document's blocks, in reading order. */
export function blocks(i: MandatePdfInput): Block[] {
  const m = i.mandate;
  const request = isRequest(i);
  const b = new Blocks(i);
  header(b);
  broker(b, i.broker);
  party(b, 'requester' in m ? m.requester : m.grantor, request);
  mandatary(b, m);
  access(b, m, request);
  decision(b, m.scope.contracts);
  signatures(b, m, request);
  return b.out;
}

/** Every text the blocks print (a signature's alternative text is not printed). */
export function strings(bs: Block[]): string[] {
  return bs.flatMap((b) => {
    if (b.k === 'sigs') return b.boxes.flatMap((x) => [x.head, ...x.lines]);
    return b.k === 'row' ? [b.l, b.s] : [b.s];
  });
}

/** The blocks with `f` applied to every printed text; a signature's /Alt is only cleaned. */
export function mapTexts(bs: Block[], f: (s: string) => string, alt: (s: string) => string): Block[] {
  return bs.map((b): Block => {
    if (b.k === 'sigs')
      return {
        ...b,
        boxes: b.boxes.map((x) => ({ ...x, head: f(x.head), alt: x.alt && alt(x.alt), lines: x.lines.map(f) })),
      };
    return b.k === 'row' ? { ...b, l: f(b.l), s: f(b.s) } : { ...b, s: f(b.s) };
  });
}
