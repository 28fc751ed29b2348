/**
 * The evidence of one grant (proof-spec "Evidence export"): its trail, its signed checkpoints,
 * the hashes of its documents recomputed from the stored bytes, and what a verifier concludes,
 * with one plain sentence per event saying what it attests, in the reader's language.
 *
 * Verification trusts nothing the database says about itself: it recomputes every link, the
 * mandate body's and both PDFs' SHA-256 from the stored bytes, compares the grant row with the
 * state the events describe, and the trail with the latest checkpoint signed by the proof key.
 */
import type { JWK } from 'jose';
import { canonicalJson, contentDifferences, sha256, stateFromEvents, verifyChain, type GrantFacts } from '../chain.js';
import type { Lang } from '../i18n.js';
import type { EventRow, GrantRow, Store } from '../store/index.js';
import { sealedDocument } from '../store/seals.js';
import { checkGrantCheckpoints } from './checkpoints.js';

export interface Verification {
  valid: boolean;
  chain: 'valid' | 'broken';
  content: 'matches' | 'differs';
  document: 'matches' | 'differs' | 'missing';
  checkpoint: 'matches' | 'missing' | 'differs';
  problems: { code: string; detail: string }[];
}

export interface DocumentEvidence {
  originalSha256: string | null;
  recomputedOriginalSha256: string | null;
  sealedSha256: string | null;
  recomputedSealedSha256: string | null;
  sealLevel: string | null;
  sealedAt: string | null;
}

export interface TrailEvent {
  seq: number;
  type: string;
  at: string;
  actor: string;
  data: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
}

const toTrail = (e: EventRow): TrailEvent => ({
  seq: e.seq,
  type: e.type,
  at: new Date(e.at).toISOString(),
  actor: e.actor,
  data: e.data ?? null,
  prevHash: e.prev_hash,
  hash: e.hash,
});

const rowFacts = (g: GrantRow): GrantFacts => ({
  kind: g.kind,
  grantorKey: g.grantor_key,
  grantorDisplay: g.grantor_display,
  mandataryKey: g.mandatary_key,
  mandatary: g.mandatary,
  service: g.service,
  scope: g.scope,
  validUntil: g.valid_until,
  status: g.status,
  revokedBy: g.revoked_by,
  documentSha256: g.document_sha256,
});

/** Everything the verification of `g` reads, read once. */
export async function gatherEvidence(store: Store, g: GrantRow) {
  const [rows, checkpoints, body, original, sealed] = await Promise.all([
    store.events(g.id),
    store.checkpoints(g.id),
    store.mandateBody(g.mandate_id),
    store.document(g.mandate_id),
    sealedDocument(store.db, g.mandate_id),
  ]);
  return { grant: g, events: rows.map(toTrail), checkpoints, body, original, sealed };
}

export type Gathered = Awaited<ReturnType<typeof gatherEvidence>>;

