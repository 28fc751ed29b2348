/** Texts shared by every element. French is the source; nl and en translate these keys. */
export default {
  'core.configError.notReady': 'Cet élément n’est pas encore prêt : le site doit corriger sa configuration.',
  'core.configError.details': 'Détails pour le développeur du site',
  'core.renderError':
    'Un problème empêche d’afficher cet élément. Rechargez la page ; si le problème persiste, prévenez le site qui vous le propose.',
  'core.localOnly': 'Aucun serveur n’est configuré : rien ne sera envoyé.',
  'core.draftsOff':
    'Les brouillons sont désactivés dans ce navigateur : ce que vous saisissez sera perdu si vous quittez la page.',
  'core.draftRestored': 'Nous avons repris le brouillon que vous aviez commencé le {date}.',
  'core.draftStale': 'Le questionnaire a changé depuis votre dernière visite : nous recommençons depuis le début.',
  'core.sending': 'Envoi en cours…',
  'core.sent': 'C’est envoyé.',
  'core.queued':
    'Le serveur est injoignable pour le moment. Votre envoi est gardé dans ce navigateur et partira dès que la connexion reviendra.',
  'core.failed': 'L’envoi n’a pas abouti. {message}',
  'core.fixFields': 'Corrigez les champs signalés, puis envoyez à nouveau.',
  'core.unreachable': 'le serveur ne répond pas',
  'core.retry': 'Réessayer',
  'core.required': 'Ce champ est obligatoire.',
  'core.invalid': 'Cette valeur n’est pas valable.',
  'core.cancelled': 'L’envoi a été annulé par la page.',
  'core.receipt.download': 'Télécharger ma preuve',
  'core.receipt.hint':
    'Un fichier signé par le serveur : gardez-le. Il prouve ce qui a été reçu, et quand, sans devoir faire confiance au site.',
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
