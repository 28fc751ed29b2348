/** mandate-form-later: loaded lazily with its chunk. French is the source. */
export default {
  'mandate.step.handover': 'Passage au mandataire',
  'mandate.step.mandatary': 'Partie du mandataire',
  'mandate.step.review': 'Vérification et envoi',
  'mandate.step.done': 'Envoyé',
  'mandate.legend.mandatary': 'Le mandataire : la personne qui reçoit l’accès',
  'mandate.mandatary.email': 'Adresse e-mail du mandataire',
  'mandate.relation': 'Lien avec le mandant',
  'mandate.relation.hint': 'Par exemple : conjoint, comptable, membre du personnel administratif.',
  'mandate.mandatary.email.hint':
    'Une adresse que le mandataire est seul à utiliser, différente de celle du mandant. Nous y enverrons son mot de passe temporaire.',
  'mandate.signature.mandatary': 'Signature du mandataire',
  'mandate.handover.title': 'Au tour du mandataire',
  'mandate.handover.text':
    'Votre partie est signée. Remettez maintenant l’appareil au mandataire : il remplit et signe sa partie ici même.',
  'mandate.handover.later':
    'Vous pouvez aussi revenir plus tard sur cet appareil : le brouillon y est gardé pendant {days} jours, puis effacé.',
  'mandate.handover.noDraft': 'Ce formulaire ne garde pas de brouillon : terminez-le maintenant, sans fermer la page.',
  'mandate.handover.continue': 'Je suis le mandataire, je continue',
  'mandate.summary#one': 'Un champ est à corriger :',
  'mandate.summary#other': '{count} champs sont à corriger :',
  'mandate.summaryItem': '{field} : {message}',
  'mandate.error.required.contractIds': 'Indiquez au moins un numéro de contrat.',
  'mandate.error.max.contractIds': 'Pour un seul contrat, indiquez un seul numéro.',
  'mandate.error.max': 'Ce texte est trop long.',
  'mandate.error.format': 'Cette valeur n’a pas le bon format.',
  'mandate.error.format.email': 'Saisissez une adresse e-mail complète, par exemple prenom.nom@exemple.be.',
  'mandate.error.format.date': 'Saisissez une date valable.',
  'mandate.error.pattern.phone':
    'Saisissez un numéro de téléphone : des chiffres et des espaces, avec éventuellement un + au début.',
  'mandate.error.sameEmail':
    'Cette adresse est aussi celle du mandant. Chaque personne doit avoir la sienne : le nom d’utilisateur part chez le mandant, le mot de passe temporaire chez le mandataire.',
  'mandate.error.sharedEmail':
    'Cette adresse semble partagée (accueil, info, secrétariat…). Une adresse utilisée par une seule personne est exigée : sinon nous ne pourrons pas envoyer les éléments d’identification, et la demande sera refusée.',
  'mandate.error.enterpriseNumber':
    'Ce numéro d’entreprise n’est pas valable : 10 chiffres commençant par 0 ou 1, par exemple 0403.170.701.',
  'mandate.error.past': 'Cette date est déjà passée : choisissez aujourd’hui ou une date à venir.',
  'mandate.error.future': 'Cette date est dans le futur.',
  'mandate.error.order': 'La date de fin doit suivre la date de début.',
  'mandate.error.signature': 'La signature manque : signez dans le cadre ci-dessus.',
} as const;
