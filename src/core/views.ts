import { html, nothing, type TemplateResult } from './reactive.js';
import type { LocalizeController } from './localize.js';
import type { SubmissionState } from './backend-controller.js';
import type { DraftStatus } from './draft-store.js';
import type { CoreKey } from '../i18n/core.js';

/** What an element says, in its own words, when its submission arrived (and, if it likes, when it waits). */
export interface SubmissionTexts {
  sent: string | TemplateResult;
  queued?: string | TemplateResult;
}

type Texts = LocalizeController<CoreKey>;

/** The sentence for a state that is not a failure ('' when there is nothing to say). */
function stateText(l: Texts, status: SubmissionState, texts: SubmissionTexts): string | TemplateResult {
  switch (status.state) {
    case 'sending':
      return l.tl('core.sending');
    case 'sent':
      return texts.sent;
    case 'queued':
      return texts.queued ?? l.tl('core.queued');
    case 'local':
      return l.tl('core.localOnly');
    case 'cancelled':
      return l.tl('core.cancelled');
    default:
      return '';
  }
}

/**
 * The live regions saying where a submission is: sending, sent, queued (waits in the outbox),
 * kept locally (no endpoint), cancelled by the page, failed. Both regions are always rendered,
 * empty when idle (WCAG 4.1.3: a region that enters the page already filled is often not read):
 * an alert (`part="error"` while it holds the failure) and a status paragraph.
 */
export function submissionStatus(localize: Texts, status: SubmissionState, texts: SubmissionTexts): TemplateResult {
  const failed = status.state === 'failed' ? localize.tl('core.failed', { message: status.message }) : '';
  const state = stateText(localize, status, texts);
  const local = status.state === 'local';
  return html`<div role="alert" class="alert" part=${failed ? 'error' : nothing}>${failed}</div><p role="status" class=${local ? 'live notice' : 'live'}>${state}</p>`;
}

/** The sentence about drafts for a status ('' for none). */
function draftText(l: Texts, status: DraftStatus, savedAt?: number): string | TemplateResult {
  if (status === 'unavailable') return l.tl('core.draftsOff');
  if (status === 'stale') return l.tl('core.draftStale');
  if (status === 'restored' && savedAt !== undefined)
    return l.tl('core.draftRestored', { date: l.date(savedAt, { dateStyle: 'long', timeStyle: 'short' }) });
  return '';
}

/**
 * The notice about drafts, in a live region that is always rendered: nothing, `core.draftsOff`
 * (storage unavailable: what is typed will be lost) or `core.draftStale` (an older draft was
 * dropped); with `savedAt`, a restored draft says when it was begun (`core.draftRestored`).
 */
export function draftNotice(localize: Texts, status: DraftStatus, savedAt?: number): TemplateResult {
  const text = draftText(localize, status, savedAt);
  const warn = status === 'unavailable' || status === 'stale';
  return html`<div role="status" class="live draft-notice">${text ? html`<p class=${warn ? 'notice warn' : 'notice'}>${text}</p>` : nothing}</div>`;
}
