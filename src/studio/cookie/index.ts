/**
 * The cookie-opposition editor (`KindEditor` for `cookie-opposition`): the analytics tool,
 * the cookies cleared on opposition, the sentences of who measures and what, the inert
 * script the site pastes instead of its tool's tag, and the 13-month rule explained.
 */
import { html } from '../../core/reactive.js';
import type { Issue } from '../../model/schema.js';
import { cookieOppositionConfig } from '../../model/cookie-config.js';
import type { StudioKey } from '../../i18n/studio.js';
import type { KindEditor, StudioHost, StudioProblem } from '../host.js';
import { inertScript, toolOf, TOOL_DEFAULTS, type CookieDraft, type Tool } from './tool.js';

const TOOL_KEY: Record<Tool, StudioKey> = {
  matomo: 'studio.cookie.tool.matomo',
  ga4: 'studio.cookie.tool.ga4',
  other: 'studio.cookie.tool.other',
};

function problems(host: StudioHost, d: CookieDraft): StudioProblem[] {
  const issues: Issue[] = [];
  cookieOppositionConfig.check(d, '', issues);
  const out: StudioProblem[] = issues.map((i) => ({
    at: i.path.replace(/\[(\d+)\]/g, '.$1'),
    message:
      i.code === 'pattern' ? host.t('studio.problem.pattern') : host.t('studio.problem.other', { detail: i.message }),
    severity: 'error',
  }));
  if (toolOf(d) === 'ga4' && !d.measurementIds?.length)
    out.push({ at: 'measurementIds', message: host.t('studio.cookie.ga4Missing'), severity: 'error' });
  return out;
}

function toolView(host: StudioHost, d: CookieDraft) {
  const tool = toolOf(d);
  const pick = (t: Tool) =>
    host.commit({ ...d, ...TOOL_DEFAULTS[t] }, host.t('studio.cookie.toolChanged', { name: host.t(TOOL_KEY[t]) }));
  return html`<fieldset>
    <legend>${host.t('studio.cookie.tool.legend')}</legend>
    ${(Object.keys(TOOL_KEY) as Tool[]).map(
      (t) => html`<label class="choice"
        ><input type="radio" name="tool" .checked=${tool === t} @change=${() => pick(t)} /> ${host.t(TOOL_KEY[t])}</label
      >`,
    )}
  </fieldset>`;
}

function field(
  host: StudioHost,
  o: { id: string; key: StudioKey; value: string; error?: string; set: (v: string) => void },
) {
  return html`<div class="field">
    <label for=${o.id}>${host.t(o.key)}</label>
    <input
      id=${o.id}
      .value=${o.value}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${`${o.id}-error`}
      @input=${(e: Event) => o.set((e.target as HTMLInputElement).value)}
    />
    <p class="field-error" id=${`${o.id}-error`} role="alert">${o.error ?? ''}</p>
  </div>`;
}

function fieldsView(host: StudioHost, d: CookieDraft) {
  const found = problems(host, d);
  const errorAt = (at: string) =>
    found
      .filter((p) => p.at === at || p.at.startsWith(`${at}.`))
      .map((p) => p.message)
      .join(' ') || undefined;
  const changed = (key: StudioKey) => host.t('studio.cookie.fieldChanged', { name: host.t(key) });
  const list = (v: string) =>
    v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const setText = (k: 'who' | 'what', key: StudioKey) => (v: string) => {
    const next = { ...d, [k]: v };
    if (!v) delete next[k];
    host.commit(next, changed(key));
  };
  return html`${
    toolOf(d) === 'ga4'
      ? field(host, {
          id: 'ga4-id',
          key: 'studio.cookie.ga4Id',
          value: (d.measurementIds ?? []).join(', '),
          error: errorAt('measurementIds'),
          set: (v) => host.commit({ ...d, measurementIds: list(v) }, changed('studio.cookie.ga4Id')),
        })
      : ''
  }
    ${field(host, { id: 'cookies', key: 'studio.cookie.cookies', value: (d.cookies ?? []).join(', '), error: errorAt('cookies'), set: (v) => host.commit({ ...d, cookies: list(v) }, changed('studio.cookie.cookies')) })}
    ${field(host, { id: 'who', key: 'studio.cookie.who', value: text(d.who), error: errorAt('who'), set: setText('who', 'studio.cookie.who') })}
    ${field(host, { id: 'what', key: 'studio.cookie.what', value: text(d.what), error: errorAt('what'), set: setText('what', 'studio.cookie.what') })}`;
}

export const cookieEditor: KindEditor<CookieDraft> = {
  kind: 'cookie-opposition',
  blank: () => ({ ...TOOL_DEFAULTS.matomo }),
  starters: (host) => [
    {
      name: 'ga4',
      label: host.t('studio.cookie.tool.ga4'),
      definition: { ...TOOL_DEFAULTS.ga4, measurementIds: ['G-EXEMPLE1'] },
    },
  ],
  problems,
  render(host, d) {
    return html`${toolView(host, d)} ${fieldsView(host, d)}
      <h4>${host.t('studio.cookie.rule.heading')}</h4>
      <p>${host.t('studio.cookie.rule')}</p>
      <h4 id="inert-h">${host.t('studio.cookie.snippet.heading')}</h4>
      <p class="hint">${host.t('studio.cookie.snippet.hint')}</p>
      <pre tabindex="0" aria-labelledby="inert-h"><code id="inert-script">${inertScript(d)}</code></pre>`;
  },
};
