// The answer read from its form, and the erasure's confirmation naming what will be erased.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type {
  CorrectableField,
  DeskRightsRequest,
  RightsAnswerInput,
  RightsOutcome,
  RightsRefusalCode,
} from '../model/rights.js';
import type { RightsLocalize } from './rights-texts.js';

/** What the answer form sends: the outcome, a code unless done, the note, a rectification's change. */
export function answerOf(form: HTMLFormElement, outcome: RightsOutcome): RightsAnswerInput {
  const data = new FormData(form);
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const code = text('code') as RightsRefusalCode | '';
  const note = text('note');
  const field = text('field') as CorrectableField | '';
  const after = text('after');
  return {
    outcome,
    ...(outcome !== 'done' && code && { code }),
    ...(note && { note }),
    ...(field && after && { changes: [{ field, after }] }),
  };
}

/** The erasure asks once more, and says what goes: the identity, the consents, the grants, the questionnaires. */
export function renderEraseDialog(
  l: RightsLocalize,
  detail: DeskRightsRequest | undefined,
  onClose: (e: Event) => void,
): TemplateResult {
  const d = detail?.data;
  const body = d
    ? html`<h2 id="rdlg-t">${l.t('desk.rights.erase.title', { name: d.person.displayName })}</h2>
        <p id="rdlg-d">${l.t('desk.rights.erase.text')}</p>
        <ul part="rights-erase-list">
          <li>${l.t('desk.rights.erase.identity', { email: d.person.email })}</li>
          <li>${l.t('desk.rights.data.consents', { count: d.consents.records.length })}</li>
          <li>${l.t('desk.rights.data.grantsGiven', { count: d.grantsGiven.length })}</li>
          <li>${l.t('desk.rights.data.grantsHeld', { count: d.grantsHeld.length })}</li>
          <li>${l.t('desk.rights.data.decisions', { count: d.decisions.length })}</li>
          <li>${l.t('desk.rights.data.requests', { count: d.requests.length })}</li>
          <li>${l.t('desk.rights.erase.sessions')}</li>
        </ul>
        <form method="dialog">
          <div class="actions">
            <button value="cancel" formnovalidate autofocus>${l.t('desk.cancel')}</button>
            <button value="erase" part="submit" class="danger">${l.t('desk.rights.erase.go')}</button>
          </div>
        </form>`
    : nothing;
  return html`<dialog part="dialog" aria-labelledby="rdlg-t" aria-describedby="rdlg-d" @close=${onClose}>${body}</dialog>`;
}
