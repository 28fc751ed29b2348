// The demo mailbox: the messages the reference server sent (GET /api/demo/mail), newest first,
// each one opened in place; and, when the page is opened from an invitation's link
// (`#token=…`), the button that uses it (POST /api/invitations/accept). The token is read
// from the URL fragment, which no server sees, and is taken out of the address bar at once.
// Built with DOM nodes and textContent only: no markup from the server is ever parsed.
import { textIn, type Code } from './chrome.js';

interface Message {
  id: string;
  to: string;
  lang: string;
  subject: string;
  text: string;
  sentAt?: string;
}

const lang = () => (document.documentElement.lang || 'fr') as Code;
const t = (key: string, params: Record<string, string> = {}) =>
  textIn(lang(), key).replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
const $ = (id: string) => document.getElementById(id)!;

let messages: Message[] | null = null;
let failure = '';
let token = '';

/** The message's text, its links as links (the invitation opens this page with its token). */
function bodyOf(text: string): HTMLElement {
  const pre = document.createElement('pre');
  for (const piece of text.split(/(https?:\/\/\S+)/)) {
    if (/^https?:\/\//.test(piece)) {
      const a = document.createElement('a');
      a.href = piece;
      a.textContent = piece;
      pre.append(a);
    } else pre.append(piece);
  }
  return pre;
}

function item(m: Message): HTMLLIElement {
  const li = document.createElement('li');
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const subject = document.createElement('strong');
  subject.lang = m.lang;
  subject.textContent = m.subject;
  const date = m.sentAt ? new Date(m.sentAt).toLocaleString(lang()) : '';
  const meta = document.createElement('span');
  meta.textContent = t('mailbox.to', { to: m.to, date });
  summary.append(subject, document.createElement('br'), meta);
  const body = bodyOf(m.text);
  body.lang = m.lang;
  details.append(summary, body);
  li.append(details);
  return li;
}

function render(): void {
  const status = $('mailbox-status');
  if (failure) status.textContent = t('mailbox.failed', { status: failure });
  else if (messages)
    status.textContent = messages.length ? t('mailbox.count', { n: String(messages.length) }) : t('mailbox.empty');
  $('messages').replaceChildren(...(messages ?? []).map(item));
}

async function load(): Promise<void> {
  try {
    const res = await fetch('/api/demo/mail', { credentials: 'same-origin' });
    failure = res.ok ? '' : String(res.status);
    messages = res.ok ? ((await res.json()) as { messages: Message[] }).messages : null;
  } catch {
    failure = '0';
  }
  render();
}

/** An invitation's link: keep its token in memory, out of the address bar and the history. */
function readToken(): void {
  const found = location.hash.match(/^#token=([\w-]{16,200})$/)?.[1];
  if (!found) return;
  token = found;
  history.replaceState(null, '', location.pathname + location.search);
  $('invitation').hidden = false;
  $('invitation-status').textContent = '';
  $('accept').focus();
}

async function accept(): Promise<void> {
  const res = await fetch('/api/invitations/accept', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  }).catch(() => null);
  $('invitation-status').textContent = t(res?.ok ? 'mailbox.accepted' : 'mailbox.gone');
}

$('refresh').addEventListener('click', () => void load());
$('accept').addEventListener('click', () => void accept());
window.addEventListener('hashchange', readToken);
// The page's language switch (main.ts) sets <html lang>: the dynamic texts follow it.
new MutationObserver(render).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
readToken();
void load();
