import type fr from '../fr/access-grants-act.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-access-grants> once a person acts, Dutch. */
export default {
  'grants.copied': 'Vingerafdruk gekopieerd.',
  'grants.docMismatch':
    'Het ontvangen document komt niet overeen met de geregistreerde vingerafdruk. Verwittig uw makelaar.',
  'grants.docFailed': 'Het ondertekende formulier kon niet worden geopend. {reason}',
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
  'grants.reason.none': 'Er is geen server ingesteld.',
} satisfies Translation<typeof fr>;
