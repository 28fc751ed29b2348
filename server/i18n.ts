/**
 * The server's sentences in the four languages of its users, keyed by problem code. The
 * elements show their own text for each code and use these only as a last resort; API clients
 * ask for a language with `Accept-Language` (English when they do not).
 *
 * English keeps the specific sentence the route wrote (it names the exact cause); the other
 * languages get a sentence per code, or per `SentenceKey` where one code covers causes a
 * person would want told apart. Per-field details are translated for the common field codes;
 * a rare one keeps its English, which the elements never show (they know every field code).
 */
import type { ProblemCode } from '../src/model/problem.js';

export const LANGS = ['en', 'fr', 'nl', 'de'] as const;
export type Lang = (typeof LANGS)[number];
type Texts = Record<Lang, string>;
type Other = Record<Exclude<Lang, 'en'>, string>;

/** The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4); English when none fits. */
export function negotiate(header: string | undefined): Lang {
  if (!header) return 'en';
  let best: Lang = 'en';
  let bestQ = 0;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const lang = tag.trim().toLowerCase().split('-')[0] as Lang;
    if (!LANGS.includes(lang)) continue;
    const qParam = params.map((p) => p.trim().match(/^q=([01](?:\.\d{0,3})?)$/)).find(Boolean);
    const q = qParam ? Number(qParam[1]) : 1;
    if (q > bestQ) [best, bestQ] = [lang, q];
  }
  return best;
}

