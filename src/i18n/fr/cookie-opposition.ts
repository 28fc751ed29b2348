/** <procura-cookie-opposition>: French is the source. Whole sentences only. */
export default {
  'cookie.title': 'Mesure d’audience',
  'cookie.compact': 'Ce site mesure son audience, sans vous identifier.',
  'cookie.whatLabel': 'Ce qui est mesuré',
  'cookie.what':
    'Les pages consultées, la durée des visites, le type d’appareil et de navigateur. Ces statistiques servent uniquement à améliorer le site et ne sont pas croisées avec d’autres données.',
  'cookie.whoLabel': 'Par qui',
  'cookie.who':
    'Le site lui-même, avec un outil de mesure d’audience ; rien n’est revendu ni utilisé pour de la publicité.',
  'cookie.howLongLabel': 'Pour combien de temps',
  'cookie.howLong':
    'Le cookie de mesure dure au plus 13 mois et vos visites suivantes ne le prolongent pas. Les données de fréquentation liées à ce cookie sont gardées au plus 13 mois, puis supprimées ou rendues anonymes.',
  'cookie.opposeLabel': 'Si vous vous opposez',
  'cookie.oppose':
    'L’outil de mesure n’est plus chargé, ses cookies sont effacés et plus rien vous concernant ne lui est envoyé. Votre choix est gardé 13 mois dans ce navigateur, puis la question vous est reposée.',
  'cookie.switch': 'Je m’oppose à la mesure d’audience',
  'cookie.switchShort': 'Je m’oppose',
  'cookie.yes': 'Oui',
  'cookie.no': 'Non',
  'cookie.measured': 'Votre visite est mesurée.',
  'cookie.opposed': 'Vous vous opposez à la mesure d’audience : votre visite n’est pas mesurée.',
  'cookie.gpc':
    'Votre navigateur envoie le signal Global Privacy Control : nous le traitons comme une opposition. Vous pouvez changer d’avis avec l’interrupteur.',
  'cookie.since': 'Choix fait le {date} ; la question vous sera reposée le {until}.',
  'cookie.more': 'En savoir plus',
  'cookie.moreLong': 'En savoir plus sur la mesure d’audience',
} as const;
