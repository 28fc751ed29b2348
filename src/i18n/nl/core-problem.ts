import type fr from '../fr/core-problem.js';
import type { Translation } from '../../core/localize.js';

export default {
  'core.problem.validation': 'Sommige gegevens worden niet aanvaard. Verbeter de aangeduide velden en verzend opnieuw.',
  'core.problem.bad-request': 'De server kon deze verzending niet lezen. Laad de pagina opnieuw en verzend opnieuw.',
  'core.problem.media-type':
    'De server aanvaardt deze vorm van verzending niet. Verwittig de site die dit formulier aanbiedt.',
  'core.problem.too-large':
    'Deze verzending is te groot. Gebruik een kleinere afbeelding of een lichter bestand en verzend opnieuw.',
  'core.problem.unauthorized': 'U moet zich aanmelden voordat u verzendt. Wat u hebt ingevuld, blijft bewaard.',
  'core.problem.forbidden':
    'Uw account laat deze handeling niet toe. Denkt u dat dit een vergissing is, neem dan contact op met de site die deze dienst aanbiedt.',
  'core.problem.not-you':
    'Dit formulier staat op naam van iemand anders dan u. Kijk na of uw naam, voornaam en e-mailadres die van uw account zijn en verzend opnieuw.',
  'core.problem.origin':
    'De server aanvaardt geen verzending vanaf deze pagina. Open dit formulier op de site zelf en verzend opnieuw.',
  'core.problem.not-found': 'Wat u zoekt, bestaat niet, of uw account laat niet toe het te zien.',
  'core.problem.conflict':
    'Er is al een gelijkaardige aanvraag geregistreerd. Kijk de bestaande toegangen na voordat u opnieuw verzendt.',
  'core.problem.in-progress': 'Deze verzending wordt al verwerkt. Wacht even en kijk dan na of ze is aangekomen.',
  'core.problem.idempotency-mismatch':
    'Deze verzending is gewijzigd sinds een vorige poging. Laad de pagina opnieuw, kijk uw gegevens na en verzend opnieuw.',
  'core.problem.state':
    'Dat kan niet meer in deze fase van de aanvraag. Laad de pagina opnieuw om te zien hoe ver ze staat.',
  'core.problem.rate-limited': 'Er werd te veel verzonden in korte tijd. Wacht een minuut en probeer opnieuw.',
  'core.problem.internal':
    'De server had een probleem. Probeer over enkele minuten opnieuw; wat u hebt ingevuld, blijft bewaard.',
  'core.problem.unavailable': 'De dienst is tijdelijk niet beschikbaar. Probeer over enkele minuten opnieuw.',
  'core.problem.seal-unavailable':
    'Uw document kon nu niet verzegeld worden. Het wordt bewaard en over enkele minuten automatisch opnieuw verzonden.',
  'core.problem.unreachable': 'De server antwoordt niet. Controleer uw verbinding en probeer opnieuw.',
  'core.problem.other':
    'De server heeft deze verzending geweigerd. Probeer later opnieuw; blijft het probleem, verwittig dan de site die dit formulier aanbiedt.',
  'core.field.required': 'Dit veld is verplicht.',
  'core.field.format': 'Deze waarde heeft niet de juiste vorm.',
  'core.field.pattern': 'Deze waarde bevat tekens die niet aanvaard worden.',
  'core.field.type': 'Deze waarde wordt hier niet aanvaard.',
  'core.field.enum': 'Kies een van de voorgestelde mogelijkheden.',
  'core.field.max': 'Deze waarde is te lang of te groot.',
  'core.field.min': 'Deze waarde is te kort of te klein.',
  'core.field.text':
    'Deze tekst bevat een onzichtbaar teken dat niet kan worden opgeslagen: typ hem opnieuw in plaats van hem te plakken.',
  'core.field.pdfActive': 'Deze pdf bevat code of bijgevoegde bestanden: sla hem opnieuw op als gewoon pdf-document.',
  'core.field.sameEmail': 'Dit adres is ook dat van de volmachtgever. Elke persoon moet een eigen adres hebben.',
  'core.field.sharedEmail':
    'Dit adres lijkt door meerdere personen gedeeld. Geef een adres op dat door één persoon gebruikt wordt.',
  'core.field.enterpriseNumber':
    'Dit ondernemingsnummer is niet geldig: 10 cijfers die met 0 of 1 beginnen, bijvoorbeeld 0403.170.701.',
  'core.field.past': 'Deze datum is al voorbij: kies vandaag of een latere datum.',
  'core.field.future': 'Deze datum ligt in de toekomst.',
  'core.field.order': 'De einddatum moet na de begindatum komen.',
  'core.field.tooOld': 'Deze datum is te oud: meer dan 31 dagen vóór de verzending. Onderteken opnieuw en verzend dan.',
  'core.field.notYou': 'Deze persoon is niet wie aangemeld is: vul uw eigen naam, voornaam en e-mailadres in.',
  'core.field.signature': 'De handtekening ontbreekt of is niet leesbaar. Teken opnieuw.',
  'core.field.hashMismatch':
    'Het verzonden document komt niet overeen met wat ondertekend werd. Laad de pagina opnieuw, kijk het document na en verzend opnieuw.',
} satisfies Translation<typeof fr>;
