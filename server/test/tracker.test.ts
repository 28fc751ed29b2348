import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { webcrypto } from 'node:crypto';
import { TRACKER_JS } from '../demo/tracker-script.js';
import { at } from '../../test/support/at.js';

/** Runs the stand-in tracker in a fake page: a cookie jar, a beacon recorder, `_paq` given beforehand. */
function page(paq: unknown[], jar = new Map<string, string>()) {
  const beacons: { url: string; body: string }[] = [];
  const blobs = new WeakMap<object, string>();
  const document = {
    title: 'Accueil',
    currentScript: { src: 'http://localhost:8080/analytics/tracker.js' },
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    set cookie(line: string) {
      const [pair = '', ...attrs] = line.split('; '); // split always gives one part at least
      const [k, v] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (attrs.some((a) => a === 'Max-Age=0')) jar.delete(k);
      else jar.set(k, v);
    },
  };
  class FakeBlob {
    constructor(parts: string[]) {
      blobs.set(this, parts.join(''));
    }
  }
  const window: Record<string, unknown> = { _paq: paq };
  runInNewContext(TRACKER_JS, {
    window,
    document,
    location: { href: 'http://localhost:5173/contact', hostname: 'localhost' },
    navigator: {
      sendBeacon: (url: string, blob: object) => (beacons.push({ url, body: blobs.get(blob) ?? '' }), true),
    },
    fetch: () => assert.fail('fetch should not be needed when sendBeacon works'),
    URL,
    URLSearchParams,
    Blob: FakeBlob,
    crypto: webcrypto,
    Date,
    Math,
    String,
    Array,
    Uint8Array,
    RegExp,
  });
  return { beacons, jar, paq: window._paq as { push(...c: unknown[]): number } };
}

test('trackPageView sends one hit to /analytics/collect and sets a _pk_id cookie', () => {
  const { beacons, jar } = page([['trackPageView']]);
  assert.equal(beacons.length, 1);
  assert.equal(at(beacons, 0).url, 'http://localhost:8080/analytics/collect');
  const params = new URLSearchParams(at(beacons, 0).body);
  assert.equal(params.get('url'), 'http://localhost:5173/contact');
  assert.equal(params.get('action_name'), 'Accueil');
  assert.ok([...jar.keys()].some((k) => k.startsWith('_pk_id.1.')));
});

test('after optUserOut nothing is sent, now or on a later page; forgetUserOptOut resumes', () => {
  const first = page([['optUserOut'], ['trackPageView']]);
  assert.equal(first.beacons.length, 0);
  assert.ok(first.jar.has('mtm_consent_removed'));
  assert.ok(![...first.jar.keys()].some((k) => k.startsWith('_pk_id')), 'the visitor id cookie is removed');
  const later = page([['trackPageView']], first.jar);
  later.paq.push(['trackPageView']);
  assert.equal(later.beacons.length, 0);
  later.paq.push(['forgetUserOptOut'], ['trackPageView']);
  assert.equal(later.beacons.length, 1);
});

test('setTrackerUrl applies even when queued after trackPageView, as in Matomo', () => {
  const { beacons } = page([['trackPageView'], ['setTrackerUrl', '/elsewhere/collect'], ['setSiteId', 7]]);
  assert.equal(at(beacons, 0).url, 'http://localhost:5173/elsewhere/collect');
  assert.equal(new URLSearchParams(at(beacons, 0).body).get('idsite'), '7');
});