export async function verifyGathered(
  ev: Gathered,
  keys: readonly JWK[],
): Promise<{ verification: Verification; document: DocumentEvidence }> {
  const problems: Verification['problems'] = [];
  const { grant: g, events } = ev;

  const links = verifyChain(events.map((e) => ({ ...e, grantId: g.id })));
  const chain = links.valid ? 'valid' : 'broken';
  if (!links.valid)
    problems.push({
      code: 'chain-broken',
      detail: events.length
        ? 'A stored hash or link of the trail does not match the events it covers.'
        : 'The grant has no trail.',
    });

  const trail = stateFromEvents(events.map((e) => ({ ...e, grantId: g.id })));
  let content: Verification['content'] = 'matches';
  if (!trail) {
    content = 'differs';
    problems.push({
      code: 'created-without-content',
      detail: 'The trail does not start with a creation event that records the mandate, the parties and the document.',
    });
  } else {
    for (const field of contentDifferences(rowFacts(g), trail)) {
      content = 'differs';
      problems.push({ code: 'content-differs', detail: `The grant's ${field} is not what its trail records.` });
    }
    if (ev.body === null || sha256(canonicalJson(ev.body)) !== trail.created.mandateSha256) {
      content = 'differs';
      problems.push({
        code: 'mandate-differs',
        detail: 'The stored mandate body does not hash to the SHA-256 recorded at creation.',
      });
    }
  }

  const created = trail?.created as { documentSha256?: string; sealedSha256?: string; sealLevel?: string } | undefined;
  const originalSha256 = created?.documentSha256 ?? g.document_sha256;
  const recomputedOriginal = ev.original ? sha256(ev.original.bytes) : null;
  const recomputedSealed = ev.sealed ? sha256(ev.sealed.bytes) : null;
  let document: Verification['document'] = 'matches';
  if (!ev.original) {
    document = 'missing';
    problems.push({ code: 'document-missing', detail: 'The original PDF is not stored.' });
  } else if (recomputedOriginal !== originalSha256) {
    document = 'differs';
    problems.push({
      code: 'document-differs',
      detail: 'The stored original PDF does not hash to the SHA-256 recorded at creation.',
    });
  }
  if (created?.sealedSha256) {
    if (!ev.sealed) {
      if (document === 'matches') document = 'missing';
      problems.push({ code: 'sealed-missing', detail: 'The sealed copy recorded at creation is not stored.' });
    } else if (recomputedSealed !== created.sealedSha256 || ev.sealed.originalSha256 !== originalSha256) {
      document = 'differs';
      problems.push({
        code: 'sealed-differs',
        detail: 'The stored sealed copy does not hash to the SHA-256 recorded at creation.',
      });
    }
  } else if (ev.sealed && trail) {
    document = 'differs';
    problems.push({
      code: 'sealed-differs',
      detail: 'A sealed copy is stored that the creation event does not record.',
    });
  }

  const cp = await checkGrantCheckpoints(g.id, ev.checkpoints, events, keys);
  problems.push(...cp.problems);

  return {
    verification: {
      valid: chain === 'valid' && content === 'matches' && document === 'matches' && cp.checkpoint === 'matches',
      chain,
      content,
      document,
      checkpoint: cp.checkpoint,
      problems,
    },
    document: {
      originalSha256,
      recomputedOriginalSha256: recomputedOriginal,
      sealedSha256: created?.sealedSha256 ?? ev.sealed?.sha256 ?? null,
      recomputedSealedSha256: recomputedSealed,
      sealLevel: created?.sealLevel ?? ev.sealed?.level ?? null,
      sealedAt: ev.sealed ? ev.sealed.sealedAt.toISOString() : null,
    },
  };
}

/** The verification of one grant (GET /grants/{id}'s `verification`). */
export async function verifyGrant(store: Store, g: GrantRow, keys: readonly JWK[]): Promise<Verification> {
  return (await verifyGathered(await gatherEvidence(store, g), keys)).verification;
}

/** GET /grants/{id}/evidence. */
export async function evidenceExport(store: Store, g: GrantRow, keys: readonly JWK[], lang: Lang, generatedAt: Date) {
  const ev = await gatherEvidence(store, g);
  const { verification, document } = await verifyGathered(ev, keys);
  return {
    schema: 'procura.evidence/1',
    grantId: g.id,
    generatedAt: generatedAt.toISOString(),
    events: ev.events.map((e) => ({ ...e, attests: attests(e, lang) })),
    checkpoints: ev.checkpoints,
    document,
    verification,
  };
}

// ---- what each event attests, in the four languages ---------------------------------------------

type Sentences = Record<Lang, (v: Record<string, string>) => string>;

