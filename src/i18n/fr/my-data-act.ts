/** Texts of <procura-my-data> once a person acts (the form’s errors, the sending, the downloads, the PDF’s own words): a lazy catalog. French is the source. */
export default {
  'mydata.download.pdfMaking': 'Préparation du résumé PDF…',
  'mydata.download.pdfFailed': 'Le résumé PDF n’a pas pu être préparé. {reason}',
  'mydata.download.done': 'Le fichier {name} est téléchargé.',
  'mydata.pdf.title': 'Fiche de synthèse de mes données',
  'mydata.pdf.generated': 'Données gardées par {office}, à la date du {date}.',
  'rights.sent': 'Votre demande est reçue, sous la référence {reference}. Elle figure dans la liste ci-dessous.',
  'rights.queued':
    'Le serveur ne répond pas pour le moment : votre demande est gardée dans ce navigateur et partira d’elle-même, une seule fois.',
  'rights.receiptFailed': 'Le reçu n’a pas pu être téléchargé. {reason}',
  'rights.error.kind': 'Choisissez ce que vous demandez.',
  'rights.error.field': 'Choisissez la donnée à corriger.',
  'rights.error.value': 'Écrivez la nouvelle valeur.',
  'rights.error.fileSize': 'Le justificatif dépasse 2 Mo : choisissez un fichier plus petit.',
  'rights.error.fileType': 'Le justificatif doit être un fichier PDF, PNG ou JPEG.',
  'rights.field': 'La donnée à corriger',
  'rights.field.choose': 'Choisissez une donnée',
  'rights.value': 'La nouvelle valeur',
} as const;
