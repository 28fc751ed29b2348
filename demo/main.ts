// The demo broker's pages: a header with navigation and the demo sign-in
// switcher, a footer with the cookie-opposition element, and every procura element.
import '../src/index.js';
import { configure } from '../src/core/configure.js';
import './demo.css';

const PAGES = [
  ['index.html', 'Accueil'],
  ['mandate.html', 'Donner accès à mon espace'],
  ['quote.html', 'Demander une offre'],
  ['client-space.html', 'Mon espace client'],
  ['privacy.html', 'Vie privée'],
  ['cms.html', 'Page CMS'],
] as const;

configure({ endpoint: '/api', credentials: 'same-origin' });

function header(): string {
  const here = location.pathname.split('/').pop() || 'index.html';
  return `<a class="skip" href="#main">Aller au contenu</a>
  <div class="brand"><span aria-hidden="true">◆</span> Courtier Demo <small>assurances depuis 1987</small></div>
  <nav aria-label="Navigation principale"><ul>${PAGES.map(([href, label]) => `<li><a href="${href}"${href === here ? ' aria-current="page"' : ''}>${label}</a></li>`).join('')}</ul></nav>
  <form class="who" aria-label="Compte de démonstration"><label>Connecté en tant que <select name="user"></select></label></form>`;
}

async function signInSwitcher(): Promise<void> {
  const select = document.querySelector<HTMLSelectElement>('header .who select');
  if (!select) return;
  try {
    const [users, session] = await Promise.all([
      fetch('/api/demo/users').then((r) => r.json()),
      fetch('/api/session', { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : null)),
    ]);
    const list = (users.users ?? users) as Array<{ id: string; displayName?: string; name?: string; role: string }>;
    select.innerHTML = `<option value="">(personne)</option>` + list.map((u) => `<option value="${u.id}">${u.displayName ?? u.name ?? u.id} (${u.role})</option>`).join('');
    select.value = session?.user?.id ?? '';
    select.addEventListener('change', async () => {
      if (select.value) await fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ user: select.value }) });
      else await fetch('/api/session', { method: 'DELETE' });
      location.reload();
    });
  } catch {
    select.closest('form')!.hidden = true; // no reference server: the elements say so themselves
  }
}

const headerEl = document.querySelector('header[data-demo]');
if (headerEl) headerEl.innerHTML = header();
const footerEl = document.querySelector('footer[data-demo]');
if (footerEl && !footerEl.innerHTML.trim())
  footerEl.innerHTML = `<p>Courtier Demo SRL · rue de l’Exemple 1, 1000 Bruxelles · <a href="privacy.html">Vie privée</a></p>
  <procura-cookie-opposition id="footer-opposition" compact policy-url="privacy.html"></procura-cookie-opposition>`;
void signInSwitcher();
