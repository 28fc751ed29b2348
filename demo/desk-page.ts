// The broker's desk: <procura-broker-desk> for the demo's staff (Claire, Lucas). Signed out or
// signed in as a client, the page says who may use it and does not load the element, which
// would only ask for lists the server must refuse. Offline, the element loads and says why
// it cannot show the requests.
const session = (await fetch('/api/session', { credentials: 'same-origin' })
  .then((r) => (r.ok ? r.json() : undefined))
  .catch(() => undefined)) as { user?: { role?: string } | null } | undefined;
const refusal = !session
  ? undefined
  : !session.user
    ? 'desk-signed-out'
    : session.user.role !== 'broker'
      ? 'desk-not-staff'
      : undefined;
if (refusal) {
  document.getElementById('desk')?.remove();
  document.getElementById(refusal)?.removeAttribute('hidden');
} else await import('../src/define/broker-desk.js');

export {}; // a module (top-level await), importing nothing a page would use
