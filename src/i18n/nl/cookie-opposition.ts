/** <procura-cookie-opposition>: Dutch. */
import type fr from '../fr/cookie-opposition.js';
import type { Translation } from '../../core/localize.js';

export default {
  'cookie.title': 'Bezoekersmeting',
  'cookie.compact': 'Deze site meet het aantal bezoekers, zonder u te identificeren.',
  'cookie.whatLabel': 'Wat wordt gemeten',
  'cookie.what':
    'De bekeken pagina’s, de duur van de bezoeken, het type toestel en browser. Deze statistieken dienen alleen om de site te verbeteren en worden niet gekoppeld aan andere gegevens.',
  'cookie.whoLabel': 'Door wie',
  'cookie.who':
    'De site zelf, met een meetinstrument voor bezoekers; niets wordt doorverkocht of voor reclame gebruikt.',
  'cookie.howLongLabel': 'Hoe lang',
  'cookie.howLong':
    'De meetcookie blijft hoogstens 13 maanden bestaan en uw volgende bezoeken verlengen die termijn niet. De bezoekgegevens die aan deze cookie gekoppeld zijn, worden hoogstens 13 maanden bewaard en daarna verwijderd of geanonimiseerd.',
  'cookie.opposeLabel': 'Als u bezwaar maakt',
  'cookie.oppose':
    'Het meetinstrument wordt niet meer geladen, zijn cookies worden gewist en er wordt niets meer over u naar verstuurd. Uw keuze wordt 13 maanden in deze browser bewaard; daarna vragen we het opnieuw.',
  'cookie.switch': 'Ik maak bezwaar tegen de bezoekersmeting',
  'cookie.switchShort': 'Ik maak bezwaar',
  'cookie.yes': 'Ja',
  'cookie.no': 'Nee',
  'cookie.measured': 'Uw bezoek wordt gemeten.',
  'cookie.opposed': 'U maakt bezwaar tegen de bezoekersmeting: uw bezoek wordt niet gemeten.',
  'cookie.gpc':
    'Uw browser verstuurt het signaal Global Privacy Control: we behandelen het als een bezwaar. U kunt van gedachten veranderen met de schakelaar.',
  'cookie.since': 'Keuze gemaakt op {date}; we vragen het opnieuw op {until}.',
  'cookie.more': 'Meer weten',
  'cookie.moreLong': 'Meer weten over de bezoekersmeting',
} satisfies Translation<typeof fr>;
