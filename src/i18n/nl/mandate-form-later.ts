import type fr from '../fr/mandate-form-later.js';
import type { Translation } from '../../core/localize.js';

export default {
  'mandate.step.handover': 'Naar de gevolmachtigde',
  'mandate.step.mandatary': 'Deel van de gevolmachtigde',
  'mandate.step.review': 'Nakijken en versturen',
  'mandate.step.done': 'Verstuurd',
  'mandate.legend.mandatary': 'De gevolmachtigde: wie de toegang krijgt',
  'mandate.mandatary.email': 'E-mailadres van de gevolmachtigde',
  'mandate.relation': 'Band met de volmachtgever',
  'mandate.relation.hint': 'Bijvoorbeeld: echtgenoot, boekhouder, administratief medewerker.',
  'mandate.mandatary.email.hint':
    'Een adres dat alleen de gevolmachtigde gebruikt, anders dan dat van de volmachtgever. We sturen er het tijdelijke wachtwoord naartoe.',
  'mandate.signature.mandatary': 'Handtekening van de gevolmachtigde',
  'mandate.handover.title': 'De beurt aan de gevolmachtigde',
  'mandate.handover.text':
    'Uw deel is ondertekend. Geef het toestel nu aan de gevolmachtigde: die vult hier zijn of haar deel in en ondertekent.',
  'mandate.handover.later':
    'U kunt ook later terugkomen op dit toestel: het concept blijft hier {days} dagen bewaard en wordt daarna gewist.',
  'mandate.handover.noDraft': 'Dit formulier bewaart geen concept: maak het nu af, zonder de pagina te sluiten.',
  'mandate.handover.continue': 'Ik ben de gevolmachtigde, verder',
  'mandate.summary#one': 'Eén veld moet verbeterd worden:',
  'mandate.summary#other': '{count} velden moeten verbeterd worden:',
  'mandate.summaryItem': '{field}: {message}',
  'mandate.error.required.contractIds': 'Geef minstens één contractnummer.',
  'mandate.error.max.contractIds': 'Geef voor één contract één enkel nummer.',
  'mandate.error.max': 'Deze tekst is te lang.',
  'mandate.error.format': 'Deze waarde heeft niet de juiste vorm.',
  'mandate.error.format.email': 'Vul een volledig e-mailadres in, bijvoorbeeld voornaam.naam@voorbeeld.be.',
  'mandate.error.format.date': 'Vul een geldige datum in.',
  'mandate.error.pattern.phone': 'Vul een telefoonnummer in: cijfers en spaties, eventueel met een + vooraan.',
  'mandate.error.sameEmail':
    'Dit is ook het adres van de volmachtgever. Elke persoon heeft een eigen adres nodig: de gebruikersnaam gaat naar de volmachtgever, het tijdelijke wachtwoord naar de gevolmachtigde.',
  'mandate.error.sharedEmail':
    'Dit adres lijkt gedeeld (onthaal, info, secretariaat…). Een adres dat door één persoon gebruikt wordt, is vereist: anders kunnen we de inloggegevens niet versturen en wordt de aanvraag geweigerd.',
  'mandate.error.enterpriseNumber':
    'Dit ondernemingsnummer is niet geldig: 10 cijfers die met 0 of 1 beginnen, bijvoorbeeld 0403.170.701.',
  'mandate.error.past': 'Deze datum is al voorbij: kies vandaag of een latere datum.',
  'mandate.error.future': 'Deze datum ligt in de toekomst.',
  'mandate.error.order': 'De einddatum moet na de begindatum komen.',
  'mandate.error.signature': 'De handtekening ontbreekt: teken in het vak hierboven.',
} satisfies Translation<typeof fr>;
