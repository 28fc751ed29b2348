// The client space's elements: who has access to what, and what is held on me (my-data) (the broker works at the desk: desk.html).
// Signed out, there is nothing to list: the page says so and does not load the element, which
// would only ask for a list the server must refuse (a 401 in the console). When the session
// cannot be read (offline), the element loads: it shows the list it kept, or says why not.
const session = (await fetch('/api/session', { credentials: 'same-origin' })
  .then((r) => (r.ok ? r.json() : undefined))
  .catch(() => undefined)) as { user?: unknown } | undefined;
if (session && !session.user) {
  document.getElementById('client-space')?.remove();
  document.getElementById('my-data-section')?.remove();
  document.getElementById('signed-out')?.removeAttribute('hidden');
} else await Promise.all([import('../src/define/access-grants.js'), import('../src/define/my-data.js')]);

export {}; // a module (top-level await), importing nothing a page would use
