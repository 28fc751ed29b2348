// Demo only: the broker's side of the client space. When the demo user is the broker,
// pending mandates and access requests (a client's own access, 000) can be activated or refused, and the access in force changed, so that
// the client's <procura-access-grants> shows requested-versus-granted differences.
// Plain fetch with the session cookie: this is the demo site's own back office, not an element.
import type { Grant } from '../src/model/grant.js';
import { displayName } from '../src/core/configure.js';
import { demoHTML } from './trusted-html.js';

const section = document.getElementById('broker') as HTMLElement | null;
const list = document.getElementById('broker-list') as HTMLElement | null;
const status = document.getElementById('broker-status') as HTMLElement | null;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// The demo's texts in the page's language (main.ts holds them, with its language switch).
const t = (key: string, params: Record<string, string> = {}) =>
  (window as unknown as { procuraDemo: { t: (key: string, params?: Record<string, string>) => string } }).procuraDemo.t(
    key,
    params,
  );
const lang = () => document.documentElement.lang || 'fr';

async function post(path: string, body: unknown = {}): Promise<Response> {
  return fetch(`/api${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
}

function row(g: Grant): string {
  const who = `${g.mandatary.givenName} ${g.mandatary.familyName}`;
  const from = g.grantor?.displayName ?? '';
  const scope =
    g.scope.contracts === 'all'
      ? t('broker.allContracts')
      : (g.scope.contractIds ?? []).map((c) => displayName('contracts', c, lang())).join(', ');
  // An access request has no mandatary: the client asks for their own access, always to all contracts.
  const self = g.kind === 'access-request';
  // <bdi>: a name holding a right-to-left override (U+202E) must not reverse the rest of the line.
  const parties = self
    ? t('broker.self', { from: `<strong><bdi>${esc(from)}</bdi></strong>` })
    : `<strong><bdi>${esc(from)}</bdi></strong> → <strong><bdi>${esc(who)}</bdi></strong>`;
  return `<li data-id="${esc(g.id)}">
    <p>${parties} · ${esc(displayName('services', g.service, lang()))} · ${esc(scope)} · <em>${esc(t(`broker.status.${g.status}`) || g.status)}</em></p>
    <p>
      ${g.documentUrl ? `<a href="${esc(g.documentUrl)}" target="_blank" rel="noopener">${t('broker.pdf')}</a>` : ''}
      ${g.status === 'pending' ? `<button type="button" data-act="activate">${t('broker.activate')}</button> <button type="button" data-act="refuse">${t('broker.refuse')}</button>` : ''}
      ${!self && (g.status === 'pending' || g.status === 'active') ? `<button type="button" data-act="widen">${t('broker.widen')}</button>` : ''}
    </p>
  </li>`;
}

async function render(): Promise<void> {
  const res = await fetch('/api/grants?limit=200', { credentials: 'same-origin' });
  if (!res.ok || !list) return;
  const { grants } = (await res.json()) as { grants: Grant[] };
  const open = grants.filter((g) => g.status === 'pending' || g.status === 'active');
  list.innerHTML = demoHTML(open.length ? `<ul>${open.map(row).join('')}</ul>` : `<p>${t('broker.none')}</p>`);
}

async function act(id: string, action: string): Promise<void> {
  const res =
    action === 'activate'
      ? await post(`/grants/${id}/activate`)
      : action === 'refuse'
        ? await post(`/grants/${id}/refuse`, { reason: t('broker.refuseReason') })
        : await post(`/grants/${id}/scope`, { scope: { contracts: 'all', includeFuture: true } });
  if (status) status.textContent = res.ok ? t('broker.done') : t('broker.failed', { status: String(res.status) });
  await render();
  await (document.getElementById('client-space') as HTMLElement & { reload?: () => Promise<void> })?.reload?.();
}

async function start(): Promise<void> {
  if (!section || !list) return;
  try {
    const res = await fetch('/api/session', { credentials: 'same-origin' });
    const { user } = (await res.json()) as { user: { role: string } | null };
    if (user?.role !== 'broker') return;
  } catch {
    return;
  }
  section.hidden = false;
  list.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-act]');
    const id = button?.closest<HTMLElement>('li[data-id]')?.dataset.id;
    if (button && id) void act(id, button.dataset.act!);
  });
  await render();
  // The language switch changes <html lang>: the list follows it.
  new MutationObserver(() => void render()).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

void start();
