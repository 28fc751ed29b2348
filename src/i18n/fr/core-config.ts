/** The sentences of a configuration error (core-config.ts loads them with the check, only then). French is the source. */
export default {
  'core.configError.notReady': 'Cet élément n’est pas encore prêt : le site doit corriger sa configuration.',
  'core.configError.details': 'Détails pour le développeur du site',
} as const;
