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
  'consent.saved': 'Vos choix sont enregistrés. Merci.',
  'consent.nothingChanged': 'Vous n’avez rien changé : il n’y a rien à enregistrer.',
  'consent.loading': 'Chargement de vos choix actuels…',
  'consent.loadFailed':
    'Vos choix actuels n’ont pas pu être chargés. Seules les cases que vous changez seront enregistrées.',
  'consent.state.given': 'Accord donné le {date}.',
  'consent.state.refused': 'Refusé le {date}.',
  'consent.state.withdrawn': 'Accord retiré le {date}.',
  'consent.state.objected': 'Opposition enregistrée le {date}.',
  'consent.state.notObjected': 'Pas d’opposition depuis le {date}.',
  'consent.badIndicatedBy':
    'L’attribut indicated-by doit valoir subject, mandatary ou staff, éventuellement suivi de « : » et d’une référence.',

  'consent.recipients.us': 'nos services commerciaux et marketing, et nos sous-traitants tenus à la confidentialité',
  'consent.recipients.group': 'les sociétés de notre groupe',
  'consent.recipients.partners':
    'nos partenaires commerciaux (des sociétés avec lesquelles nous travaillons régulièrement), qui ne s’en servent que pour vous proposer directement leurs produits',

  'consent.p.electronic-prospection.label':
    'J’accepte de recevoir par e-mail, SMS ou MMS des offres pour d’autres produits que ceux que j’ai souscrits.',
  'consent.p.electronic-prospection.description':
    'Par exemple, une offre d’assurance habitation si vous n’avez chez nous qu’une assurance auto. Chaque message contient un lien pour ne plus en recevoir.',
  'consent.p.automated-calls.label':
    'J’accepte que vous me contactiez pour des offres par appel automatisé ou par fax.',
  'consent.p.automated-calls.description':
    'Un appel automatisé est passé par une machine, sans conseiller au bout du fil. Chaque message indique comment ne plus en recevoir.',
  'consent.p.partners-electronic.label':
    'J’accepte que vous transmettiez mon adresse e-mail et mon numéro de téléphone à vos partenaires, pour qu’ils m’envoient leurs offres par e-mail, SMS, MMS, appel automatisé ou fax.',
  'consent.p.partners-electronic.description':
    'Si vous retirez votre accord, nous prévenons sans délai chaque partenaire qui a reçu vos coordonnées.',
  'consent.p.sensitive-data.label':
    'J’accepte que vous utilisiez les informations que je vous donne et qui pourraient révéler mes origines, mes opinions politiques ou philosophiques, ma religion ou mon appartenance à un syndicat.',
  'consent.p.sensitive-data.description':
    'Uniquement ce que vous choisissez de nous dire, pour traiter votre demande. Ces informations ne servent jamais à établir un profil.',
  'consent.p.photo.label': 'J’accepte que vous utilisiez ma photo ou mon image.',
  'consent.p.photo.description':
    'Uniquement la photo ou l’image que vous nous transmettez, pour l’usage annoncé. Sans votre accord, nous ne la gardons pas.',
  'consent.p.postal-phone-prospection.label':
    'Je m’oppose à recevoir des offres par courrier postal ou par l’appel d’un conseiller.',
  'consent.p.postal-phone-prospection.description':
    'Si vous ne cochez pas cette case, nous pouvons vous envoyer des offres par courrier, ou un conseiller peut vous appeler.',
  'consent.p.analogous-email-prospection.label':
    'Je m’oppose à recevoir par e-mail des offres pour des produits semblables à ceux que j’ai souscrits.',
  'consent.p.analogous-email-prospection.description':
    'Par exemple, une extension de votre assurance auto. Chaque e-mail contient aussi un lien pour ne plus en recevoir.',
  'consent.p.partners-postal.label':
    'Je m’oppose à ce que vous transmettiez mon adresse postale et mon numéro de téléphone à vos partenaires, pour des offres par courrier ou par l’appel d’un conseiller.',
  'consent.p.partners-postal.description':
    'Ils ne s’en servent que pour vous proposer directement leurs produits. Si vous vous opposez plus tard, nous les prévenons sans délai.',
  'consent.p.partners-identity.label':
    'Je m’oppose à ce que vous transmettiez à vos partenaires mon identité et ma situation familiale, économique et financière.',
  'consent.p.partners-identity.description':
    'Par exemple votre nom, votre situation familiale ou votre profession, jamais votre numéro de client. Ils ne s’en servent que pour vous proposer directement leurs produits.',
  'consent.p.share.label': 'À ma demande, j’accepte que vous transmettiez {data} à {recipient}.',
  'consent.p.share.description':
    'Seulement ces données, et seulement à ce destinataire, pour le service que vous avez demandé. Vous pouvez retirer cet accord à tout moment : la transmission s’arrête alors.',
};
