/** The mandate editor's fields: the PDF's title, the contracts mode, the broker, each service with its names and clause. */
import { html, nothing } from '../../core/reactive.js';
import { live } from 'lit/directives/live.js';
import type { MandateFormConfig } from '../../model/mandate-config.js';
import type { Localized } from '../../model/localized.js';
import type { StudioKey } from '../../i18n/studio.js';
import type { StudioHost, StudioProblem } from '../host.js';
import { langFields, textsOf } from '../langs.js';

type Draft = MandateFormConfig;
type Clause = { may: Localized; mayNot: Localized };
const changed = (host: StudioHost, key: StudioKey) => host.t('studio.mandate.fieldChanged', { name: host.t(key) });

export function titleView(host: StudioHost, d: Draft, problems: StudioProblem[]) {
  return langFields(host, {
    id: 'mandate-title',
    legend: host.t('studio.mandate.title'),
    value: d.title,
    at: 'title',
    problems,
    onChange: (v) => {
      const { title: _old, ...rest } = d;
      host.commit(
        textsOf(v)['fr'] || typeof v === 'object' ? { ...rest, title: v } : rest,
        changed(host, 'studio.mandate.title'),
      );
    },
  });
}

const MODES = ['all', 'one', 'listed'] as const;
const MODE_KEY: Record<(typeof MODES)[number], StudioKey> = {
  all: 'studio.mandate.contracts.all',
  one: 'studio.mandate.contracts.one',
  listed: 'studio.mandate.contracts.listed',
};

export function contractsView(host: StudioHost, d: Draft) {
  const set = (v: string) => {
    const { contracts: _old, ...rest } = d;
    const mode = MODES.find((m) => m === v);
    host.commit(mode ? { ...rest, contracts: mode } : rest, changed(host, 'studio.mandate.contracts.label'));
  };
  return html`<div class="field">
    <label for="mandate-contracts">${host.t('studio.mandate.contracts.label')}</label>
    <select id="mandate-contracts" @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!d.contracts}>${host.t('studio.mandate.contracts.ask')}</option>
      ${MODES.map((m) => html`<option value=${m} ?selected=${d.contracts === m}>${host.t(MODE_KEY[m])}</option>`)}
    </select>
  </div>`;
}

type BrokerField = 'name' | 'registration' | 'address' | 'email' | 'phone';
const BROKER_KEY: Record<BrokerField, StudioKey> = {
  name: 'studio.mandate.broker.name',
  registration: 'studio.mandate.broker.registration',
  address: 'studio.mandate.broker.address',
  email: 'studio.mandate.broker.email',
  phone: 'studio.mandate.broker.phone',
};

