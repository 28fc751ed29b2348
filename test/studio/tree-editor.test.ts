// The studio's tree editor (src/studio/tree/), rendered through a small host defined here that
// keeps the StudioHost contract as the shell does: commit (the definition, one step, announced),
// confirm (answers as the test says, remembers the question), select. Driven by the keyboard:
// the test moves the focus to a control by its accessible name (as a screen reader's list of
// controls does) and then only types, presses Enter, Space, Tab or the arrow keys.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import '../support/env.js';
import { LocalizeController } from '../../src/core/localize.js';
import { checkTree } from '../../src/model/check-tree.js';
import type { TreeDefinition } from '../../src/model/tree.js';
import { studioTreeCatalog } from '../../src/i18n/studio-tree.js';
import type { StudioHost, StudioLang } from '../../src/studio/host.js';
import { treeEditor, provideTreeStarters } from '../../src/studio/tree/index.js';
import { fromCsv, parseCsv, toCsv } from '../../src/studio/tree/csv.js';
import brokerTree from '../../src/delegation-tree/trees/broker-client-space.js';
import staffTree from '../../src/delegation-tree/trees/staff-delegation.js';
import { at } from '../support/at.js';

class TestStudioHost extends LitElement implements StudioHost {
  private l10n = new LocalizeController(this, [studioTreeCatalog]);
  @state() definition: TreeDefinition = treeEditor.blank();
  @state() selected: string | undefined;
  @state() said: string[] = [];
  commits: TreeDefinition[] = [];
  asked: string[] = [];
  answer = true;
  @state() override lang: StudioLang = 'fr';

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang') || !this.hasUpdated) void this.l10n.setLocale(this.lang);
  }
  t(key: string, vars?: Record<string, string | number>): string {
    return this.l10n.t(key as never, vars);
  }
  commit(next: unknown, what: string): void {
    this.definition = next as TreeDefinition;
    this.commits.push(this.definition);
    this.announce(what);
  }
  announce(message: string): void {
    this.said = [...this.said, message];
  }
  confirm(message: string): Promise<boolean> {
    this.asked.push(message);
    return Promise.resolve(this.answer);
  }
  select(id: string | undefined): void {
    this.selected = id;
  }
  override render() {
    return html`<div>
      <h2>Studio</h2>
      <p role="status">${this.said.at(-1) ?? ''}</p>
      ${treeEditor.render(this, this.definition)}
    </div>`;
  }
}
customElements.define('test-studio-host', TestStudioHost);

async function mount(definition?: TreeDefinition): Promise<TestStudioHost> {
  const el = await fixture<TestStudioHost>(html`<test-studio-host></test-studio-host>`);
  if (definition) el.definition = structuredClone(definition);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
  return el;
}

