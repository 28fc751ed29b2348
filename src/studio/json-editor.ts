/**
 * The definition as JSON text, for every kind: the way back for what an editor does not
 * offer yet, and the tree's editor until the outline is registered. A text that is not
 * valid JSON is said so and kept out of the definition (the last valid one stays).
 */
import { html } from '../core/reactive.js';
import type { DefinitionKind } from '../model/definition.js';
import type { KindEditor, StudioHost } from './host.js';

let invalid = false;

function onInput(host: StudioHost, e: Event): void {
  const text = (e.target as HTMLTextAreaElement).value;
  try {
    const next = JSON.parse(text) as unknown;
    invalid = false;
    host.commit(next, host.t('studio.json.changed'));
  } catch {
    invalid = true;
    host.requestUpdate();
  }
}

export function jsonView(host: StudioHost, definition: unknown) {
  return html`<div class="field">
    <label for="json">${host.t('studio.json.label')}</label>
    <p class="hint" id="json-hint">${host.t('studio.json.hint')}</p>
    <textarea
      id="json"
      rows="16"
      spellcheck="false"
      aria-describedby="json-hint json-error"
      aria-invalid=${invalid ? 'true' : 'false'}
      .value=${JSON.stringify(definition, null, 2)}
      @input=${(e: Event) => onInput(host, e)}
    ></textarea>
    <p id="json-error" class="field-error" role="alert">${invalid ? host.t('studio.json.invalid') : ''}</p>
  </div>`;
}

export function jsonEditor(kind: DefinitionKind): KindEditor {
  return {
    kind,
    blank: () => ({}),
    starters: () => [],
    problems: () => [],
    render: jsonView,
  };
}
