/**
 * What each event of a grant's trail attests, in one plain sentence (or two, three) per event, in
 * the four languages: the `attests` of the evidence export (evidence.ts).
 */
import { canonicalJson, isRedacted } from '../chain.js';
import type { Lang } from '../i18n.js';
import type { TrailEvent } from './types.js';

/** The parts of an event's data the sentences read (unknown: the trail is data, not trusted types). */
interface EventData {
  mandateSha256?: unknown;
  kind?: unknown;
  grantor?: { display?: unknown };
  mandatary?: unknown;
  service?: unknown;
  documentSha256?: unknown;
  sealedSha256?: unknown;
  sealLevel?: unknown;
  indicatedBy?: { displayName?: unknown };
  reason?: unknown;
  /** A refusal since the desk (desk-spec §2): its code and the broker's note. */
  code?: unknown;
  note?: unknown;
  by?: unknown;
  before?: { status?: unknown };
  after?: unknown;
  /** The staff member who acted for the broker (their id; issue 21). */
  staff?: unknown;
}

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
  byStaff: {
    fr: (v) => `Acte posé par le membre du personnel ${v.staff}.`,
    nl: (v) => `Handeling gesteld door personeelslid ${v.staff}.`,
    en: (v) => `Done by staff member ${v.staff}.`,
    de: (v) => `Vorgenommen von Mitarbeiter ${v.staff}.`,
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
  redacted: {
    fr: (v) =>
      `Le ${v.at}, un événement « ${v.type} » a été enregistré ; son contenu a été effacé depuis, à la demande de la personne, et seule son empreinte reste (SHA-256 ${v.sha}).`,
    nl: (v) =>
      `Op ${v.at} werd een gebeurtenis „${v.type}” vastgelegd; de inhoud ervan is sindsdien op verzoek van de persoon gewist, alleen de vingerafdruk blijft (SHA-256 ${v.sha}).`,
    en: (v) =>
      `On ${v.at}, an event "${v.type}" was recorded; its content has since been erased at the person's request, only its fingerprint remains (SHA-256 ${v.sha}).`,
    de: (v) =>
      `Am ${v.at} wurde ein Ereignis „${v.type}“ aufgezeichnet; sein Inhalt wurde seither auf Antrag der Person gelöscht, nur sein Fingerabdruck bleibt (SHA-256 ${v.sha}).`,
  },
  erased: {
    fr: (v) =>
      `Le ${v.at}, les données personnelles de ce dossier ont été effacées en réponse à la demande ${v.request} ; les événements précédents gardent leur empreinte, la chaîne reste vérifiable.`,
    nl: (v) =>
      `Op ${v.at} werden de persoonsgegevens van dit dossier gewist als antwoord op verzoek ${v.request}; de vorige gebeurtenissen behouden hun vingerafdruk, de keten blijft controleerbaar.`,
    en: (v) =>
      `On ${v.at}, the personal data of this file was erased in answer to request ${v.request}; the earlier events keep their fingerprint, the chain still verifies.`,
    de: (v) =>
      `Am ${v.at} wurden die personenbezogenen Daten dieser Akte als Antwort auf den Antrag ${v.request} gelöscht; die früheren Ereignisse behalten ihren Fingerabdruck, die Kette bleibt prüfbar.`,
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
  if (isRedacted(e.data)) return S.redacted[lang]({ at: e.at, type: e.type, sha: e.data.sha256 });
  const said = what(e, lang);
  const staff = (e.data as EventData | null)?.staff;
  // A broker's action names the staff member who did it, by the id the trail keeps.
  return typeof staff === 'string' ? `${said} ${S.byStaff[lang]({ staff })}` : said;
}

function what(e: TrailEvent, lang: Lang): string {
  const d = (e.data ?? {}) as EventData;
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
      return S.refused[lang]({ ...v, reason: String(d.note ?? d.reason ?? d.code ?? '') });
    case 'revoked':
      return ((d.by ?? e.actor) === 'broker' ? S.revokedBroker : S.revokedGrantor)[lang]({
        ...v,
        before: STATUS[lang][String(d.before?.status)] ?? '?',
      });
    case 'changed':
      return S.changed[lang]({ ...v, before: canonicalJson(d.before ?? null), after: canonicalJson(d.after ?? d) });
    case 'expired':
      return S.expired[lang](v);
    case 'erased':
      return S.erased[lang]({ ...v, request: String((d as { requestId?: unknown }).requestId ?? '?') });
    default:
      return S.unknown[lang](v);
  }
}
