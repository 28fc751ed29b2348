/** The consent element's texts. French is the source; plain language, whole sentences (002: readable, on the form itself). */
export default {
  'consent.title': 'Vos choix sur l’utilisation de vos données',
  'consent.intro':
    'Chaque case est facultative : votre demande est traitée de la même façon, que vous cochiez ou non. Rien n’est coché d’avance. Vous pouvez changer d’avis à tout moment, ici même, aussi simplement.',
  'consent.objectTo': 'Je m’oppose à l’utilisation de mes données pour : {label}',
  'consent.recipients': 'Destinataires : {list}.',
  'consent.transfers': 'Transfert hors de l’Union européenne : {text}',
  'consent.notice.title': 'Qui utilise vos données, et vos droits',
  'consent.notice.controller': 'Responsable du traitement : {name}, {address}.',
  'consent.notice.contact': 'Contact pour vos données : {contact}.',
  'consent.notice.dpo': 'Délégué à la protection des données : {dpo}.',
  'consent.notice.purposes':
    'Vos données servent uniquement aux usages décrits avec chaque case, et seulement si vous y consentez ou ne vous y opposez pas.',
  'consent.notice.noTransfer': 'Vos données ne sont pas transférées hors de l’Union européenne.',
  'consent.notice.someTransfers':
    'Certaines données sont transférées hors de l’Union européenne : c’est indiqué sous l’usage concerné.',
  'consent.notice.rights':
    'Vous pouvez à tout moment accéder à vos données, les faire corriger ou effacer, et vous opposer à leur utilisation pour la prospection, gratuitement et sans devoir vous justifier. Vous pouvez retirer un accord à tout moment, aussi simplement que vous l’avez donné : décochez la case et enregistrez ; ce qui a été fait avant reste valable. Pour exercer vos droits, écrivez à {contact}. Vous pouvez aussi introduire une réclamation auprès de l’autorité de protection des données.',
  'consent.notice.retention':
    'Nous gardons les données d’un prospect 3 ans à partir de leur collecte ou de votre dernier contact, et celles d’un client utilisées pour la prospection 3 ans après la fin de la relation commerciale. Une opposition est gardée au moins 3 ans, uniquement pour la respecter. Une copie de pièce d’identité envoyée pour exercer vos droits est gardée 1 an (3 ans en cas d’opposition).',
  'consent.notice.policy': 'Lire notre politique de confidentialité complète',
  'consent.save': 'Enregistrer mes choix',
};
