/**
 * The steps before the review as pure templates: the grantor's (or requester's) part, the
 * handover, the mandatary's part. They take a `StepView` and call its handlers; no state.
 */
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import { live } from 'lit/directives/live.js';
import type { ContractsScope } from '../model/tree.js';
import { COMPANY, NATURAL, REPRESENTATIVE, VALIDITY, type Kind, type Step } from './model.js';
import { fieldset, input, radios, type FieldView } from './fields.js';
import { CONTRACTS_TEXT, KIND_TEXT } from './texts.js';

/** What the steps show, and the handlers of their form. */
export interface StepView extends FieldView {
  request: boolean;
  kind: Kind;
  /** The kind is set (by the attribute, the tree or the account): no choice shown. */
  kindFixed: boolean;
  scope: ContractsScope;
  scopeFixed: boolean;
  /** The services set by the attribute (none: a field asks for one). */
  services?: string[];
  /** The errors' summary (or nothing) and the signature pads. */
  summary: TemplateResult | typeof nothing;
  pad(party: 'grantor' | 'mandatary', off: boolean): TemplateResult;
  /** "Continue" is disabled (the form is, or it waits for the tree). */
  nextOff: boolean;
  /** "Retour" is disabled (the form is, as a native control in a disabled fieldset). */
  backOff: boolean;
  on: { submit(e: Event): void; input(e: Event): void; change(e: Event): void; go(step: Step): void };
}

export function stepForm(v: StepView, body: TemplateResult, back?: Step): TemplateResult {
  const t = v.texts.localize;
  return html`<form novalidate @submit=${v.on.submit} @input=${v.on.input} @change=${v.on.change} @focusout=${v.on.change}>
    ${v.summary} ${body}
    <div class="actions">
      ${back ? html`<button type="button" ?disabled=${v.backOff} @click=${() => v.on.go(back)}>${t.t('mandate.back')}</button>` : nothing}
      <button type="submit" part="next" class="primary" ?disabled=${v.nextOff}>${t.t('mandate.next')}</button>
    </div>
  </form>`;
}

function who(v: StepView): TemplateResult {
  if (v.kind === 'legal')
    return html`${fieldset(v, 'mandate.legend.company', COMPANY)}${fieldset(v, 'mandate.legend.representative', REPRESENTATIVE)}`;
  return fieldset(v, v.request ? 'mandate.legend.requester' : 'mandate.legend.grantor', NATURAL);
}

function service(v: StepView, names: (list: string[]) => string): TemplateResult {
  return v.services
    ? html`<p>${v.texts.label('service')} : <strong>${names(v.services)}</strong></p>`
    : input(v, ['service', 'text', 'off', 1]);
}

/** The access given by a mandate: the service(s), the contracts, the validity. */
function access(v: StepView): TemplateResult {
  const t = v.texts.localize;
  const names = (list: string[]) => t.list(list.map((s) => v.texts.serviceName(s)));
  const contracts = v.scopeFixed
    ? html`<p>${v.texts.label('scope.contracts')} : <strong>${t.t(CONTRACTS_TEXT[v.scope])}</strong></p>`
    : radios(v, {
        path: 'scope.contracts',
        legend: 'mandate.scope.contracts',
        current: v.scope,
        options: CONTRACTS_TEXT,
      });
  return html`<fieldset ?disabled=${v.off}>
      <legend>${t.t('mandate.legend.access')}</legend>
      ${service(v, names)} ${contracts}
      ${v.scope === 'all' ? nothing : input(v, ['scope.contractIds', 'text', 'off', 1])}
      <label class="choice"><input type="checkbox" name="scope.includeFuture" .checked=${live(v.values['scope.includeFuture'] === true)} />${t.t('mandate.includeFuture')}</label>
    </fieldset>
    ${fieldset(v, 'mandate.legend.validity', VALIDITY)}`;
}

/** The access asked for oneself: the service, and always every contract, future ones included (000). */
function requestAccess(v: StepView): TemplateResult {
  const t = v.texts.localize;
  return html`<fieldset ?disabled=${v.off}>
    <legend>${t.t('mandate.request.legend.access')}</legend>
    ${service(v, (list) => v.texts.serviceName(list[0] ?? ''))}
    <p>${v.texts.label('scope.contracts')} : <strong>${t.t('mandate.contracts.all')}</strong></p>
    <p>${t.t('mandate.request.future')}</p>
  </fieldset>`;
}

export function grantorStep(v: StepView): TemplateResult {
  const t = v.texts.localize;
  const legend = v.request ? 'mandate.request.legend.kind' : 'mandate.legend.kind';
  const kind = v.kindFixed ? nothing : radios(v, { path: 'grantor.kind', legend, current: v.kind, options: KIND_TEXT });
  return stepForm(
    v,
    html`${kind}
      ${v.bound.size ? html`<p class="hint" id="bound-hint">${t.t('mandate.fromAccount')}</p>` : nothing}
      ${who(v)} ${v.request ? requestAccess(v) : access(v)} ${v.pad('grantor', v.off)}`,
  );
}
