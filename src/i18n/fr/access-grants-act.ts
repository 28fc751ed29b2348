/** Texts of <procura-access-grants> once a person acts (revocation, proof check, signed form opened, hash copied): a lazy chunk with its own catalog. French is the source. */
export default {
  'grants.copied': 'Empreinte copiée.',
  'grants.docMismatch': 'Le document reçu ne correspond pas à l’empreinte enregistrée. Prévenez votre courtier.',
  'grants.docFailed': 'Le formulaire signé n’a pas pu être ouvert. {reason}',
  'grants.proof.checking': 'Vérification de la preuve en cours…',
  'grants.proof.failed': 'La preuve n’a pas pu être vérifiée. {reason}',
  'grants.proof.docOk':
    'Le document reçu correspond à l’empreinte enregistrée : votre navigateur vient de la recalculer.',
  'grants.proof.docBad':
    'Le document reçu ne correspond pas à l’empreinte enregistrée. Gardez le dossier de preuve et prévenez votre courtier.',
  'grants.proof.sealOk': 'Le serveur a vérifié le sceau électronique du document (niveau {level}), apposé le {date}.',
  'grants.proof.sealNone':
    'Ce document a été enregistré avant la mise en place du sceau électronique : il n’en porte pas.',
  'grants.proof.trailOk#one':
    'Le serveur a vérifié l’historique de cet accès ({count} événement) : il est intact et correspond au dernier point de contrôle signé.',
  'grants.proof.trailOk#other':
    'Le serveur a vérifié l’historique de cet accès ({count} événements) : il est intact et correspond au dernier point de contrôle signé.',
  'grants.proof.trailBad#one':
    'L’historique de cet accès ne correspond plus à ce qui a été signé : il a été modifié après coup. Gardez le dossier de preuve et prévenez votre courtier.',
  'grants.proof.trailBad#other':
    'L’historique de cet accès ne correspond plus à ce qui a été signé : il a été modifié après coup. Gardez le dossier de preuve et prévenez votre courtier.',
  'grants.proof.export': 'Télécharger le dossier de preuve',
  'grants.proof.offline':
    'Pour vérifier sans faire confiance au serveur, gardez ce dossier : la commande « procura verify » le contrôle hors ligne avec la clé publique du courtier.',
  'grants.confirmTitle': 'Révoquer l’accès de {name} ?',
  'grants.confirmDoes': 'Dès maintenant, {name} ne pourra plus rien faire pour vous dans « {service} ».',
  'grants.confirmKeeps': 'Ce qui a déjà été fait en votre nom reste fait : la révocation ne l’annule pas.',
  'grants.confirmProof': 'Le formulaire signé reste conservé comme preuve, et l’accès reste visible dans l’historique.',
  'grants.cancel': 'Annuler',
  'grants.confirm': 'Révoquer',
  'grants.revoking': 'Révocation de l’accès de {name} en cours…',
  'grants.revoked': 'L’accès de {name} est révoqué.',
  'grants.revokeFailed':
    'La révocation de l’accès de {name} n’a pas abouti. {reason} L’accès est resté tel qu’il était.',
  'grants.confirmTitleOwn': 'Révoquer votre propre accès à « {service} » ?',
  'grants.confirmDoesOwn':
    'Dès maintenant, vous ne pourrez plus utiliser « {service} ». Pour y revenir, il faudra une nouvelle demande d’accès.',
  'grants.revokingOwn': 'Révocation de votre propre accès en cours…',
  'grants.revokedOwn': 'Votre propre accès est révoqué.',
  'grants.revokeFailedOwn':
    'La révocation de votre propre accès n’a pas abouti. {reason} L’accès est resté tel qu’il était.',
  'grants.reason.conflict':
    'Cet accès ne peut plus être révoqué ; il a peut-être déjà été révoqué ou a expiré. Rechargez la liste.',
  'grants.reason.forbidden': 'Vous n’avez pas le droit de révoquer cet accès.',
  'grants.reason.unreachable': 'Le serveur ne répond pas ; réessayez plus tard.',
  'grants.reason.none': 'Aucun serveur n’est configuré.',
} as const;
