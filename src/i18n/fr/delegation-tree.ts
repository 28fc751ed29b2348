/** Texts of <procura-delegation-tree>. French is the source; nl and en translate these keys. */
export default {
  'tree.loading': 'Chargement du questionnaire…',
  'tree.step': 'Question {n}',
  'tree.continue': 'Continuer',
  'tree.back': 'Retour',
  'tree.choose': 'Choisissez une réponse pour continuer.',
};