const S = {
  createdMandate: {
    fr: (v) =>
      `Le ${v.at} (heure du serveur), le serveur a reçu le mandat signé par ${v.grantor} pour ${v.mandatary}, service « ${v.service} » ; SHA-256 du PDF original : ${v.doc}.`,
    nl: (v) =>
      `Op ${v.at} (tijd van de server) ontving de server het mandaat, ondertekend door ${v.grantor} voor ${v.mandatary}, dienst „${v.service}”; SHA-256 van de originele pdf: ${v.doc}.`,
    en: (v) =>
      `On ${v.at} (server time), the server received the mandate signed by ${v.grantor} for ${v.mandatary}, service "${v.service}"; SHA-256 of the original PDF: ${v.doc}.`,
    de: (v) =>
      `Am ${v.at} (Serverzeit) hat der Server die von ${v.grantor} für ${v.mandatary} unterzeichnete Vollmacht erhalten, Dienst „${v.service}“; SHA-256 des Original-PDF: ${v.doc}.`,
  },
  createdRequest: {
    fr: (v) =>
      `Le ${v.at} (heure du serveur), le serveur a reçu la demande d’accès signée par ${v.grantor}, service « ${v.service} » ; SHA-256 du PDF original : ${v.doc}.`,
    nl: (v) =>
      `Op ${v.at} (tijd van de server) ontving de server de toegangsaanvraag, ondertekend door ${v.grantor}, dienst „${v.service}”; SHA-256 van de originele pdf: ${v.doc}.`,
    en: (v) =>
      `On ${v.at} (server time), the server received the access request signed by ${v.grantor}, service "${v.service}"; SHA-256 of the original PDF: ${v.doc}.`,
    de: (v) =>
      `Am ${v.at} (Serverzeit) hat der Server den von ${v.grantor} unterzeichneten Zugangsantrag erhalten, Dienst „${v.service}“; SHA-256 des Original-PDF: ${v.doc}.`,
  },
  sealed: {
    fr: (v) => `Le serveur en a scellé une copie (PAdES ${v.level}) dont le SHA-256 est ${v.sealed}.`,
    nl: (v) => `De server verzegelde er een kopie van (PAdES ${v.level}) met SHA-256 ${v.sealed}.`,
    en: (v) => `The server sealed a copy of it (PAdES ${v.level}) whose SHA-256 is ${v.sealed}.`,
    de: (v) => `Der Server hat eine Kopie davon versiegelt (PAdES ${v.level}), deren SHA-256 ${v.sealed} ist.`,
  },
  assisted: {
    fr: (v) => `La soumission a été faite avec l’aide de ${v.broker}.`,
    nl: (v) => `De indiening gebeurde met hulp van ${v.broker}.`,
    en: (v) => `It was submitted with the help of ${v.broker}.`,
    de: (v) => `Die Einreichung erfolgte mit Hilfe von ${v.broker}.`,
  },
  activated: {
    fr: (v) => `Le ${v.at}, le courtier a activé l’accès.`,
    nl: (v) => `Op ${v.at} heeft de makelaar de toegang geactiveerd.`,
    en: (v) => `On ${v.at}, the broker activated the access.`,
    de: (v) => `Am ${v.at} hat der Makler den Zugang aktiviert.`,
  },
  refused: {
    fr: (v) => `Le ${v.at}, le courtier a refusé la demande, pour ce motif : « ${v.reason} ».`,
    nl: (v) => `Op ${v.at} heeft de makelaar de aanvraag geweigerd, om deze reden: „${v.reason}”.`,
    en: (v) => `On ${v.at}, the broker refused it, for this reason: "${v.reason}".`,
    de: (v) => `Am ${v.at} hat der Makler den Antrag abgelehnt, mit dieser Begründung: „${v.reason}“.`,
  },
  revokedGrantor: {
    fr: (v) => `Le ${v.at}, la personne qui l’avait donné a révoqué l’accès (statut avant : ${v.before}).`,
    nl: (v) => `Op ${v.at} heeft de persoon die de toegang gaf ze ingetrokken (status ervoor: ${v.before}).`,
    en: (v) => `On ${v.at}, the person who gave the access revoked it (status before: ${v.before}).`,
    de: (v) => `Am ${v.at} hat die Person, die den Zugang erteilt hatte, ihn widerrufen (Status davor: ${v.before}).`,
  },
  revokedBroker: {
    fr: (v) => `Le ${v.at}, le courtier a révoqué l’accès (statut avant : ${v.before}).`,
    nl: (v) => `Op ${v.at} heeft de makelaar de toegang ingetrokken (status ervoor: ${v.before}).`,
    en: (v) => `On ${v.at}, the broker revoked the access (status before: ${v.before}).`,
    de: (v) => `Am ${v.at} hat der Makler den Zugang widerrufen (Status davor: ${v.before}).`,
  },
  changed: {
    fr: (v) => `Le ${v.at}, le courtier a changé l’accès en vigueur : avant ${v.before} ; après ${v.after}.`,
    nl: (v) => `Op ${v.at} heeft de makelaar de geldende toegang gewijzigd: ervoor ${v.before}; erna ${v.after}.`,
    en: (v) => `On ${v.at}, the broker changed the access in force: before ${v.before}; after ${v.after}.`,
    de: (v) => `Am ${v.at} hat der Makler den geltenden Zugang geändert: vorher ${v.before}; nachher ${v.after}.`,
  },
  expired: {
    fr: (v) => `Le ${v.at}, l’accès a expiré : son dernier jour de validité était passé.`,
    nl: (v) => `Op ${v.at} is de toegang verlopen: de laatste geldige dag was voorbij.`,
    en: (v) => `On ${v.at}, the access expired: its last valid day had passed.`,
    de: (v) => `Am ${v.at} ist der Zugang abgelaufen: sein letzter gültiger Tag war vorbei.`,
  },
  unknown: {
    fr: (v) => `Le ${v.at}, un événement « ${v.type} » a été enregistré.`,
    nl: (v) => `Op ${v.at} werd een gebeurtenis „${v.type}” vastgelegd.`,
    en: (v) => `On ${v.at}, an event "${v.type}" was recorded.`,
    de: (v) => `Am ${v.at} wurde ein Ereignis „${v.type}“ aufgezeichnet.`,
  },
} satisfies Record<string, Sentences>;

