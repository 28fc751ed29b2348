/** The consent editor (`KindEditor` for `consent`): presets with their rule, the office's purposes, the controller and notice. */
import { html } from '../../core/reactive.js';
import type { KindEditor, StudioHost } from '../host.js';
import { blank, problems, PRESET_IDS, type Draft } from './model.js';
import { controllerView, customView, presetsView } from './view.js';

function starters(host: StudioHost) {
  return [
    {
      name: 'insurance-prospection',
      label: host.t('studio.consent.starter.insurance'),
      definition: {
        purposes: [...PRESET_IDS],
        controller: {
          name: 'Bureau Exemple',
          address: 'Rue de l’Exemple 1, 1000 Bruxelles',
          contact: 'vie-privee@exemple.be',
        },
        policyUrl: '/vie-privee',
        noticeVersion: '1',
      } satisfies Draft,
    },
  ];
}

export const consentEditor: KindEditor<Draft> = {
  kind: 'consent',
  blank,
  starters,
  problems,
  render(host, d) {
    const found = problems(host, d);
    return html`${presetsView(host, d)} ${customView(host, d, found)} ${controllerView(host, d, found)}`;
  },
};
