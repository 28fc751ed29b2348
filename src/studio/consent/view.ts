/** The consent editor's screens: the presets with their rule of 002, the office's own purposes, the controller and notice. */
import { html, nothing } from '../../core/reactive.js';
import { PRESETS, type PresetId } from '../../model/consent-config.js';
import type { StudioKey } from '../../i18n/studio.js';
import type { StudioHost, StudioProblem } from '../host.js';
import { PRESET_IDS, presetOf, textOf, type CustomPurpose, type Draft, type Entry } from './model.js';
import { langFields, textsOf } from '../langs.js';
import type { Localized } from '../../model/localized.js';

export const PRESET_KEY: Record<PresetId, StudioKey> = {
  'electronic-prospection': 'studio.consent.p.electronic-prospection',
  'automated-calls': 'studio.consent.p.automated-calls',
  'partners-electronic': 'studio.consent.p.partners-electronic',
  'sensitive-data': 'studio.consent.p.sensitive-data',
  photo: 'studio.consent.p.photo',
  'postal-phone-prospection': 'studio.consent.p.postal-phone-prospection',
  'analogous-email-prospection': 'studio.consent.p.analogous-email-prospection',
  'partners-postal': 'studio.consent.p.partners-postal',
  'partners-identity': 'studio.consent.p.partners-identity',
};

/** The problems at `at` or inside it, as the text below a field (the field names them with aria-describedby). */
export function fieldErrors(id: string, at: string, problems: StudioProblem[]) {
  const mine = problems.filter((p) => p.at === at || p.at.startsWith(`${at}.`));
  return html`<p class="field-error" id=${`${id}-error`} role="alert">${mine.map((p) => p.message).join(' ')}</p>`;
}

export const invalid = (at: string, problems: StudioProblem[]) =>
  problems.some((p) => p.at === at || p.at.startsWith(`${at}.`)) ? 'true' : 'false';

export function presetsView(host: StudioHost, d: Draft) {
  const entries = d.purposes ?? [];
  const toggle = (id: PresetId, on: boolean) => {
    const rest = entries.filter((e) => presetOf(e) !== id);
    const name = host.t(PRESET_KEY[id]);
    host.commit(
      { ...d, purposes: on ? [...rest, id] : rest },
      host.t(on ? 'studio.consent.presetOn' : 'studio.consent.presetOff', { name }),
    );
  };
  return html`<fieldset>
    <legend>${host.t('studio.consent.presets.legend')}</legend>
    ${PRESET_IDS.map((id) => {
      const on = entries.some((e) => presetOf(e) === id);
      const rule = PRESETS[id].basis === 'consent' ? 'studio.consent.rule.consent' : 'studio.consent.rule.opposition';
      return html`<div>
        <label class="choice"
          ><input
            type="checkbox"
            .checked=${on}
            aria-describedby=${`rule-${id}`}
            @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
          />
          ${host.t(PRESET_KEY[id])}</label
        >
        <p class="rule" id=${`rule-${id}`}>${host.t(rule)}</p>
      </div>`;
    })}
  </fieldset>`;
}

