// The command line: `procura check-config <element> <file>` says what is wrong with a
// configuration, with the element's own messages and the nearest known key for a typo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (args, input) => spawnSync(process.execPath, ['bin/procura.js', ...args], { encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'procura-check-config-'));
const file = (name, value) => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};
/** The problem lines: everything after the count. */
const lines = (r) => r.stderr.trim().split('\n').slice(1);
const notice = {
  controller: { name: 'Courtier SA', address: 'Rue Haute 1, 1000 Bruxelles', contact: 'dpo@courtier.be' },
  policyUrl: '/vie-privee',
  noticeVersion: '2026-01',
  preset: 'insurance-prospection',
};

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('a sound configuration for each element: exit 0 and "ok"', () => {
  const sound = {
    consent: notice,
    'cookie-opposition': { category: 'audience', cookies: ['_pk_*'] },
    'mandate-form': {
      title: { fr: 'Mon courtier', nl: 'Mijn makelaar' },
      serviceNames: { 'espace-client': 'Espace client' },
    },
    'access-grants': { requestUrl: '/mandat', cacheDays: 7 },
    'signature-pad': {},
    'my-data': {
      controller: notice.controller,
      policyUrl: '/vie-privee',
      rights: { fr: 'Vos droits.', nl: 'Uw rechten.' },
    },
    'delegation-tree': {
      id: 'cli',
      version: '1',
      start: 'q',
      questions: { q: { text: 'Oui ?', options: [{ id: 'yes', label: 'Oui', next: 'done' }] } },
      outcomes: { done: { text: 'Fait', mandate: true } },
    },
  };
  for (const [element, config] of Object.entries(sound)) {
    const r = cli(['check-config', element, file(`${element}.json`, config)]);
    assert.equal(r.status, 0, `${element}: ${r.stderr}`);
    assert.equal(r.stdout.trim(), 'ok', element);
  }
});

test('misspelt optional settings: exit 1, each with the setting it stands for', () => {
  const r = cli([
    'check-config',
    'mandate-form',
    file('typos.json', { titel: 'Mon courtier', serviceName: { x: 'X' }, LogoUrl: '/logo.png' }),
  ]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /typos\.json: 3 problems for <procura-mandate-form>/);
  assert.deepEqual(lines(r), [
    'titel: "titel" is not a setting of <procura-mandate-form>: did you mean "title"?',
    'serviceName: "serviceName" is not a setting of <procura-mandate-form>: did you mean "serviceNames"?',
    'LogoUrl: "LogoUrl" is not a setting of <procura-mandate-form>: did you mean "logoUrl"?',
  ]);
  assert.equal(r.stdout, '');
});

test('a nested typo, a misspelt required setting, and a key close to nothing', () => {
  const config = {
    ...notice,
    controller: { nmae: 'Courtier SA', address: 'Rue Haute 1', contact: 'dpo@courtier.be', dop: 'x' },
    zzqx: true,
  };
  const r = cli(['check-config', 'consent', file('consent.json', config)]);
  assert.equal(r.status, 1);
  assert.deepEqual(lines(r), [
    'controller.name: is missing; "nmae" looks like a typo of it',
    'controller.dop: "dop" is not a setting of controller in <procura-consent>: did you mean "dpo"?',
    'zzqx: "zzqx" is not a setting of <procura-consent>; its settings are preset, purposes, controller, policyUrl, noticeVersion, retention, rights, title',
  ]);
  assert.doesNotMatch(r.stderr, /zzqx.*did you mean/);
});

test('the element’s own rules, a key refused by the signature pad, a tree read from stdin', () => {
  const ticked = cli([
    'check-config',
    'consent',
    file('ticked.json', { ...notice, preset: undefined, purposes: [{ preset: 'photo', checked: true }] }),
  ]);
  assert.equal(ticked.status, 1);
  assert.match(ticked.stderr, /^purposes\[0\]\.checked: .*never be ticked in advance/m);
  const pad = cli(['check-config', 'signature-pad', file('pad.json', { methods: 'drawn' })]);
  assert.equal(pad.status, 1);
  assert.deepEqual(lines(pad), ['methods: "methods" is not a setting of <procura-signature-pad>: it has no settings']);
  const tree = cli(
    ['check-config', 'delegation-tree', '-'],
    JSON.stringify({
      id: 't',
      version: '1',
      start: 'q',
      qestions: {},
      outcomes: { o: { text: 'Fait', mandate: false } },
    }),
  );
  assert.equal(tree.status, 1);
  assert.match(tree.stderr, /^questions: is missing; "qestions" looks like a typo of it$/m);
});

test('<procura-my-data>: a misspelt setting, a misspelt required one and a bad value, with the element’s messages', () => {
  const config = {
    controller: { name: 'Courtier SA', adress: 'Rue Haute 1', contact: 'dpo@courtier.be' },
    policyUrl: '/vie-privee',
    rigths: 'Vos droits.',
  };
  const r = cli(['check-config', 'my-data', file('my-data.json', config)]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /my-data\.json: 2 problems for <procura-my-data>/);
  assert.deepEqual(lines(r), [
    'controller.address: is missing; "adress" looks like a typo of it',
    'rigths: "rigths" is not a setting of <procura-my-data>: did you mean "rights"?',
  ]);
  const bad = cli(['check-config', 'my-data', '-'], JSON.stringify({ policyUrl: 12 }));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^policyUrl: /m);
  assert.match(cli(['help']).stdout, /ELEMENT is one of .*my-data/);
});

test('what the command cannot check: bad JSON and a missing file exit 1, usage errors exit 2', () => {
  const bad = cli(['check-config', 'consent', file('bad.json', '{ "title": ')]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /bad\.json: not valid JSON/);
  const missing = cli(['check-config', 'consent', join(dir, 'nope.json')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.json: cannot read the file \(ENOENT\)/);
  const unknown = cli(['check-config', 'consnet', join(dir, 'consent.json')]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /"consnet" is not an element with a configuration \(consent, cookie-opposition/);
  assert.equal(cli(['check-config', 'consent']).status, 2);
  assert.match(cli(['help']).stdout, /procura check-config <element> <config\.json>/);
});
