/**
 * The outline: the tree's fields, then its questions (each with its answers) and its outcomes,
 * as a list of sections walked with Tab (every action is a named button, field or select; no
 * custom roving focus to learn). Focusing inside an item selects it (the map highlights it).
 */
import { html, nothing, type TemplateResult } from '../../core/reactive.js';
import type { TreeDefinition, TreeOutcome } from '../../model/tree.js';
import type { StudioHost, StudioProblem } from '../host.js';
import { TreeActions } from './actions.js';
import { domId, idField, itemButtons, problemsAt, texts } from './fields.js';
import { nodeText } from './paths.js';

interface Ctx {
  host: StudioHost;
  t: TreeDefinition;
  act: TreeActions;
  problems: StudioProblem[];
}

const selectOn = (host: StudioHost, at: string) => () => {
  if (host.selected !== at) host.select(at);
};

function nextSelect({ host, t, act }: Ctx, at: string, next: string): TemplateResult {
  const q = at.split('/')[0];
  const choice = (id: string, key: string) =>
    html`<option value=${id} ?selected=${next === id}>${host.t(key, { text: nodeText(t, id, host.lang) })}</option>`;
  return html`<label class="next">
    <span>${host.t('studioTree.next.label')}</span>
    <select data-next=${at} aria-label=${host.t('studioTree.next.name', { id: at })} @change=${(e: Event) => act.next(e, at)}>
      <option value="" ?selected=${!next}>${host.t('studioTree.next.none')}</option>
      ${Object.keys(t.questions)
        .filter((id) => id !== q)
        .map((id) => choice(id, 'studioTree.next.question'))}
      ${Object.keys(t.outcomes).map((id) => choice(id, 'studioTree.next.outcome'))}
    </select>
  </label>`;
}

function optionItem(c: Ctx, q: string, i: number): TemplateResult {
  const options = c.t.questions[q]?.options ?? [];
  const o = options[i];
  if (!o) return html``;
  const at = `${q}/${o.id}`;
  return html`<li class="option ${c.host.selected === at ? 'selected' : ''}" @focusin=${selectOn(c.host, at)}>
    <h5 id=${domId(at)}>${c.host.t('studioTree.option.title', { id: at })}</h5>
    ${problemsAt(c.host, c.problems, at)} ${idField(c.host, c.act, at)}
    ${texts(c.host, c.act, { at, field: 'label', value: o.label, problems: c.problems.some((p) => p.at === at), legend: c.host.t('studioTree.legend.label') })}
    ${nextSelect(c, at, o.next)} ${itemButtons(c.host, c.act, { at, first: i === 0, last: i === options.length - 1 })}
  </li>`;
}

function questionItem(c: Ctx, q: string, i: number, count: number): TemplateResult {
  const { host, t, act } = c;
  const question = t.questions[q];
  if (!question) return html``;
  return html`<li class="node question ${host.selected === q ? 'selected' : ''}" data-node=${q} @focusin=${selectOn(host, q)}>
    <h4 id=${domId(q)}>${host.t('studioTree.question.title', { id: q, text: nodeText(t, q, host.lang) })}</h4>
    ${problemsAt(host, c.problems, q)} ${idField(host, act, q)}
    ${
      t.start === q
        ? html`<p class="start">${host.t('studioTree.question.isStart')}</p>`
        : html`<button type="button" @click=${() => act.start(q)}>${host.t('studioTree.question.makeStart', { id: q })}</button>`
    }
    ${texts(host, act, { at: q, field: 'text', value: question.text, problems: c.problems.some((p) => p.at === q), legend: host.t('studioTree.legend.text') })}
    ${texts(host, act, { at: q, field: 'help', value: question.help, legend: host.t('studioTree.legend.help') })}
    <ol class="options" aria-label=${host.t('studioTree.option.list', { id: q })}>
      ${question.options.map((_, j) => optionItem(c, q, j))}
    </ol>
    <div class="buttons">
      <button type="button" @click=${(e: Event) => act.addOption(e, q)}>${host.t('studioTree.addOption', { id: q })}</button>
    </div>
    ${itemButtons(host, act, { at: q, first: i === 0, last: i === count - 1 })}
  </li>`;
}

