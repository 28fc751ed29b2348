/** Texts of <procura-access-grants> in the states a first screen seldom shows (no backend, an empty list, a failed load, offline, a refused grant's reason, what differs from the signed request): a lazy chunk with its own catalog. French is the source. */
export default {
  'grants.none': 'Aucun serveur n’est configuré : la liste des accès ne peut pas être chargée.',
  'grants.empty': 'Personne n’a accès à votre espace, et vous n’avez accès à l’espace de personne.',
  'grants.emptyNext': 'Pour donner accès à quelqu’un, remplissez une demande de mandat.',
  'grants.requestLink': 'Faire une demande d’accès',
  'grants.error': 'La liste des accès n’a pas pu être chargée. {reason}',
  'grants.offline':
    'Vous êtes hors ligne. Voici la dernière liste connue, du {date} ; elle n’est peut-être plus à jour. La révocation sera possible quand la connexion reviendra.',
  'grants.offlineEmpty': 'Vous êtes hors ligne, et aucune liste des accès n’a été gardée dans ce navigateur.',
  'grants.refusal.identity':
    'Votre courtier a refusé cette demande : l’identité d’une des personnes n’a pas pu être vérifiée.',
  'grants.refusal.signature': 'Votre courtier a refusé cette demande : une signature manque ou n’est pas valable.',
  'grants.refusal.same-email':
    'Votre courtier a refusé cette demande : les deux personnes ont donné la même adresse e-mail, alors que chacune doit avoir la sienne.',
  'grants.refusal.incomplete': 'Votre courtier a refusé cette demande : le formulaire est incomplet.',
  'grants.refusal.not-client':
    'Votre courtier a refusé cette demande : la personne qui donne l’accès n’est pas cliente de ce cabinet.',
  'grants.refusal.other': 'Votre courtier a refusé cette demande.',
  'grants.refusal.noteLabel': 'Le mot de votre courtier :',
  'grants.exceeds': 'L’accès en vigueur dépasse ce que vous avez signé : {list}.',
  'grants.differs': 'L’accès en vigueur diffère de ce que vous avez signé : {list}.',
  'grants.diff.service': 'le service « {granted} » au lieu de « {requested} »',
  'grants.diff.contracts': '{granted} au lieu de : {requested}',
  'grants.diff.until': '{granted} au lieu de : {requested}',
  'grants.diff.past': 'l’accès reste ouvert après la date de fin signée, le {date}',
  'grants.attention': 'Attention',
  'grants.reason.signIn': 'Connectez-vous pour voir vos accès.',
} as const;
