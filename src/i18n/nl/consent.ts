import type fr from '../fr/consent.js';
import type { Translation } from '../../core/localize.js';

export default {
  'consent.title': 'Uw keuzes over het gebruik van uw gegevens',
  'consent.intro':
    'Elk vakje is vrijblijvend: uw aanvraag wordt op dezelfde manier behandeld, of u het aanvinkt of niet. Niets is vooraf aangevinkt. U kunt op elk moment van gedachten veranderen, hier, even eenvoudig.',
  'consent.objectTo': 'Ik maak bezwaar tegen het gebruik van mijn gegevens voor: {label}',
  'consent.recipients': 'Ontvangers: {list}.',
  'consent.transfers': 'Doorgifte buiten de Europese Unie: {text}',
  'consent.notice.title': 'Wie uw gegevens gebruikt, en uw rechten',
  'consent.notice.controller': 'Verwerkingsverantwoordelijke: {name}, {address}.',
  'consent.notice.contact': 'Contact over uw gegevens: {contact}.',
  'consent.notice.dpo': 'Functionaris voor gegevensbescherming: {dpo}.',
  'consent.notice.purposes':
    'Uw gegevens dienen alleen voor de doeleinden die bij elk vakje staan, en alleen als u toestemming geeft of geen bezwaar maakt.',
  'consent.notice.noTransfer': 'Uw gegevens worden niet doorgegeven buiten de Europese Unie.',
  'consent.notice.someTransfers':
    'Sommige gegevens worden buiten de Europese Unie doorgegeven: dat staat bij het betrokken doeleinde.',
  'consent.notice.rights':
    'U kunt op elk moment uw gegevens inzien, laten verbeteren of wissen, en bezwaar maken tegen het gebruik ervan voor prospectie, kosteloos en zonder reden op te geven. U kunt een toestemming op elk moment intrekken, even eenvoudig als u ze gaf: vink het vakje uit en sla op; wat eerder gebeurde, blijft geldig. Om uw rechten uit te oefenen, schrijft u naar {contact}. U kunt ook een klacht indienen bij de Gegevensbeschermingsautoriteit.',
  'consent.notice.retention':
    'We bewaren de gegevens van een prospect 3 jaar vanaf de verzameling of vanaf uw laatste contact, en die van een klant die voor prospectie worden gebruikt 3 jaar na het einde van de handelsrelatie. Een bezwaar bewaren we minstens 3 jaar, alleen om het te respecteren. Een kopie van een identiteitsbewijs die u stuurt om uw rechten uit te oefenen, bewaren we 1 jaar (3 jaar bij bezwaar).',
  'consent.notice.policy': 'Lees ons volledige privacybeleid',
  'consent.save': 'Mijn keuzes opslaan',
  'consent.saved': 'Uw keuzes zijn opgeslagen. Dank u.',
  'consent.nothingChanged': 'U hebt niets gewijzigd: er is niets op te slaan.',
  'consent.loading': 'Uw huidige keuzes worden geladen…',
  'consent.loadFailed':
    'Uw huidige keuzes konden niet worden geladen. Alleen de vakjes die u wijzigt, worden opgeslagen.',
  'consent.state.given': 'Toestemming gegeven op {date}.',
  'consent.state.refused': 'Geweigerd op {date}.',
  'consent.state.withdrawn': 'Toestemming ingetrokken op {date}.',
  'consent.state.objected': 'Bezwaar geregistreerd op {date}.',
  'consent.state.notObjected': 'Geen bezwaar sinds {date}.',
  'consent.badIndicatedBy':
    'Het attribuut indicated-by moet subject, mandatary of staff zijn, eventueel gevolgd door “:” en een referentie.',

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
