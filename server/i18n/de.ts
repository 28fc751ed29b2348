/** The server's German sentences: exactly the French keys (a missing or extra key fails `npm run typecheck`). */
import type fr from './fr.js';
import type { Translation } from './types.js';

export default {
  titles: {
    validation: 'Ungültige Angaben',
    'bad-request': 'Fehlerhafte Anfrage',
    'media-type': 'Inhaltstyp nicht angenommen',
    'too-large': 'Inhalt zu groß',
    unauthorized: 'Sie sind nicht angemeldet',
    forbidden: 'Handlung nicht erlaubt',
    'not-you': 'Nicht auf Ihren Namen',
    origin: 'Herkunftsseite nicht erlaubt',
    'not-found': 'Nicht gefunden',
    conflict: 'Besteht bereits',
    'in-progress': 'Sendung läuft',
    'idempotency-mismatch': 'Andere Sendung unter demselben Schlüssel',
    state: 'In diesem Zustand nicht möglich',
    'rate-limited': 'Zu viele Anfragen',
    internal: 'Fehler des Servers',
    unavailable: 'Dienst nicht verfügbar',
    'seal-unavailable': 'Versiegelung nicht verfügbar',
  },
  details: {
    validation: 'Einige Felder sind nicht gültig: Die Fehlerliste nennt sie.',
    'bad-request': 'Der Server kann diese Anfrage nicht lesen: Ihre Form ist nicht die erwartete.',
    'media-type': 'Der Inhalt wurde nicht in einem Typ gesendet, den diese Adresse annimmt.',
    'too-large': 'Die Sendung ist größer, als der Server annimmt.',
    unauthorized: 'Melden Sie sich zuerst an: Für diese Handlung müssen Sie angemeldet sein.',
    forbidden: 'Sie sind angemeldet, aber diese Handlung ist Ihnen nicht erlaubt.',
    'not-you':
      'Das Formular nennt eine andere Person als die angemeldete: Man kann nur im eigenen Namen unterschreiben.',
    origin: 'Diese Seite stammt von einer Website, die nicht mit Ihrer Sitzung handeln darf.',
    'not-found': 'Dieses Element gibt es nicht, oder Sie dürfen es nicht sehen.',
    conflict: 'Das besteht bereits: Nichts wurde ein zweites Mal gespeichert.',
    'in-progress': 'Dieselbe Sendung wird noch bearbeitet. Versuchen Sie es gleich noch einmal.',
    'idempotency-mismatch':
      'Dieser Sendeschlüssel wurde schon für einen anderen Inhalt verwendet. Eine neue Sendung braucht einen neuen Schlüssel.',
    state:
      'Das ist im aktuellen Zustand nicht möglich: Der Zugang wurde vielleicht schon aktiviert, abgelehnt oder widerrufen.',
    'rate-limited': 'Zu viele Anfragen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    internal: 'Der Server konnte diese Anfrage nicht bearbeiten. Es wurde nichts geändert.',
    unavailable: 'Der Dienst ist kurz nicht verfügbar. Versuchen Sie es später erneut.',
    'seal-unavailable':
      'Das Dokument konnte gerade nicht versiegelt werden (keine Zeitstempelstelle hat geantwortet). Es wurde nichts gespeichert: Senden Sie es später erneut.',
  },
  /** Causes a person would want told apart within one code. */
  sentences: {
    'invitation-gone':
      'Dieser Einladungslink wurde bereits benutzt oder ist abgelaufen: Bitten Sie Ihren Makler um einen neuen.',
    'idempotency-key': 'Der Sendeschlüssel (Header Idempotency-Key) fehlt: Er schützt vor doppeltem Senden.',
    'mandate-exists':
      'Für diese bevollmächtigte Person und diesen Dienst besteht schon ein offenes oder aktives Mandat: ein Formular pro Person und pro Dienst.',
    'access-request-exists': 'Sie haben für diesen Dienst schon einen offenen oder aktiven Zugangsantrag.',
    'client-only': 'Nur eine Kundin oder ein Kunde, für sich selbst oder als Vollmachtgeber, sendet dieses Formular.',
  },
  /** Per-field details for the field codes the forms meet most. */
  fields: {
    required: 'Dieses Feld ist ein Pflichtfeld.',
    format: 'Dieser Wert hat nicht die erwartete Form.',
    pattern: 'Dieser Wert hat nicht die erwartete Form.',
    type: 'Dieser Wert hat nicht den erwarteten Typ.',
    enum: 'Dieser Wert gehört nicht zu den möglichen Auswahlen.',
    max: 'Dieser Wert ist zu lang oder zu groß.',
    min: 'Dieser Wert ist zu kurz oder zu klein.',
    sameEmail: 'Diese Adresse ist auch die des Vollmachtgebers: Jede Person braucht ihre eigene.',
    sharedEmail: 'Diese Adresse ist geteilt (info@, kontakt@…): Nötig ist eine Adresse, die nur eine Person nutzt.',
    enterpriseNumber: 'Diese Unternehmensnummer ist nicht gültig (10 Ziffern, davon 2 Prüfziffern).',
    past: 'Dieses Datum darf nicht in der Vergangenheit liegen.',
    future: 'Dieses Datum mit Uhrzeit liegt mehr als 5 Minuten nach dem Empfang durch den Server.',
    tooOld: 'Dieses Datum mit Uhrzeit liegt mehr als 31 Tage vor dem Empfang durch den Server.',
    notYou: 'Diese Person ist nicht die angemeldete.',
    order: 'Dieses Datum muss nach dem Anfangsdatum liegen.',
    signature: 'Eine Unterschrift fehlt.',
    hashMismatch:
      'Der Fingerabdruck passt nicht zum gesendeten PDF: Das Dokument wurde nach der Unterschrift geändert.',
    notPdf: 'Diese Datei ist kein PDF.',
    truncated: 'Dieses PDF ist unvollständig.',
    pages: 'Dieses PDF hat keine zulässige Seitenzahl.',
    json: 'Dieser Teil ist kein gültiges JSON.',
    duplicate: 'Dieser Wert wird schon verwendet.',
    unknown: 'Dieses Feld ist nicht bekannt.',
    idempotencyMismatch: 'Dieser Inhalt weicht vom ersten ab, der mit diesem Schlüssel gesendet wurde.',
  },
  /** Mail (server/modules/mail/templates.ts). */
  mail: {
    greeting: 'Guten Tag,',
    closing: 'Diese Nachricht wird automatisch von Ihrem Makler gesendet; bitte antworten Sie nicht darauf.',
    activatedGrantorSubject: 'Zugang aktiviert: {service}',
    activatedGrantorBody:
      'Der Zugang, den Sie {mandatary} für „{service}“ gegeben haben, ist aktiviert (Referenz {reference}).',
    activatedGrantorUsername:
      'Der Benutzername lautet: {username}. Geben Sie ihn selbst weiter: Zur Sicherheit wird der Link zum Festlegen des Passworts getrennt und ohne diesen Namen gesendet.',
    invitationSubject: 'Einladung: Zugang zu „{service}“',
    invitationBody: '{grantor} hat Ihnen Zugang zu „{service}“ gegeben (Referenz {reference}).',
    invitationLink: 'Legen Sie Ihr Passwort mit diesem Link fest, einmal gültig bis {expires}: {link}',
    invitationUsername: 'Ihren Benutzernamen erhalten Sie von {grantor}, getrennt von dieser Nachricht.',
    accessActivatedSubject: 'Ihr Zugang ist aktiviert: {service}',
    accessActivatedBody:
      'Ihr Antrag auf Zugang zu „{service}“ wurde angenommen: Der Zugang ist aktiv (Referenz {reference}).',
    refusedSubject: 'Antrag abgelehnt: {service}',
    refusedBody: 'Ihr Antrag für „{service}“ (Referenz {reference}) wurde abgelehnt.',
    refusedNote: 'Anmerkung des Maklers: {note}',
    refusedNext: 'Sie können den Antrag berichtigen und erneut senden.',
    'refusal-identity': 'Grund: Die Identität einer Person konnte nicht geprüft werden.',
    'refusal-signature': 'Grund: Eine Unterschrift fehlt oder ist nicht gültig.',
    'refusal-same-email':
      'Grund: Vollmachtgeber und Bevollmächtigter haben dieselbe E-Mail-Adresse; jeder braucht seine eigene.',
    'refusal-incomplete': 'Grund: Der Antrag ist unvollständig.',
    'refusal-not-client': 'Grund: Der Vollmachtgeber ist nicht Kunde unseres Büros.',
    'refusal-other': 'Grund: Ein anderer Grund, in der Anmerkung des Maklers erklärt.',
    revokedSubject: 'Zugang widerrufen: {service}',
    revokedGrantorBody:
      'Der Zugang von {mandatary} zu „{service}“ (Referenz {reference}) ist seit dem {date} widerrufen.',
    revokedMandataryBody:
      'Ihr Zugang zu „{service}“ im Namen von {grantor} (Referenz {reference}) ist seit dem {date} widerrufen.',
  },
} satisfies Translation<typeof fr>;
