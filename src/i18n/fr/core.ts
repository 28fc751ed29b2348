/** Texts shared by every element. French is the source; nl and en translate these keys. */
export default {
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
  'core.required': 'Ce champ est obligatoire.',
  'core.invalid': 'Cette valeur n’est pas valable.',
  'core.cancelled': 'L’envoi a été annulé par la page.',
  'core.receipt.download': 'Télécharger ma preuve',
  'core.receipt.hint':
    'Un fichier signé par le serveur : gardez-le. Il prouve ce qui a été reçu, et quand, sans devoir faire confiance au site.',
} as const;
