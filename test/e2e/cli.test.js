// The command line: `procura check-tree` on sound and broken tree files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (args, input) => spawnSync(process.execPath, ['bin/procura.js', ...args], { encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'procura-cli-'));
const file = (name, text) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const sound = {
  id: 'cli',
  version: '1',
  start: 'q',
  questions: {
    q: {
      text: { fr: 'Oui ou non ?', en: 'Yes or no?' },
      options: [
        { id: 'yes', label: 'Oui', next: 'done' },
        { id: 'no', label: 'Non', next: 'no' },
      ],
    },
  },
  outcomes: {
    done: { text: 'Fait', mandate: true, contracts: 'all' },
    no: { text: 'Refusé', mandate: false, refused: true, reason: 'Parce que.' },
  },
};

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('a sound tree: exit 0 and "ok"', () => {
  const r = cli(['check-tree', file('sound.json', JSON.stringify(sound))]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'ok');
});

test('a broken tree: exit 1 and every problem with its path', () => {
  const broken = structuredClone(sound);
  broken.questions.q.options[1].next = 'q';
  delete broken.outcomes.no.reason;
  const r = cli(['check-tree', file('broken.json', JSON.stringify(broken))]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.json: 3 problems/);
  assert.match(r.stderr, /questions\.q\.options\[1\]\.next: going back to "q" makes a loop \(q → q\)/);
  assert.match(r.stderr, /outcomes\.no\.reason: a refusal must give its reason to the person \[reason\]/);
  assert.match(r.stderr, /outcomes\.no: no answer leads to outcome "no" \[unreachable\]/);
});

test('text that is not JSON, a missing file, several files, stdin', () => {
  const notJson = cli(['check-tree', file('bad.json', '{ "id": ')]);
  assert.equal(notJson.status, 1);
  assert.match(notJson.stderr, /bad\.json: not valid JSON/);
  const missing = cli(['check-tree', join(dir, 'nope.json')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.json: cannot read the file \(ENOENT\)/);
  const two = cli(['check-tree', join(dir, 'sound.json'), join(dir, 'bad.json')]);
  assert.equal(two.status, 1);
  assert.match(two.stdout, /sound\.json: ok/);
  const stdin = cli(['check-tree', '-'], JSON.stringify({}));
  assert.equal(stdin.status, 1);
  assert.match(stdin.stderr, /id: is required \[required\]/);
});

test('a misspelt key in a tree: named with the field it stands for, or its fields when none is close', () => {
  const typos = structuredClone(sound);
  typos.titel = { fr: 'Accès' };
  typos.questions.q.hepl = 'Aide';
  typos.outcomes.done.mandat = true;
  delete typos.outcomes.done.mandate;
  typos.outcomes.no.xyzzy = 1;
  const r = cli(['check-tree', file('typos.json', JSON.stringify(typos))]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /typos\.json: 4 problems/);
  assert.match(r.stderr, /outcomes\.done\.mandate: is missing; "mandat" looks like a typo of it \[required\]/);
  assert.match(r.stderr, /titel: "titel" is not a field of a decision tree: did you mean "title"\? \[unknown\]/);
  assert.match(
    r.stderr,
    /questions\.q\.hepl: "hepl" is not a field of questions\.q in a decision tree: did you mean "help"\? \[unknown\]/,
  );
  assert.match(
    r.stderr,
    /outcomes\.no\.xyzzy: "xyzzy" is not a field of outcomes\.no in a decision tree; its fields are text, mandate, contracts, refused, reason, form, href \[unknown\]/,
  );
  const schemaKey = cli([
    'check-tree',
    file('schema-key.json', JSON.stringify({ $schema: './TreeDefinition.json', ...sound })),
  ]);
  assert.equal(schemaKey.status, 0, schemaKey.stderr);
});

test('usage errors exit 2', () => {
  assert.equal(cli(['check-tree']).status, 2);
  const r = cli(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command "frobnicate"/);
});
