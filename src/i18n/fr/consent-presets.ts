/** Texts of <procura-consent>'s presets (src/model/consent-presets.ts), loaded with its configuration check (src/consent/lazy.ts). French is the source. */
export default {
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
