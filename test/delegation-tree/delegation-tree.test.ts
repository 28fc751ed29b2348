import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../support/env.js';
import { control, env, received, resetKit, until } from '../support/env.js';
import { configure } from '../../src/core/configure.js';
import '../../src/define/delegation-tree.js';
import type { ProcuraDelegationTree } from '../../src/delegation-tree/delegation-tree.js';
import type { DecisionDetail } from '../../src/core/events.js';
import { tiny } from './trees.js';
import { at } from '../support/at.js';

type Tree = ProcuraDelegationTree;
const root = (el: Element) => el.shadowRoot!;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const textOf = (el: Element, sel: string) => clean(root(el).querySelector(sel)?.textContent);
const legend = (el: Element) => textOf(el, 'legend');
const focused = (el: Element) => {
  const a = root(el).activeElement;
  return a ? (a.getAttribute('part') ?? a.id ?? a.localName) : '';
};
const summary = (el: Element) =>
  [...root(el).querySelectorAll('[part~=summary] dd > span')].map((s) => clean(s.textContent));

/** Waits for the tree to be shown: a question, an outcome or an error. */
async function shown(el: Tree): Promise<Tree> {
  await until(() => !!root(el).querySelector('legend, [part~=outcome], [part~=error]'), 'the tree to show');
  await el.updateComplete;
  return el;
}

async function make(tpl: ReturnType<typeof html>): Promise<Tree> {
  const wrap = await fixture<HTMLElement>(html`<div><button id="before">avant</button>${tpl}</div>`);
  return shown(wrap.querySelector('procura-delegation-tree')!);
}

