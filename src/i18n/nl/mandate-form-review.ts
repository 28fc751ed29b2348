import type fr from '../fr/mandate-form-review.js';
import type { Translation } from '../../core/localize.js';

export default {
  'mandate.review.intro#one': 'Lees de volmacht na zoals ze verstuurd wordt, en verstuur ze dan.',
  'mandate.review.intro#other':
    'U vraagt toegang tot {count} diensten: per dienst is een volmacht en een pdf-bestand nodig. Lees ze na en verstuur ze dan.',
  'mandate.review.paper': 'Liever op papier? Druk de pdf af, onderteken hem met de hand en stuur hem ons per post.',
  'mandate.pdfFailed': 'De pdf kon niet worden gemaakt. Probeer opnieuw; blijft het probleem, laat het ons weten.',
  'mandate.charsFailed':
    'De pdf is niet gemaakt: deze tekens kunnen niet worden afgedrukt: {chars}. Schrijf ze in Latijnse letters (bijvoorbeeld zoals in een paspoort) en probeer het opnieuw.',
  'mandate.character': '‘{char}’',
  'mandate.fontFailed':
    'De pdf is niet gemaakt: het lettertype dat alle letters van de namen schrijft, kon niet worden geladen, en een volmacht wordt niet met gewijzigde letters afgedrukt. Probeer later opnieuw; blijft het probleem, laat het ons weten.',
  'mandate.open': 'Pdf bekijken: {service}',
  'mandate.download': 'Pdf downloaden: {service}',
  'mandate.submit#one': 'Volmacht versturen',
  'mandate.submit#other': 'De {count} volmachten versturen',
  'mandate.done#one': 'Uw volmacht is verstuurd. Ze wordt actief zodra we ze nagekeken hebben.',
  'mandate.done#other': 'Uw {count} volmachten zijn verstuurd. Ze worden actief zodra we ze nagekeken hebben.',
  'mandate.queuedFor': '{service}: wacht op verzending.',
  'mandate.sentFor': '{service}: verstuurd (referentie {id}).',
  'mandate.pdf.title': 'Volmacht voor toegang tot een onlinedienst',
  'mandate.pdf.service': 'Dienst: {service}',
  'mandate.pdf.created': 'Opgesteld op {date}',
  'mandate.pdf.decision': 'Antwoorden op de vragenlijst',
  'mandate.pdf.outcome': 'Resultaat',
  'mandate.pdf.commitments': 'Verbintenissen',
  'mandate.pdf.commitmentsText':
    'De volmachtgever en de gevolmachtigde gebruiken elk een eigen e-mailadres. De gebruikersnaam gaat naar de volmachtgever, het tijdelijke wachtwoord naar de gevolmachtigde. Elke gebruiker is verantwoordelijk voor wat onder zijn of haar naam gebeurt.',
  'mandate.pdf.signatures': 'Handtekeningen',
  'mandate.pdf.signedBy': 'Ondertekend door {name}',
  'mandate.pdf.signatureAlt': 'Handtekening van {name}',
  'mandate.pdf.signedAt': 'op {date}',
  'mandate.pdf.unsigned': 'Naam, datum en handtekening:',
  'mandate.pdf.method.drawn': 'handtekening op het scherm getekend',
  'mandate.pdf.method.uploaded': 'afbeelding van een handgeschreven handtekening',
  'mandate.pdf.method.typed': 'getypte handtekening',
  'mandate.pdf.method.qualified': 'gekwalificeerde elektronische handtekening',
  'mandate.pdf.hash': 'Vingerafdruk van de gegevens (SHA-256): {hash}',
  'mandate.pdf.page': 'Pagina {n} / {total}',
  'mandate.pdf.filename': 'volmacht-{service}.pdf',
  'mandate.pdf.requestTitle': 'Aanvraag voor toegang tot een onlinedienst',
  'mandate.pdf.requestFilename': 'toegangsaanvraag-{service}.pdf',
  'mandate.pdf.broker': 'De makelaar',
  'mandate.pdf.broker.name': 'Kantoor',
  'mandate.pdf.broker.registration': 'Inschrijvingsnummer',
  'mandate.pdf.broker.address': 'Adres',
  'mandate.pdf.broker.contact': 'Contact',
  'mandate.pdf.legend.requester': 'De aanvrager: wie toegang vraagt tot zijn of haar eigen zone',
  'mandate.pdf.legend.request': 'De gevraagde toegang',
  'mandate.pdf.duration': 'Duur',
  'mandate.pdf.untilRevoked': 'tot herroeping',
  'mandate.pdf.clause': 'Wat de gevolmachtigde mag doen',
  'mandate.pdf.outcome.mandate.all': 'Volmacht nodig: de gevolmachtigde ziet alle contracten van de volmachtgever.',
  'mandate.pdf.outcome.mandate.one':
    'Volmacht nodig: de gevolmachtigde ziet één contract, het contract dat in deze volmacht staat.',
  'mandate.pdf.outcome.mandate.listed':
    'Volmacht nodig: de gevolmachtigde ziet alleen de contracten die in deze volmacht staan.',
  'mandate.pdf.outcome.none':
    'Geen volmacht nodig: de verzekeringnemer vraagt schriftelijk toegang tot zijn of haar eigen zone, voor al zijn of haar contracten.',
  'mandate.pdf.requestCommitmentsText':
    'De aanvrager gebruikt een eigen e-mailadres; de inloggegevens worden daarheen gestuurd. De aanvrager is verantwoordelijk voor wat onder zijn of haar naam gebeurt.',
  'mandate.pdf.signature': 'Handtekening',
  'mandate.pdf.signature.requester': 'Handtekening van de aanvrager',
  'mandate.pdf.documentId': 'Document nr. {id}',
  'mandate.yes': 'ja',
  'mandate.no': 'nee',
  'mandate.review.request': 'Lees uw toegangsaanvraag na zoals ze verstuurd wordt, en verstuur ze dan.',
  'mandate.review.requester': 'Aanvrager',
  'mandate.review.allFuture': 'Alle contracten, ook toekomstige',
  'mandate.openRequest': 'Pdf van de aanvraag bekijken: {service}',
  'mandate.downloadRequest': 'Pdf van de aanvraag downloaden: {service}',
  'mandate.submitRequest': 'Aanvraag versturen',
  'mandate.sentTo': '{service}: verstuurd.',
  'mandate.confirm.title#one': 'Volmacht verstuurd',
  'mandate.confirm.title#other': 'Volmachten verstuurd',
  'mandate.confirm.requestTitle': 'Toegangsaanvraag verstuurd',
  'mandate.confirm.queuedTitle': 'Wacht op verzending',
  'mandate.confirm.requestSent':
    'Uw toegangsaanvraag is verstuurd. Ze wordt actief zodra uw makelaar ze nagekeken heeft.',
  'mandate.confirm.requestQueued':
    'De server antwoordt op dit moment niet. Uw aanvraag blijft op dit toestel bewaard en wordt vanzelf verstuurd zodra dat kan. De referentie verschijnt hier na de verzending.',
  'mandate.confirm.reference': 'Referentie:',
  'mandate.confirm.copy': 'Kopiëren',
  'mandate.confirm.copyLabel': 'Kopiëren: referentie {ref}',
  'mandate.confirm.copied': 'Gekopieerd',
  'mandate.confirm.copyFailed': 'Kopiëren is niet gelukt: selecteer de referentie en kopieer ze zelf.',
  'mandate.confirm.next': 'Wat gebeurt er nu?',
  'mandate.confirm.request1':
    'Uw makelaar kijkt uw aanvraag en uw handtekening na. Vermeld de referentie als u contact opneemt.',
  'mandate.confirm.request2':
    'Zodra hij ze aanvaardt, krijgt u uw inloggegevens per e-mail en vindt u deze toegang terug in uw klantenzone, in de lijst van uw toegangen.',
  'mandate.confirm.mandate1':
    'Uw makelaar kijkt de volmacht en de twee handtekeningen na. Vermeld de referentie als u contact opneemt.',
  'mandate.confirm.mandate2':
    'Zodra hij ze activeert, krijgt de gevolmachtigde zijn inloggegevens per e-mail. U vindt deze volmacht terug in uw klantenzone, in de lijst van de toegangen, waar u ze op elk moment kunt intrekken.',
} satisfies Translation<typeof fr>;