export function brokerView(host: StudioHost, d: Draft, problems: StudioProblem[]) {
  const b: Partial<Record<BrokerField, string>> = { ...d.broker };
  const set = (f: BrokerField, v: string) => {
    const next = { ...b, [f]: v };
    if (!v) delete next[f];
    const { broker: _old, ...rest } = d;
    host.commit(
      Object.keys(next).length ? { ...rest, broker: next as Draft['broker'] } : rest,
      changed(host, BROKER_KEY[f]),
    );
  };
  return html`<fieldset>
    <legend>${host.t('studio.mandate.broker.legend')}</legend>
    <p class="rule">${host.t('studio.mandate.broker.hint')}</p>
    ${(Object.keys(BROKER_KEY) as BrokerField[]).map((f) => {
      const error = problems.find((p) => p.at === `broker.${f}`);
      return html`<div class="field">
        <label for=${`broker-${f}`}>${host.t(BROKER_KEY[f])}</label>
        <input
          id=${`broker-${f}`}
          type=${f === 'email' ? 'email' : 'text'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${`broker-${f}-error`}
          .value=${live(b[f] ?? '')}
          @input=${(e: Event) => set(f, (e.target as HTMLInputElement).value)}
        />
        <p class="field-error" id=${`broker-${f}-error`} role="alert">${error?.message ?? nothing}</p>
      </div>`;
    })}
  </fieldset>`;
}

type Services = [string, Localized][];
const blank = (v: unknown) => !Object.values(textsOf(v)).some((x) => x?.trim());

function clauseView(host: StudioHost, d: Draft, id: string, i: number, problems: StudioProblem[]) {
  const own: Partial<Clause> = d.clauses?.[id] ?? {};
  const set = (part: keyof Clause, v: Localized, key: StudioKey) => {
    const next: Partial<Clause> = { ...own, [part]: v };
    const empty = blank(next.may) && blank(next.mayNot);
    const clauses = { ...d.clauses };
    if (empty) delete clauses[id];
    else clauses[id] = { may: next.may ?? '', mayNot: next.mayNot ?? '' };
    const { clauses: _old, ...rest } = d;
    host.commit(Object.keys(clauses).length ? { ...rest, clauses } : rest, changed(host, key));
  };
  return html`<div class="clause">
    <p class="rule" id=${`service-${i}-clause-hint`}>${host.t('studio.mandate.clause.hint')}</p>
    ${langFields(host, { id: `service-${i}-may`, legend: host.t('studio.mandate.clause.may'), value: own.may, at: `clauses.${id}.may`, problems, multiline: true, onChange: (v) => set('may', v, 'studio.mandate.clause.may') })}
    ${langFields(host, { id: `service-${i}-may-not`, legend: host.t('studio.mandate.clause.mayNot'), value: own.mayNot, at: `clauses.${id}.mayNot`, problems, multiline: true, onChange: (v) => set('mayNot', v, 'studio.mandate.clause.mayNot') })}
  </div>`;
}

/** Writing one service: its id (its clause follows), its names, its removal (its clause goes). */
function serviceWriters(host: StudioHost, d: Draft, i: number) {
  const services: Services = Object.entries(d.serviceNames ?? {});
  const [id, name] = services[i]!;
  const label = textsOf(name)['fr'] || id;
  const write = (list: Services, what: string, clauses = d.clauses) => {
    const { clauses: _old, ...rest } = d;
    const kept = clauses && Object.keys(clauses).length ? { clauses } : {};
    host.commit({ ...rest, serviceNames: Object.fromEntries(list), ...kept }, what);
  };
  const rename = (next: string) => {
    const { [id]: clause, ...clauses } = d.clauses ?? {};
    if (clause) clauses[next] = clause;
    const list = services.map((s, j): [string, Localized] => (j === i ? [next, name] : s));
    write(list, changed(host, 'studio.mandate.service.id'), clauses);
  };
  const setName = (v: Localized) =>
    write(
      services.map((s, j) => (j === i ? [id, v] : s)),
      changed(host, 'studio.mandate.service.name'),
    );
  const remove = () => {
    const { [id]: _gone, ...clauses } = d.clauses ?? {};
    const list = services.filter((_, j) => j !== i);
    write(list, host.t('studio.mandate.service.removed', { name: label }), clauses);
  };
  return { id, name, label, rename, setName, remove };
}

function serviceRow(host: StudioHost, d: Draft, i: number, problems: StudioProblem[]) {
  const { id, name, label, rename, setName, remove } = serviceWriters(host, d, i);
  return html`<div class="purpose" role="group" aria-label=${label}>
    <div class="field">
      <label for=${`service-${i}-id`}>${host.t('studio.mandate.service.id')}</label>
      <input
        id=${`service-${i}-id`}
        .value=${live(id)}
        @change=${(e: Event) => rename((e.target as HTMLInputElement).value.trim())}
      />
    </div>
    ${langFields(host, {
      id: `service-${i}-name`,
      legend: host.t('studio.mandate.service.name'),
      value: name,
      at: `serviceNames.${id}`,
      problems,
      onChange: setName,
    })}
    ${clauseView(host, d, id, i, problems)}
    <button type="button" @click=${remove}>${host.t('studio.mandate.service.remove', { name: label })}</button>
  </div>`;
}

export function servicesView(host: StudioHost, d: Draft, problems: StudioProblem[]) {
  const services: Services = Object.entries(d.serviceNames ?? {});
  const add = () => {
    let n = services.length + 1;
    while (d.serviceNames?.[`service-${n}`] !== undefined) n++;
    host.commit(
      { ...d, serviceNames: { ...d.serviceNames, [`service-${n}`]: '' } },
      host.t('studio.mandate.service.added'),
    );
  };
  return html`<fieldset>
    <legend>${host.t('studio.mandate.services.legend')}</legend>
    ${services.map((_, i) => serviceRow(host, d, i, problems))}
    <button type="button" @click=${add}>${host.t('studio.mandate.service.add')}</button>
  </fieldset>`;
}
