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
} satisfies Translation<typeof fr>;
