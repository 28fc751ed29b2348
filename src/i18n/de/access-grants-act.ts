import type fr from '../fr/access-grants-act.js';
import type { Translation } from '../../core/localize.js';

/** Texts of <procura-access-grants> once a person acts, German. */
export default {
  'grants.copied': 'Fingerabdruck kopiert.',
  'grants.docMismatch':
    'Das erhaltene Dokument entspricht nicht dem gespeicherten Fingerabdruck. Informieren Sie Ihren Makler.',
  'grants.docFailed': 'Das unterschriebene Formular konnte nicht geöffnet werden. {reason}',
  'grants.proof.checking': 'Der Nachweis wird geprüft…',
  'grants.proof.failed': 'Der Nachweis konnte nicht geprüft werden. {reason}',
  'grants.proof.docOk':
    'Das empfangene Dokument entspricht dem gespeicherten Fingerabdruck: Ihr Browser hat ihn soeben neu berechnet.',
  'grants.proof.docBad':
    'Das empfangene Dokument entspricht nicht dem gespeicherten Fingerabdruck. Bewahren Sie die Nachweisdatei auf und benachrichtigen Sie Ihren Makler.',
  'grants.proof.sealOk':
    'Der Server hat das elektronische Siegel des Dokuments geprüft (Stufe {level}), angebracht am {date}.',
  'grants.proof.sealNone': 'Dieses Dokument wurde gespeichert, bevor es das elektronische Siegel gab: Es trägt keines.',
  'grants.proof.trailOk#one':
    'Der Server hat den Verlauf dieses Zugangs geprüft ({count} Ereignis): Er ist unversehrt und entspricht dem letzten signierten Kontrollpunkt.',
  'grants.proof.trailOk#other':
    'Der Server hat den Verlauf dieses Zugangs geprüft ({count} Ereignisse): Er ist unversehrt und entspricht dem letzten signierten Kontrollpunkt.',
  'grants.proof.trailBad#one':
    'Der Verlauf dieses Zugangs entspricht nicht mehr dem, was signiert wurde: Er wurde nachträglich geändert. Bewahren Sie die Nachweisdatei auf und benachrichtigen Sie Ihren Makler.',
  'grants.proof.trailBad#other':
    'Der Verlauf dieses Zugangs entspricht nicht mehr dem, was signiert wurde: Er wurde nachträglich geändert. Bewahren Sie die Nachweisdatei auf und benachrichtigen Sie Ihren Makler.',
  'grants.proof.export': 'Nachweisdatei herunterladen',
  'grants.proof.offline':
    'Um ohne Vertrauen in den Server zu prüfen, bewahren Sie diese Datei auf: Der Befehl „procura verify“ prüft sie offline mit dem öffentlichen Schlüssel des Maklers.',
  'grants.confirmTitle': 'Den Zugang von {name} widerrufen?',
  'grants.confirmDoes': 'Ab sofort kann {name} in „{service}“ nichts mehr für Sie tun.',
  'grants.confirmKeeps':
    'Was bereits in Ihrem Namen getan wurde, bleibt bestehen: Der Widerruf macht es nicht rückgängig.',
  'grants.confirmProof':
    'Das unterschriebene Formular bleibt als Nachweis aufbewahrt, und der Zugang bleibt im Verlauf sichtbar.',
  'grants.cancel': 'Abbrechen',
  'grants.confirm': 'Widerrufen',
  'grants.revoking': 'Der Zugang von {name} wird widerrufen…',
  'grants.revoked': 'Der Zugang von {name} ist widerrufen.',
  'grants.revokeFailed': 'Der Widerruf des Zugangs von {name} ist fehlgeschlagen. {reason} Der Zugang ist unverändert.',
  'grants.confirmTitleOwn': 'Ihren eigenen Zugang zu „{service}“ widerrufen?',
  'grants.confirmDoesOwn':
    'Ab sofort können Sie „{service}“ nicht mehr nutzen. Um es wieder zu nutzen, ist ein neuer Zugangsantrag nötig.',
  'grants.revokingOwn': 'Ihr eigener Zugang wird widerrufen…',
  'grants.revokedOwn': 'Ihr eigener Zugang ist widerrufen.',
  'grants.revokeFailedOwn':
    'Der Widerruf Ihres eigenen Zugangs ist fehlgeschlagen. {reason} Der Zugang ist unverändert.',
  'grants.reason.conflict':
    'Dieser Zugang kann nicht mehr widerrufen werden; vielleicht wurde er schon widerrufen oder ist abgelaufen. Laden Sie die Liste neu.',
  'grants.reason.forbidden': 'Sie dürfen diesen Zugang nicht widerrufen.',
  'grants.reason.unreachable': 'Der Server antwortet nicht; versuchen Sie es später erneut.',
  'grants.reason.none': 'Es ist kein Server eingerichtet.',
} satisfies Translation<typeof fr>;
