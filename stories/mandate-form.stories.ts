import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/mandate-form.js';
import '../src/define/delegation-tree.js';

/*
 * Each step of <procura-mandate-form>. The later steps are reached by giving the element
 * the state a person would have built (fields, signatures), the way a draft brings it back,
 * so that no story needs drawing by hand. "Grantor" is the live element.
 */
type Args = { lang: string; service: string; services: string; contracts: string; grantorKind: string };

export default {
  title: 'Elements/Mandate form',
  component: 'procura-mandate-form',
  argTypes: {
    lang: { control: 'select', options: ['fr', 'fr-BE', 'fr-CA', 'nl', 'nl-BE', 'en'] },
    contracts: { control: 'select', options: ['', 'all', 'one', 'listed'] },
    grantorKind: { control: 'select', options: ['', 'natural', 'legal'] },
  },
  args: { lang: 'fr', service: 'espace-client', services: '', contracts: '', grantorKind: '' },
};

const VALUES = {
  'grantor.givenName': 'Anne',
  'grantor.familyName': 'Dupont',
  'grantor.birthDate': '1980-04-12',
  'grantor.email': 'anne.dupont@example.com',
  'grantor.phone': '+32 470 12 34 56',
  'grantor.clientRef': 'C-100231',
  'mandatary.givenName': 'Bram',
  'mandatary.familyName': 'Janssens',
  'mandatary.email': 'bram.janssens@example.com',
  'mandatary.relation': 'comptable',
};

/** A signature image like the pad makes: ink on transparency. */
function signature(seed: number): Promise<Blob> {
  const c = Object.assign(document.createElement('canvas'), { width: 480, height: 140 });
  const ctx = c.getContext('2d')!;
  ctx.strokeStyle = '#0b1f4d';
  ctx.lineWidth = 3;
  ctx.lineJoin = ctx.lineCap = 'round';
  ctx.beginPath();
  for (let x = 20; x <= 460; x += 4) ctx.lineTo(x, 70 + 40 * Math.sin(x / (11 + seed)) * Math.cos(x / 70));
  ctx.stroke();
  return new Promise((r) => c.toBlob((b) => r(b!), 'image/png'));
}

/** What a story sets before showing a step: the form's state, as a restored draft brings it back. */
type State = {
  values: Record<string, unknown>;
  sigs: Record<string, unknown>;
  sent?: Record<string, unknown>;
  server?: Record<string, string>;
};
/** The element's flow (its state) and stepper (moving between steps), which a story drives. */
type Internals = {
  updateComplete: Promise<boolean>;
  flow: { set(patch: Partial<State>): void };
  stepper: { go(step: string): Promise<void> };
};

/** Puts the element in a step with the given state (what a restored draft does). */
function at(step: string, extra: (state: State) => void = () => undefined) {
  return async (node?: Element) => {
    if (!node) return;
    const el = node as unknown as Internals;
    await el.updateComplete;
    const at = new Date().toISOString();
    const state: State = {
      values: { ...VALUES },
      sigs: {
        grantor: { method: 'drawn', signedAt: at, png: await signature(0) },
        ...(step !== 'mandatary' && {
          mandatary: { method: 'typed', signedAt: at, png: await signature(4), typedText: 'Bram Janssens' },
        }),
      },
    };
    extra(state);
    el.flow.set(state);
    await el.stepper.go(step);
  };
}

const view = (args: Args, setup?: (node?: Element) => void, extra = nothing as unknown) =>
  html`<procura-mandate-form
    style="max-width: 760px"
    no-draft
    lang=${args.lang}
    service=${args.service || nothing}
    services=${args.services || nothing}
    contracts=${args.contracts || nothing}
    grantor-kind=${args.grantorKind || nothing}
    ${setup ? ref(setup) : nothing}
    >${extra}</procura-mandate-form
  >`;

