// Issue 17's "done when", as an office manager does it against `npm start`: signed in as Claire
// (the office's admin) through the demo's sign-in, with the keyboard only (Tab, Shift+Tab, arrows,
// Enter, Space, typing), she builds the 004 staff-delegation tree in an empty studio, watches the
// checker go quiet, publishes it, copies the CMS snippet the studio shows into a plain page, and
// the published tree answers there to each route; then the same for a consent configuration, whose
// record names the published definition's id, version and SHA-256.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';
import { launch, startDemo, readable, signInAs } from './support.js';

let browser, demo, tree004;
before(async () => {
  [browser, demo, { default: tree004 }] = await Promise.all([
    launch(),
    startDemo(),
    tsImport('../../src/delegation-tree/trees/staff-delegation.ts', import.meta.url),
  ]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

const LANGS = ['fr', 'nl', 'en', 'de'];

/** The focused control, through every shadow root, with the name a screen reader gives it. */
const focused = (page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return { name: '', tag: '' };
    const name = a.getAttribute('aria-label') ?? a.labels?.[0]?.textContent ?? a.textContent ?? '';
    return { name: name.replace(/\s+/g, ' ').trim(), id: a.id, value: a.value, checked: a.checked };
  });

/** Presses Tab (or Shift+Tab) until the focused control is named `name` (a string or a RegExp). */
async function tabTo(page, name, { back = false, max = 400 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    const f = await focused(page);
    if (typeof name === 'string' ? f.name === name : name.id ? f.id === name.id : name.test(f.name)) return f;
    seen.push(f.name);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached “${name}”; passed: ${seen.slice(-30).join(' | ')}`);
}

/**
 * Types into the focused field and leaves it with Tab (the studio commits a field when it is left).
 * Long texts arrive as one input, as a keyboard's input method or a paste gives them: key by key,
 * the four languages of 004 would take most of this file's time on a loaded machine.
 */
async function typeAndTab(page, text) {
  if (text.length > 24) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** The four languages of a text, typed one after the other (the fields stand side by side: fr, nl, en, de). */
async function typeTexts(page, label, texts) {
  const f = await focused(page);
  assert.equal(f.name, label('français'));
  for (const lang of LANGS) {
    assert.equal(
      (await focused(page)).name,
      label({ fr: 'français', nl: 'néerlandais', en: 'anglais', de: 'allemand' }[lang]),
    );
    await typeAndTab(page, texts[lang]);
  }
}

/** Arrow keys on the focused select until it shows `text` (a closed select changes with the arrows). */
async function arrowTo(page, text) {
  for (let i = 0; i < 20; i++) {
    const shown = await page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.selectedOptions?.[0]?.textContent.trim();
    });
    if (shown === text) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the select never showed “${text}”`);
}

const studioText = (page, sel) =>
  page.evaluate((s) => document.querySelector('procura-studio').shadowRoot.querySelector(s)?.textContent.trim(), sel);

async function openStudio(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${demo.url}/desk.html`);
  await signInAs(page, 'claire');
  await page.goto(`${demo.url}/studio/`);
  await page.waitForFunction(() => document.querySelector('procura-studio')?.editor);
  // The one focus by selector: the start of the page, as a person arriving on it.
  await page.evaluate(() => document.querySelector('h1').setAttribute('tabindex', '-1'));
  await page.focus('h1');
  return { page, errors };
}

/** Serves `body` as a plain page of the demo's site (the test is its CMS): only that address is the test's. */
async function plainPage(context, path, title, body) {
  const url = `${demo.url}${path}`;
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body><main><h1>${title}</h1>\n${body}\n</main></body>\n</html>`,
    }),
  );
  return url;
}

/** The CMS snippet as the studio shows it once the published version is the one on screen. */
async function publishedSnippet(page) {
  try {
    await page.waitForFunction(
      () =>
        document
          .querySelector('procura-studio')
          .shadowRoot.querySelector('#snippet-cms')
          ?.textContent.includes('/definitions/'),
      undefined,
      { timeout: 5000 },
    );
  } catch (e) {
    const state = await page.evaluate(() => {
      const s = document.querySelector('procura-studio');
      return JSON.stringify({ id: s.definitionId, versions: s.publisher.versions, result: s.publisher.result });
    });
    throw new Error(`the snippet never named the published definition: ${state}`, { cause: e });
  }
  return studioText(page, '#snippet-cms');
}

/** The definition's short name, at the top of the studio (its id across versions, in the published address). */
async function nameIt(page, id) {
  await tabTo(page, 'Nom court de la définition');
  await typeAndTab(page, id);
}

