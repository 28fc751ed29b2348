import type fr from '../fr/access-grants-states.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-access-grants> in the states a first screen seldom shows, Dutch. */
export default {
  'grants.none': 'Er is geen server ingesteld: de lijst met toegangen kan niet worden geladen.',
  'grants.empty': 'Niemand heeft toegang tot uw ruimte, en u hebt tot niemands ruimte toegang.',
  'grants.emptyNext': 'Om iemand toegang te geven, vult u een mandaataanvraag in.',
  'grants.requestLink': 'Toegang aanvragen',
  'grants.error': 'De lijst met toegangen kon niet worden geladen. {reason}',
  'grants.offline':
    'U bent offline. Dit is de laatst bekende lijst, van {date}; ze is misschien niet meer actueel. Intrekken kan weer zodra de verbinding terug is.',
  'grants.offlineEmpty': 'U bent offline, en er werd geen lijst met toegangen in deze browser bewaard.',
  'grants.refusal.identity':
    'Uw makelaar heeft deze aanvraag geweigerd: de identiteit van een van de personen kon niet worden gecontroleerd.',
  'grants.refusal.signature':
    'Uw makelaar heeft deze aanvraag geweigerd: een handtekening ontbreekt of is niet geldig.',
  'grants.refusal.same-email':
    'Uw makelaar heeft deze aanvraag geweigerd: beide personen gaven hetzelfde e-mailadres op, terwijl elk een eigen adres nodig heeft.',
  'grants.refusal.incomplete': 'Uw makelaar heeft deze aanvraag geweigerd: het formulier is onvolledig.',
  'grants.refusal.not-client':
    'Uw makelaar heeft deze aanvraag geweigerd: de persoon die de toegang geeft, is geen klant van dit kantoor.',
  'grants.refusal.other': 'Uw makelaar heeft deze aanvraag geweigerd.',
  'grants.refusal.noteLabel': 'Het bericht van uw makelaar:',
  'grants.exceeds': 'De geldende toegang gaat verder dan wat u hebt ondertekend: {list}.',
  'grants.differs': 'De geldende toegang verschilt van wat u hebt ondertekend: {list}.',
  'grants.diff.service': 'de dienst „{granted}” in plaats van „{requested}”',
  'grants.diff.contracts': '{granted} in plaats van: {requested}',
  'grants.diff.until': '{granted} in plaats van: {requested}',
  'grants.diff.past': 'de toegang blijft open na de ondertekende einddatum, {date}',
  'grants.attention': 'Let op',
  'grants.reason.signIn': 'Meld u aan om uw toegangen te zien.',
} satisfies Translation<typeof fr>;