const root = (el: TestStudioHost) => el.shadowRoot as ShadowRoot;
const nameOf = (c: Element) =>
  (c.getAttribute('aria-label') ?? (c as HTMLInputElement).labels?.[0]?.textContent ?? c.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** The control named `name` (its aria-label or its text), focused as a keyboard person would reach it. */
async function reach(el: TestStudioHost, name: string): Promise<HTMLElement> {
  await el.updateComplete;
  const all = [...root(el).querySelectorAll<HTMLElement>('button, input, select')];
  const c = all.find((x) => nameOf(x) === name);
  if (!c) throw new Error(`no control named "${name}" among ${all.map(nameOf).join(' | ')}`);
  c.focus();
  return c;
}

const active = (el: TestStudioHost) => root(el).activeElement as HTMLElement | null;

/** Waits for the editor to draw a change (the shell's render, then the focus moved by the editor). */
async function settled(el: TestStudioHost): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

const problemsOf = (el: TestStudioHost, item: string) =>
  [...root(el).querySelectorAll(`[data-problems="${item}"] li`)].map((li) =>
    li.textContent?.replace(/\s+/g, ' ').trim(),
  );
const errors = (el: TestStudioHost) => [...root(el).querySelectorAll('.problems li.error')];

describe('studio tree editor', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('builds a small tree with the keyboard only; the checker speaks beside each item and goes quiet', async () => {
    const el = await mount();
    expect(problemsOf(el, 'tree').join(' ')).to.contain('L’arbre n’a encore aucune question.');
    await reach(el, 'Ajouter une question');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(active(el)?.getAttribute('aria-label')).to.equal('Texte de q1 en français');
    await type('Qui demande l’accès ?');
    await settled(el);
    expect(problemsOf(el, 'q1')).to.include('Erreur : Cette question n’a encore aucune réponse.');
    for (const text of ['Le preneur lui-même', 'Une autre personne']) {
      await reach(el, 'Ajouter un résultat');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await type(text);
      await settled(el);
    }
    for (const [label, downs] of [
      ['Moi', 1],
      ['Quelqu’un d’autre', 2],
    ] as const) {
      await reach(el, 'Ajouter une réponse à la question q1');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      const o = at(el.definition.questions.q1?.options ?? [], -1).id;
      expect(active(el)?.getAttribute('aria-label')).to.equal(`Libellé de la réponse q1/${o} en français`);
      await type(label);
      await settled(el);
      expect(problemsOf(el, `q1/${o}`)).to.include(
        'Erreur : Cette réponse ne mène nulle part : choisissez la question ou le résultat qui suit.',
      );
      await reach(el, `Après la réponse q1/${o}, aller à`);
      for (let i = 0; i < downs; i++) await sendKeys({ press: 'ArrowDown' });
      await settled(el);
    }
    expect(errors(el)).to.have.length(0);
    expect(problemsOf(el, 'q1')).to.deep.equal(['À vérifier : Traduction manquante : néerlandais, anglais, allemand.']);
    const check = checkTree(el.definition);
    expect(check.ok, JSON.stringify(check.issues)).to.equal(true);
    expect(el.definition.questions.q1?.options.map((o) => o.next)).to.deep.equal(['r1', 'r2']);
    expect(el.said).to.include('Question q1 ajoutée.');
    expect(root(el).querySelector('[role="status"]')?.textContent).to.equal(el.said.at(-1));
  });

  it('flags missing translations in words beside their language', async () => {
    const el = await mount(brokerTree);
    await reach(el, 'Texte de person en néerlandais');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await settled(el);
    const label = root(el).querySelector('label[for="tree-person-text-nl"]');
    expect(label?.textContent?.trim()).to.equal('néerlandais (à traduire)');
    expect(problemsOf(el, 'person')).to.deep.equal(['À vérifier : Traduction manquante : néerlandais.']);
  });

  it('asks before deleting what an answer leads to, and then says the answer leads nowhere', async () => {
    const el = await mount(brokerTree);
    const target = at(el.definition.questions.person?.options ?? [], 0).next;
    el.answer = false;
    await reach(el, `Supprimer ${target}`);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.asked).to.have.length(1);
    expect(el.definition.questions[target]).to.not.equal(undefined);
    el.answer = true;
    await reach(el, `Supprimer ${target}`);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(el.definition.questions[target]).to.equal(undefined);
    expect(problemsOf(el, 'person/natural')).to.include(
      'Erreur : Cette réponse ne mène nulle part : choisissez la question ou le résultat qui suit.',
    );
    expect(el.said.at(-1)).to.equal(`${target} supprimé.`);
  });

  it('moves answers up and down with the keyboard', async () => {
    const el = await mount(brokerTree);
    await reach(el, 'Descendre person/natural');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.definition.questions.person?.options.map((o) => o.id)).to.deep.equal(['legal', 'natural']);
    expect(nameOf(active(el) as HTMLElement)).to.equal('Monter person/natural');
  });

  it('exports every text as RFC 4180 CSV and reads it back unchanged', async () => {
    const csv = toCsv(brokerTree);
    expect(csv.startsWith('\uFEFFid;fr;nl;en;de\r\n')).to.equal(true);
    const rows = parseCsv(csv);
    expect(at(rows, 1)[0]).to.equal('tree.title');
    const tricky = structuredClone(brokerTree);
    tricky.title = { fr: 'Un « titre » ; avec "guillemets"\net une ligne', nl: 'x;y' };
    const stripped = structuredClone(tricky);
    for (const q of Object.values(stripped.questions)) {
      q.text = { fr: 'vide' };
      for (const o of q.options) o.label = { fr: 'vide' };
    }
    const back = fromCsv(stripped, toCsv(tricky));
    expect(back.unknown).to.deep.equal([]);
    expect(back.tree).to.deep.equal(tricky);
  });

  it('imports a translators’ CSV file through the editor and names the rows it does not know', async () => {
    const el = await mount(brokerTree);
    const csv = 'id;fr;nl;en;de\r\nperson.text;Qui ?;Wie?;Who?;Wer?\r\nnope.text;a;b;c;d\r\n';
    const input = root(el).querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'textes.csv', { type: 'text/csv' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 50));
    await settled(el);
    expect(el.definition.questions.person?.text).to.deep.equal({ fr: 'Qui ?', nl: 'Wie?', en: 'Who?', de: 'Wer?' });
    expect(el.said.at(-1)).to.contain('nope.text');
  });

  it('draws a map with the selected node highlighted, its text alternative and every path', async () => {
    const el = await mount(brokerTree);
    await reach(el, 'Texte de person en français');
    await settled(el);
    expect(el.selected).to.equal('person');
    const node = root(el).querySelector('svg.map g[data-node="person"]');
    expect(node?.classList.contains('selected')).to.equal(true);
    expect(root(el).querySelectorAll('svg.map g.selected')).to.have.length(1);
    const alt = root(el).querySelector('.map-text li[data-node="person"]')?.textContent?.replace(/\s+/g, ' ');
    expect(alt).to.contain('Première question : « Qui est le preneur d’assurance qui demande l’accès ? »');
    expect(alt).to.contain('(sélectionnée)');
    expect(alt).to.contain('Réponse « Une personne physique » : mène à « Pour qui l’accès est-il demandé ? »');
    const rows = root(el).querySelectorAll('.tree-paths tbody tr');
    expect(rows.length).to.be.greaterThan(2);
    expect(root(el).querySelector('.tree-paths caption')?.textContent).to.contain(`(${rows.length})`);
  });

  it('offers the blank tree and the built-in trees it is given as starters, each clean for the checker', async () => {
    provideTreeStarters({ 'broker-client-space': brokerTree, 'staff-delegation': staffTree });
    const el = await mount();
    const starters = treeEditor.starters(el);
    expect(starters.map((s) => s.name)).to.deep.equal(['blank', 'broker-client-space', 'staff-delegation']);
    expect(at(starters, 1).label).to.equal('Donner accès à un espace client');
    for (const s of starters.slice(1))
      expect(treeEditor.problems(el, s.definition).filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('is clean for axe, blank and with a whole tree, and reflows at 320 px', async () => {
    await expect(await mount()).to.be.accessible();
    const el = await mount(staffTree);
    await expect(el).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    await settled(el);
    const wide = [...root(el).querySelectorAll<HTMLElement>('*')]
      .filter((x) => x.getBoundingClientRect().right > 321 && !x.closest('.scroll'))
      .map((x) => `${x.tagName}.${x.className}`);
    expect(wide, 'wider than the page').to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('speaks Dutch when the studio does', async () => {
    const el = await mount(brokerTree);
    el.lang = 'nl';
    el.requestUpdate();
    await settled(el);
    await new Promise((r) => setTimeout(r, 50));
    await settled(el);
    expect(nameOf(await reach(el, 'Een vraag toevoegen'))).to.equal('Een vraag toevoegen');
  });
});

describe('studio tree editor: renaming ids', () => {
  it('renames a question and an answer with the keyboard; links follow; a taken id is refused in words', async () => {
    const el = await mount(brokerTree);
    await reach(el, 'Identifiant de natural-for');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await type('pour-qui');
    await settled(el);
    expect(el.definition.questions['pour-qui']).to.not.equal(undefined);
    expect(el.definition.questions.person?.options[0]?.next).to.equal('pour-qui');
    expect(el.said.at(-1)).to.equal('natural-for renommé en pour-qui.');
    await reach(el, 'Identifiant de person/natural');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await type('legal');
    await settled(el);
    expect(el.definition.questions.person?.options.map((o) => o.id)).to.deep.equal(['natural', 'legal']);
    expect(el.said.at(-1)).to.contain('« legal » ne convient pas comme identifiant');
    expect(checkTree(el.definition).ok).to.equal(true);
  });
});

describe('studio tree editor: outcomes', () => {
  it('an outcome that leads to the mandate form names which form, typed with the keyboard; unticked, the name goes', async () => {
    const el = await mount(staffTree);
    const id = at(
      Object.keys(el.definition.outcomes).filter((k) => !el.definition.outcomes[k]?.refused),
      0,
    );
    if (!el.definition.outcomes[id]?.mandate) {
      await reach(el, `Le résultat ${id} mène au formulaire de mandat`);
      await sendKeys({ press: 'Space' });
      await settled(el);
    }
    const field = await reach(el, `Formulaire à remplir pour le résultat ${id}`);
    expect(root(el).getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).to.contain(
      'mandate-staff',
    );
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await type('mandate-cabinet');
    await settled(el);
    expect(el.definition.outcomes[id]?.form).to.equal('mandate-cabinet');
    await reach(el, `Le résultat ${id} mène au formulaire de mandat`);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(el.definition.outcomes[id]?.mandate).to.equal(false);
    const named = `Formulaire à remplir pour le résultat ${id}`;
    expect([...root(el).querySelectorAll('input')].some((i) => nameOf(i) === named)).to.equal(false);
    expect(el.definition.outcomes[id]?.form).to.equal(undefined);
  });

  it('a refusal asks for its reason beside the outcome, linked to its French text, then goes quiet', async () => {
    const el = await mount(brokerTree);
    const id = at(Object.keys(el.definition.outcomes), 0);
    await reach(el, `Le résultat ${id} est un refus`);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(el.definition.outcomes[id]?.refused).to.equal(true);
    const said = problemsOf(el, id);
    expect(said).to.include('Erreur : Un refus doit dire pourquoi à la personne : écrivez la raison.');
    const french = root(el).querySelector(`[data-at="${id}"][data-field="text"][data-lang="fr"]`);
    const list = root(el).getElementById(french?.getAttribute('aria-describedby') ?? '');
    expect(list?.textContent).to.contain('Un refus doit dire pourquoi');
    await reach(el, `Le résultat ${id} mène au formulaire de mandat`);
    if (el.definition.outcomes[id]?.mandate) await sendKeys({ press: 'Space' });
    await reach(el, `Raison du refus ${id} en français`);
    await type('Nous ne pouvons pas donner cet accès.');
    await settled(el);
    expect(errors(el)).to.have.length(0);
    expect(
      root(el).querySelector(`[data-at="${id}"][data-field="text"][data-lang="fr"]`)?.hasAttribute('aria-describedby'),
    ).to.equal(problemsOf(el, id).length > 0);
  });
});