async function publish(page) {
  await tabTo(page, 'Publier une nouvelle version');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    document.querySelector('procura-studio').shadowRoot.querySelector('#publish-result'),
  );
  const done = await studioText(page, '#publish-result');
  assert.match(done, /^Version 1 publiée\. Empreinte SHA-256 : [0-9a-f]{64}\.$/);
  return done.match(/[0-9a-f]{64}/)[0];
}

test('the 004 staff-delegation tree, built with the keyboard, published, and answered on a plain page', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openStudio(context);
  try {
    await buildTree(page);
    await page.waitForTimeout(0);
    assert.equal(await studioText(page, '.problems > p'), 'Aucun problème : la définition peut être publiée.');
    const sha = await publish(page);
    const snippet = await publishedSnippet(page);
    assert.match(
      snippet,
      /^<script type="module" src="\/kit\/procura\.js"><\/script>\n<procura-delegation-tree src="http:\/\/[\w.]+:\d+\/api\/definitions\/delegation-personnel"/,
    );
    const published = await (await page.request.get(`${demo.url}/api/definitions/delegation-personnel`)).json();
    assert.equal(published.sha256, sha);
    assert.deepEqual(
      OUTCOMES.map(([id]) => published.definition.outcomes[id].form ?? null),
      OUTCOMES.map(([, name]) => tree004.outcomes[name].form ?? null),
    );
    const url = await plainPage(context, '/e2e/delegation.html', 'Déléguer votre accès', snippet);
    await answerTree(context, url);
    assert.deepEqual(errors, []);
  } catch (e) {
    await page.screenshot({ path: '.tmp/studio-tree-failure.png', fullPage: true }).catch(() => undefined);
    throw e;
  } finally {
    await context.close();
  }
});

const field = (kind, id) => (lang) =>
  `${{ text: 'Texte', label: 'Libellé de la réponse', reason: 'Raison du refus' }[kind]} ${kind === 'reason' ? id : id} en ${lang}`.replace(
    /^Texte (\S+)/,
    'Texte de $1',
  );

/** 004's outcomes and questions, under the studio's own ids (r1…, q1…), with the texts of the built-in tree. */
const OUTCOMES = [
  ['r1', 'staff', 'mandate'],
  ['r2', 'in-house-agency', 'mandate'],
  ['r3', 'not-entitled', 'refused'],
  ['r4', 'commercial-agency', 'refused'],
];
const QUESTIONS = [
  ['q1', 'who', { staff: 'q2', billing: 'q3' }],
  ['q2', 'entitled', { yes: 'r1', no: 'r3' }],
  ['q3', 'agency', { 'in-house': 'r2', commercial: 'r4' }],
];

async function buildTree(page) {
  // The kind: the radio group's arrows (the studio opens on the consent form).
  await tabTo(page, 'Un formulaire de consentement');
  await arrowToRadio(page, 'Un questionnaire de délégation');
  await page.waitForFunction(() => document.querySelector('procura-studio').editor?.kind === 'tree');
  await nameIt(page, 'delegation-personnel');
  // An empty tree: the checker speaks before anything is built.
  assert.match(await studioText(page, '.problems > p'), /^\d+ problèmes? empêchen?t de publier\./);
  for (const [id, name, flag] of OUTCOMES) {
    const o = tree004.outcomes[name];
    await tabTo(page, 'Ajouter un résultat');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => true);
    await waitFocus(page, `Texte de ${id} en français`);
    await typeTexts(page, field('text', id), o.text);
    await tabTo(
      page,
      flag === 'mandate' ? `Le résultat ${id} mène au formulaire de mandat` : `Le résultat ${id} est un refus`,
    );
    await page.keyboard.press('Space');
    if (flag === 'mandate' && o.form) {
      // Which form: the name the mandate form recognises (004: the staff member's form).
      await tabTo(page, `Formulaire à remplir pour le résultat ${id}`);
      await typeAndTab(page, o.form);
    }
    if (flag === 'refused') {
      await tabTo(page, `Raison du refus ${id} en français`);
      await typeTexts(page, field('reason', id), o.reason);
    }
  }
  for (const [id, name] of QUESTIONS) {
    await tabTo(page, 'Ajouter une question', { back: true });
    await page.keyboard.press('Enter');
    await waitFocus(page, `Texte de ${id} en français`);
    await typeTexts(page, field('text', id), tree004.questions[name].text);
  }
  for (const [q, name, nexts] of QUESTIONS) {
    for (const [i, option] of tree004.questions[name].options.entries()) {
      const o = `${q}/o${i + 1}`;
      await tabTo(page, `Ajouter une réponse à la question ${q}`, { back: i === 0 });
      await page.keyboard.press('Enter');
      await waitFocus(page, `Libellé de la réponse ${o} en français`);
      await typeTexts(page, field('label', o), option.label);
      await tabTo(page, `Après la réponse ${o}, aller à`);
      const to = nexts[option.id];
      const node = to.startsWith('q')
        ? tree004.questions[QUESTIONS.find(([x]) => x === to)[1]]
        : tree004.outcomes[OUTCOMES.find(([x]) => x === to)[1]];
      await arrowTo(page, `${to.startsWith('q') ? 'Question' : 'Résultat'} « ${node.text.fr} »`);
    }
  }
}

