import type fr from '../fr/access-grants.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-access-grants>, Dutch. */
export default {
  'grants.given': 'Wie voor mij kan handelen',
  'grants.held': 'Voor wie ik kan handelen',
  'grants.current': 'Lopende toegang',
  'grants.history': 'Geschiedenis: ingetrokken, verlopen of geweigerde toegang',
  'grants.loading': 'De lijst met toegangen wordt geladen…',
  'grants.none': 'Er is geen server ingesteld: de lijst met toegangen kan niet worden geladen.',
  'grants.empty': 'Niemand heeft toegang tot uw ruimte, en u hebt tot niemands ruimte toegang.',
  'grants.emptyNext': 'Om iemand toegang te geven, vult u een mandaataanvraag in.',
  'grants.requestLink': 'Toegang aanvragen',
  'grants.emptyGiven': 'U hebt aan niemand toegang gegeven.',
  'grants.emptyHeld': 'Niemand heeft u toegang tot zijn of haar ruimte gegeven.',
  'grants.noMatch': 'Geen enkele toegang past bij deze filters.',
  'grants.error': 'De lijst met toegangen kon niet worden geladen. {reason}',
  'grants.offline':
    'U bent offline. Dit is de laatst bekende lijst, van {date}; ze is misschien niet meer actueel. Intrekken kan weer zodra de verbinding terug is.',
  'grants.offlineEmpty': 'U bent offline, en er werd geen lijst met toegangen in deze browser bewaard.',
  'grants.reload': 'Lijst opnieuw laden',
  'grants.count#one': '{count} toegang getoond',
  'grants.count#other': '{count} toegangen getoond',
  'grants.filterStatus': 'Status',
  'grants.filterService': 'Dienst',
  'grants.sort': 'Volgorde',
  'grants.all': 'Alle',
  'grants.newest': 'Nieuwste eerst',
  'grants.oldest': 'Oudste eerst',
  'grants.status.pending': 'In behandeling',
  'grants.status.active': 'Actief',
  'grants.status.revoked': 'Ingetrokken',
  'grants.status.expired': 'Verlopen',
  'grants.status.refused': 'Geweigerd',
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
  'grants.requestedOn': 'Aangevraagd op {date}',
  'grants.activatedOn': 'Actief sinds {date}',
  'grants.until': 'Geldig tot {date}',
  'grants.noEnd': 'Zonder einddatum',
  'grants.expiredOn': 'Verlopen op {date}',
  'grants.revokedOn': 'Ingetrokken op {date} door {who}',
  'grants.by.grantor': 'de volmachtgever',
  'grants.by.me': 'u',
  'grants.by.broker': 'de makelaar',
  'grants.scope.all': 'Alle contracten',
  'grants.scope.one': 'Het contract {ids}',
  'grants.scope.listed': 'De contracten {ids}',
  'grants.future.yes': 'toekomstige contracten inbegrepen',
  'grants.future.no': 'zonder toekomstige contracten',
  'grants.exceeds': 'De geldende toegang gaat verder dan wat u hebt ondertekend: {list}.',
  'grants.differs': 'De geldende toegang verschilt van wat u hebt ondertekend: {list}.',
  'grants.diff.service': 'de dienst „{granted}” in plaats van „{requested}”',
  'grants.diff.contracts': '{granted} in plaats van: {requested}',
  'grants.diff.until': '{granted} in plaats van: {requested}',
  'grants.diff.past': 'de toegang blijft open na de ondertekende einddatum, {date}',
  'grants.attention': 'Let op',
  'grants.document': 'Ondertekend formulier (pdf)',
  'grants.sha': 'SHA-256-vingerafdruk van het formulier: {hash}',
  'grants.copy': 'Vingerafdruk kopiëren',
  'grants.copied': 'Vingerafdruk gekopieerd.',
  'grants.docMismatch':
    'Het ontvangen document komt niet overeen met de geregistreerde vingerafdruk. Verwittig uw makelaar.',
  'grants.docFailed': 'Het ondertekende formulier kon niet worden geopend. {reason}',
  'grants.proof.check': 'Het bewijs controleren',
  'grants.proof.checkOf': 'Het bewijs controleren: {name}, {service}',
  'grants.proof.checking': 'Het bewijs wordt gecontroleerd…',
  'grants.proof.failed': 'Het bewijs kon niet worden gecontroleerd. {reason}',
  'grants.proof.docOk':
    'Het ontvangen document komt overeen met de geregistreerde vingerafdruk: uw browser heeft ze net opnieuw berekend.',
  'grants.proof.docBad':
    'Het ontvangen document komt niet overeen met de geregistreerde vingerafdruk. Bewaar het bewijsdossier en verwittig uw makelaar.',
  'grants.proof.sealOk':
    'De server heeft de elektronische zegel van het document gecontroleerd (niveau {level}), aangebracht op {date}.',
  'grants.proof.sealNone':
    'Dit document werd geregistreerd voordat de elektronische zegel bestond: het draagt er geen.',
  'grants.proof.trailOk#one':
    'De server heeft de geschiedenis van deze toegang gecontroleerd ({count} gebeurtenis): ze is intact en komt overeen met het laatste ondertekende controlepunt.',
  'grants.proof.trailOk#other':
    'De server heeft de geschiedenis van deze toegang gecontroleerd ({count} gebeurtenissen): ze is intact en komt overeen met het laatste ondertekende controlepunt.',
  'grants.proof.trailBad#one':
    'De geschiedenis van deze toegang komt niet meer overeen met wat ondertekend werd: ze werd achteraf gewijzigd. Bewaar het bewijsdossier en verwittig uw makelaar.',
  'grants.proof.trailBad#other':
    'De geschiedenis van deze toegang komt niet meer overeen met wat ondertekend werd: ze werd achteraf gewijzigd. Bewaar het bewijsdossier en verwittig uw makelaar.',
  'grants.proof.export': 'Het bewijsdossier downloaden',
  'grants.proof.offline':
    'Om te controleren zonder de server te vertrouwen, bewaart u dit dossier: het commando „procura verify” controleert het offline met de publieke sleutel van de makelaar.',
  'grants.revoke': 'Toegang intrekken',
  'grants.revokeOf': 'Toegang intrekken van {name}',
  'grants.heldNote': 'Om van deze toegang af te zien, vraagt u het aan {name} of aan uw makelaar.',
  'grants.confirmTitle': 'De toegang van {name} intrekken?',
  'grants.confirmDoes': 'Vanaf nu kan {name} niets meer voor u doen in „{service}”.',
  'grants.confirmKeeps': 'Wat al in uw naam werd gedaan, blijft gedaan: intrekken maakt het niet ongedaan.',
  'grants.confirmProof':
    'Het ondertekende formulier blijft bewaard als bewijs, en de toegang blijft zichtbaar in de geschiedenis.',
  'grants.cancel': 'Annuleren',
  'grants.confirm': 'Intrekken',
  'grants.revoking': 'De toegang van {name} wordt ingetrokken…',
  'grants.revoked': 'De toegang van {name} is ingetrokken.',
  'grants.revokeFailed':
    'Het intrekken van de toegang van {name} is niet gelukt. {reason} De toegang is gebleven zoals hij was.',
  'grants.own': 'Uw eigen toegang',
  'grants.revokeOfOwn': 'Toegang intrekken: uw eigen toegang tot {service}',
  'grants.heldNoteOwn': 'Om deze toegang te beëindigen, neemt u contact op met uw makelaar.',
  'grants.confirmTitleOwn': 'Uw eigen toegang tot „{service}” intrekken?',
  'grants.confirmDoesOwn':
    'Vanaf nu kunt u „{service}” niet meer gebruiken. Om het opnieuw te gebruiken, is een nieuwe toegangsaanvraag nodig.',
  'grants.revokingOwn': 'Uw eigen toegang wordt ingetrokken…',
  'grants.revokedOwn': 'Uw eigen toegang is ingetrokken.',
  'grants.revokeFailedOwn':
    'Het intrekken van uw eigen toegang is niet gelukt. {reason} De toegang is gebleven zoals hij was.',
  'grants.reason.conflict':
    'Deze toegang kan niet meer worden ingetrokken; misschien werd hij al ingetrokken of is hij verlopen. Laad de lijst opnieuw.',
  'grants.reason.forbidden': 'U mag deze toegang niet intrekken.',
  'grants.reason.unreachable': 'De server antwoordt niet; probeer het later opnieuw.',
  'grants.reason.signIn': 'Meld u aan om uw toegangen te zien.',
  'grants.reason.none': 'Er is geen server ingesteld.',
} satisfies Translation<typeof fr>;
