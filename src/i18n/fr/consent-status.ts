/** Texts of <procura-consent>'s states after the first screen (loading and stored choices, saved, nothing changed, load failed, a wrong indicated-by), loaded when one is reached. French is the source. */
export default {
  'consent.saved': 'Vos choix sont enregistrés. Merci.',
  'consent.nothingChanged': 'Vous n’avez rien changé : il n’y a rien à enregistrer.',
  'consent.loadFailed':
    'Vos choix actuels n’ont pas pu être chargés. Seules les cases que vous changez seront enregistrées.',
  'consent.state.given': 'Accord donné le {date}.',
  'consent.state.refused': 'Refusé le {date}.',
  'consent.state.withdrawn': 'Accord retiré le {date}.',
  'consent.state.objected': 'Opposition enregistrée le {date}.',
  'consent.state.notObjected': 'Pas d’opposition depuis le {date}.',
  'consent.loading': 'Chargement de vos choix actuels…',
  'consent.badIndicatedBy':
    'L’attribut indicated-by doit valoir subject, mandatary ou staff, éventuellement suivi de « : » et d’une référence.',
};
