/** <procura-cookie-opposition>: German. */
import type fr from '../fr/cookie-opposition.js';
import type { Translation } from '../../core/localize.js';

export default {
  'cookie.title': 'Reichweitenmessung',
  'cookie.compact': 'Diese Website misst ihre Besucherzahlen, ohne Sie zu identifizieren.',
  'cookie.whatLabel': 'Was gemessen wird',
  'cookie.what':
    'Die besuchten Seiten, die Dauer der Besuche, die Art des Geräts und des Browsers. Diese Statistiken dienen nur dazu, die Website zu verbessern, und werden nicht mit anderen Daten verknüpft.',
  'cookie.whoLabel': 'Von wem',
  'cookie.who':
    'Von der Website selbst, mit einem Werkzeug zur Reichweitenmessung; nichts wird verkauft oder für Werbung genutzt.',
  'cookie.howLongLabel': 'Wie lange',
  'cookie.howLong':
    'Das Mess-Cookie gilt höchstens 13 Monate, und Ihre späteren Besuche verlängern es nicht. Die Besuchsdaten zu diesem Cookie werden höchstens 13 Monate aufbewahrt und dann gelöscht oder anonymisiert.',
  'cookie.opposeLabel': 'Wenn Sie widersprechen',
  'cookie.oppose':
    'Das Messwerkzeug wird nicht mehr geladen, seine Cookies werden gelöscht und es erhält nichts mehr über Sie. Ihre Wahl wird 13 Monate in diesem Browser gespeichert; danach werden Sie erneut gefragt.',
  'cookie.switch': 'Ich widerspreche der Reichweitenmessung',
  'cookie.switchShort': 'Ich widerspreche',
  'cookie.yes': 'Ja',
  'cookie.no': 'Nein',
  'cookie.measured': 'Ihr Besuch wird gemessen.',
  'cookie.opposed': 'Sie widersprechen der Reichweitenmessung: Ihr Besuch wird nicht gemessen.',
  'cookie.gpc':
    'Ihr Browser sendet das Signal Global Privacy Control: Wir behandeln es als Widerspruch. Mit dem Schalter können Sie Ihre Meinung ändern.',
  'cookie.since': 'Wahl getroffen am {date}; Sie werden am {until} erneut gefragt.',
  'cookie.more': 'Mehr erfahren',
  'cookie.moreLong': 'Mehr erfahren über die Reichweitenmessung',
} satisfies Translation<typeof fr>;
