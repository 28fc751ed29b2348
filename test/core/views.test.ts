// The shared views: what a person sees and hears about a submission and about drafts, in the
// page's language, in live regions that are always there (so what comes into them is read).
import { expect } from '@open-wc/testing';
import { render, type ReactiveControllerHost } from 'lit';
import { LocalizeController } from '../../src/core/localize.js';
import { submissionStatus, draftNotice } from '../../src/core/views.js';
import type { SubmissionState } from '../../src/core/backend-controller.js';
import type { DraftStatus } from '../../src/core/draft-store.js';
import { coreCatalog, type CoreKey } from '../../src/i18n/core.js';

const host: ReactiveControllerHost = {
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
};
async function texts(locale: string): Promise<LocalizeController<CoreKey>> {
  const c = new LocalizeController<CoreKey>(host, [coreCatalog]);
  await c.setLocale(locale);
  return c;
}
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const STATES: Array<[SubmissionState, string, string]> = [
  [{ state: 'idle' }, '', ''],
  [{ state: 'sending' }, 'Envoi en cours…', ''],
  [{ state: 'sent', response: {} }, 'Vos choix sont enregistrés.', ''],
  [
    { state: 'queued', id: 'q1' },
    'Le serveur est injoignable pour le moment. Votre envoi est gardé dans ce navigateur et partira dès que la connexion reviendra.',
    '',
  ],
  [{ state: 'local' }, 'Aucun serveur n’est configuré : rien ne sera envoyé.', ''],
  [{ state: 'cancelled' }, 'L’envoi a été annulé par la page.', ''],
  [
    { state: 'failed', message: 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.', fields: {} },
    '',
    'L’envoi n’a pas abouti. Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
  ],
];

describe('views: submissionStatus', () => {
  it('says where a submission is, in French, in the same two live regions for every state', async () => {
    const l = await texts('fr');
    const box = document.createElement('div');
    document.body.append(box);
    render(submissionStatus(l, { state: 'idle' }, { sent: 'Vos choix sont enregistrés.' }), box);
    const status = box.querySelector('p[role=status]');
    const alert = box.querySelector('[role=alert]');
    expect(status, 'the status region is there while idle').to.not.equal(null);
    expect(alert, 'the alert region is there while idle').to.not.equal(null);
    for (const [state, said, alerted] of STATES) {
      render(submissionStatus(l, state, { sent: 'Vos choix sont enregistrés.' }), box);
      expect(clean(box.querySelector('p[role=status]')!.textContent), state.state).to.equal(said);
      expect(clean(box.querySelector('[role=alert]')!.textContent), state.state).to.equal(alerted);
      expect(box.querySelector('p[role=status]') === status, `${state.state}: the same status node`).to.equal(true);
      expect(box.querySelector('[role=alert]') === alert, `${state.state}: the same alert node`).to.equal(true);
      expect(alert!.getAttribute('part'), state.state).to.equal(state.state === 'failed' ? 'error' : null);
    }
    box.remove();
  });

  it('uses the element’s own words for a queued submission, and marks the local notice', async () => {
    const l = await texts('fr');
    const box = document.createElement('div');
    render(
      submissionStatus(
        l,
        { state: 'queued', id: 'q' },
        { sent: 'Envoyé.', queued: 'Votre demande partira plus tard.' },
      ),
      box,
    );
    expect(clean(box.querySelector('[role=status]')!.textContent)).to.equal('Votre demande partira plus tard.');
    render(submissionStatus(l, { state: 'local' }, { sent: 'Envoyé.' }), box);
    expect(clean(box.querySelector('[role=status].notice')!.textContent)).to.equal(
      'Aucun serveur n’est configuré : rien ne sera envoyé.',
    );
  });

  it('speaks Dutch on a Dutch page', async () => {
    const l = await texts('nl-BE');
    const box = document.createElement('div');
    render(submissionStatus(l, { state: 'sending' }, { sent: 'Opgeslagen.' }), box);
    expect(clean(box.querySelector('[role=status]')!.textContent)).to.equal('Bezig met verzenden…');
    render(
      submissionStatus(l, { state: 'failed', message: 'De server antwoordt niet.', fields: {} }, { sent: '' }),
      box,
    );
    expect(clean(box.querySelector('[role=alert]')!.textContent)).to.equal(
      'Het verzenden is mislukt. De server antwoordt niet.',
    );
    expect(box.querySelector('[lang]'), 'nothing fell back to French').to.equal(null);
  });
});

describe('views: draftNotice', () => {
  const NOTICES: Array<[DraftStatus, string]> = [
    ['empty', ''],
    ['saved', ''],
    ['off', ''],
    [
      'unavailable',
      'Les brouillons sont désactivés dans ce navigateur : ce que vous saisissez sera perdu si vous quittez la page.',
    ],
    ['stale', 'Le questionnaire a changé depuis votre dernière visite : nous recommençons depuis le début.'],
    ['restored', ''],
  ];

  it('says nothing, that drafts are off, or that an older draft was dropped, in one status region', async () => {
    const l = await texts('fr');
    const box = document.createElement('div');
    render(draftNotice(l, 'empty'), box);
    const region = box.querySelector('[role=status]');
    expect(region).to.not.equal(null);
    for (const [status, said] of NOTICES) {
      render(draftNotice(l, status), box);
      expect(box.querySelector('[role=status]') === region, `${status}: the same region`).to.equal(true);
      expect(clean(region!.textContent), status).to.equal(said);
      expect(!!region!.querySelector('.notice.warn'), status).to.equal(said !== '');
    }
  });

  it('says when a restored draft was begun, in the page’s language', async () => {
    const savedAt = new Date(2026, 10, 3, 14, 5).getTime();
    const fr = document.createElement('div');
    render(draftNotice(await texts('fr'), 'restored', savedAt), fr);
    expect(clean(fr.textContent)).to.match(
      /^Nous avons repris le brouillon que vous aviez commencé le 3 novembre 2026/,
    );
    const de = document.createElement('div');
    render(draftNotice(await texts('de'), 'unavailable'), de);
    expect(clean(de.querySelector('[role=status]')!.textContent)).to.match(/^Entwürfe sind/);
  });
});
