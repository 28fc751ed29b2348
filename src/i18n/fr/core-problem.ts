/**
 * The sentences for a failed request and a refused field (`core.problem.…`, `core.field.…`):
 * loaded with the backend module, never on a page that has not sent or read anything yet.
 */
export default {
  'core.problem.validation':
    'Certaines informations ne sont pas acceptées. Corrigez les champs signalés, puis envoyez à nouveau.',
  'core.problem.bad-request': 'Le serveur n’a pas pu lire cet envoi. Rechargez la page, puis envoyez à nouveau.',
  'core.problem.media-type':
    'Le serveur n’accepte pas ce format d’envoi. Prévenez le site qui vous propose ce formulaire.',
  'core.problem.too-large':
    'Cet envoi est trop volumineux. Utilisez une image ou un fichier plus léger, puis envoyez à nouveau.',
  'core.problem.unauthorized': 'Vous devez vous connecter avant d’envoyer. Ce que vous avez saisi est gardé.',
  'core.problem.forbidden':
    'Votre compte ne permet pas cette opération. Si vous pensez que c’est une erreur, prenez contact avec le site qui vous propose ce service.',
  'core.problem.not-you':
    'Ce formulaire est au nom d’une autre personne que vous. Vérifiez que vos nom, prénom et adresse e-mail sont ceux de votre compte, puis envoyez à nouveau.',
  'core.problem.origin':
    'Le serveur n’accepte pas un envoi venant de cette page. Ouvrez ce formulaire depuis le site lui-même, puis envoyez à nouveau.',
  'core.problem.not-found': 'Ce que vous cherchez n’existe pas, ou votre compte ne permet pas de le voir.',
  'core.problem.conflict':
    'Une demande semblable est déjà enregistrée. Vérifiez les accès existants avant d’envoyer à nouveau.',
  'core.problem.in-progress':
    'Cet envoi est déjà en cours de traitement. Patientez un instant, puis vérifiez s’il est arrivé.',
  'core.problem.idempotency-mismatch':
    'Cet envoi a changé depuis une tentative précédente. Rechargez la page, vérifiez vos informations, puis envoyez à nouveau.',
  'core.problem.state': 'Ce n’est plus possible à ce stade de la demande. Rechargez la page pour voir où elle en est.',
  'core.problem.rate-limited': 'Il y a eu trop d’envois en peu de temps. Patientez une minute, puis réessayez.',
  'core.problem.internal':
    'Le serveur a rencontré un problème. Réessayez dans quelques minutes ; ce que vous avez saisi est gardé.',
  'core.problem.unavailable': 'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
  'core.problem.seal-unavailable':
    'Votre document n’a pas pu être scellé pour l’instant. Il est gardé et sera envoyé à nouveau automatiquement dans quelques minutes.',
  'core.problem.unreachable': 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
  'core.problem.other':
    'Le serveur a refusé cet envoi. Réessayez plus tard ; si le problème persiste, prévenez le site qui vous propose ce formulaire.',
  'core.field.required': 'Ce champ est obligatoire.',
  'core.field.format': 'Cette valeur n’a pas le bon format.',
  'core.field.pattern': 'Cette valeur contient des caractères qui ne sont pas acceptés.',
  'core.field.type': 'Cette valeur n’est pas acceptée ici.',
  'core.field.enum': 'Choisissez une des possibilités proposées.',
  'core.field.max': 'Cette valeur est trop longue ou trop grande.',
  'core.field.min': 'Cette valeur est trop courte ou trop petite.',
  'core.field.text':
    'Ce texte contient un caractère invisible qui ne peut pas être enregistré : retapez-le plutôt que de le coller.',
  'core.field.pdfActive':
    'Ce PDF contient du code ou des fichiers joints : enregistrez-le à nouveau comme simple document PDF.',
  'core.field.sameEmail': 'Cette adresse est aussi celle du mandant. Chaque personne doit avoir la sienne.',
  'core.field.sharedEmail':
    'Cette adresse semble partagée par plusieurs personnes. Indiquez une adresse utilisée par une seule personne.',
  'core.field.enterpriseNumber':
    'Ce numéro d’entreprise n’est pas valable : 10 chiffres commençant par 0 ou 1, par exemple 0403.170.701.',
  'core.field.past': 'Cette date est déjà passée : choisissez aujourd’hui ou une date à venir.',
  'core.field.future': 'Cette date est dans le futur.',
  'core.field.order': 'La date de fin doit suivre la date de début.',
  'core.field.tooOld': 'Cette date est trop ancienne : plus de 31 jours avant l’envoi. Signez à nouveau, puis envoyez.',
  'core.field.notYou':
    'Cette personne n’est pas celle qui est connectée : indiquez vos propres nom, prénom et adresse e-mail.',
  'core.field.signature': 'La signature manque ou n’est pas lisible. Signez à nouveau.',
  'core.field.hashMismatch':
    'Le document envoyé ne correspond pas à ce qui a été signé. Rechargez la page, vérifiez le document, puis envoyez à nouveau.',
} as const;
