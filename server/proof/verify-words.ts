/** The plain words of `procura verify`'s summaries, in English and French. */
import { canonicalJson } from '../../src/model/canonical.js';
import type { Lang, Rec } from './verify-types.js';

export const dateWords = (iso: unknown, lang: Lang) => {
  const d = typeof iso === 'string' ? new Date(iso) : undefined;
  if (!d || Number.isNaN(d.getTime())) return String(iso);
  const words = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-BE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone: 'UTC',
  }).format(d);
  return `${words} (${d.toISOString()})`;
};

export const T = {
  en: {
    keyboard:
      "It does not prove who sat at the keyboard: only that procura's server received and signed this, at that time.",
    consent: (p: Rec, decisions: string, lang: Lang) =>
      `procura's server${p.iss && p.iss !== 'procura' ? ` (${p.iss})` : ''} received on ${dateWords(p.receivedAt, lang)} a consent record (${p.recordId}) for subject ${p.subject}: ${decisions}.`,
    decision: (d: Rec) => `purpose ${d.purpose} ${d.state}${d.basis ? ` (basis: ${d.basis})` : ''}`,
    notice: (n: Rec) => `The person was shown notice ${n.id} version ${n.version} (SHA-256 ${n.sha256}).`,
    collected: (p: Rec, lang: Lang) =>
      `The person's device said it collected the choices on ${dateWords(p.collectedAt, lang)}: a claim of the device, not checked by the server's clock.`,
    record: (h: unknown) => `The stored record's SHA-256 is ${h}.`,
    mandate: (p: Rec, lang: Lang) => {
      const who = p.mandatary
        ? `${(p.mandatary as Rec).display}${(p.mandatary as Rec).email ? ` <${(p.mandatary as Rec).email}>` : ''}`
        : null;
      const what =
        p.kind === 'access-request'
          ? `an access request by ${(p.grantor as Rec)?.display}`
          : `a mandate by which ${(p.grantor as Rec)?.display} gives ${who ?? 'someone'} access`;
      return `procura's server${p.iss && p.iss !== 'procura' ? ` (${p.iss})` : ''} received on ${dateWords(p.receivedAt, lang)} ${what} to ${p.service}${p.scope ? ` (scope: ${typeof p.scope === 'string' ? p.scope : canonicalJson(p.scope)})` : ''}, valid ${p.validUntil ? `until ${p.validUntil}` : 'until revoked'}; grant ${p.grantId}, document ${p.mandateId}.`;
    },
    assisted: (i: Rec) => `Submitted with the help of ${i.displayName ?? i.id} (assisted).`,
    hashes: (p: Rec) =>
      `The signed document's SHA-256 is ${p.documentSha256}${p.sealedSha256 ? `; the sealed copy's is ${p.sealedSha256} (${p.sealLevel})` : ''}; the mandate's data SHA-256 is ${p.mandateSha256}; the trail starts with event ${(p.event as Rec)?.seq} ${(p.event as Rec)?.hash}.`,
    rightsRequest: (p: Rec, lang: Lang) =>
      `procura's server received on ${dateWords(p.receivedAt, lang)} a rights request (${p.kind}, reference ${p.reference}, request ${p.requestId}) from person ${p.person} of office ${p.office}${p.asked && (p.asked as Rec).field ? `, asking to set ${(p.asked as Rec).field} to "${(p.asked as Rec).value}"` : ''}${p.attachmentSha256 ? `, with a proof file of SHA-256 ${p.attachmentSha256}` : ''}; the answer is due by ${dateWords(p.dueAt, lang)}.`,
    rightsAnswer: (p: Rec, lang: Lang) =>
      `procura's server signed on ${dateWords(p.at, lang)} the answer to rights request ${p.requestId} (${p.kind}, reference ${p.reference}): ${p.outcome}${p.code ? ` (${p.code})` : ''}${Array.isArray(p.changes) && p.changes.length ? `; changed: ${(p.changes as Rec[]).map((c) => `${c.field} "${c.before ?? ''}" → "${c.after}"`).join(', ')}` : ''}; it was due by ${dateWords(p.dueAt, lang)}.`,
    checkpoint: (p: Rec, lang: Lang) =>
      `procura's server signed on ${dateWords(p.at, lang)} that the trail ${p.scope === 'global' ? 'of all grants' : `of ${String(p.scope).replace(/^grant:/, 'grant ')}`} had ${p.seq} events, the last with hash ${p.head}.`,
  },
  fr: {
    keyboard:
      'Elle ne prouve pas qui était au clavier : seulement que le serveur de procura a reçu et signé ceci, à ce moment-là.',
    consent: (p: Rec, decisions: string, lang: Lang) =>
      `Le serveur de procura${p.iss && p.iss !== 'procura' ? ` (${p.iss})` : ''} a reçu le ${dateWords(p.receivedAt, lang)} un enregistrement de consentement (${p.recordId}) pour la personne ${p.subject} : ${decisions}.`,
    decision: (d: Rec) =>
      `finalité ${d.purpose} ${({ given: 'donnée', withdrawn: 'retirée', refused: 'refusée', objected: 'opposition' } as Rec)[String(d.state)] ?? d.state}${d.basis ? ` (base : ${d.basis})` : ''}`,
    notice: (n: Rec) => `La personne a vu l'information ${n.id} version ${n.version} (SHA-256 ${n.sha256}).`,
    collected: (p: Rec, lang: Lang) =>
      `L'appareil de la personne a déclaré avoir recueilli les choix le ${dateWords(p.collectedAt, lang)} : une déclaration de l'appareil, non vérifiée par l'horloge du serveur.`,
    record: (h: unknown) => `Le SHA-256 de l'enregistrement conservé est ${h}.`,
    mandate: (p: Rec, lang: Lang) => {
      const who = p.mandatary
        ? `${(p.mandatary as Rec).display}${(p.mandatary as Rec).email ? ` <${(p.mandatary as Rec).email}>` : ''}`
        : null;
      const what =
        p.kind === 'access-request'
          ? `une demande d'accès de ${(p.grantor as Rec)?.display}`
          : `un mandat par lequel ${(p.grantor as Rec)?.display} donne à ${who ?? 'quelqu’un'} l'accès`;
      return `Le serveur de procura${p.iss && p.iss !== 'procura' ? ` (${p.iss})` : ''} a reçu le ${dateWords(p.receivedAt, lang)} ${what} à ${p.service}${p.scope ? ` (portée : ${typeof p.scope === 'string' ? p.scope : canonicalJson(p.scope)})` : ''}, valable ${p.validUntil ? `jusqu'au ${p.validUntil}` : "jusqu'à révocation"} ; accès ${p.grantId}, document ${p.mandateId}.`;
    },
    assisted: (i: Rec) => `Soumis avec l'aide de ${i.displayName ?? i.id} (assisté).`,
    hashes: (p: Rec) =>
      `Le SHA-256 du document signé est ${p.documentSha256}${p.sealedSha256 ? ` ; celui de la copie scellée est ${p.sealedSha256} (${p.sealLevel})` : ''} ; le SHA-256 des données du mandat est ${p.mandateSha256} ; la piste commence par l'événement ${(p.event as Rec)?.seq} ${(p.event as Rec)?.hash}.`,
    rightsRequest: (p: Rec, lang: Lang) =>
      `Le serveur de procura a reçu le ${dateWords(p.receivedAt, lang)} une demande d'exercice de droits (${p.kind}, référence ${p.reference}, demande ${p.requestId}) de la personne ${p.person} du cabinet ${p.office}${p.asked && (p.asked as Rec).field ? `, demandant de porter ${(p.asked as Rec).field} à « ${(p.asked as Rec).value} »` : ''}${p.attachmentSha256 ? `, avec un justificatif de SHA-256 ${p.attachmentSha256}` : ''} ; la réponse est due au plus tard le ${dateWords(p.dueAt, lang)}.`,
    rightsAnswer: (p: Rec, lang: Lang) =>
      `Le serveur de procura a signé le ${dateWords(p.at, lang)} la réponse à la demande ${p.requestId} (${p.kind}, référence ${p.reference}) : ${p.outcome}${p.code ? ` (${p.code})` : ''}${Array.isArray(p.changes) && p.changes.length ? ` ; modifié : ${(p.changes as Rec[]).map((c) => `${c.field} « ${c.before ?? ''} » → « ${c.after} »`).join(', ')}` : ''} ; elle était due au plus tard le ${dateWords(p.dueAt, lang)}.`,
    checkpoint: (p: Rec, lang: Lang) =>
      `Le serveur de procura a signé le ${dateWords(p.at, lang)} que la piste ${p.scope === 'global' ? 'de tous les accès' : `de ${String(p.scope).replace(/^grant:/, "l'accès ")}`} comptait ${p.seq} événements, le dernier de hash ${p.head}.`,
  },
};
