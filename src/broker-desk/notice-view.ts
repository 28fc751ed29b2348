// The notice a consent record names by hash, as the person read it (issue 16: consent proof). The
// server keeps its canonical JSON (`GET /desk/consents` `notices`); it is shown in the language the
// person read it in, marked with that language, under a `<details>`, or a sentence when not kept.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { DeskNotice } from '../model/desk.js';
import type { DeskLocalize } from './texts.js';

/** What `<procura-consent>` shows and hashes (its ShownNotice), as far as the desk reads it. */
interface KeptNotice {
  locale?: string;
  title?: string;
  intro?: string;
  notice?: Record<string, string | undefined>;
  purposes?: { id?: string; label?: string; description?: string; recipients?: string; transfers?: string }[];
}

const NOTICE_LINES = ['controller', 'contact', 'dpo', 'transfers', 'rights', 'retention'] as const;

function parsed(text: string): KeptNotice | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as KeptNotice) : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

function purposeItem(p: NonNullable<KeptNotice['purposes']>[number]): TemplateResult {
  const more = [p.description, p.recipients, p.transfers].map(str).filter(Boolean);
  return html`<li><strong>${str(p.label) ?? str(p.id) ?? ''}</strong>${more.map((m) => html` ${m}`)}</li>`;
}

/** The notice of one record: its text under a `<details>`, or "the notice text was not kept". */
export function noticeView(
  l: DeskLocalize,
  notices: DeskNotice[] | undefined,
  record: { noticeSha256: string; noticeVersion: string },
): TemplateResult {
  const kept = notices?.find((n) => n.sha256 === record.noticeSha256);
  const n = kept && parsed(kept.text);
  if (!n) return html`<p class="notice-unknown">${l.t('desk.noticeUnknown')}</p>`;
  const block = n.notice ?? {};
  return html`<details part="notice">
    <summary>${l.t('desk.noticeShown', { version: record.noticeVersion })}</summary>
    <div class="notice-text" lang=${str(n.locale) ?? nothing}>
      ${str(n.title) ? html`<p><strong>${n.title}</strong></p>` : nothing}
      ${str(n.intro) ? html`<p>${n.intro}</p>` : nothing}
      ${NOTICE_LINES.map((k) => (str(block[k]) ? html`<p>${block[k]}</p>` : nothing))}
      <ul>
        ${(Array.isArray(n.purposes) ? n.purposes : []).map(purposeItem)}
      </ul>
      ${str(block.policyUrl) ? html`<p>${block.policy ?? ''} <bdi>${block.policyUrl}</bdi></p>` : nothing}
    </div>
  </details>`;
}
