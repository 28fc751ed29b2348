import type fr from '../fr/mandate-form.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-mandate-form> in German (Belgian usage: Vollmachtgeber, Bevollmächtigter, Makler). */
export default {
  'mandate.step.grantor': 'Teil des Vollmachtgebers',
  'mandate.progress': 'Schritt {n} von {total}: {name}',

  'mandate.legend.kind': 'Der Vollmachtgeber handelt als',
  'mandate.kind.natural': 'Natürliche Person',
  'mandate.kind.legal': 'Juristische Person (Unternehmen, Vereinigung)',
  'mandate.legend.grantor': 'Der Vollmachtgeber: die Person, die den Zugang gibt',
  'mandate.legend.company': 'Das Unternehmen oder die Organisation',
  'mandate.legend.representative': 'Die Person, die für das Unternehmen handelt',
  'mandate.legend.access': 'Der gegebene Zugang',
  'mandate.legend.validity': 'Dauer der Vollmacht',
  'mandate.optional': '(freiwillig)',

  'mandate.givenName': 'Vorname',
  'mandate.familyName': 'Nachname',
  'mandate.birthDate': 'Geburtsdatum',
  'mandate.email': 'E-Mail-Adresse',
  'mandate.grantor.email': 'E-Mail-Adresse des Vollmachtgebers',
  'mandate.phone': 'Telefon',
  'mandate.clientRef': 'Kundenreferenz',
  'mandate.legalName': 'Offizielle Bezeichnung',
  'mandate.enterpriseNumber': 'Unternehmensnummer',
  'mandate.country': 'Land der Eintragung',
  'mandate.seat': 'Gesellschaftssitz',
  'mandate.grantor.representative.givenName': 'Vorname des Vertreters',
  'mandate.grantor.representative.familyName': 'Nachname des Vertreters',
  'mandate.capacity': 'Eigenschaft (Funktion in der Organisation)',
  'mandate.proof': 'Nachweis der Vertretungsbefugnis',
  'mandate.proof.hint':
    'Zum Beispiel: Satzung, Veröffentlichung im Belgischen Staatsblatt, eine Vollmacht. Geben Sie an, wo wir den Nachweis finden.',
  'mandate.kind': 'Art der Person',
  'mandate.service': 'Online-Dienst',
  'mandate.scope.contracts': 'Sichtbare Verträge',
  'mandate.contracts.all': 'Alle Verträge',
  'mandate.contracts.one': 'Ein einziger Vertrag',
  'mandate.contracts.listed': 'Eine Liste von Verträgen',
  'mandate.contractIds': 'Vertragsnummern',
  'mandate.contractIds.hint': 'Trennen Sie die Nummern durch ein Komma oder ein Leerzeichen.',
  'mandate.includeFuture': 'Auch künftige Verträge einschließen',
  'mandate.validFrom': 'Gültig ab dem',
  'mandate.validUntil': 'Gültig bis zum',
  'mandate.validUntil.hint': 'Ohne Enddatum gilt die Vollmacht, bis sie widerrufen wird.',
  'mandate.grantor.email.hint':
    'Eine Adresse, die nur Sie lesen, privat oder beruflich, und nicht die des Bevollmächtigten. Wir senden den Benutzernamen dorthin.',

  'mandate.signature.grantor': 'Unterschrift des Vollmachtgebers',
  'mandate.signature.hint': 'Mit der Unterschrift bestätigt {name} die obigen Angaben.',

  'mandate.next': 'Weiter',
  'mandate.back': 'Zurück',
  'mandate.preparing': 'Das PDF wird vorbereitet…',
  'mandate.waiting': 'Beantworten Sie zuerst den Fragebogen: Er zeigt, welches Formular zu Ihrer Lage passt.',
  'mandate.refused': 'Eine Vollmacht ist in Ihrer Lage nicht möglich. {reason}',
  'mandate.notNeeded': 'In Ihrer Lage ist keine Vollmacht nötig. {reason}',

  'mandate.error.required': 'Dieses Feld muss ausgefüllt werden.',

  'mandate.step.request': 'Ihr Zugangsantrag',
  'mandate.request.legend.kind': 'Sie stellen den Antrag als',
  'mandate.legend.requester': 'Sie: die Person, die Zugang beantragt',
  'mandate.request.legend.access': 'Der beantragte Zugang',
  'mandate.request.future': 'Der Antrag gilt für alle Ihre Verträge, auch für Verträge, die Sie später abschließen.',
  'mandate.request.grantor.email': 'E-Mail-Adresse',
  'mandate.request.grantor.email.hint': 'Eine Adresse, die nur Sie lesen. Wir senden Ihre Anmeldedaten dorthin.',
  'mandate.signature.requester': 'Ihre Unterschrift',
  'mandate.toTree': 'Zum Fragebogen',
  'mandate.fromAccount':
    'Die Felder mit „aus Ihrem Konto“ stammen aus Ihrem Kundenkonto und können hier nicht geändert werden. Wenn sie falsch sind, kontaktieren Sie uns bitte.',
  'mandate.readonly': '(aus Ihrem Konto)',
  'mandate.signIn.needed':
    'Um dieses Formular zu senden, müssen Sie sich anmelden. Sie können es schon ausfüllen: Es bleibt auf diesem Gerät gespeichert, bis Sie sich angemeldet haben.',
  'mandate.signIn.neededNoDraft': 'Um dieses Formular zu senden, müssen Sie sich zuerst anmelden.',
  'mandate.signIn.link': 'Anmelden',
} satisfies Translation<typeof fr>;
