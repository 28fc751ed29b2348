import type fr from '../fr/mandate-form.js';
import type { Translation } from '../../core/localize.js';

export default {
  'mandate.step.grantor': 'Deel van de volmachtgever',
  'mandate.progress': 'Stap {n} van {total}: {name}',

  'mandate.legend.kind': 'De volmachtgever treedt op als',
  'mandate.kind.natural': 'Natuurlijke persoon',
  'mandate.kind.legal': 'Rechtspersoon (onderneming, vereniging)',
  'mandate.legend.grantor': 'De volmachtgever: wie de toegang geeft',
  'mandate.legend.company': 'De onderneming of organisatie',
  'mandate.legend.representative': 'Wie voor de onderneming optreedt',
  'mandate.legend.access': 'De gegeven toegang',
  'mandate.legend.validity': 'Looptijd van de volmacht',
  'mandate.optional': '(niet verplicht)',

  'mandate.givenName': 'Voornaam',
  'mandate.familyName': 'Achternaam',
  'mandate.birthDate': 'Geboortedatum',
  'mandate.email': 'E-mailadres',
  'mandate.grantor.email': 'E-mailadres van de volmachtgever',
  'mandate.phone': 'Telefoon',
  'mandate.clientRef': 'Klantreferentie',
  'mandate.legalName': 'Officiële naam',
  'mandate.enterpriseNumber': 'Ondernemingsnummer',
  'mandate.country': 'Land van registratie',
  'mandate.seat': 'Maatschappelijke zetel',
  'mandate.grantor.representative.givenName': 'Voornaam van de vertegenwoordiger',
  'mandate.grantor.representative.familyName': 'Achternaam van de vertegenwoordiger',
  'mandate.capacity': 'Hoedanigheid (functie in de organisatie)',
  'mandate.proof': 'Bewijs van vertegenwoordigingsbevoegdheid',
  'mandate.proof.hint':
    'Bijvoorbeeld: statuten, publicatie in het Belgisch Staatsblad, een volmacht. Zeg waar we het vinden.',
  'mandate.kind': 'Soort persoon',
  'mandate.service': 'Onlinedienst',
  'mandate.scope.contracts': 'Zichtbare contracten',
  'mandate.contracts.all': 'Alle contracten',
  'mandate.contracts.one': 'Eén contract',
  'mandate.contracts.listed': 'Een lijst van contracten',
  'mandate.contractIds': 'Contractnummers',
  'mandate.contractIds.hint': 'Scheid de nummers met een komma of een spatie.',
  'mandate.includeFuture': 'Ook toekomstige contracten',
  'mandate.validFrom': 'Geldig vanaf',
  'mandate.validUntil': 'Geldig tot',
  'mandate.validUntil.hint': 'Zonder einddatum geldt de volmacht tot ze wordt ingetrokken.',
  'mandate.grantor.email.hint':
    'Een adres dat alleen u leest, persoonlijk of professioneel, anders dan dat van de gevolmachtigde. We sturen er de gebruikersnaam naartoe.',

  'mandate.signature.grantor': 'Handtekening van de volmachtgever',
  'mandate.signature.hint': 'Met de handtekening bevestigt {name} de gegevens hierboven.',

  'mandate.next': 'Verder',
  'mandate.back': 'Terug',
  'mandate.preparing': 'De pdf wordt klaargemaakt…',
  'mandate.waiting': 'Beantwoord eerst de vragenlijst: die zegt welk formulier bij uw situatie past.',
  'mandate.refused': 'Een volmacht is in uw situatie niet mogelijk. {reason}',
  'mandate.notNeeded': 'In uw situatie is geen volmacht nodig. {reason}',

  'mandate.error.required': 'Dit veld is verplicht.',

  'mandate.step.request': 'Uw toegangsaanvraag',
  'mandate.request.legend.kind': 'U doet de aanvraag als',
  'mandate.legend.requester': 'U: de persoon die toegang aanvraagt',
  'mandate.request.legend.access': 'De gevraagde toegang',
  'mandate.request.future': 'De aanvraag geldt voor al uw contracten, ook voor contracten die u later afsluit.',
  'mandate.request.grantor.email': 'E-mailadres',
  'mandate.request.grantor.email.hint':
    'Een adres waartoe alleen u toegang hebt. We sturen er uw inloggegevens naartoe.',
  'mandate.signature.requester': 'Uw handtekening',
  'mandate.toTree': 'Naar de vragenlijst',
  'mandate.fromAccount':
    'De velden met „uit uw account” komen uit uw klantenaccount en kunnen hier niet gewijzigd worden. Kloppen ze niet, neem dan contact met ons op.',
  'mandate.readonly': '(uit uw account)',
  'mandate.signIn.needed':
    'Om dit formulier te versturen, moet u zich aanmelden. U kunt het al invullen: het blijft op dit toestel bewaard tot na uw aanmelding.',
  'mandate.signIn.neededNoDraft': 'Om dit formulier te versturen, moet u zich eerst aanmelden.',
  'mandate.signIn.link': 'Aanmelden',
} satisfies Translation<typeof fr>;
