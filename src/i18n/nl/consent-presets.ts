import type fr from '../fr/consent-presets.js';
import type { Translation } from '../../core/localize.js';

export default {
  'consent.recipients.us':
    'onze commerciële en marketingdiensten, en onze verwerkers die tot geheimhouding verplicht zijn',
  'consent.recipients.group': 'de vennootschappen van onze groep',
  'consent.recipients.partners':
    'onze handelspartners (bedrijven waarmee we geregeld samenwerken), die ze alleen gebruiken om u rechtstreeks hun eigen producten aan te bieden',
  'consent.p.electronic-prospection.label':
    'Ik wil per e-mail, sms of mms aanbiedingen ontvangen voor andere producten dan die ik heb afgesloten.',
  'consent.p.electronic-prospection.description':
    'Bijvoorbeeld een aanbod voor een woningverzekering als u bij ons alleen een autoverzekering hebt. Elk bericht bevat een link om er geen meer te ontvangen.',
  'consent.p.automated-calls.label':
    'Ik wil voor aanbiedingen gecontacteerd worden via automatische oproepen of per fax.',
  'consent.p.automated-calls.description':
    'Een automatische oproep wordt door een machine gedaan, zonder adviseur aan de lijn. Elk bericht vermeldt hoe u er geen meer ontvangt.',
  'consent.p.partners-electronic.label':
    'Ik ga ermee akkoord dat u mijn e-mailadres en telefoonnummer doorgeeft aan uw partners, zodat zij mij hun aanbiedingen sturen per e-mail, sms, mms, automatische oproep of fax.',
  'consent.p.partners-electronic.description':
    'Als u uw toestemming intrekt, verwittigen we onverwijld elke partner die uw gegevens kreeg.',
  'consent.p.sensitive-data.label':
    'Ik ga ermee akkoord dat u de informatie gebruikt die ik u geef en die mijn afkomst, mijn politieke of levensbeschouwelijke opvattingen, mijn godsdienst of mijn vakbondslidmaatschap zou kunnen onthullen.',
  'consent.p.sensitive-data.description':
    'Alleen wat u ons zelf wilt vertellen, om uw aanvraag te behandelen. Deze informatie dient nooit om een profiel op te stellen.',
  'consent.p.photo.label': 'Ik ga ermee akkoord dat u mijn foto of beeltenis gebruikt.',
  'consent.p.photo.description':
    'Alleen de foto of afbeelding die u ons bezorgt, voor het aangekondigde gebruik. Zonder uw toestemming bewaren we ze niet.',
  'consent.p.postal-phone-prospection.label':
    'Ik maak bezwaar tegen aanbiedingen per post of via een oproep van een adviseur.',
  'consent.p.postal-phone-prospection.description':
    'Als u dit vakje niet aanvinkt, kunnen we u aanbiedingen per post sturen of kan een adviseur u bellen.',
  'consent.p.analogous-email-prospection.label':
    'Ik maak bezwaar tegen aanbiedingen per e-mail voor producten die lijken op die ik heb afgesloten.',
  'consent.p.analogous-email-prospection.description':
    'Bijvoorbeeld een uitbreiding van uw autoverzekering. Elke e-mail bevat ook een link om er geen meer te ontvangen.',
  'consent.p.partners-postal.label':
    'Ik maak bezwaar tegen het doorgeven van mijn postadres en telefoonnummer aan uw partners, voor aanbiedingen per post of via een oproep van een adviseur.',
  'consent.p.partners-postal.description':
    'Zij gebruiken ze alleen om u rechtstreeks hun eigen producten aan te bieden. Als u later bezwaar maakt, verwittigen we hen onverwijld.',
  'consent.p.partners-identity.label':
    'Ik maak bezwaar tegen het doorgeven van mijn identiteit en mijn gezins-, economische en financiële situatie aan uw partners.',
  'consent.p.partners-identity.description':
    'Bijvoorbeeld uw naam, uw gezinssituatie of uw beroep, nooit uw klantnummer. Zij gebruiken ze alleen om u rechtstreeks hun eigen producten aan te bieden.',
  'consent.p.share.label': 'Op mijn verzoek ga ik ermee akkoord dat u {data} doorgeeft aan {recipient}.',
  'consent.p.share.description':
    'Alleen deze gegevens, en alleen aan deze ontvanger, voor de dienst die u hebt gevraagd. U kunt deze toestemming op elk moment intrekken: de doorgifte stopt dan.',
} satisfies Translation<typeof fr>;
