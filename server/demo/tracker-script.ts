/**
 * The stand-in for Matomo's matomo.js: enough of its behaviour for the browser tests of
 * <procura-cookie-opposition> to count what would reach an analytics editor.
 * Served as is (no build step), so it is plain ES5-ish JavaScript in a string.
 */
export const TRACKER_JS = String.raw`(function () {
  'use strict';
  var OPT_OUT = 'mtm_consent_removed';
  // 13 months, counted from the first visit and never extended (CNIL doctrine, DOMAIN.md §4).
  var LIFETIME = 13 * 30 * 24 * 3600;
  var script = document.currentScript;
  var trackerUrl = new URL('collect', script && script.src ? script.src : location.href.replace(/[^/]*$/, 'analytics/')).href;
  var siteId = '1';
  var customUrl = null;

  function escape(s) { return s.replace(/[.$?*|{}()[\]\\/+^]/g, '\\$&'); }
  function getCookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + escape(name) + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }
  function setCookie(name, value, seconds) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; Max-Age=' + seconds + '; Path=/; SameSite=Lax';
  }
  function idCookieName() {
    var h = 0, s = location.hostname;
    for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
    return '_pk_id.' + siteId + '.' + h.toString(16).slice(0, 4);
  }
  function optedOut() { return getCookie(OPT_OUT) !== null; }
  function visitorId() {
    var name = idCookieName();
    var v = getCookie(name);
    if (!v) {
      var bytes = new Uint8Array(8);
      crypto.getRandomValues(bytes);
      v = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('') + '.' + Math.floor(Date.now() / 1000);
      setCookie(name, v, LIFETIME);
    }
    return v.split('.')[0];
  }
  function send(params) {
    var body = new URLSearchParams(params).toString();
    if (navigator.sendBeacon) {
      try {
        if (navigator.sendBeacon(trackerUrl, new Blob([body], { type: 'application/x-www-form-urlencoded' }))) return;
      } catch (e) { /* fall back to fetch */ }
    }
    fetch(trackerUrl + '?' + body, { method: 'GET', mode: 'no-cors', keepalive: true });
  }
  var commands = {
    trackPageView: function (title) {
      if (optedOut()) return;
      send({ idsite: siteId, rec: '1', url: customUrl || location.href, action_name: title || document.title, _id: visitorId(), rand: String(Math.random()).slice(2) });
    },
    optUserOut: function () {
      setCookie(OPT_OUT, String(Date.now()), LIFETIME);
      setCookie(idCookieName(), '', 0);
    },
    forgetUserOptOut: function () { setCookie(OPT_OUT, '', 0); },
    setTrackerUrl: function (u) { trackerUrl = new URL(u, location.href).href; },
    setSiteId: function (id) { siteId = String(id); },
    setCustomUrl: function (u) { customUrl = new URL(u, location.href).href; }
  };
  var api = { isUserOptedOut: optedOut, getVisitorId: visitorId };
  function run(cmd) {
    if (typeof cmd === 'function') return cmd.call(api);
    if (cmd && commands[cmd[0]]) commands[cmd[0]].apply(null, Array.prototype.slice.call(cmd, 1));
  }
  var queued = Array.isArray(window._paq) ? window._paq.slice() : [];
  // As Matomo does: configuration first, whatever its place in the queue.
  var isConfig = function (c) { return c && (c[0] === 'setTrackerUrl' || c[0] === 'setSiteId'); };
  queued.filter(isConfig).forEach(run);
  window._paq = { push: function () { for (var i = 0; i < arguments.length; i++) run(arguments[i]); return 0; } };
  queued.filter(function (c) { return !isConfig(c); }).forEach(run);
})();
`;
