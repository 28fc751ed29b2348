/**
 * The grants viewer once a person acts, in one lazy chunk loaded with the first action: the revoke
 * dialog's content and the revocation, the proof check, the signed form opened through the backend,
 * a hash copied; with the texts (`grantsActCatalog`) and the styles of those states.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from '../core/reactive.js';
import type { BackendController } from '../core/backend-controller.js';
import { ProblemError, UnreachableError } from '../core/errors.js';
import { emit } from '../core/events.js';
import type { LocalizeController } from '../core/localize.js';
import type { CoreKey } from '../i18n/core.js';
import type { GrantsKey } from '../i18n/access-grants.js';
import type { GrantsActKey } from '../i18n/access-grants-act.js';
import type { Grant } from '../model/grant.js';
import { openDocument } from './document.js';
import { checkProof, type ProofState } from './proof.js';
import type { GrantTexts } from './texts.js';

export { grantsActCatalog } from '../i18n/access-grants-act.js';
export { proofBody } from './proof.js';

export type ActLocalize = LocalizeController<GrantsActKey | GrantsKey | CoreKey>;
type Notice = { kind: 'status' | 'error'; text: string };

/** What the actions need of the viewer. */
export interface ActHost {
  el: HTMLElement;
  l: ActLocalize;
  texts: GrantTexts;
  backend: BackendController;
  say(n: Notice): void;
  replace(g: Grant): void;
  keep(): void;
  focusGrant(id: string, button: boolean): Promise<void>;
  proofs: ReadonlyMap<string, ProofState>;
  setProof(id: string, p: ProofState): void;
}

/** The dialog's, the proof's and the notices' styles, added to the viewer's shadow root with this chunk. */
const styles = css`
  .proof ul { list-style: none; margin: 0.25rem 0; padding: 0; }
  .proof li { margin: 0.25rem 0; }
  .proof .ok span { color: var(--_ok); }
  .proof .bad, .proof .bad span { color: var(--_danger); }
  button.danger[part~='submit'] { background: var(--_danger); color: var(--_on-accent); }
  dialog { max-width: min(36rem, calc(100vw - 1rem)); max-height: calc(100dvh - 1rem); overflow-y: auto; border: 1px solid var(--_line); border-radius: var(--_radius); padding: 1.25rem 1.5rem; color: var(--_fg); background: var(--_bg); }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  dialog h2 { margin-top: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; justify-content: flex-end; margin-top: var(--_space); }
`;

/** Added to the viewer's shadow root beside what is there (the rarer states' chunk adds its own too). */
export function adopt(root: ShadowRoot): void {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, (styles as CSSResult).styleSheet!];
}

/** Sentences about a grant's holder once a person acts, and their wording for one's own access. */
const HOLDER = {
  'grants.confirmTitle': 'grants.confirmTitleOwn',
  'grants.confirmDoes': 'grants.confirmDoesOwn',
  'grants.revoking': 'grants.revokingOwn',
  'grants.revoked': 'grants.revokedOwn',
  'grants.revokeFailed': 'grants.revokeFailedOwn',
} as const satisfies Partial<Record<GrantsActKey, GrantsActKey>>;
type ActHolderKey = keyof typeof HOLDER;

const says = (texts: GrantTexts, key: ActHolderKey, g: Grant, params?: Record<string, string>) =>
  texts.holder(key, HOLDER[key], g, params);

function reasonKey(e: unknown): GrantsActKey | undefined {
  const status = (e as ProblemError).status;
  if (status === 409) return 'grants.reason.conflict';
  if (status === 403 || status === 404) return 'grants.reason.forbidden';
  if (e instanceof ProblemError) return undefined;
  return e instanceof UnreachableError ? 'grants.reason.unreachable' : undefined;
}

/** Never an Error's English: the kit's sentence for the problem's code, in the page's language. */
function reasonOf(h: Pick<ActHost, 'l' | 'backend'>, e: unknown): string {
  const key = reasonKey(e);
  return key ? h.l.t(key) : h.backend.problemMessage(e);
}

/** The revoke dialog's content; the viewer renders the `<dialog>` itself, empty until this chunk is there. */
export function dialogBody(l: ActLocalize, texts: GrantTexts, g: Grant | undefined): TemplateResult | typeof nothing {
  return g
    ? html`<h2 id="dlg-t">${says(texts, 'grants.confirmTitle', g)}</h2>
        <ul id="dlg-d">
          <li>${says(texts, 'grants.confirmDoes', g)}</li>
          <li>${l.t('grants.confirmKeeps')}</li>
          <li>${l.t('grants.confirmProof')}</li>
        </ul>
        <form method="dialog" class="actions">
          <button value="cancel" autofocus>${l.t('grants.cancel')}</button>
          <button value="revoke" class="danger" part="submit">${l.t('grants.confirm')}</button>
        </form>`
    : nothing;
}

/** Shown revoked at once; put back as it was if the backend refuses. One Idempotency-Key per revocation. */
export async function revoke(h: ActHost, before: Grant): Promise<void> {
  const say = (kind: Notice['kind'], key: ActHolderKey, params?: Record<string, string>) =>
    h.say({ kind, text: says(h.texts, key, before, params) });
  h.replace({ ...before, status: 'revoked', revokedAt: new Date().toISOString(), revokedBy: 'grantor' });
  say('status', 'grants.revoking');
  await h.focusGrant(before.id, false);
  try {
    if (!h.backend.endpoint) throw new Error(h.l.t('grants.reason.none'));
    const path = `grants/${encodeURIComponent(before.id)}/revoke`;
    const { uuid } = await import('../core/crypto.js');
    const grant = await h.backend.request<Grant>(path, { method: 'POST', idempotencyKey: uuid() });
    h.replace({ ...grant, direction: grant.direction ?? before.direction });
    say('status', 'grants.revoked');
    emit(h.el, 'procura-revoked', { grant });
    h.keep();
  } catch (e) {
    h.replace(before);
    const reason = reasonOf(h, e);
    say('error', 'grants.revokeFailed', { reason });
    emit(h.el, 'procura-error', { kind: 'revoke', error: { message: reason, status: (e as ProblemError).status } });
    await h.focusGrant(before.id, true);
  }
}

/** Loads the grant's evidence and recomputes its document's hash in this browser. */
export async function check(h: ActHost, g: Grant, href: string | undefined): Promise<void> {
  if (!h.backend.endpoint || h.proofs.get(g.id)?.state === 'checking') return;
  h.setProof(g.id, { state: 'checking' });
  h.setProof(g.id, await checkProof(h.backend, g.id, href, (e) => reasonOf(h, e)));
}

/** The dialog closed (Escape, Cancel or Revoke): only Revoke sets `returnValue`. */
export async function closed(h: ActHost, dialog: HTMLDialogElement, g: Grant | undefined): Promise<void> {
  const go = dialog.returnValue === 'revoke';
  dialog.returnValue = '';
  if (!g) return;
  if (go) await revoke(h, g);
  else await h.focusGrant(g.id, true);
}

/** The signed PDF fetched through the backend and checked against its SHA-256 before it opens. */
export async function open(h: ActHost, href: string, g: Grant): Promise<void> {
  try {
    if (!(await openDocument(h.backend, href, g))) h.say({ kind: 'error', text: h.l.t('grants.docMismatch') });
  } catch (err) {
    h.say({ kind: 'error', text: h.l.t('grants.docFailed', { reason: reasonOf(h, err) }) });
  }
}