/** Answers the current question as a keyboard user: Tab into the radios, arrows to the answer, Enter. */
async function answer(el: Tree, label: string): Promise<void> {
  const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
  const index = radios.findIndex((r) => clean(r.closest('label')!.textContent) === label);
  expect(
    index,
    `"${label}" among ${radios.map((r) => clean(r.closest('label')!.textContent)).join(' | ')}`,
  ).to.be.at.least(0);
  await sendKeys({ press: 'Tab' });
  expect(root(el).activeElement === radios[0], 'Tab lands on the first answer').to.equal(true);
  if (index === 0) await sendKeys({ press: 'Space' });
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
  expect(at(radios, index, 'radio').checked).to.equal(true);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Clicks a node of the shadow root with the mouse. */
async function click(el: Tree, sel: string): Promise<void> {
  const node = root(el).querySelector<HTMLElement>(sel);
  expect(!!node, sel).to.equal(true);
  node!.scrollIntoView({ block: 'center' });
  const r = node!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
  await el.updateComplete;
}

const startFromBefore = async () => {
  (document.getElementById('before') as HTMLButtonElement).focus();
};

describe('<procura-delegation-tree>', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  describe('the table of seed 000, walked with the keyboard', () => {
    const rows: Array<[string, string, string, string]> = [
      [
        'Une personne physique',
        'Pour le preneur lui-même',
        'Aucun formulaire de mandat n’est nécessaire.',
        'Contrats concernés : tous les contrats.',
      ],
      [
        'Une personne physique',
        'Pour l’assuré d’un contrat',
        'Un formulaire de mandat est nécessaire.',
        'Contrats concernés : uniquement le contrat en question.',
      ],
      [
        'Une personne physique',
        'Pour une autre personne que l’assuré',
        'Un formulaire de mandat est nécessaire.',
        'Contrats concernés : une liste de contrats, à préciser dans le formulaire.',
      ],
      [
        'Une personne morale (une société, une association…)',
        'Pour son représentant légal',
        'Un formulaire de mandat est nécessaire.',
        'Contrats concernés : tous les contrats.',
      ],
      [
        'Une personne morale (une société, une association…)',
        'Pour une autre personne',
        'Un formulaire de mandat est nécessaire.',
        'Contrats concernés : une liste de contrats, à préciser dans le formulaire.',
      ],
    ];
    for (const [person, forWhom, mandate, contracts] of rows)
      it(`${person} → ${forWhom}`, async () => {
        const el = await make(
          html`<procura-delegation-tree id="t" tree="broker-client-space"></procura-delegation-tree>`,
        );
        const decisions: DecisionDetail[] = [];
        el.addEventListener('procura-decision', (e) => decisions.push(e.detail));
        expect(legend(el)).to.equal('Question 1 Qui est le preneur d’assurance qui demande l’accès ?');
        await startFromBefore();
        await answer(el, person);
        expect(legend(el)).to.equal('Question 2 Pour qui l’accès est-il demandé ?');
        expect(focused(el)).to.equal('legend');
        await answer(el, forWhom);
        expect(focused(el)).to.equal('outcome-heading');
        expect(textOf(el, '.verdict')).to.equal(mandate);
        expect(textOf(el, '[part~=outcome]')).to.contain(contracts);
        expect(summary(el)).to.deep.equal([person, forWhom]);
        await until(
          () => textOf(el, '[aria-live=polite]').startsWith(`Résultat du questionnaire : ${mandate}`),
          'the announcement',
        );
        expect(decisions).to.have.length(1);
        expect(el.decision?.outcome).to.equal(at(decisions, 0).outcome);
        await expect(el).to.be.accessible();
      });
  });

  describe('seed 004', () => {
    it('refuses a member of a commercial billing agency, and says why', async () => {
      const el = await make(html`<procura-delegation-tree tree="staff-delegation"></procura-delegation-tree>`);
      await startFromBefore();
      await answer(el, 'Un membre d’une agence de facturation');
      await answer(el, 'Une agence de facturation commerciale');
      expect(textOf(el, '.verdict')).to.equal('Cette demande ne peut pas être acceptée.');
      expect(textOf(el, '[part~=reason]')).to.contain(
        'Pourquoi : Si votre agence de facturation est commerciale, vous ne pouvez pas mandater un membre de son personnel',
      );
      expect(root(el).querySelector('[part~=outcome]')!.classList.contains('refused')).to.equal(true);
      expect(el.decision?.result.refused).to.equal(true);
      expect(root(el).querySelector('[part~=next]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('accepts a member of an in-house billing agency, and an entitled staff member', async () => {
      const el = await make(html`<procura-delegation-tree tree="staff-delegation"></procura-delegation-tree>`);
      await startFromBefore();
      await answer(el, 'Un membre d’une agence de facturation');
      await answer(el, 'Une agence créée par mon lieu de pratique, en son sein');
      expect(textOf(el, '.verdict')).to.equal('Un formulaire de mandat est nécessaire.');
      expect(el.decision?.result.form).to.equal('mandate-staff');
      await click(el, '[part~=restart]');
      await answer(el, 'Un membre de mon personnel (p. ex. administratif, infirmier)');
      await answer(el, 'Oui');
      expect(el.decision?.outcome).to.equal('staff');
    });
  });

  describe('moving around', () => {
    it('says in the element, in its language, when the next step cannot be loaded, and the console says why', async () => {
      const el = await make(html`<procura-delegation-tree .config=${tiny()}></procura-delegation-tree>`);
      // The next step's chunk cannot be had (the page's network is gone, a deploy removed the file).
      const errors: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      try {
        el.later = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        await click(el, 'input[type=radio][value="natural"]');
        await click(el, '[part~=submit]');
        await until(() => !!root(el).querySelector('[part~=error]'), 'the error in the element');
      } finally {
        console.error = original;
      }
      expect(textOf(el, '[part~=error]')).to.match(/^Un problème empêche d’afficher cet élément\. Rechargez la page/);
      expect(root(el).querySelector('[part~=error]')!.getAttribute('role')).to.equal('alert');
      expect(errors.some((a) => String(a.join(' ')).includes('could not load the next step'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('asks for an answer before continuing', async () => {
      const el = await make(html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`);
      await click(el, '[part~=submit]');
      expect(textOf(el, '#choose')).to.equal('Choisissez une réponse pour continuer.');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('choose');
      expect(root(el).activeElement?.getAttribute('type')).to.equal('radio');
      expect(legend(el)).to.contain('Question 1');
      await expect(el).to.be.accessible();
    });

    it('shows the next question with nothing chosen, after answering with the mouse', async () => {
      const el = await make(html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`);
      await click(el, 'input[value=legal]');
      await click(el, '[part~=submit]');
      expect(legend(el)).to.contain('Question 2');
      expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
      await click(el, 'input[value=other]');
      await click(el, '[part~=submit]');
      expect(el.decision?.outcome).to.equal('legal-other');
    });

    it('clears the choice even when a script answers faster than a render', async () => {
      const el = await make(html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`);
      root(el).querySelector<HTMLInputElement>('input[value=legal]')!.click();
      root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
      root(el).querySelector<HTMLInputElement>('input[value=other]')!.click();
      root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
      await el.updateComplete;
      expect(el.decision?.outcome).to.equal('legal-other');
    });

    it('shows the earlier answer again after going back from a half-answered question', async () => {
      const el = await make(html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`);
      await click(el, 'input[value=legal]');
      await click(el, '[part~=submit]');
      await click(el, 'input[value=other]');
      await click(el, '[part~=back]');
      expect(legend(el)).to.contain('Question 1');
      expect(root(el).querySelector<HTMLInputElement>('input[value=legal]')!.checked).to.equal(true);
      expect(root(el).querySelectorAll('input:checked').length).to.equal(1);
    });

    it('goes back, dropping the last answer and keeping it selected', async () => {
      const el = await make(html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`);
      await startFromBefore();
      await answer(el, 'Une personne morale (une société, une association…)');
      await answer(el, 'Pour son représentant légal');
      expect(el.decision?.outcome).to.equal('legal-representative');
      await click(el, '[part~=back]');
      expect(el.decision).to.equal(undefined);
      expect(focused(el)).to.equal('legend');
      expect(legend(el)).to.equal('Question 2 Pour qui l’accès est-il demandé ?');
      expect(summary(el)).to.deep.equal(['Une personne morale (une société, une association…)']);
      expect(root(el).querySelector<HTMLInputElement>('input[value=representative]')!.checked).to.equal(true);
      await click(el, '[part~=back]');
      expect(legend(el)).to.contain('Question 1');
      expect(summary(el)).to.deep.equal([]);
      expect(root(el).querySelector('[part~=back]')).to.equal(null);
    });

    it('changes an earlier answer from the summary, dropping every later one', async () => {
      const el = await make(html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`);
      await startFromBefore();
      await answer(el, 'Une personne morale (une société, une association…)');
      await answer(el, 'Pour une autre personne');
      const change = root(el).querySelector('[part~=change]')!;
      expect(change.getAttribute('aria-label')).to.equal(
        'Modifier votre réponse à « Qui est le preneur d’assurance qui demande l’accès ? »',
      );
      await click(el, '[part~=change]');
      expect(focused(el)).to.equal('legend');
      expect(legend(el)).to.contain('Question 1');
      expect(summary(el)).to.deep.equal([]);
      expect(root(el).querySelector<HTMLInputElement>('input[value=legal]')!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(summary(el)).to.deep.equal(['Une personne physique']);
      expect(legend(el)).to.equal('Question 2 Pour qui l’accès est-il demandé ?');
      expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
    });

    it('restarts from the first question and forgets the draft', async () => {
      const el = await make(
        html`<procura-delegation-tree id="restart" tree="broker-client-space"></procura-delegation-tree>`,
      );
      await startFromBefore();
      await answer(el, 'Une personne physique');
      await answer(el, 'Pour le preneur lui-même');
      await click(el, '[part~=restart]');
      expect(legend(el)).to.contain('Question 1');
      expect(focused(el)).to.equal('legend');
      expect(summary(el)).to.deep.equal([]);
      expect(el.decision).to.equal(undefined);
      await (el as unknown as { drafts: { settled: Promise<void> } }).drafts.settled;
      el.parentElement!.remove();
      const again = await make(
        html`<procura-delegation-tree id="restart" tree="broker-client-space"></procura-delegation-tree>`,
      );
      expect(legend(again)).to.contain('Question 1');
    });

    it('offers the outcome’s link, or the mandate form of the page', async () => {
      const el = await make(html`<procura-delegation-tree id="pick" .config=${tiny()}></procura-delegation-tree>
        <procura-mandate-form for="pick" tabindex="-1"></procura-mandate-form>`);
      await startFromBefore();
      await answer(el, 'Une société');
      expect(root(el).querySelector('a[part~=next]')!.getAttribute('href')).to.equal('/mandat-societe');
      await click(el, '[part~=back]');
      el.config = {
        ...tiny(),
        outcomes: { ...tiny().outcomes, company: { text: 'Mandat.', mandate: true, form: 'mandate-legal' } },
      };
      await el.updateComplete;
      await until(() => !!root(el).querySelector('input[value=legal]'), 'the new tree');
      root(el).querySelector<HTMLInputElement>('input[value=legal]')!.click();
      await click(el, '[part~=submit]');
      await click(el, 'button[part~=next]');
      expect(document.activeElement?.localName).to.equal('procura-mandate-form');
    });
  });

  describe('drafts', () => {
    const settle = (el: Tree) => (el as unknown as { drafts?: { settled: Promise<void> } }).drafts?.settled;

    it('resumes at the same question after a reload', async () => {
      const el = await make(
        html`<procura-delegation-tree id="resume" tree="broker-client-space"></procura-delegation-tree>`,
      );
      await startFromBefore();
      await answer(el, 'Une personne physique');
      await settle(el);
      el.parentElement!.remove();
      const again = await make(
        html`<procura-delegation-tree id="resume" tree="broker-client-space"></procura-delegation-tree>`,
      );
      expect(legend(again)).to.equal('Question 2 Pour qui l’accès est-il demandé ?');
      expect(summary(again)).to.deep.equal(['Une personne physique']);
      expect(root(again).querySelector('.notice')).to.equal(null);
      expect(focused(again)).to.equal('', 'a resumed tree does not take the focus');
    });

    it('resumes at the outcome, with the decision, without posting it twice', async () => {
      configure({ endpoint: env.control });
      const el = await make(
        html`<procura-delegation-tree draft-key="k" tree="staff-delegation"></procura-delegation-tree>`,
      );
      await startFromBefore();
      await answer(el, 'Un membre de mon personnel (p. ex. administratif, infirmier)');
      await answer(el, 'Non');
      await until(async () => (await received('/decisions')).length === 1, 'the decision to be posted');
      await settle(el);
      el.parentElement!.remove();
      const seen: string[] = [];
      document.addEventListener('procura-decision', (e) => seen.push(e.detail.outcome), { once: true });
      const again = await make(
        html`<procura-delegation-tree draft-key="k" tree="staff-delegation"></procura-delegation-tree>`,
      );
      expect(textOf(again, '.verdict')).to.equal('Cette demande ne peut pas être acceptée.');
      expect(again.decision?.outcome).to.equal('not-entitled');
      expect(seen).to.deep.equal(['not-entitled']);
      await new Promise((r) => setTimeout(r, 300));
      expect((await received('/decisions')).length).to.equal(1);
    });

    it('starts over, and says so, when the tree’s version changed', async () => {
      const el = await make(
        html`<procura-delegation-tree id="versioned" .config=${tiny('1')}></procura-delegation-tree>`,
      );
      await startFromBefore();
      await answer(el, 'Une personne');
      expect(legend(el)).to.contain('Question 2');
      await settle(el);
      el.parentElement!.remove();
      const same = await make(
        html`<procura-delegation-tree id="versioned" .config=${tiny('1')}></procura-delegation-tree>`,
      );
      expect(legend(same)).to.contain('Question 2');
      same.parentElement!.remove();
      const newer = await make(
        html`<procura-delegation-tree id="versioned" .config=${tiny('2')}></procura-delegation-tree>`,
      );
      expect(legend(newer)).to.contain('Question 1');
      expect(textOf(newer, '.notice')).to.equal(
        'Le questionnaire a changé depuis votre dernière visite : nous recommençons depuis le début.',
      );
      await expect(newer).to.be.accessible();
    });

    it('keeps no draft without an id or draft-key, nor with no-draft', async () => {
      const el = await make(
        html`<procura-delegation-tree id="nodraft" no-draft tree="broker-client-space"></procura-delegation-tree>`,
      );
      await startFromBefore();
      await answer(el, 'Une personne physique');
      expect((el as unknown as { drafts?: unknown }).drafts, 'no draft store is even loaded').to.equal(undefined);
      el.parentElement!.remove();
      const again = await make(
        html`<procura-delegation-tree id="nodraft" tree="broker-client-space"></procura-delegation-tree>`,
      );
      expect(legend(again)).to.contain('Question 1');
      const anonymous = await make(
        html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`,
      );
      expect((anonymous as unknown as { drafts?: unknown }).drafts).to.equal(undefined);
    });
  });

  describe('the decision', () => {
    it('is announced in procura-decision with the tree, the answers and the outcome', async () => {
      const el = await make(html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`);
      const events: CustomEvent<DecisionDetail>[] = [];
      document.addEventListener('procura-decision', (e) => events.push(e), { once: true });
      await startFromBefore();
      await answer(el, 'Une personne physique');
      await answer(el, 'Pour l’assuré d’un contrat');
      expect(events).to.have.length(1);
      expect(at(events, 0).bubbles && at(events, 0).composed).to.equal(true);
      expect(at(events, 0).detail).to.deep.equal({
        treeId: 'broker-client-space',
        treeVersion: '1',
        answers: [
          { question: 'person', option: 'natural' },
          { question: 'natural-for', option: 'insured' },
        ],
        outcome: 'insured',
        result: {
          ...(at(events, 0).detail.result as object),
          id: 'insured',
          mandate: true,
          contracts: 'one',
          form: 'mandate-natural',
        },
      });
      expect(JSON.stringify(el.decision)).to.equal(JSON.stringify(at(events, 0).detail));
      expect(textOf(el, '[part~=outcome] .notice')).to.equal('Aucun serveur n’est configuré : rien ne sera envoyé.');
    });

    it('carries the outcome in every language, though a built-in tree first shows the page language only', async () => {
      const el = await make(
        html`<procura-delegation-tree lang="nl" tree="broker-client-space" no-draft></procura-delegation-tree>`,
      );
      expect(legend(el)).to.equal('Vraag 1 Wie is de verzekeringnemer die de toegang aanvraagt?');
      const events: DecisionDetail[] = [];
      el.addEventListener('procura-decision', (e) => events.push(e.detail));
      await startFromBefore();
      await answer(el, 'Een natuurlijke persoon');
      await answer(el, 'Voor de verzekerde van een contract');
      await until(() => events.length === 1, 'the decision');
      const texts = at(events, 0).result.text as Record<string, string>;
      expect(Object.keys(texts).sort()).to.deep.equal(['de', 'en', 'fr', 'nl']);
      expect(JSON.stringify(el.decision)).to.equal(JSON.stringify(at(events, 0)));
      // What a form following the tree prints: the path's texts, in every language.
      expect(el.definition?.questions.person?.text).to.include({
        fr: 'Qui est le preneur d’assurance qui demande l’accès ?',
        nl: 'Wie is de verzekeringnemer die de toegang aanvraagt?',
      });
      expect(textOf(el, '[part~=outcome] .verdict')).to.not.equal('');
      expect(root(el).querySelector('[part~=outcome] [lang]')).to.equal(null);
    });

    it('is posted to /decisions with an Idempotency-Key when there is an endpoint', async () => {
      const el = await make(
        html`<procura-delegation-tree tree="broker-client-space" endpoint=${env.control}></procura-delegation-tree>`,
      );
      const submitted = new Promise((resolve) => el.addEventListener('procura-submitted', resolve, { once: true }));
      await startFromBefore();
      await answer(el, 'Une personne morale (une société, une association…)');
      await answer(el, 'Pour une autre personne');
      await submitted;
      const req = at(await received('/decisions'), 0, 'request');
      expect(root(el).querySelector('[part~=outcome] .notice')).to.equal(null);
      expect(req.method).to.equal('POST');
      expect(req.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
      expect(req.headers['content-type']).to.contain('application/json');
      expect(JSON.parse(req.body)).to.deep.equal({
        treeId: 'broker-client-space',
        treeVersion: '1',
        answers: [
          { question: 'person', option: 'legal' },
          { question: 'legal-for', option: 'other' },
        ],
        outcome: 'legal-other',
      });
    });

    it('says when the backend is unreachable and the decision waits', async () => {
      await control('down');
      configure({ endpoint: env.control, timeout: 500 });
      const el = await make(html`<procura-delegation-tree tree="staff-delegation"></procura-delegation-tree>`);
      const queued = new Promise((resolve) => el.addEventListener('procura-queued', resolve, { once: true }));
      await startFromBefore();
      await answer(el, 'Un membre d’une agence de facturation');
      await answer(el, 'Une agence de facturation commerciale');
      await queued;
      await el.updateComplete;
      expect(textOf(el, '[part~=outcome] .notice')).to.contain('Le serveur est injoignable');
      await control('up');
    });
  });

  describe('where the tree comes from', () => {
    let logged: string[];
    let orig: typeof console.error;
    beforeEach(() => {
      logged = [];
      orig = console.error;
      console.error = (...a: unknown[]) => logged.push(a.map(String).join(' '));
    });
    afterEach(() => (console.error = orig));

    it('a URL in src', async () => {
      const el = await make(
        html`<procura-delegation-tree src="/test/delegation-tree/fixtures/from-url.json"></procura-delegation-tree>`,
      );
      expect(legend(el)).to.equal('Question 1 Qui êtes-vous ?');
    });

    it('a child JSON script', async () => {
      const el = await make(
        html`<procura-delegation-tree><script type="application/json">${JSON.stringify(tiny())}</script></procura-delegation-tree>`,
      );
      expect(legend(el)).to.equal('Question 1 Qui êtes-vous ?');
    });

    const brokenCases: Array<[string, () => ReturnType<typeof html>, string[]]> = [
      [
        'a dangling next in config',
        () => html`<procura-delegation-tree .config=${{ ...tiny(), start: 'debut' }}></procura-delegation-tree>`,
        ['start', '"debut" is not a question of this tree'],
      ],
      [
        'an empty object in config',
        () => html`<procura-delegation-tree .config=${{}}></procura-delegation-tree>`,
        ['id', 'is required'],
      ],
      [
        'text that is not JSON in the child script',
        () =>
          html`<procura-delegation-tree><script type="application/json">{ "id": "oops", </script></procura-delegation-tree>`,
        ['(script)', 'is not valid JSON'],
      ],
      [
        'a broken tree at a URL',
        () =>
          html`<procura-delegation-tree src="/test/delegation-tree/fixtures/broken.json"></procura-delegation-tree>`,
        ['questions.person.options[1].next', '"nowhere" is neither a question nor an outcome of this tree'],
      ],
      [
        'an unknown built-in tree',
        () => html`<procura-delegation-tree tree="nope"></procura-delegation-tree>`,
        ['tree', '"nope" is not a built-in tree (broker-client-space, staff-delegation)'],
      ],
      [
        'no tree at all',
        () => html`<procura-delegation-tree></procura-delegation-tree>`,
        ['(root)', 'no tree: set the tree attribute'],
      ],
    ];
    for (const [what, tpl, [path, message]] of brokenCases)
      it(`reports ${what} in the element and on the console`, async () => {
        const el = await make(tpl());
        const error = root(el).querySelector('[part~=error][role=alert]');
        expect(clean(error?.querySelector('code')?.textContent)).to.equal(path);
        expect(clean(error?.textContent)).to.contain(message);
        expect(root(el).querySelector('fieldset')).to.equal(null);
        expect(logged.join('\n'))
          .to.contain(path === '(script)' ? 'invalid configuration at (script)' : path)
          .and.to.contain(message);
        await expect(el).to.be.accessible();
      });

    it('says when the tree cannot be loaded', async () => {
      const errors: string[] = [];
      const el = await fixture<Tree>(
        html`<procura-delegation-tree src="/test/delegation-tree/fixtures/missing.json" @procura-error=${(e: CustomEvent) => errors.push(e.detail.kind)}></procura-delegation-tree>`,
      );
      await shown(el);
      expect(textOf(el, '[part~=error]')).to.equal(
        'Un problème empêche d’afficher cet élément. Rechargez la page ; si le problème persiste, prévenez le site qui vous le propose.',
      );
      expect(logged.join('\n')).to.contain('could not load the tree').and.to.contain('answered 404');
      expect(errors).to.deep.equal(['load']);
    });

    it('recovers when a broken config is fixed', async () => {
      const el = await make(html`<procura-delegation-tree .config=${{}}></procura-delegation-tree>`);
      el.config = tiny();
      await shown(el);
      await until(() => !!root(el).querySelector('legend'), 'the question');
      expect(root(el).querySelector('[part~=error]')).to.equal(null);
    });

    it('recovers when a broken tree from src is replaced by a built-in one', async () => {
      const el = await make(
        html`<procura-delegation-tree src="/test/delegation-tree/fixtures/broken.json"></procura-delegation-tree>`,
      );
      expect(textOf(el, '[part~=error]')).to.contain('questions.person.options[1].next');
      el.removeAttribute('src');
      el.setAttribute('tree', 'staff-delegation');
      await until(() => legend(el).includes('Qui voulez-vous mandater'), 'the built-in tree');
      expect(root(el).querySelector('[part~=error]')).to.equal(null);
    });

    it('switches trees when the tree attribute changes', async () => {
      const el = await make(html`<procura-delegation-tree tree="broker-client-space"></procura-delegation-tree>`);
      el.tree = 'staff-delegation';
      await until(() => legend(el).includes('Qui voulez-vous mandater'), 'the other tree');
    });
  });

  describe('languages, and accessibility in every state', () => {
    const locales: Array<[string, string, string, string]> = [
      [
        'fr',
        'Qui est le preneur d’assurance qui demande l’accès ?',
        'Une personne morale (une société, une association…)',
        'Pour son représentant légal',
      ],
      [
        'nl',
        'Wie is de verzekeringnemer die de toegang aanvraagt?',
        'Een rechtspersoon (een vennootschap, een vereniging…)',
        'Voor de wettelijke vertegenwoordiger',
      ],
      [
        'en',
        'Who is the policyholder asking for the access?',
        'A legal person (a company, an association…)',
        'Its legal representative',
      ],
    ];
    for (const [lang, first, legal, representative] of locales) {
      it(`${lang}: first question, mid-way, outcome with a mandate`, async () => {
        const el = await make(
          html`<procura-delegation-tree lang=${lang} tree="broker-client-space"></procura-delegation-tree>`,
        );
        expect(legend(el)).to.contain(first);
        await expect(el).to.be.accessible();
        await startFromBefore();
        await answer(el, legal);
        expect(summary(el)).to.deep.equal([legal]);
        await expect(el).to.be.accessible();
        await answer(el, representative);
        expect(textOf(el, '.verdict')).to.equal(
          {
            fr: 'Un formulaire de mandat est nécessaire.',
            nl: 'Een volmachtformulier is nodig.',
            en: 'A mandate form is needed.',
          }[lang],
        );
        await expect(el).to.be.accessible();
      });

      it(`${lang}: refusal and broken definition`, async () => {
        const el = await make(
          html`<procura-delegation-tree lang=${lang} tree="staff-delegation"></procura-delegation-tree>`,
        );
        await startFromBefore();
        const labels = [...root(el).querySelectorAll('[part~=option]')].map((l) => clean(l.textContent));
        await answer(el, at(labels, 1, 'option'));
        const agency = [...root(el).querySelectorAll('[part~=option]')].map((l) => clean(l.textContent));
        await answer(el, at(agency, 1, 'option'));
        expect(textOf(el, '.verdict')).to.equal(
          {
            fr: 'Cette demande ne peut pas être acceptée.',
            nl: 'Deze aanvraag kan niet worden aanvaard.',
            en: 'This request cannot be accepted.',
          }[lang],
        );
        expect(textOf(el, '[part~=reason]')).to.contain(
          { fr: 'commerciale', nl: 'commercieel', en: 'commercial' }[lang],
        );
        await expect(el).to.be.accessible();
        const orig = console.error;
        console.error = () => undefined;
        try {
          el.removeAttribute('tree');
          el.config = { ...tiny(), start: 'debut' };
          await shown(el);
          await until(() => !!root(el).querySelector('[part~=error]'), 'the error');
          expect(textOf(el, '[part~=error]')).to.contain('start');
          await expect(el).to.be.accessible();
        } finally {
          console.error = orig;
        }
      });
    }

    it('follows a regional lang (nl-BE) and a change of lang', async () => {
      const el = await make(
        html`<procura-delegation-tree lang="nl-BE" tree="broker-client-space"></procura-delegation-tree>`,
      );
      expect(textOf(el, '[part~=submit]')).to.equal('Doorgaan');
      el.setAttribute('lang', 'en');
      await until(() => textOf(el, '[part~=submit]') === 'Continue', 'English');
      expect(legend(el)).to.contain('Who is the policyholder');
    });
  });
});
