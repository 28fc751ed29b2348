// No English on a French or Dutch page, in any state: every element, in each state a person can
// reach (empty, invalid, refused by the server, sent, queued with the backend down, a wrong
// configuration), rendered in fr and nl; the text a person can read (through shadow roots,
// with the names and hints that assistive technologies read) must hold no English-only word.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../support/env.js';
import { control, env, resetKit, until } from '../support/env.js';
import '../../src/define/consent.js';
import '../../src/define/cookie-opposition.js';
import '../../src/define/delegation-tree.js';
import '../../src/define/signature-pad.js';
import '../../src/define/access-grants.js';
import '../../src/define/mandate-form.js';
import { complete, fill, next } from '../mandate-form/helpers.js';
import type { ProcuraMandateForm } from '../../src/mandate-form/mandate-form.js';

/**
 * Words a French or Dutch sentence never holds, written as the kit's English and the reference
 * server's would write them. Not here: words French or Dutch share ("is", "in", "of", "image",
 * "service", "signature", "document", "contact", "session", "upload": "Upload dan een afbeelding").
 */
const ENGLISH = [
  'the',
  'and',
  'or',
  'with',
  'this',
  'that',
  'your',
  'you',
  'please',
  'must',
  'should',
  'cannot',
  'not',
  'was',
  'were',
  'has',
  'have',
  'sign in',
  'signed in',
  'send',
  'sent',
  'sending',
  'submit',
  'cancel',
  'save',
  'saved',
  'clear',
  'undo',
  'draw',
  'next',
  'back',
  'loading',
  'unexpected',
  'answer',
  'error',
  'required',
  'invalid',
  'request',
  'not found',
  'bad request',
  'internal',
  'forbidden',
  'unauthorized',
  'failed',
  'unavailable',
  'try again',
  'field',
  'value',
];
const ENGLISH_RE = new RegExp(`\\b(${ENGLISH.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** What a person can read in `root` (and what a screen reader reads: names, hints, alternatives). */
function readable(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const parent = child.parentElement;
        if (
          child.textContent!.trim() &&
          parent &&
          !['SCRIPT', 'STYLE'].includes(parent.tagName) &&
          parent.checkVisibility()
        )
          out.push(child.textContent!.trim());
      } else if (child instanceof Element) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(child.tagName)) continue;
        if (child.checkVisibility() || child.localName === 'option')
          for (const a of ['aria-label', 'placeholder', 'title', 'alt', 'aria-roledescription'])
            if (child.getAttribute(a)) out.push(child.getAttribute(a)!);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(root);
  return out.join(' · ');
}

/** Fails on the first English-only word, quoting what surrounds it. */
function noEnglish(el: Element, state: string): void {
  const text = readable(el.shadowRoot ?? el);
  expect(text.trim(), `${el.localName} (${state}) shows something`).not.to.equal('');
  const m = text.match(ENGLISH_RE);
  const at = m?.index ?? 0;
  expect(m?.[0], `${el.localName}, ${state}: “${m?.[0]}” in …${text.slice(Math.max(0, at - 120), at + 120)}…`).to.equal(
    undefined,
  );
}

const settle = async (el: Element) => {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 30));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};
async function mount<T extends Element>(lang: string, tpl: TemplateResult): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>${tpl}</div>`);
  const el = wrap.firstElementChild as T;
  await settle(el);
  return el;
}
const shadow = (el: Element) => el.shadowRoot!;
type Status = { status: { state: string } };
/**
 * Where the element's submission is: its BackendController (the mandate form has one per kind, the
 * mandate's here, made with its later chunk: `lazy.backend`).
 */
const stateOf = (el: Element) => {
  const { submission, lazy } = el as unknown as { submission?: Status; lazy?: { backend?: { mandate: Status } } };
  const controller = submission ?? lazy?.backend?.mandate;
  if (!controller) throw new Error(`${el.localName} has no submission state to read`);
  return controller.status.state;
};
const button = (el: Element, sel: string) => {
  const b = shadow(el).querySelector<HTMLButtonElement>(sel);
  if (!b) throw new Error(`no ${sel} in ${el.localName}`);
  return b;
};

const consentConfig = {
  controller: {
    name: 'Courtier Demo SRL',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    contact: 'vie-privee@courtier.example',
    dpo: 'dpo@courtier.example',
  },
  policyUrl: 'https://courtier.example/vie-privee',
  noticeVersion: '2025-01',
  purposes: ['electronic-prospection', 'postal-phone-prospection'],
};
const refusal = (path: string, status = 422) =>
  control('plan', {
    path,
    problem: {
      status,
      title: 'Unprocessable Content',
      detail: 'The request is invalid: please send the required fields.',
      errors: [{ pointer: '/x', detail: 'This field is required.', code: 'required' }],
    },
  });

