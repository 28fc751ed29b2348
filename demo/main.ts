// The demo broker's pages: a header with navigation and the demo sign-in switcher, and a
// footer with the cookie-opposition switch (shown on every page, so defined here). Each page
// loads the other elements it shows itself (mandate-page.ts, quote-page.ts, client-space-page.ts);
// the audience gate runs before all this, from /audience-gate.js in each page's <head>.
import { configure } from '../src/core/configure.js';
import { afterFirstPaint } from './after-paint.js';
import { demoHTML } from './trusted-html.js';
import { LANGUAGES, TEXTS, footerHTML, footerLineHTML, headerHTML, textIn, type Code } from './chrome.js';
import './demo.css';

const STORAGE_KEY = 'procura-demo:lang'; // the language only: no personal data

function stored(): Code {
  let v: string | null = null;
  try {
    v = localStorage.getItem(STORAGE_KEY);
  } catch {
    /* storage off: the page's own language */
  }
  return (LANGUAGES.find((l) => l.code === v)?.code ?? (document.documentElement.lang.slice(0, 2) || 'fr')) as Code;
}
let lang: Code = stored();
const t = (key: string): string => textIn(lang, key);

// Names and the broker's identity once for the whole site: every element and every PDF use them.
configure({
  endpoint: '/api',
  credentials: 'same-origin',
  services: {
    'espace-client': { fr: 'Espace client', nl: 'Klantenzone', en: 'Client space', de: 'Kundenbereich' },
    facturation: { fr: 'Facturation en ligne', nl: 'Online facturatie', en: 'Online billing', de: 'Online-Abrechnung' },
    'dossier-patient': { fr: 'Dossier patient', nl: 'Patiëntendossier', en: 'Patient record', de: 'Patientenakte' },
  },
  contracts: { 'AUTO-2024-0042': { fr: 'Auto, Golf 8', nl: 'Auto, Golf 8', en: 'Car, Golf 8', de: 'Auto, Golf 8' } },
  broker: {
    name: 'Courtier Demo SRL',
    registration: 'FSMA 0123.456.749',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    email: 'bureau@courtier.example',
    phone: '+32 2 123 45 67',
  },
});

const here = location.pathname.split('/').pop() || 'index.html';
const page = here.replace(/\.html$/, '');

function header(): string {
  return headerHTML(lang, here);
}

/** The pages' own texts: French stays in the HTML (kept here to come back to it). */
const french = new WeakMap<Element, string>();
function translatePage(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    if (!french.has(el)) french.set(el, el.innerHTML);
    const text = lang === 'fr' ? undefined : TEXTS[lang]?.[el.dataset.t!];
    el.innerHTML = demoHTML(text ?? french.get(el)!);
  }
  const title = lang === 'fr' ? undefined : TEXTS[lang]?.[`title.${page}`];
  if (!french.has(document.head)) french.set(document.head, document.title);
  document.title = title ?? french.get(document.head)!;
}

/** Switches the whole page: `<html lang>` (the elements follow it), the demo's texts, the header. */
function setLanguage(next: Code, { focus = false, remember = true } = {}): void {
  lang = next;
  document.documentElement.lang = next;
  if (remember)
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* not remembered: still switched */
    }
  renderChrome();
  translatePage();
  if (focus) document.querySelector<HTMLButtonElement>(`header .lang [data-lang="${next}"]`)?.focus();
}

/** The demo's helpers for the pages' inline scripts. */
(window as unknown as { procuraDemo: { t: (key: string, params?: Record<string, string>) => string } }).procuraDemo = {
  t: (key, params = {}) => t(key).replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m),
};

/**
 * The demo's sign-in switcher: the reference server's demo users. Choosing in the list changes
 * nothing by itself (arrows on a closed select fire `change`, WCAG 3.2.2); the button next to it
 * signs in as the chosen user and reloads the page.
 */
let users: Array<{ id: string; label: string }> | undefined;
let signedInAs = '';
async function signInSwitcher(): Promise<void> {
  try {
    const [list, session] = await Promise.all([
      fetch('/api/demo/users').then((r) => r.json()),
      fetch('/api/session', { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : null)),
    ]);
    users = ((list.users ?? list) as Array<{ id: string; displayName?: string; name?: string; role: string }>).map(
      (u) => ({ id: u.id, label: `${u.displayName ?? u.name ?? u.id} (${u.role})` }),
    );
    signedInAs = session?.user?.id ?? '';
  } catch {
    users = []; // no reference server: the elements say so themselves
  }
  fillSwitcher();
}

function fillSwitcher(): void {
  const select = document.querySelector<HTMLSelectElement>('header .who select');
  if (!select || !users) return;
  select.closest('form')!.hidden = !users.length;
  const esc = (v: string) => v.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  select.innerHTML = demoHTML(
    `<option value="">${t('who.nobody')}</option>` +
      users.map((u) => `<option value="${esc(u.id)}">${esc(u.label)}</option>`).join(''),
  );
  select.value = signedInAs;
}

function renderChrome(): void {
  const headerEl = document.querySelector<HTMLElement>('header[data-demo]');
  if (headerEl) {
    headerEl.innerHTML = demoHTML(header());
    fillSwitcher();
  }
  const footer = document.querySelector('footer[data-demo] .site');
  if (footer) footer.innerHTML = demoHTML(footerLineHTML(lang));
}

const headerEl = document.querySelector<HTMLElement>('header[data-demo]');
// One listener each, on the header: its content is rebuilt when the language changes.
headerEl?.addEventListener('click', (e) => {
  const code = (e.target as HTMLElement).closest<HTMLButtonElement>('.lang [data-lang]')?.dataset.lang as
    Code | undefined;
  if (code && code !== lang) setLanguage(code, { focus: true });
});
headerEl?.addEventListener('submit', async (e) => {
  const form = (e.target as HTMLElement).closest<HTMLFormElement>('form.who');
  if (!form) return;
  e.preventDefault();
  const select = form.querySelector<HTMLSelectElement>('select')!;
  // While the person leaving is still signed in: their drafts, outbox and cached lists go with them.
  // Loaded here, when someone switches: the drafts store, the outbox and IndexedDB are not part of a page's first load.
  await import('../src/core/clear-personal-data.js')
    .then(({ clearPersonalData }) => clearPersonalData('/api'))
    .catch(() => undefined);
  if (select.value)
    await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ user: select.value }),
    });
  else await fetch('/api/session', { method: 'DELETE' });
  location.reload();
});
const footerEl = document.querySelector('footer[data-demo]');
if (footerEl && !footerEl.innerHTML.trim()) footerEl.innerHTML = demoHTML(footerHTML(lang));
// The page is written in its language, header and footer included (chrome-html.ts): rewriting them
// with the same markup would only re-parse and lay out the page again during its first load.
if (lang !== document.documentElement.lang || !headerEl?.innerHTML.trim()) setLanguage(lang, { remember: false });
void signInSwitcher();

/**
 * The cookie-opposition switch. In the footer it is below the fold: defined once the first screen
 * is painted and the browser is idle, in a task of its own rather than in the page's first one
 * (Lighthouse's total blocking time; its room is kept by demo.css, nothing moves). A page that
 * shows it in its content (privacy.html) defines it at once.
 */
const defineSwitch = () => void import('../src/define/cookie-opposition.js');
if (document.querySelector('main procura-cookie-opposition')) defineSwitch();
else afterFirstPaint(defineSwitch);
