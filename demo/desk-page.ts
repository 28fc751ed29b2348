// The broker's desk: <procura-broker-desk> for the demo's staff (Claire, Lucas). Signed out or
// signed in as a client, the page says who may use it and does not load the element, which
// would only ask for lists the server must refuse. Offline, the element loads and says why
// it cannot show the requests.
const session = (await fetch('/api/session', { credentials: 'same-origin' })
  .then((r) => (r.ok ? r.json() : undefined))
  .catch(() => undefined)) as { user?: { role?: string } | null } | undefined;
/** Why the desk is not shown: nobody signed in, or someone who is not the broker's staff. */
function refusal(): string | undefined {
  if (!session) return undefined; // offline: the element says why it cannot list
  if (!session.user) return 'desk-signed-out';
  return session.user.role === 'broker' ? undefined : 'desk-not-staff';
}
const why = refusal();
if (why) {
  document.getElementById('desk')?.remove();
  document.getElementById(why)?.removeAttribute('hidden');
} else await import('../src/define/broker-desk.js');

export {}; // a module (top-level await), importing nothing a page would use