export const Grantor = { render: (args: Args) => view(args) };
export const LegalPerson = { args: { grantorKind: 'legal' }, render: (args: Args) => view(args) };
export const ListedContracts = { args: { contracts: 'listed' }, render: (args: Args) => view(args) };
export const Handover = { render: (args: Args) => view(args, at('handover')) };
export const Mandatary = { render: (args: Args) => view(args, at('mandatary')) };
export const ReviewWithPdf = { name: 'Review (PDF preview)', render: (args: Args) => view(args, at('review')) };
export const TwoServices = {
  args: { service: '', services: 'facturation dossiers' },
  render: (args: Args) => view(args, at('review')),
};
export const Submitted = {
  render: (args: Args) =>
    view(
      args,
      at(
        'done',
        (el) =>
          (el.sent = {
            'espace-client': { state: 'sent', response: { id: 'M-2031', status: 'pending', grantId: 'G-88' } },
          }),
      ),
    ),
};
export const Queued = {
  render: (args: Args) =>
    view(
      args,
      at('done', (el) => (el.sent = { 'espace-client': { state: 'queued', id: 'b1f0' } })),
    ),
};
export const Errors = {
  name: 'Errors (summary, server field errors)',
  render: (args: Args) =>
    view(
      args,
      at('mandatary', (el) => {
        el.values = { ...VALUES, 'mandatary.email': 'info@cabinet.be' };
        el.server = { 'mandatary.familyName': 'is not the name registered for this address' };
      }),
    ),
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('procura-mandate-form')!;
    await new Promise((r) => setTimeout(r, 300));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')?.click();
  },
};
export const RefusedByTree = {
  name: 'Refused by the tree (for=)',
  render: (args: Args) => html`<div id="tree-stub"></div>
    ${html`<procura-mandate-form style="max-width: 760px" no-draft lang=${args.lang} for="tree-stub" service="facturation"></procura-mandate-form>`}`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const tree = canvasElement.querySelector('#tree-stub')!;
    tree.dispatchEvent(
      new CustomEvent('procura-decision', {
        bubbles: true,
        composed: true,
        detail: {
          treeId: 'staff-delegation',
          treeVersion: '1',
          answers: [
            { question: 'who', option: 'billing' },
            { question: 'agency', option: 'commercial' },
          ],
          outcome: 'commercial-agency',
          result: {
            id: 'commercial-agency',
            mandate: false,
            refused: true,
            text: 'Refus',
            reason: {
              fr: 'Un membre d’une agence de facturation commerciale ne peut pas être mandaté.',
              nl: 'Een lid van een commercieel facturatiebureau kan niet gemachtigd worden.',
              en: 'A member of a commercial billing agency cannot be mandated.',
            },
          },
        },
      }),
    );
  },
};
export const Configured = {
  name: 'Configured (title, logo, role addresses)',
  render: (args: Args) =>
    view(
      args,
      undefined,
      html`<script type="application/json">{"title":{"fr":"Courtier Demo – mandat d’accès","nl":"Courtier Demo – toegangsvolmacht","en":"Courtier Demo – access mandate"},"roleAddresses":["info","bureau","contact"]}</script>`,
    ),
};
export const Dutch = { args: { lang: 'nl' }, render: (args: Args) => view(args, at('review')) };
export const English = { args: { lang: 'en' }, render: (args: Args) => view(args, at('mandatary')) };

/** The written access request for oneself (000): one party, one signature, its own PDF. */
const request = (args: Args, setup?: (node?: Element) => void) =>
  html`<procura-mandate-form style="max-width: 760px" no-draft kind="access-request" lang=${args.lang} service=${args.service || nothing} ${setup ? ref(setup) : nothing}></procura-mandate-form>`;
export const AccessRequest = { name: 'Access request (for oneself)', render: (args: Args) => request(args) };
export const AccessRequestReview = {
  name: 'Access request: review (PDF preview)',
  render: (args: Args) => request(args, at('review')),
};
export const AccessRequestSent = {
  name: 'Access request: confirmation with its reference',
  render: (args: Args) =>
    request(
      args,
      at(
        'done',
        (el) =>
          (el.sent = {
            'espace-client': {
              state: 'sent',
              response: { id: 'a1b2c3d4-0000', status: 'pending', grantId: '7f3a19c2-5e60-4b1a-9a0e-2d1f6c3b8e77' },
            },
          }),
      ),
    ),
};
export const WaitingForTree = {
  name: 'Waiting for the questionnaire (for=)',
  render: (
    args: Args,
  ) => html`<procura-delegation-tree id="tree-wait" tree="broker-client-space" no-draft lang=${args.lang}></procura-delegation-tree>
    <procura-mandate-form style="max-width: 760px" no-draft lang=${args.lang} for="tree-wait" service="espace-client"></procura-mandate-form>`,
};
