// A minimal element built on the core, so that the core is tested the way the
// elements use it: configuration, locale, form association, drafts, submission.
import { html } from 'lit';
import { FormAssociatedElement, type FormValue } from '../../src/core/form-associated.js';
import { DraftController } from '../../src/core/draft-store.js';
import { BackendController } from '../../src/core/backend-controller.js';
import { define } from '../../src/core/define.js';
import { object, optional, integer, string } from '../../src/model/schema.js';
import { localized, pick } from '../../src/model/localized.js';

const schema = object({
  greeting: optional(localized()),
  max: optional(integer({ min: 1, max: 100 })),
  title: optional(string({ max: 20 })),
});
type Config = { greeting?: string | { fr: string }; max?: number; title?: string };

export class TestFixture extends FormAssociatedElement<Config> {
  value = '';
  drafts = new DraftController<{ value: string }>(this, {
    key: () => this.resolvedDraftKey,
    version: () => '1',
    enabled: () => true,
  });
  submission = new BackendController(this, 'consent');

  protected override configSchema() {
    return schema;
  }

  protected override renderContent() {
    return html`<p class="greeting">${pick(this.settings.greeting ?? 'Bonjour', this.localize.locale)}</p>
      <p class="locale">${this.localize.locale}</p>
      <p class="draft">${this.drafts.status}</p>
      <p class="sent">${this.localize.t('core.sent')}</p>
      <label>Valeur <input .value=${this.value} @input=${(e: Event) => this.setText((e.target as HTMLInputElement).value)} /></label>`;
  }

  setText(v: string, save = true): void {
    this.value = v;
    this.setFormValue(v || null);
    const input = this.renderRoot.querySelector('input') ?? undefined;
    this.setValidity(this.required && !v ? { valueMissing: true } : {}, this.localize.t('core.required'), input);
    if (save) void this.drafts.save({ value: v });
    this.requestUpdate();
  }

  override firstUpdated(): void {
    // Not saved: an empty first render must not overwrite a draft that is yet to be restored.
    this.setText(this.value, false);
  }

  protected resetValue(): void {
    this.setText('');
  }

  protected restoreValue(state: FormValue): void {
    this.setText(typeof state === 'string' ? state : '');
  }
}
define('procura-test-fixture', TestFixture);
