import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { Localized } from '../model/localized.js';
import type { ConsentKey } from '../i18n/consent.js';
import type { ConsentConfig } from './config.js';
import type { PurposeState } from './decisions.js';
import type { ResolvedPurpose } from './presets.js';
import type { SubmissionState } from '../core/backend-controller.js';
import { submissionStatus } from '../core/views.js';
import { langOf, textOf, type ConsentLocalize, type ShownNotice, type ShownPurpose } from './notice.js';

/**
 * The consent element's templates: pure functions of what they are given. A site's text or a
 * key that fell back to another language is marked with its own (WCAG 3.1.2).
 */

export type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/** The language of a text the site may override: the site's own, else the catalog key's. */
function ownLang(localize: ConsentLocalize, site: Localized | undefined, key: ConsentKey): string | undefined {
  return site ? localize.langOf(site) : localize.lang(key);
}

/** The information notice (controller, contact, rights, retention, policy link). */
export function noticeView(localize: ConsentLocalize, n: ShownNotice['notice'], s: ConsentConfig): TemplateResult {
  const mark = (text: string, lang: string | undefined) => localize.mark(text, lang);
  return html`
      <div part="notice">
        <p><strong>${mark(n.title, localize.lang('consent.notice.title'))}</strong></p>
        <p>${n.controller}</p>
        <p>${n.contact}</p>
        ${n.dpo ? html`<p>${n.dpo}</p>` : nothing}
        <p>${n.purposes}</p>
        <p>${n.transfers}</p>
        <p>${mark(n.rights, ownLang(localize, s.rights, 'consent.notice.rights'))}</p>
        <p>${mark(n.retention, ownLang(localize, s.retention, 'consent.notice.retention'))}</p>
        <p><a part="policy" href=${n.policyUrl} target="_blank" rel="noopener">${n.policy}</a></p>
      </div>`;
}

/**
 * Loading the stored state: a status region always there, and a warning when it failed. Their
 * sentences are a later state's (loaded with the backend): "loading…" is said once it is there.
 */
export function loadView(localize: ConsentLocalize, loadState: LoadState): TemplateResult {
  const loading =
    loadState === 'loading' && localize.has('consent.loading')
      ? html`<p class="notice">${localize.t('consent.loading')}</p>`
      : nothing;
  const failed =
    loadState === 'failed' ? html`<p class="notice warn">${localize.t('consent.loadFailed')}</p>` : nothing;
  return html`<div role="status" class="load-status">${loading}</div>
      ${failed}`;
}

export interface PurposeView {
  shown: ShownPurpose;
  item: ResolvedPurpose;
  index: number;
  checked: boolean;
  /** The stored state, worded ("Consent given on …"), if any. */
  stored?: string;
  onToggle(checked: boolean): void;
}

/** One purpose: its box, its label, and what is said about it. */
export function purposeView(localize: ConsentLocalize, v: PurposeView): TemplateResult {
  const { shown: p, item, index: i } = v;
  const mark = (text: string, lang: string | undefined) => localize.mark(text, lang);
  // The label is the site's or the catalog's own text, unless "I object to: …" wraps it.
  const own = p.label === textOf(localize, item.label);
  const label = own ? mark(p.label, langOf(localize, item.label)) : p.label;
  const toggle = (e: Event) => v.onToggle((e.target as HTMLInputElement).checked);
  return html`<div part="purpose" data-purpose=${p.id} data-basis=${p.basis}>
            <input type="checkbox" id="p${i}" .checked=${v.checked} aria-describedby="d${i}" @change=${toggle} />
            <label part="label" for="p${i}">${label}</label>
            <div part="description" id="d${i}">
              ${p.description ? html`<p>${mark(p.description, langOf(localize, item.description))}</p>` : nothing}
              ${p.recipients ? html`<p>${p.recipients}</p>` : nothing}
              ${p.transfers ? html`<p>${p.transfers}</p>` : nothing}
              ${v.stored ? html`<p class="state">${v.stored}</p>` : nothing}
            </div>
          </div>`;
}

const STATE_TEXT: Record<PurposeState['state'], ConsentKey> = {
  given: 'consent.state.given',
  refused: 'consent.state.refused',
  withdrawn: 'consent.state.withdrawn',
  objected: 'consent.state.objected',
};

/** The stored state of a purpose, worded; undefined when none is stored for its basis. */
export function storedText(
  localize: ConsentLocalize,
  p: ResolvedPurpose,
  s: PurposeState | undefined,
): string | undefined {
  if (!s || s.basis !== p.basis) return undefined;
  const date = localize.date(s.at);
  const key = p.basis === 'opposition' && s.state === 'given' ? 'consent.state.notObjected' : STATE_TEXT[s.state];
  return localize.t(key, { date });
}

/**
 * Where the record is (the kit's shared status regions), and a region of its own for "nothing
 * changed", which is no submission. All are always there, empty until they speak (WCAG 4.1.3).
 */
export function statusView(localize: ConsentLocalize, s: SubmissionState, nothingChanged: boolean): TemplateResult {
  const nothingText = nothingChanged ? localize.t('consent.nothingChanged') : '';
  // "Nothing changed" replaces what an earlier save said; a failure stays in its alert.
  const shown: SubmissionState = nothingChanged && s.state !== 'failed' ? { state: 'idle' } : s;
  return html`${submissionStatus(localize, shown, { sent: s.state === 'sent' ? localize.t('consent.saved') : '' })}<p role="status" class="live nothing-changed">${nothingText}</p>`;
}

export interface ContentView {
  /** What the person reads (src/consent/notice.ts), one purpose per item. */
  shown: ShownNotice;
  settings: ConsentConfig;
  items: ResolvedPurpose[];
  checked: Map<string, boolean>;
  baseline: Map<string, PurposeState>;
  loadState: LoadState;
  disabled: boolean;
  /** In a form, the form's submission sends the record: no save button. */
  inForm: boolean;
  status: SubmissionState;
  nothingChanged: boolean;
  /** The receipt's link, once a record was sent (src/core/receipt.ts). */
  receipt: TemplateResult | typeof nothing;
  onToggle(item: ResolvedPurpose, checked: boolean): void;
  onSave(): void;
}

/** The element's content: the notice, the boxes, the save button (standalone only) and where the record is. */
export function contentView(localize: ConsentLocalize, v: ContentView): TemplateResult {
  const { shown, settings: s, status } = v;
  const title = localize.mark(shown.title, ownLang(localize, s.title, 'consent.title'));
  const busy = status.state === 'sending';
  const save = html`<div class="actions">
            <button part="submit" type="button" ?disabled=${v.disabled} aria-disabled=${busy ? 'true' : nothing} @click=${() => busy || v.onSave()}>${localize.t('consent.save')}</button>
          </div>`;
  return html`
      ${noticeView(localize, shown.notice, s)}
      ${loadView(localize, v.loadState)}
      <fieldset part="purposes" ?disabled=${v.disabled}>
        <legend part="legend">${title}</legend>
        <p class="intro">${shown.intro}</p>
        ${shown.purposes.map((p, index) => {
          const item = v.items[index];
          if (!item) return html``;
          return purposeView(localize, {
            shown: p,
            item,
            index,
            checked: v.checked.get(p.id) ?? false,
            stored: storedText(localize, item, v.baseline.get(item.id)),
            onToggle: (value) => v.onToggle(item, value),
          });
        })}
      </fieldset>
      ${v.inForm ? nothing : save}
      ${statusView(localize, status, v.nothingChanged)}
      ${v.receipt}
    `;
}
