/**
 * "Check the proof" in the grants viewer: the server's evidence for one grant
 * (`GET /grants/{id}/evidence`: the trail, its signed checkpoints, the seal), and the served
 * document's SHA-256 recomputed here, in the person's browser, against the hash the trail holds.
 * The export is the same JSON, which `procura verify` checks offline without trusting anyone.
 */
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { BackendController } from '../core/backend-controller.js';
import { sha256Hex } from '../core/crypto.js';
import type { LocalizeController } from '../core/localize.js';
import type { GrantsActKey } from '../i18n/access-grants-act.js';

export interface Evidence {
  schema: string;
  grantId: string;
  events: { seq: number; type: string; at: string }[];
  checkpoints: string[];
  document?: {
    originalSha256?: string;
    sealedSha256?: string | null;
    sealLevel?: string | null;
    sealedAt?: string | null;
  };
  verification: {
    valid: boolean;
    chain?: string;
    content?: string;
    document?: string;
    checkpoint?: string;
    problems?: { code: string; detail?: string }[];
  };
}

export type ProofState =
  | { state: 'checking' }
  | { state: 'done'; evidence: Evidence; documentMatches: boolean | undefined; exportUrl: string }
  | { state: 'failed'; reason: string };

/** Loads the evidence and recomputes the served document's hash; never throws. */
export async function checkProof(
  backend: Pick<BackendController, 'request' | 'fetchResponse'>,
  grantId: string,
  documentHref: string | undefined,
  reasonOf: (e: unknown) => string,
): Promise<ProofState> {
  try {
    const evidence = await backend.request<Evidence>(`grants/${encodeURIComponent(grantId)}/evidence`, { retries: 1 });
    if (!evidence || !Array.isArray(evidence.events) || typeof evidence.verification?.valid !== 'boolean')
      throw new Error('unexpected answer');
    // The hash of what is served: the sealed copy when there is one, else the signed original.
    const expected = evidence.document?.sealedSha256 || evidence.document?.originalSha256;
    let documentMatches: boolean | undefined;
    if (documentHref && expected) {
      const blob = await (await backend.fetchResponse(documentHref, { retries: 1 })).blob();
      documentMatches = (await sha256Hex(blob)) === expected;
    }
    const file = new Blob([JSON.stringify(evidence, null, 2) + '\n'], { type: 'application/json' });
    return { state: 'done', evidence, documentMatches, exportUrl: URL.createObjectURL(file) };
  } catch (e) {
    return { state: 'failed', reason: reasonOf(e) };
  }
}

/**
 * What the check found, inside the grant's live region (`#proof-<id>`, role status), which the
 * viewer always renders (before this module loads too), so that what it says is announced when it changes.
 */
export function proofBody(
  l: LocalizeController<GrantsActKey>,
  grantId: string,
  p: ProofState | undefined,
): TemplateResult | typeof nothing {
  const t = l.t.bind(l);
  if (!p) return nothing;
  if (p.state === 'checking') return html`<p>${t('grants.proof.checking')}</p>`;
  if (p.state === 'failed') return html`<p class="bad">${t('grants.proof.failed', { reason: p.reason })}</p>`;
  const { evidence: e, documentMatches } = p;
  const v = e.verification;
  const trailOk = v.valid && v.chain !== 'broken' && v.checkpoint !== 'differs' && v.content !== 'differs';
  const doc = e.document;
  const lines: [boolean, string][] = [];
  if (documentMatches !== undefined)
    lines.push([documentMatches, t(documentMatches ? 'grants.proof.docOk' : 'grants.proof.docBad')]);
  if (doc?.sealLevel && doc.sealedAt)
    lines.push([true, t('grants.proof.sealOk', { level: doc.sealLevel, date: l.date(doc.sealedAt) })]);
  else lines.push([true, t('grants.proof.sealNone')]);
  lines.push([trailOk, t(trailOk ? 'grants.proof.trailOk' : 'grants.proof.trailBad', { count: e.events.length })]);
  return html`<ul>
      ${lines.map(([ok, text]) => html`<li class=${ok ? 'ok' : 'bad'}><span aria-hidden="true">${ok ? '✓' : '✕'}</span> ${text}</li>`)}
    </ul>
    <p><a part="evidence" href=${p.exportUrl} download=${`procura-dossier-${grantId}.json`}>${t('grants.proof.export')}</a></p>
    <p class="muted">${t('grants.proof.offline')}</p>`;
}