export const CODE_TEXTS: Record<ProblemCode, { title: Texts; detail: Texts }> = {
  validation: {
    title: { en: 'Invalid data', fr: 'Données non valables', nl: 'Ongeldige gegevens', de: 'Ungültige Angaben' },
    detail: {
      en: 'Some fields are not valid; see errors.',
      fr: 'Certains champs ne sont pas valables : la liste des erreurs dit lesquels.',
      nl: 'Sommige velden zijn niet geldig: de lijst met fouten zegt welke.',
      de: 'Einige Felder sind nicht gültig: Die Fehlerliste nennt sie.',
    },
  },
  'bad-request': {
    title: { en: 'Bad request', fr: 'Requête mal formée', nl: 'Verkeerd opgebouwd verzoek', de: 'Fehlerhafte Anfrage' },
    detail: {
      en: 'The request cannot be read.',
      fr: 'Le serveur ne peut pas lire cette requête : sa forme n’est pas celle attendue.',
      nl: 'De server kan dit verzoek niet lezen: de vorm is niet de verwachte.',
      de: 'Der Server kann diese Anfrage nicht lesen: Ihre Form ist nicht die erwartete.',
    },
  },
  'media-type': {
    title: {
      en: 'Unsupported media type',
      fr: 'Type de contenu non accepté',
      nl: 'Inhoudstype niet aanvaard',
      de: 'Inhaltstyp nicht angenommen',
    },
    detail: {
      en: 'The body is not sent in a type this route accepts.',
      fr: 'Le contenu n’est pas envoyé dans un type que cette adresse accepte.',
      nl: 'De inhoud is niet verstuurd in een type dat dit adres aanvaardt.',
      de: 'Der Inhalt wurde nicht in einem Typ gesendet, den diese Adresse annimmt.',
    },
  },
  'too-large': {
    title: { en: 'Content too large', fr: 'Contenu trop volumineux', nl: 'Inhoud te groot', de: 'Inhalt zu groß' },
    detail: {
      en: 'The request is larger than this server accepts.',
      fr: 'L’envoi est plus volumineux que ce que le serveur accepte.',
      nl: 'De verzending is groter dan wat de server aanvaardt.',
      de: 'Die Sendung ist größer, als der Server annimmt.',
    },
  },
  unauthorized: {
    title: {
      en: 'Not signed in',
      fr: 'Vous n’êtes pas connecté',
      nl: 'U bent niet aangemeld',
      de: 'Sie sind nicht angemeldet',
    },
    detail: {
      en: 'Sign in first: a session cookie or a bearer token is needed.',
      fr: 'Connectez-vous d’abord : cette action demande que vous soyez connecté.',
      nl: 'Meld u eerst aan: voor deze handeling moet u aangemeld zijn.',
      de: 'Melden Sie sich zuerst an: Für diese Handlung müssen Sie angemeldet sein.',
    },
  },
  forbidden: {
    title: { en: 'Forbidden', fr: 'Action non permise', nl: 'Handeling niet toegestaan', de: 'Handlung nicht erlaubt' },
    detail: {
      en: 'You may not do this.',
      fr: 'Vous êtes connecté, mais cette action ne vous est pas permise.',
      nl: 'U bent aangemeld, maar deze handeling is voor u niet toegestaan.',
      de: 'Sie sind angemeldet, aber diese Handlung ist Ihnen nicht erlaubt.',
    },
  },
  'not-you': {
    title: { en: 'Not in your name', fr: 'Pas à votre nom', nl: 'Niet op uw naam', de: 'Nicht auf Ihren Namen' },
    detail: {
      en: 'The form names someone other than the signed-in person.',
      fr: 'Le formulaire nomme une autre personne que celle qui est connectée : on ne peut signer qu’en son propre nom.',
      nl: 'Het formulier noemt een andere persoon dan wie aangemeld is: men kan alleen in eigen naam ondertekenen.',
      de: 'Das Formular nennt eine andere Person als die angemeldete: Man kann nur im eigenen Namen unterschreiben.',
    },
  },
  origin: {
    title: {
      en: 'Origin not allowed',
      fr: 'Site d’origine non autorisé',
      nl: 'Site van herkomst niet toegestaan',
      de: 'Herkunftsseite nicht erlaubt',
    },
    detail: {
      en: 'This origin may not act with the session cookie.',
      fr: 'Cette page vient d’un site qui ne peut pas agir avec votre session.',
      nl: 'Deze pagina komt van een site die niet met uw sessie mag handelen.',
      de: 'Diese Seite stammt von einer Website, die nicht mit Ihrer Sitzung handeln darf.',
    },
  },
  'not-found': {
    title: { en: 'Not found', fr: 'Introuvable', nl: 'Niet gevonden', de: 'Nicht gefunden' },
    detail: {
      en: 'No such resource, or it is not yours to see.',
      fr: 'Cet élément n’existe pas, ou vous n’avez pas le droit de le voir.',
      nl: 'Dit item bestaat niet, of u mag het niet zien.',
      de: 'Dieses Element gibt es nicht, oder Sie dürfen es nicht sehen.',
    },
  },
  conflict: {
    title: { en: 'Conflict', fr: 'Existe déjà', nl: 'Bestaat al', de: 'Besteht bereits' },
    detail: {
      en: 'This exists already.',
      fr: 'Cela existe déjà : rien n’a été enregistré une deuxième fois.',
      nl: 'Dit bestaat al: er is niets een tweede keer opgeslagen.',
      de: 'Das besteht bereits: Nichts wurde ein zweites Mal gespeichert.',
    },
  },
  'in-progress': {
    title: { en: 'Request in progress', fr: 'Envoi en cours', nl: 'Verzending bezig', de: 'Sendung läuft' },
    detail: {
      en: 'A request with this Idempotency-Key is still being handled; retry shortly.',
      fr: 'Le même envoi est encore en cours de traitement. Réessayez dans un instant.',
      nl: 'Dezelfde verzending wordt nog verwerkt. Probeer het zo meteen opnieuw.',
      de: 'Dieselbe Sendung wird noch bearbeitet. Versuchen Sie es gleich noch einmal.',
    },
  },
  'idempotency-mismatch': {
    title: {
      en: 'Idempotency key reused',
      fr: 'Envoi différent sous la même clé',
      nl: 'Andere verzending onder dezelfde sleutel',
      de: 'Andere Sendung unter demselben Schlüssel',
    },
    detail: {
      en: 'This Idempotency-Key was already used with a different body; use a new key for a new request.',
      fr: 'Cette clé d’envoi a déjà servi pour un autre contenu. Un nouvel envoi demande une nouvelle clé.',
      nl: 'Deze verzendsleutel is al gebruikt voor een andere inhoud. Een nieuwe verzending vraagt een nieuwe sleutel.',
      de: 'Dieser Sendeschlüssel wurde schon für einen anderen Inhalt verwendet. Eine neue Sendung braucht einen neuen Schlüssel.',
    },
  },
  state: {
    title: {
      en: 'Not possible now',
      fr: 'Impossible dans cet état',
      nl: 'Niet mogelijk in deze toestand',
      de: 'In diesem Zustand nicht möglich',
    },
    detail: {
      en: 'This is not possible in the current state.',
      fr: 'Ce n’est pas possible dans l’état actuel : l’accès a peut-être déjà été activé, refusé ou révoqué.',
      nl: 'Dit is niet mogelijk in de huidige toestand: de toegang is misschien al geactiveerd, geweigerd of ingetrokken.',
      de: 'Das ist im aktuellen Zustand nicht möglich: Der Zugang wurde vielleicht schon aktiviert, abgelehnt oder widerrufen.',
    },
  },
  'rate-limited': {
    title: { en: 'Too many requests', fr: 'Trop de demandes', nl: 'Te veel verzoeken', de: 'Zu viele Anfragen' },
    detail: {
      en: 'Too many requests; wait a moment and retry.',
      fr: 'Trop de demandes en peu de temps. Attendez un moment, puis réessayez.',
      nl: 'Te veel verzoeken in korte tijd. Wacht even en probeer het dan opnieuw.',
      de: 'Zu viele Anfragen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
  },
  internal: {
    title: { en: 'Internal error', fr: 'Erreur du serveur', nl: 'Fout van de server', de: 'Fehler des Servers' },
    detail: {
      en: 'The server failed to handle this request; nothing was changed.',
      fr: 'Le serveur n’a pas pu traiter cette demande. Rien n’a été modifié.',
      nl: 'De server kon dit verzoek niet verwerken. Er is niets gewijzigd.',
      de: 'Der Server konnte diese Anfrage nicht bearbeiten. Es wurde nichts geändert.',
    },
  },
  unavailable: {
    title: {
      en: 'Unavailable',
      fr: 'Service indisponible',
      nl: 'Dienst niet beschikbaar',
      de: 'Dienst nicht verfügbar',
    },
    detail: {
      en: 'The service is unavailable for a moment; retry later.',
      fr: 'Le service est indisponible pour un moment. Réessayez plus tard.',
      nl: 'De dienst is even niet beschikbaar. Probeer het later opnieuw.',
      de: 'Der Dienst ist kurz nicht verfügbar. Versuchen Sie es später erneut.',
    },
  },
  'seal-unavailable': {
    title: {
      en: 'Seal unavailable',
      fr: 'Scellement indisponible',
      nl: 'Verzegeling niet beschikbaar',
      de: 'Versiegelung nicht verfügbar',
    },
    detail: {
      en: 'The document could not be sealed now (no timestamp authority answered); nothing was stored. Send it again later.',
      fr: 'Le document n’a pas pu être scellé pour l’instant (aucune autorité d’horodatage n’a répondu). Rien n’a été enregistré : envoyez-le à nouveau plus tard.',
      nl: 'Het document kon nu niet verzegeld worden (geen tijdstempelautoriteit antwoordde). Er is niets opgeslagen: verzend het later opnieuw.',
      de: 'Das Dokument konnte gerade nicht versiegelt werden (keine Zeitstempelstelle hat geantwortet). Es wurde nichts gespeichert: Senden Sie es später erneut.',
    },
  },
};

/** Causes a person would want told apart within one code. */
export const SENTENCES = {
  'idempotency-key': {
    fr: 'Il manque la clé d’envoi (en-tête Idempotency-Key) : elle protège contre un double envoi.',
    nl: 'De verzendsleutel (header Idempotency-Key) ontbreekt: die beschermt tegen dubbel verzenden.',
    de: 'Der Sendeschlüssel (Header Idempotency-Key) fehlt: Er schützt vor doppeltem Senden.',
  },
  'mandate-exists': {
    fr: 'Un mandat en attente ou actif existe déjà pour ce mandataire et ce service : un seul formulaire par mandataire et par service.',
    nl: 'Er bestaat al een lopend of actief mandaat voor deze gevolmachtigde en deze dienst: één formulier per gevolmachtigde en per dienst.',
    de: 'Für diese bevollmächtigte Person und diesen Dienst besteht schon ein offenes oder aktives Mandat: ein Formular pro Person und pro Dienst.',
  },
  'access-request-exists': {
    fr: 'Vous avez déjà une demande d’accès en attente ou active pour ce service.',
    nl: 'U hebt al een lopende of actieve toegangsaanvraag voor deze dienst.',
    de: 'Sie haben für diesen Dienst schon einen offenen oder aktiven Zugangsantrag.',
  },
  'client-only': {
    fr: 'Seul un client, pour lui-même ou pour le mandant, envoie ce formulaire.',
    nl: 'Alleen een klant, voor zichzelf of als volmachtgever, verstuurt dit formulier.',
    de: 'Nur eine Kundin oder ein Kunde, für sich selbst oder als Vollmachtgeber, sendet dieses Formular.',
  },
} satisfies Record<string, Other>;
export type SentenceKey = keyof typeof SENTENCES;

/** Per-field details for the field codes the forms meet most. */
const FIELD_TEXTS: Record<string, Other> = {
  required: { fr: 'Ce champ est obligatoire.', nl: 'Dit veld is verplicht.', de: 'Dieses Feld ist ein Pflichtfeld.' },
  format: {
    fr: 'Cette valeur n’a pas la forme attendue.',
    nl: 'Deze waarde heeft niet de verwachte vorm.',
    de: 'Dieser Wert hat nicht die erwartete Form.',
  },
  pattern: {
    fr: 'Cette valeur n’a pas la forme attendue.',
    nl: 'Deze waarde heeft niet de verwachte vorm.',
    de: 'Dieser Wert hat nicht die erwartete Form.',
  },
  type: {
    fr: 'Cette valeur n’est pas du type attendu.',
    nl: 'Deze waarde is niet van het verwachte type.',
    de: 'Dieser Wert hat nicht den erwarteten Typ.',
  },
  enum: {
    fr: 'Cette valeur ne fait pas partie des choix possibles.',
    nl: 'Deze waarde hoort niet bij de mogelijke keuzes.',
    de: 'Dieser Wert gehört nicht zu den möglichen Auswahlen.',
  },
  max: {
    fr: 'Cette valeur est trop longue ou trop grande.',
    nl: 'Deze waarde is te lang of te groot.',
    de: 'Dieser Wert ist zu lang oder zu groß.',
  },
  min: {
    fr: 'Cette valeur est trop courte ou trop petite.',
    nl: 'Deze waarde is te kort of te klein.',
    de: 'Dieser Wert ist zu kurz oder zu klein.',
  },
  sameEmail: {
    fr: 'Cette adresse est aussi celle du mandant : chaque personne doit avoir la sienne.',
    nl: 'Dit adres is ook dat van de volmachtgever: elke persoon heeft een eigen adres nodig.',
    de: 'Diese Adresse ist auch die des Vollmachtgebers: Jede Person braucht ihre eigene.',
  },
  sharedEmail: {
    fr: 'Cette adresse est partagée (info@, contact@…) : il faut une adresse utilisée par une seule personne.',
    nl: 'Dit adres is gedeeld (info@, contact@…): er is een adres nodig dat door één persoon wordt gebruikt.',
    de: 'Diese Adresse ist geteilt (info@, kontakt@…): Nötig ist eine Adresse, die nur eine Person nutzt.',
  },
  enterpriseNumber: {
    fr: 'Ce numéro d’entreprise n’est pas valable (10 chiffres, dont 2 de contrôle).',
    nl: 'Dit ondernemingsnummer is niet geldig (10 cijfers, waarvan 2 controlecijfers).',
    de: 'Diese Unternehmensnummer ist nicht gültig (10 Ziffern, davon 2 Prüfziffern).',
  },
  past: {
    fr: 'Cette date ne peut pas être dans le passé.',
    nl: 'Deze datum mag niet in het verleden liggen.',
    de: 'Dieses Datum darf nicht in der Vergangenheit liegen.',
  },
  future: {
    fr: 'Cette date et heure est plus de 5 minutes après la réception par le serveur.',
    nl: 'Deze datum en tijd ligt meer dan 5 minuten na de ontvangst door de server.',
    de: 'Dieses Datum mit Uhrzeit liegt mehr als 5 Minuten nach dem Empfang durch den Server.',
  },
  tooOld: {
    fr: 'Cette date et heure est plus de 31 jours avant la réception par le serveur.',
    nl: 'Deze datum en tijd ligt meer dan 31 dagen vóór de ontvangst door de server.',
    de: 'Dieses Datum mit Uhrzeit liegt mehr als 31 Tage vor dem Empfang durch den Server.',
  },
  notYou: {
    fr: 'Cette personne n’est pas celle qui est connectée.',
    nl: 'Deze persoon is niet wie aangemeld is.',
    de: 'Diese Person ist nicht die angemeldete.',
  },
  order: {
    fr: 'Cette date doit venir après la date de début.',
    nl: 'Deze datum moet na de begindatum komen.',
    de: 'Dieses Datum muss nach dem Anfangsdatum liegen.',
  },
  signature: { fr: 'Une signature manque.', nl: 'Er ontbreekt een handtekening.', de: 'Eine Unterschrift fehlt.' },
  hashMismatch: {
    fr: 'L’empreinte ne correspond pas au PDF envoyé : le document a changé après la signature.',
    nl: 'De vingerafdruk komt niet overeen met de verstuurde pdf: het document is na de ondertekening gewijzigd.',
    de: 'Der Fingerabdruck passt nicht zum gesendeten PDF: Das Dokument wurde nach der Unterschrift geändert.',
  },
  notPdf: { fr: 'Ce fichier n’est pas un PDF.', nl: 'Dit bestand is geen pdf.', de: 'Diese Datei ist kein PDF.' },
  truncated: { fr: 'Ce PDF est incomplet.', nl: 'Deze pdf is onvolledig.', de: 'Dieses PDF ist unvollständig.' },
  pages: {
    fr: 'Ce PDF n’a pas un nombre de pages accepté.',
    nl: 'Deze pdf heeft geen aanvaard aantal pagina’s.',
    de: 'Dieses PDF hat keine zulässige Seitenzahl.',
  },
  json: {
    fr: 'Cette partie n’est pas du JSON valable.',
    nl: 'Dit deel is geen geldige JSON.',
    de: 'Dieser Teil ist kein gültiges JSON.',
  },
  duplicate: {
    fr: 'Cette valeur est déjà utilisée.',
    nl: 'Deze waarde wordt al gebruikt.',
    de: 'Dieser Wert wird schon verwendet.',
  },
  unknown: { fr: 'Ce champ n’est pas connu.', nl: 'Dit veld is niet bekend.', de: 'Dieses Feld ist nicht bekannt.' },
  idempotencyMismatch: {
    fr: 'Ce contenu diffère du premier envoyé avec cette clé.',
    nl: 'Deze inhoud verschilt van de eerste die met deze sleutel is verstuurd.',
    de: 'Dieser Inhalt weicht vom ersten ab, der mit diesem Schlüssel gesendet wurde.',
  },
};

export const fieldDetail = (code: string | undefined, english: string, lang: Lang) =>
  (lang !== 'en' && code !== undefined && FIELD_TEXTS[code]?.[lang]) || english;

/** The title and detail of a problem in `lang`. */
export function problemTexts(code: ProblemCode, english: string | undefined, key: SentenceKey | undefined, lang: Lang) {
  const t = CODE_TEXTS[code];
  if (lang === 'en') return { title: t.title.en, detail: english ?? t.detail.en };
  return { title: t.title[lang], detail: (key && SENTENCES[key][lang]) || t.detail[lang] };
}
