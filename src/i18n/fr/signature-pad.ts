/** Texts of <procura-signature-pad>. French is the source. */
export default {
  'pad.label': 'Votre signature',
  'pad.labelFor': 'Signature de {name}',
  'pad.requiredMark': '(obligatoire)',
  'pad.methods': 'Comment voulez-vous signer ?',
  'pad.method.drawn': 'Dessiner',
  'pad.method.uploaded': 'Téléverser une image',
  'pad.method.typed': 'Taper mon nom',
  'pad.canvas': 'Zone où dessiner votre signature',
  'pad.canvasFor': 'Zone où {name} dessine sa signature',
  'pad.drawHelp': 'Signez dans le cadre avec la souris, le doigt ou un stylet, comme sur papier.',
  'pad.drawAlt.uploaded':
    'Si vous ne pouvez pas dessiner, choisissez plutôt de téléverser une image de votre signature manuscrite.',
  'pad.drawAlt.typed': 'Si vous ne pouvez pas dessiner, choisissez plutôt de taper votre nom.',
  'pad.drawAlt.both':
    'Si vous ne pouvez pas dessiner, choisissez plutôt de téléverser une image de votre signature manuscrite ou de taper votre nom.',
  'pad.undo': 'Annuler le dernier trait',
  'pad.clear': 'Effacer',
  'pad.tooShort': 'Votre signature est trop courte. Signez comme sur papier, avec votre nom ou votre paraphe habituel.',
  'pad.missing.drawn': 'La signature manque : dessinez-la dans le cadre, ou choisissez une autre façon de signer.',
  'pad.missing.uploaded': 'La signature manque : choisissez l’image de votre signature manuscrite.',
  'pad.missing.typed': 'La signature manque : tapez votre nom, puis cochez la case qui en fait votre signature.',
  'pad.upload.label': 'Image de votre signature manuscrite',
  'pad.upload.help':
    'Signez à l’encre foncée sur une feuille blanche, photographiez-la ou scannez-la, puis choisissez le fichier (PNG, JPEG ou WebP, {max} Mo au plus). Seule l’encre est gardée : la photo d’origine et ses métadonnées (lieu, appareil) ne quittent pas votre navigateur.',
  'pad.upload.busy': 'Lecture de l’image…',
  'pad.upload.notImage':
    'Ce fichier n’est pas une image lisible. Choisissez une photo ou un scan au format PNG, JPEG ou WebP.',
  'pad.upload.tooBig': 'Ce fichier dépasse {max} Mo. Choisissez une image plus légère.',
  'pad.upload.empty':
    'Aucune signature n’apparaît sur cette image. Signez à l’encre foncée sur un papier clair, puis réessayez.',
  'pad.upload.preview': 'Aperçu de la signature retenue',
  'pad.upload.remove': 'Retirer l’image',
  'pad.typed.label': 'Votre nom, tel que vous signez',
  'pad.typed.intent': 'Je veux que ce nom tapé vaille ma signature.',
  'pad.typed.intentMissing': 'Cochez la case pour confirmer que ce nom tapé vaut votre signature.',
  'pad.status.empty': 'Pas encore de signature.',
  'pad.status.signed': 'Signature enregistrée le {date}.',
} as const;
