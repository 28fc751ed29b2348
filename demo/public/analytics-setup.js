// The demo's audience measurement, set up as Matomo's snippet does but from a file:
// under a strict CSP (script-src 'self') an inline setup would not run. It only fills
// the command queue; nothing is sent until the audience gate (/audience-gate.js, the
// first script of the page's head) activates the inert tracker (<script type="text/plain"
// data-procura-category="audience">), which it does only while the visitor has not opposed.
window._paq = window._paq || [];
window._paq.push(['setSiteId', '1'], ['trackPageView']);