function textField(o: {
  host: StudioHost;
  id: string;
  label: string;
  value: string;
  at: string;
  problems: StudioProblem[];
  onInput: (value: string) => void;
}) {
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    <input
      id=${o.id}
      type="text"
      .value=${o.value}
      aria-invalid=${invalid(o.at, o.problems)}
      aria-describedby=${`${o.id}-error`}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${fieldErrors(o.id, o.at, o.problems)}
  </div>`;
}

type ControllerField = 'name' | 'address' | 'contact' | 'dpo';
const CONTROLLER_KEY: Record<ControllerField, StudioKey> = {
  name: 'studio.consent.controller.name',
  address: 'studio.consent.controller.address',
  contact: 'studio.consent.controller.contact',
  dpo: 'studio.consent.controller.dpo',
};

/** True when a text has no words in any language (an optional text is then left out). */
const blank = (v: unknown) => !Object.values(textsOf(v)).some((x) => x?.trim());

export function controllerView(host: StudioHost, d: Draft, problems: StudioProblem[]) {
  const c = d.controller ?? {};
  const changed = (label: string) => host.t('studio.consent.fieldChanged', { name: label });
  const setController = (f: ControllerField, v: Localized) => {
    const next = { ...c, [f]: v };
    if (f === 'dpo' && blank(v)) delete next.dpo;
    host.commit({ ...d, controller: next }, changed(host.t(CONTROLLER_KEY[f])));
  };
  const fields = (Object.keys(CONTROLLER_KEY) as ControllerField[]).map((f) =>
    f === 'contact'
      ? textField({
          host,
          id: `controller-${f}`,
          label: host.t(CONTROLLER_KEY[f]),
          value: textOf(c[f]),
          at: `controller.${f}`,
          problems,
          onInput: (v) => setController(f, v),
        })
      : langFields(host, {
          id: `controller-${f}`,
          legend: host.t(CONTROLLER_KEY[f]),
          value: c[f],
          at: `controller.${f}`,
          problems,
          onChange: (v) => setController(f, v),
        }),
  );
  const policy = host.t('studio.consent.policyUrl');
  const version = host.t('studio.consent.noticeVersion');
  return html`<fieldset>
    <legend>${host.t('studio.consent.controller.legend')}</legend>
    <p class="rule">${host.t('studio.consent.texts.hint')}</p>
    ${fields}
    ${langFields(host, { id: 'policy-url', legend: policy, value: d.policyUrl, at: 'policyUrl', problems, onChange: (v) => host.commit({ ...d, policyUrl: v }, changed(policy)) })}
    ${textField({ host, id: 'notice-version', label: version, value: d.noticeVersion ?? '', at: 'noticeVersion', problems, onInput: (v) => host.commit({ ...d, noticeVersion: v }, changed(version)) })}
  </fieldset>`;
}

export function customView(host: StudioHost, d: Draft, problems: StudioProblem[]) {
  const entries = d.purposes ?? [];
  const add = () => {
    const n = entries.length + 1;
    const p: CustomPurpose = { id: `purpose-${n}`, label: '', basis: 'consent', version: '1' };
    host.commit({ ...d, purposes: [...entries, p] }, host.t('studio.consent.custom.added'));
  };
  return html`<fieldset>
    <legend>${host.t('studio.consent.custom.legend')}</legend>
    ${entries.map((e, i) => (presetOf(e) === undefined && typeof e === 'object' ? purposeView(host, d, i, problems) : nothing))}
    <button type="button" @click=${add}>${host.t('studio.consent.custom.add')}</button>
  </fieldset>`;
}

function purposeView(host: StudioHost, d: Draft, i: number, problems: StudioProblem[]) {
  const entries = d.purposes ?? [];
  const p = entries[i] as CustomPurpose;
  const name = textOf(p.label) || p.id;
  const set = (patch: Partial<CustomPurpose>) => {
    const next: Entry[] = entries.map((e, j) => (j === i ? clean({ ...p, ...patch }) : e));
    host.commit({ ...d, purposes: next }, host.t('studio.consent.custom.changed', { name: p.id }));
  };
  const remove = async () => {
    if (!(await host.confirm(host.t('studio.consent.custom.removeConfirm', { name })))) return;
    host.commit(
      { ...d, purposes: entries.filter((_, j) => j !== i) },
      host.t('studio.consent.custom.removed', { name }),
    );
  };
  const at = `purposes.${i}`;
  const id = `purpose-${i}`;
  return html`<div class="purpose" role="group" aria-label=${name}>
    ${textField({ host, id: `${id}-id`, label: host.t('studio.consent.custom.id'), value: p.id, at: `${at}.id`, problems, onInput: (v) => set({ id: v }) })}
    ${langFields(host, { id: `${id}-label`, legend: host.t('studio.consent.custom.label'), value: p.label, at: `${at}.label`, problems, onChange: (v) => set({ label: v }) })}
    ${langFields(host, { id: `${id}-description`, legend: host.t('studio.consent.custom.description'), value: p.description, at: `${at}.description`, problems, multiline: true, onChange: (v) => set({ description: blank(v) ? undefined : v }) })}
    <div class="field">
      <label for=${`${id}-basis`}>${host.t('studio.consent.custom.basis')}</label>
      <select id=${`${id}-basis`} aria-describedby=${`${id}-basis-error`} aria-invalid=${invalid(`${at}.basis`, problems)} @change=${(e: Event) => set({ basis: (e.target as HTMLSelectElement).value as CustomPurpose['basis'] })}>
        <option value="consent" ?selected=${p.basis === 'consent'}>${host.t('studio.consent.basis.consent')}</option>
        <option value="opposition" ?selected=${p.basis === 'opposition'}>${host.t('studio.consent.basis.opposition')}</option>
      </select>
      ${fieldErrors(`${id}-basis`, `${at}.basis`, problems)}
    </div>
    ${flag(host, { id: `${id}-checked`, label: host.t('studio.consent.custom.checked'), on: !!p.checked, at: `${at}.checked`, problems, set: (on) => set({ checked: on }) })}
    ${flag(host, { id: `${id}-required`, label: host.t('studio.consent.custom.required'), on: !!p.required, at: `${at}.required`, problems, set: (on) => set({ required: on }) })}
    <button type="button" @click=${remove}>${host.t('studio.consent.custom.remove', { name })}</button>
  </div>`;
}

/** `checked: false` and `required: false` are left out, as a person would write the file. */
function clean(p: CustomPurpose): CustomPurpose {
  const out = { ...p };
  if (!out.checked) delete out.checked;
  if (!out.required) delete out.required;
  if (out.description === undefined) delete out.description;
  return out;
}

function flag(
  _host: StudioHost,
  o: { id: string; label: string; on: boolean; at: string; problems: StudioProblem[]; set: (on: boolean) => void },
) {
  return html`<div class="field">
    <label class="choice"
      ><input
        id=${o.id}
        type="checkbox"
        .checked=${o.on}
        aria-invalid=${invalid(o.at, o.problems)}
        aria-describedby=${`${o.id}-error`}
        @change=${(e: Event) => o.set((e.target as HTMLInputElement).checked)}
      />
      ${o.label}</label
    >
    ${fieldErrors(o.id, o.at, o.problems)}
  </div>`;
}