for (const lang of ['fr', 'nl'] as const)
  describe(`no English on a ${lang} page`, () => {
    beforeEach(async () => {
      await resetKit();
      await control('reset');
    });
    afterEach(() => control('up'));

    it('procura-consent: empty, nothing changed, refused, sent, queued, wrong configuration', async () => {
      const consent = () =>
        mount(lang, html`<procura-consent .config=${consentConfig} endpoint=${env.control}></procura-consent>`);
      // Its backend's controller loads after its first paint, or with the first save: until then it is idle.
      const saving = (el: Element) => ((el as unknown as { submission?: Status }).submission ? stateOf(el) : 'idle');
      const save = async (el: Element) => {
        button(el, '[part~=submit]').click();
        await until(
          () => !['idle', 'sending'].includes(saving(el)) || !!(el as unknown as { message?: string }).message,
          'the save to end',
        );
        await settle(el);
      };
      let el = await consent();
      noEnglish(el, 'empty');
      await save(el);
      noEnglish(el, 'nothing changed');
      const tick = async (e: Element) => (
        shadow(e).querySelector<HTMLInputElement>('input[type=checkbox]')!.click(),
        settle(e)
      );
      await refusal('/consents');
      await tick(el);
      await save(el);
      expect(stateOf(el)).to.equal('failed');
      noEnglish(el, 'refused');
      await control('reset');
      el = await consent();
      await tick(el);
      await save(el);
      expect(stateOf(el)).to.equal('sent');
      noEnglish(el, 'sent');
      await control('down');
      el = await consent();
      await tick(el);
      await save(el);
      expect(stateOf(el)).to.equal('queued');
      noEnglish(el, 'queued');
      noEnglish(
        await mount(lang, html`<procura-consent .config=${{ policyUrl: 3, titel: 'x' }}></procura-consent>`),
        'wrong configuration',
      );
    });

    it('procura-cookie-opposition: empty, refused, sent, queued, wrong configuration', async () => {
      type Opp = HTMLElement & { toggle(): Promise<void> };
      const opp = () =>
        mount<Opp>(
          lang,
          html`<procura-cookie-opposition endpoint=${env.control} policy-url="/vie-privee"></procura-cookie-opposition>`,
        );
      let el = await opp();
      noEnglish(el, 'empty');
      await refusal('/oppositions');
      const failed = new Promise((r) => el.addEventListener('procura-error', r, { once: true }));
      await el.toggle();
      await failed;
      await settle(el);
      noEnglish(el, 'refused');
      await control('reset');
      localStorage.clear();
      el = await opp();
      const sent = new Promise((r) => el.addEventListener('procura-submitted', r, { once: true }));
      await el.toggle();
      await sent;
      await settle(el);
      noEnglish(el, 'sent');
      await control('down');
      localStorage.clear();
      el = await opp();
      const queued = new Promise((r) => el.addEventListener('procura-queued', r, { once: true }));
      await el.toggle();
      await queued;
      await settle(el);
      noEnglish(el, 'queued');
      localStorage.clear();
      noEnglish(
        await mount(
          lang,
          html`<procura-cookie-opposition .config=${{ who: 3, whoo: 'x' }}></procura-cookie-opposition>`,
        ),
        'wrong configuration',
      );
    });

    it('procura-delegation-tree: a question, no answer chosen, an outcome refused, sent and queued, an unknown tree', async () => {
      const tree = () =>
        mount(
          lang,
          html`<procura-delegation-tree tree="broker-client-space" endpoint=${env.control}></procura-delegation-tree>`,
        );
      /** Takes the first answer of each question until an outcome shows. */
      const toOutcome = async (el: Element) => {
        for (let i = 0; i < 8 && !shadow(el).querySelector('[part~=outcome]'); i++) {
          shadow(el).querySelector<HTMLInputElement>('input[type=radio]')!.click();
          button(el, '[part~=submit]').click();
          await settle(el);
        }
        expect(shadow(el).querySelector('[part~=outcome]'), 'an outcome').not.to.equal(null);
      };
      let el = await tree();
      await until(() => !!shadow(el).querySelector('[part~=submit]'), 'the first question');
      noEnglish(el, 'first question');
      button(el, '[part~=submit]').click();
      await settle(el);
      noEnglish(el, 'no answer chosen');
      await refusal('/decisions');
      await toOutcome(el);
      await until(() => stateOf(el) === 'failed', 'the refusal');
      await settle(el);
      noEnglish(el, 'outcome refused');
      await control('reset');
      el = await tree();
      await toOutcome(el);
      await until(() => stateOf(el) === 'sent', 'the decision to be sent');
      await settle(el);
      noEnglish(el, 'outcome sent');
      await control('down');
      el = await tree();
      await toOutcome(el);
      await until(() => stateOf(el) === 'queued', 'the decision to be queued', 15_000);
      await settle(el);
      noEnglish(el, 'outcome queued');
      noEnglish(
        await mount(lang, html`<procura-delegation-tree tree="no-such-tree"></procura-delegation-tree>`),
        'unknown tree',
      );
    });

    it('procura-signature-pad: empty, required and missing, typed', async () => {
      const form = await mount<HTMLFormElement>(
        lang,
        html`<form><procura-signature-pad name="sig" required signer-name="Anne Dupont"></procura-signature-pad></form>`,
      );
      const pad = form.querySelector('procura-signature-pad')!;
      await settle(pad);
      noEnglish(pad, 'empty');
      expect(form.reportValidity()).to.equal(false);
      await settle(pad);
      noEnglish(pad, 'required and missing');
      for (const tab of shadow(pad).querySelectorAll<HTMLElement>('[role=tab], input[type=radio]')) {
        tab.click();
        await settle(pad);
        noEnglish(pad, `method ${tab.textContent?.trim() || (tab as HTMLInputElement).value}`);
      }
    });

    it('procura-access-grants: signed out, the backend down, wrong configuration', async () => {
      const grants = async (endpoint: string) => {
        const el = await mount(lang, html`<procura-access-grants endpoint=${endpoint}></procura-access-grants>`);
        await until(
          () => !!shadow(el).querySelector('.toolbar, .empty, [part~=error], .notice'),
          'the list to load',
          15_000,
        );
        await settle(el);
        return el;
      };
      noEnglish(await grants(env.backend!), 'signed out (the reference server’s 401)');
      await control('plan', {
        path: '/grants',
        problem: { status: 404, title: 'Not found', detail: 'No such resource, or it is not yours to see.' },
      });
      noEnglish(await grants(env.control), 'a refused load (an English 404 detail)');
      await control('plan', {
        path: '/grants',
        problem: {
          status: 500,
          title: 'Internal error',
          detail: 'The server failed to handle this request; nothing was changed.',
        },
      });
      noEnglish(await grants(env.control), 'a server error');
      await control('down');
      noEnglish(await grants(env.control), 'the backend down');
      noEnglish(
        await mount(
          lang,
          html`<procura-access-grants .config=${{ requestUrl: 3, requestURL: 'x' }}></procura-access-grants>`,
        ),
        'wrong configuration',
      );
    });

    describe('procura-mandate-form', () => {
      const form = (endpoint = env.control) =>
        mount<ProcuraMandateForm>(
          lang,
          html`<procura-mandate-form endpoint=${endpoint} service="espace-client" no-draft></procura-mandate-form>`,
        );
      const send = async (el: ProcuraMandateForm, until_: string) => {
        await until(
          () => !!shadow(el).querySelector<HTMLButtonElement>('button[part="submit"]:not([disabled])'),
          'the PDF to be ready',
          15_000,
        );
        button(el, 'button[part="submit"]').click();
        await until(() => stateOf(el) === until_, `the mandate to be ${until_}`, 15_000);
        await settle(el);
      };

      it('empty, invalid, waiting for the questionnaire, signed out, wrong configuration', async function () {
        this.timeout(60_000);
        let el = await form();
        noEnglish(el, 'empty');
        await fill(el, { 'grantor.email': 'info@' });
        await next(el);
        noEnglish(el, 'invalid');
        el = await mount<ProcuraMandateForm>(
          lang,
          html`<procura-mandate-form for="nowhere" service="espace-client" no-draft></procura-mandate-form>`,
        );
        noEnglish(el, 'waiting for a questionnaire');
        el = await form(env.backend!);
        // The form asks the backend who is signed in (GET /session), then says what to do first.
        await until(
          () => (el as unknown as { session?: unknown }).session !== undefined,
          'the session to be known',
          10_000,
        );
        await settle(el);
        noEnglish(el, 'signed out (reference server)');
        noEnglish(
          await mount(lang, html`<procura-mandate-form .config=${{ title: 3, titel: 'x' }}></procura-mandate-form>`),
          'wrong configuration',
        );
      });

      // Each reaches the review with two drawn signatures and a PDF: slow on a busy machine.
      it('refused (422, a field code)', async function () {
        this.timeout(60_000);
        await control('plan', {
          path: '/mandates',
          problem: {
            status: 422,
            code: 'validation',
            title: 'Invalid mandate',
            detail: 'Some fields are not valid; see errors.',
            errors: [
              { pointer: '/signatures/0/imageSha256', detail: 'does not match the image', code: 'hashMismatch' },
            ],
          },
        });
        const el = await form();
        await complete(el);
        noEnglish(el, 'review');
        await send(el, 'failed');
        noEnglish(el, 'refused');
      });

      it('sent', async function () {
        this.timeout(60_000);
        const el = await form();
        await complete(el);
        await send(el, 'sent');
        noEnglish(el, 'sent');
      });

      it('queued with the backend down', async function () {
        this.timeout(60_000);
        await control('down');
        const el = await form();
        await complete(el);
        await send(el, 'queued');
        noEnglish(el, 'queued');
      });
    });
  });
