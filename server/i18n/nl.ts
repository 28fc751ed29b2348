/** The server's Dutch sentences: exactly the French keys (a missing or extra key fails `npm run typecheck`). */
import type fr from './fr.js';
import type { Translation } from './types.js';

export default {
  titles: {
    validation: 'Ongeldige gegevens',
    'bad-request': 'Verkeerd opgebouwd verzoek',
    'media-type': 'Inhoudstype niet aanvaard',
    'too-large': 'Inhoud te groot',
    unauthorized: 'U bent niet aangemeld',
    forbidden: 'Handeling niet toegestaan',
    'not-you': 'Niet op uw naam',
    origin: 'Site van herkomst niet toegestaan',
    'not-found': 'Niet gevonden',
    conflict: 'Bestaat al',
    'in-progress': 'Verzending bezig',
    'idempotency-mismatch': 'Andere verzending onder dezelfde sleutel',
    state: 'Niet mogelijk in deze toestand',
    'rate-limited': 'Te veel verzoeken',
    internal: 'Fout van de server',
    unavailable: 'Dienst niet beschikbaar',
    'seal-unavailable': 'Verzegeling niet beschikbaar',
  },
  details: {
    validation: 'Sommige velden zijn niet geldig: de lijst met fouten zegt welke.',
    'bad-request': 'De server kan dit verzoek niet lezen: de vorm is niet de verwachte.',
    'media-type': 'De inhoud is niet verstuurd in een type dat dit adres aanvaardt.',
    'too-large': 'De verzending is groter dan wat de server aanvaardt.',
    unauthorized: 'Meld u eerst aan: voor deze handeling moet u aangemeld zijn.',
    forbidden: 'U bent aangemeld, maar deze handeling is voor u niet toegestaan.',
    'not-you':
      'Het formulier noemt een andere persoon dan wie aangemeld is: men kan alleen in eigen naam ondertekenen.',
    origin: 'Deze pagina komt van een site die niet met uw sessie mag handelen.',
    'not-found': 'Dit item bestaat niet, of u mag het niet zien.',
    conflict: 'Dit bestaat al: er is niets een tweede keer opgeslagen.',
    'in-progress': 'Dezelfde verzending wordt nog verwerkt. Probeer het zo meteen opnieuw.',
    'idempotency-mismatch':
      'Deze verzendsleutel is al gebruikt voor een andere inhoud. Een nieuwe verzending vraagt een nieuwe sleutel.',
    state:
      'Dit is niet mogelijk in de huidige toestand: de toegang is misschien al geactiveerd, geweigerd of ingetrokken.',
    'rate-limited': 'Te veel verzoeken in korte tijd. Wacht even en probeer het dan opnieuw.',
    internal: 'De server kon dit verzoek niet verwerken. Er is niets gewijzigd.',
    unavailable: 'De dienst is even niet beschikbaar. Probeer het later opnieuw.',
    'seal-unavailable':
      'Het document kon nu niet verzegeld worden (geen tijdstempelautoriteit antwoordde). Er is niets opgeslagen: verzend het later opnieuw.',
  },
  /** Causes a person would want told apart within one code. */
  sentences: {
    'invitation-gone': 'Deze uitnodigingslink is al gebruikt of verlopen: vraag uw makelaar om een nieuwe.',
    'idempotency-key': 'De verzendsleutel (header Idempotency-Key) ontbreekt: die beschermt tegen dubbel verzenden.',
    'mandate-exists':
      'Er bestaat al een lopend of actief mandaat voor deze gevolmachtigde en deze dienst: één formulier per gevolmachtigde en per dienst.',
    'access-request-exists': 'U hebt al een lopende of actieve toegangsaanvraag voor deze dienst.',
    'client-only': 'Alleen een klant, voor zichzelf of als volmachtgever, verstuurt dit formulier.',
  },
  /** Per-field details for the field codes the forms meet most. */
  fields: {
    required: 'Dit veld is verplicht.',
    format: 'Deze waarde heeft niet de verwachte vorm.',
    pattern: 'Deze waarde heeft niet de verwachte vorm.',
    type: 'Deze waarde is niet van het verwachte type.',
    enum: 'Deze waarde hoort niet bij de mogelijke keuzes.',
    max: 'Deze waarde is te lang of te groot.',
    min: 'Deze waarde is te kort of te klein.',
    sameEmail: 'Dit adres is ook dat van de volmachtgever: elke persoon heeft een eigen adres nodig.',
    sharedEmail: 'Dit adres is gedeeld (info@, contact@…): er is een adres nodig dat door één persoon wordt gebruikt.',
    enterpriseNumber: 'Dit ondernemingsnummer is niet geldig (10 cijfers, waarvan 2 controlecijfers).',
    past: 'Deze datum mag niet in het verleden liggen.',
    future: 'Deze datum en tijd ligt meer dan 5 minuten na de ontvangst door de server.',
    tooOld: 'Deze datum en tijd ligt meer dan 31 dagen vóór de ontvangst door de server.',
    notYou: 'Deze persoon is niet wie aangemeld is.',
    order: 'Deze datum moet na de begindatum komen.',
    signature: 'Er ontbreekt een handtekening.',
    hashMismatch:
      'De vingerafdruk komt niet overeen met de verstuurde pdf: het document is na de ondertekening gewijzigd.',
    notPdf: 'Dit bestand is geen pdf.',
    truncated: 'Deze pdf is onvolledig.',
    pages: 'Deze pdf heeft geen aanvaard aantal pagina’s.',
    json: 'Dit deel is geen geldige JSON.',
    duplicate: 'Deze waarde wordt al gebruikt.',
    unknown: 'Dit veld is niet bekend.',
    idempotencyMismatch: 'Deze inhoud verschilt van de eerste die met deze sleutel is verstuurd.',
  },
  /** Mail (server/modules/mail/templates.ts). */
  mail: {
    greeting: 'Goeiedag,',
    closing: 'Dit bericht wordt automatisch verstuurd door uw makelaar; gelieve er niet op te antwoorden.',
    activatedGrantorSubject: 'Toegang geactiveerd: {service}',
    activatedGrantorBody:
      'De toegang die u aan {mandatary} gaf voor ‘{service}’ is geactiveerd (referentie {reference}).',
    activatedGrantorUsername:
      'Zijn of haar gebruikersnaam is: {username}. Bezorg die zelf: voor de veiligheid wordt de link om een wachtwoord te kiezen apart verstuurd, zonder deze naam.',
    invitationSubject: 'Uitnodiging: toegang tot ‘{service}’',
    invitationBody: '{grantor} heeft u toegang gegeven tot ‘{service}’ (referentie {reference}).',
    invitationLink: 'Kies uw wachtwoord met deze link, eenmaal bruikbaar tot {expires}: {link}',
    invitationUsername: 'Uw gebruikersnaam krijgt u van {grantor}, los van dit bericht.',
    accessActivatedSubject: 'Uw toegang is geactiveerd: {service}',
    accessActivatedBody:
      'Uw aanvraag voor toegang tot ‘{service}’ is aanvaard: de toegang is actief (referentie {reference}).',
    refusedSubject: 'Aanvraag geweigerd: {service}',
    refusedBody: 'Uw aanvraag voor ‘{service}’ (referentie {reference}) is geweigerd.',
    refusedNote: 'Opmerking van de makelaar: {note}',
    refusedNext: 'U kunt de aanvraag verbeteren en opnieuw versturen.',
    'refusal-identity': 'Reden: de identiteit van een persoon kon niet worden gecontroleerd.',
    'refusal-signature': 'Reden: een handtekening ontbreekt of is niet geldig.',
    'refusal-same-email':
      'Reden: de volmachtgever en de gevolmachtigde hebben hetzelfde e-mailadres; elk moet een eigen adres hebben.',
    'refusal-incomplete': 'Reden: de aanvraag is onvolledig.',
    'refusal-not-client': 'Reden: de volmachtgever is geen klant van ons kantoor.',
    'refusal-other': 'Reden: een andere reden, uitgelegd in de opmerking van de makelaar.',
    revokedSubject: 'Toegang ingetrokken: {service}',
    revokedGrantorBody:
      'De toegang van {mandatary} tot ‘{service}’ (referentie {reference}) is ingetrokken sinds {date}.',
    revokedMandataryBody:
      'Uw toegang tot ‘{service}’ namens {grantor} (referentie {reference}) is ingetrokken sinds {date}.',
  },
} satisfies Translation<typeof fr>;
