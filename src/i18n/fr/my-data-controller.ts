/** Texts of <procura-my-data>'s part on the controller and the person's rights, shown only with a configuration: a lazy catalog, loaded with the configuration's check. French is the source. */
export default {
  'mydata.controller': 'Qui traite vos données, et vos droits',
  'mydata.controller.name': 'Responsable du traitement',
  'mydata.controller.address': 'Adresse',
  'mydata.controller.contact': 'Contact',
  'mydata.controller.dpo': 'Délégué à la protection des données',
  'mydata.controller.policy': 'Lire la politique de confidentialité',
  'mydata.rights.default':
    'Vous pouvez demander une copie de vos données, leur correction, leur effacement, la limitation de leur usage, ou vous opposer à un traitement. Votre courtier répond dans un délai d’un mois, prolongeable de deux mois en cas de demande complexe ; il vous dit alors pourquoi.',
} as const;