const STATUS: Record<Lang, Record<string, string>> = {
  fr: { pending: 'en attente', active: 'actif', revoked: 'révoqué', expired: 'expiré', refused: 'refusé' },
  nl: { pending: 'in afwachting', active: 'actief', revoked: 'ingetrokken', expired: 'verlopen', refused: 'geweigerd' },
  en: { pending: 'pending', active: 'active', revoked: 'revoked', expired: 'expired', refused: 'refused' },
  de: { pending: 'ausstehend', active: 'aktiv', revoked: 'widerrufen', expired: 'abgelaufen', refused: 'abgelehnt' },
};

const nameOf = (p: unknown) => {
  const o = (p ?? {}) as { givenName?: string; familyName?: string; email?: string };
  return [o.givenName, o.familyName].filter(Boolean).join(' ') || o.email || '?';
};

/** One plain sentence (or two, three) saying what an event attests; whole sentences per language. */
export function attests(e: TrailEvent, lang: Lang): string {
  const d = (e.data ?? {}) as Record<string, any>;
  const v: Record<string, string> = { at: e.at, type: e.type };
  switch (e.type) {
    case 'created': {
      if (!d.mandateSha256) return S.unknown[lang](v);
      const parts = [
        (d.kind === 'access-request' ? S.createdRequest : S.createdMandate)[lang]({
          ...v,
          grantor: String(d.grantor?.display ?? '?'),
          mandatary: nameOf(d.mandatary),
          service: String(d.service),
          doc: String(d.documentSha256),
        }),
      ];
      if (d.sealedSha256) parts.push(S.sealed[lang]({ level: String(d.sealLevel), sealed: String(d.sealedSha256) }));
      if (d.indicatedBy) parts.push(S.assisted[lang]({ broker: String(d.indicatedBy.displayName) }));
      return parts.join(' ');
    }
    case 'activated':
      return S.activated[lang](v);
    case 'refused':
      return S.refused[lang]({ ...v, reason: String(d.reason ?? '') });
    case 'revoked':
      return ((d.by ?? e.actor) === 'broker' ? S.revokedBroker : S.revokedGrantor)[lang]({
        ...v,
        before: STATUS[lang][String(d.before?.status)] ?? '?',
      });
    case 'changed':
      return S.changed[lang]({ ...v, before: canonicalJson(d.before ?? null), after: canonicalJson(d.after ?? d) });
    case 'expired':
      return S.expired[lang](v);
    default:
      return S.unknown[lang](v);
  }
}
