/** delegation-tree-outcome: loaded lazily with its chunk. French is the source. */
export default {
  'tree.restart': 'Recommencer',
  'tree.answers': 'Vos réponses',
  'tree.change': 'Modifier',
  'tree.changeLabel': 'Modifier votre réponse à « {question} »',
  'tree.outcome': 'Résultat',
  'tree.mandate.yes': 'Un formulaire de mandat est nécessaire.',
  'tree.mandate.no': 'Aucun formulaire de mandat n’est nécessaire.',
  'tree.contracts.all': 'Contrats concernés : tous les contrats.',
  'tree.contracts.one': 'Contrats concernés : uniquement le contrat en question.',
  'tree.contracts.listed': 'Contrats concernés : une liste de contrats, à préciser dans le formulaire.',
  'tree.refused': 'Cette demande ne peut pas être acceptée.',
  'tree.reason': 'Pourquoi : {reason}',
  'tree.next': 'Passer à l’étape suivante',
  'tree.toForm': 'Remplir le formulaire',
  'tree.announce': 'Résultat du questionnaire : {text}',
} as const;
