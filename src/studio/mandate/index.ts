/**
 * The mandate-form editor (`KindEditor` for `mandate-form`): the title printed on the PDF and the
 * services with the names the form and the PDF show. The rest of the form (who signs, the
 * clauses of the mandate) comes from the kit; the preview beside shows the real form.
 */
import { html } from 'lit';
import type { Issue } from '../../model/schema.js';
import { mandateFormConfig, type MandateFormConfig } from '../../model/mandate-config.js';
import type { Localized } from '../../model/localized.js';
import type { KindEditor, StudioHost, StudioProblem } from '../host.js';

type Draft = MandateFormConfig;

const text = (t: unknown) =>
  typeof t === 'string' ? t : t && typeof t === 'object' ? String((t as Record<string, unknown>)['fr'] ?? '') : '';

function problems(host: StudioHost, d: Draft): StudioProblem[] {
  const issues: Issue[] = [];
  mandateFormConfig.check(d, '', issues);
  return issues.map((i) => ({
    at: i.path,
    message:
      i.code === 'required' ? host.t('studio.problem.required') : host.t('studio.problem.other', { detail: i.message }),
    severity: 'error',
  }));
}

function titleView(host: StudioHost, d: Draft) {
  const set = (v: string) => {
    const { title: _old, ...rest } = d;
    const next: Draft = v ? { ...rest, title: v } : rest;
    host.commit(next, host.t('studio.mandate.fieldChanged', { name: host.t('studio.mandate.title') }));
  };
  return html`<div class="field">
    <label for="mandate-title">${host.t('studio.mandate.title')}</label>
    <input id="mandate-title" .value=${text(d.title)} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
  </div>`;
}

type Services = [string, Localized][];

function serviceRow(host: StudioHost, services: Services, i: number, write: (list: Services, what: string) => void) {
  const [id, name] = services[i]!;
  const label = text(name) || id;
  const changed = host.t('studio.mandate.fieldChanged', { name: host.t('studio.mandate.service.name') });
  const replace = (entry: [string, Localized]) =>
    write(
      services.map((s, j) => (j === i ? entry : s)),
      changed,
    );
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const removed = host.t('studio.mandate.service.removed', { name: label });
  return html`<div class="purpose" role="group" aria-label=${label}>
    <div class="field">
      <label for=${`service-${i}-id`}>${host.t('studio.mandate.service.id')}</label>
      <input id=${`service-${i}-id`} .value=${id} @change=${(e: Event) => replace([value(e).trim(), name])} />
    </div>
    <div class="field">
      <label for=${`service-${i}-name`}>${host.t('studio.mandate.service.name')}</label>
      <input id=${`service-${i}-name`} .value=${text(name)} @input=${(e: Event) => replace([id, value(e)])} />
    </div>
    <button type="button" @click=${() =>
      write(
        services.filter((_, j) => j !== i),
        removed,
      )}>
      ${host.t('studio.mandate.service.remove', { name: label })}
    </button>
  </div>`;
}

function servicesView(host: StudioHost, d: Draft) {
  const services: Services = Object.entries(d.serviceNames ?? {});
  const write = (list: Services, what: string) => host.commit({ ...d, serviceNames: Object.fromEntries(list) }, what);
  const add = () =>
    write(
      [...services, [`service-${services.length + 1}`, ''] as [string, Localized]],
      host.t('studio.mandate.service.added'),
    );
  return html`<fieldset>
    <legend>${host.t('studio.mandate.services.legend')}</legend>
    ${services.map((_, i) => serviceRow(host, services, i, write))}
    <button type="button" @click=${add}>${host.t('studio.mandate.service.add')}</button>
  </fieldset>`;
}

export const mandateEditor: KindEditor<Draft> = {
  kind: 'mandate-form',
  blank: () => ({}),
  starters: () => [],
  problems,
  render: (host, d) => html`${titleView(host, d)} ${servicesView(host, d)}`,
};