/** Waits until the studio has moved the focus to `name` (it does after adding an item). */
async function waitFocus(page, name) {
  for (let i = 0; i < 50; i++) {
    if ((await focused(page)).name === name) return;
    await page.waitForTimeout(20);
  }
  assert.equal((await focused(page)).name, name);
}

/** Arrow keys in a radio group until the checked radio is named `name`. */
async function arrowToRadio(page, name) {
  for (let i = 0; i < 8; i++) {
    const f = await focused(page);
    if (f.name === name && f.checked) return;
    await page.keyboard.press('ArrowUp');
  }
  throw new Error(`the radio group never reached “${name}”`);
}

async function answerTree(context, url) {
  for (const route of [
    [tree004.questions.who.options[0].label.fr, tree004.questions.entitled.options[0].label.fr, 'staff'],
    [tree004.questions.who.options[1].label.fr, tree004.questions.agency.options[0].label.fr, 'in-house-agency'],
    [tree004.questions.who.options[1].label.fr, tree004.questions.agency.options[1].label.fr, 'commercial-agency'],
  ]) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const el = page.locator('procura-delegation-tree');
    for (const answer of route.slice(0, 2)) {
      await el.locator('label', { hasText: answer }).first().click();
      await el.locator('button[type=submit]').click();
    }
    const o = tree004.outcomes[route[2]];
    await page.getByText(o.text.fr).first().waitFor();
    const text = await readable(page);
    assert.ok(text.includes(o.text.fr), text);
    // What it means, in the element's own words: a mandate form to fill in, or a refusal and why.
    if (o.refused) {
      assert.ok(text.includes('Cette demande ne peut pas être acceptée.'), text);
      assert.ok(text.includes(o.reason.fr), `no reason in: ${text}`);
    } else assert.ok(text.includes('Un formulaire de mandat est nécessaire.'), text);
    assert.deepEqual(errors, []);
    await page.close();
  }
}

test('a consent configuration from a preset, published, pasted on a plain page: the record names the published version', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openStudio(context);
  const anne = await browser.newContext({ viewport: { width: 375, height: 800 } });
  try {
    // An empty studio opens on the consent form: its name, one preset, then the office and its notice.
    await nameIt(page, 'consentement-prospection');
    await tabTo(page, 'Prospection par courriel, SMS ou messagerie');
    await page.keyboard.press('Space');
    for (const [id, text] of [
      ['controller-name', 'Bureau Martin'],
      ['controller-address', 'Rue de la Loi 16, 1000 Bruxelles'],
      ['controller-contact', 'vie-privee@martin.be'],
      ['policy-url', '/privacy.html'],
    ]) {
      await tabTo(page, { id });
      await typeAndTab(page, text);
    }
    const problems = await studioText(page, '.problems > p');
    assert.match(problems, /^Aucun problème : la définition peut être publiée\./);
    const sha = await publish(page);
    const snippet = await publishedSnippet(page);
    assert.match(snippet, /<procura-consent src="http:\/\/[\w.]+:\d+\/api\/definitions\/consentement-prospection"/);
    const url = await plainPage(anne, '/e2e/consent.html', 'Vos préférences de contact', snippet);
    // Anne, signed in on the site, gives her consent on the page the office pasted the snippet into.
    const client = await anne.newPage();
    await client.goto(`${demo.url}/desk.html`);
    await signInAs(client, 'anne');
    await client.goto(url);
    const form = client.locator('procura-consent');
    await form.locator('input[type=checkbox]').first().check();
    await form.getByRole('button', { name: 'Enregistrer mes choix' }).click();
    await client.getByText('Vos choix sont enregistrés. Merci.').waitFor();
    // The broker reads the record: it names the published definition, its version and its hash.
    const read = await (await page.request.get(`${demo.url}/api/consents?subject=C-100231`)).json();
    const record = read.records.at(-1);
    assert.deepEqual(record.definition, { id: 'consentement-prospection', version: 1, sha256: sha });
    assert.deepEqual(errors, []);
  } catch (e) {
    await page.screenshot({ path: '.tmp/studio-consent-failure.png', fullPage: true }).catch(() => undefined);
    throw e;
  } finally {
    await anne.close();
    await context.close();
  }
});