function outcomeFlags({ host, act }: Ctx, id: string, o: TreeOutcome): TemplateResult {
  const flag = (key: string, checked: boolean, change: (on: boolean) => Partial<TreeOutcome>) =>
    html`<label class="check"
      ><input type="checkbox" .checked=${checked} @change=${(e: Event) => act.outcome(id, change((e.target as HTMLInputElement).checked))} />
      ${host.t(key, { id })}</label
    >`;
  return html`<div class="flags">
    ${flag('studioTree.outcome.mandate', o.mandate, (mandate) => ({ mandate }))}
    ${flag('studioTree.outcome.refused', !!o.refused, (refused) => ({ refused }))}
    <label class="next"
      ><span>${host.t('studioTree.outcome.contracts', { id })}</span>
      <select @change=${(e: Event) => act.outcome(id, { contracts: ((e.target as HTMLSelectElement).value || undefined) as TreeOutcome['contracts'] })}>
        ${(['', 'all', 'one', 'listed'] as const).map(
          (v) =>
            html`<option value=${v} ?selected=${(o.contracts ?? '') === v}>${host.t(`studioTree.contracts.${v || 'none'}`)}</option>`,
        )}
      </select></label
    >
    ${
      o.mandate
        ? html`<label class="next"
              ><span>${host.t('studioTree.outcome.form', { id })}</span>
              <input
                type="text"
                maxlength="200"
                autocomplete="off"
                spellcheck="false"
                .value=${o.form ?? ''}
                aria-describedby=${`${domId(id)}-form-help`}
                @change=${(e: Event) => act.outcome(id, { form: (e.target as HTMLInputElement).value.trim() || undefined })}
            /></label>
            <small id=${`${domId(id)}-form-help`}>${host.t('studioTree.outcome.formHelp')}</small>`
        : nothing
    }
  </div>`;
}

function outcomeItem(c: Ctx, id: string, i: number, count: number): TemplateResult {
  const { host, act } = c;
  const o = c.t.outcomes[id];
  if (!o) return html``;
  return html`<li class="node outcome ${host.selected === id ? 'selected' : ''}" data-node=${id} @focusin=${selectOn(host, id)}>
    <h4 id=${domId(id)}>${host.t('studioTree.outcome.title', { id, text: nodeText(c.t, id, host.lang) })}</h4>
    ${problemsAt(host, c.problems, id)} ${idField(host, act, id)}
    ${texts(host, act, { at: id, field: 'text', value: o.text, problems: c.problems.some((p) => p.at === id), legend: host.t('studioTree.legend.text') })}
    ${outcomeFlags(c, id, o)}
    ${
      o.refused || o.reason
        ? texts(host, act, { at: id, field: 'reason', value: o.reason, legend: host.t('studioTree.legend.reason') })
        : nothing
    }
    ${itemButtons(host, act, { at: id, first: i === 0, last: i === count - 1 })}
  </li>`;
}

function general({ host, t, act, problems }: Ctx): TemplateResult {
  return html`<section class="general" aria-labelledby="tree-general-title" @focusin=${selectOn(host, 'tree')}>
    <h3 id="tree-general-title">${host.t('studioTree.general.title')}</h3>
    ${problemsAt(host, problems, 'tree')}
    <div class="row">
      <label>${host.t('studioTree.general.id')} <input data-field="id" .value=${t.id} @change=${(e: Event) => act.field(e, 'id')} /></label>
      <label
        >${host.t('studioTree.general.version')}
        <input data-field="version" .value=${t.version} @change=${(e: Event) => act.field(e, 'version')}
      /></label>
    </div>
    ${texts(host, act, { at: 'tree', field: 'title', value: t.title, legend: host.t('studioTree.legend.title') })}
    <div class="buttons">
      <button type="button" @click=${() => act.exportCsv()}>${host.t('studioTree.csv.export')}</button>
      <label class="file">${host.t('studioTree.csv.import')} <input type="file" accept=".csv,text/csv" @change=${(e: Event) => void act.importCsv(e)} /></label>
    </div>
  </section>`;
}

export function outline(host: StudioHost, t: TreeDefinition, problems: StudioProblem[]): TemplateResult {
  const c: Ctx = { host, t, act: new TreeActions(host, t), problems };
  const qs = Object.keys(t.questions);
  const rs = Object.keys(t.outcomes);
  return html`${general(c)}
    <section aria-labelledby="tree-questions-title">
      <h3 id="tree-questions-title">${host.t('studioTree.questions.title', { n: qs.length })}</h3>
      <ol class="nodes">${qs.map((q, i) => questionItem(c, q, i, qs.length))}</ol>
      <button type="button" class="add" @click=${(e: Event) => c.act.addQuestion(e)}>${host.t('studioTree.addQuestion')}</button>
    </section>
    <section aria-labelledby="tree-outcomes-title">
      <h3 id="tree-outcomes-title">${host.t('studioTree.outcomes.title', { n: rs.length })}</h3>
      <ol class="nodes">${rs.map((r, i) => outcomeItem(c, r, i, rs.length))}</ol>
      <button type="button" class="add" @click=${(e: Event) => c.act.addOutcome(e)}>${host.t('studioTree.addOutcome')}</button>
    </section>`;
}
