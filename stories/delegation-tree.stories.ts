import { html } from 'lit';
import '../src/define/delegation-tree.js';

/*
 * Stories keep no draft (`no-draft`) and reach no server: without an endpoint the outcome
 * says that nothing will be sent. States past the first question are reached by a `play`
 * that answers the way a person would (choose, then Continue).
 */
export default {
  title: 'Elements/Delegation tree',
  component: 'procura-delegation-tree',
  argTypes: {
    lang: { control: 'select', options: ['fr', 'nl', 'en', 'fr-BE', 'fr-CA', 'nl-BE'] },
    tree: { control: 'select', options: ['broker-client-space', 'staff-delegation'] },
  },
  args: { lang: 'fr', tree: 'broker-client-space' },
  render: (args: Args) =>
    html`<procura-delegation-tree no-draft lang=${args.lang} tree=${args.tree}></procura-delegation-tree>`,
};

type Args = { lang: string; tree: string };
type Context = { canvasElement: HTMLElement };

/** Answers the questions in order by option id, as a person would: pick, then Continue. */
const answers =
  (...ids: string[]) =>
  async ({ canvasElement }: Context) => {
    const el = canvasElement.querySelector('procura-delegation-tree')!;
    for (const id of ids) {
      const radio = await waitFor(() =>
        el.shadowRoot?.querySelector<HTMLInputElement>(`input[type=radio][value="${id}"]`),
      );
      radio.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
  };

async function waitFor<T>(get: () => T | null | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error('the tree did not show the expected question');
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** The broker's client space (seed 000): the first question. */
export const FirstQuestion = {};

/** Mid-way: one answer given, shown in "your answers" with a change button. */
export const MidWay = { play: answers('legal') };

/** An outcome with a mandate: a legal person, access for someone else (contracts to list). */
export const OutcomeWithMandate = { play: answers('legal', 'other') };

/** No mandate: the policyholder themself, all contracts. */
export const OutcomeWithoutMandate = { play: answers('natural', 'self') };

/** The staff delegation tree (seed 004): first question. */
export const StaffDelegation = { args: { tree: 'staff-delegation' } };

/** A refusal with its reason: a member of a commercial billing agency (004). */
export const Refusal = { args: { tree: 'staff-delegation' }, play: answers('billing', 'commercial') };

/** A broken definition: the element lists each problem with its path instead of a questionnaire. */
export const BrokenDefinition = {
  render: (args: Args) => html`<procura-delegation-tree
    no-draft
    lang=${args.lang}
    .config=${{
      id: 'broken',
      version: '1',
      start: 'person',
      questions: {
        person: {
          text: { nl: 'Wie?' },
          options: [
            { id: 'a', label: 'A', next: 'nowhere' },
            { id: 'b', label: 'B', next: 'person' },
          ],
        },
      },
      outcomes: { done: { text: 'Fini', mandate: 'yes' } },
    }}
  ></procura-delegation-tree>`,
};

/** A site's own tree in a child JSON script (no script runs: safe under a strict CSP). */
export const OwnTreeInAScript = {
  render: (args: Args) => html`<procura-delegation-tree no-draft lang=${args.lang}>
    <script type="application/json">
      {
        "id": "own", "version": "1", "start": "who",
        "title": { "fr": "Accès pour un proche", "nl": "Toegang voor een naaste", "en": "Access for someone close" },
        "questions": { "who": { "text": { "fr": "Pour qui ?", "nl": "Voor wie?", "en": "For whom?" }, "options": [
          { "id": "me", "label": { "fr": "Moi", "nl": "Mezelf", "en": "Myself" }, "next": "direct" },
          { "id": "partner", "label": { "fr": "Mon conjoint", "nl": "Mijn partner", "en": "My partner" }, "next": "mandate" } ] } },
        "outcomes": {
          "direct": { "text": { "fr": "Connectez-vous.", "nl": "Meld u aan.", "en": "Sign in." }, "mandate": false, "contracts": "all" },
          "mandate": { "text": { "fr": "Votre conjoint a besoin d’un mandat.", "nl": "Uw partner heeft een volmacht nodig.", "en": "Your partner needs a mandate." }, "mandate": true, "contracts": "listed", "href": "/mandat" } }
      }
    </script>
  </procura-delegation-tree>`,
};

/** The three languages side by side, at the same question. */
export const Locales = {
  render: (
    args: Args,
  ) => html`<div style="display:grid;gap:2rem;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr))">
    ${['fr', 'nl', 'en'].map((lang) => html`<procura-delegation-tree no-draft lang=${lang} tree=${args.tree}></procura-delegation-tree>`)}
  </div>`,
};

/** Dutch, at a refusal. */
export const DutchRefusal = { args: { lang: 'nl', tree: 'staff-delegation' }, play: answers('billing', 'commercial') };

/** English, at an outcome with a mandate. */
export const EnglishOutcome = { args: { lang: 'en' }, play: answers('natural', 'insured') };
