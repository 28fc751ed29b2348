// A refused submission speaks the page's language: the kit's own sentence for each problem
// code, per-field texts, the server's `detail` only for an unknown code written in the page's
// language. Against the real reference server and the control server; nothing is stubbed.
import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import '../support/env.js';
import { control, env, received, resetKit, signIn, until } from '../support/env.js';
import { at, pick } from '../support/at.js';
import { configure } from '../../src/core/configure.js';
import { LocalizeController } from '../../src/core/localize.js';
import { outbox } from '../../src/core/outbox.js';
import { ProblemError, UnreachableError } from '../../src/core/errors.js';
import { problemFields, problemMessage } from '../../src/core/problem-text.js';
import { coreCatalog, coreProblemCatalog } from '../../src/i18n/core.js';
import frBase from '../../src/i18n/fr/core.js';
import nlBase from '../../src/i18n/nl/core.js';
import frProblem from '../../src/i18n/fr/core-problem.js';
import nlProblem from '../../src/i18n/nl/core-problem.js';
import '../../src/define/consent.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import { notice, click, errorText, root, settled } from '../consent/helpers.js';
import { complete, errorOf, mount, q, text } from '../mandate-form/helpers.js';

const host: ReactiveControllerHost = {
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
};
async function texts(locale: string): Promise<LocalizeController> {
  const c = new LocalizeController(host, [coreCatalog]);
  await c.setLocale(locale);
  // The sentences of a failure load apart (with the backend module, in an element).
  await c.add(coreProblemCatalog);
  return c;
}
const fr = { ...frBase, ...frProblem };
const nl = { ...nlBase, ...nlProblem };
const dict = { fr, nl } as Record<'fr' | 'nl', Record<string, string>>;
/** What the element shows for a failure: the kit's "sending failed" sentence, then the problem's. */
const failed = (lang: 'fr' | 'nl', code: string) =>
  pick(dict[lang], 'core.failed').replace('{message}', pick(dict[lang], `core.problem.${code}`));
// Words of the reference server's and the control server's English answers.
const ENGLISH = /\b(sign in|session|cookie|bearer|token|forbidden|conflict|invalid|not found|the|only|are)\b/i;

const config = { ...notice, purposes: ['electronic-prospection', 'postal-phone-prospection'] };
async function consent(lang: string, endpoint: string, subject?: string): Promise<ProcuraConsent> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><procura-consent .config=${config} endpoint=${endpoint}></procura-consent></div>`,
  );
  const el = wrap.querySelector('procura-consent')!;
  if (subject) el.setAttribute('subject', subject);
  await el.updateComplete;
  await until(() => (el as unknown as { loadState: string }).loadState !== 'loading', 'the current state to load');
  return el;
}
async function save(el: ProcuraConsent): Promise<string> {
  await click(el, 'electronic-prospection');
  root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
  return settled(el);
}

describe('problems in the page’s language', () => {
  beforeEach(async () => {
    await resetKit();
    await control('reset');
  });

  describe('the texts', () => {
    it('has a whole sentence in fr, nl and en for every problem code', async () => {
      const { PROBLEM_CODES } = await import('../../src/model/problem.js');
      for (const lang of ['fr', 'nl', 'en']) {
        const t = await texts(lang);
        for (const code of [...PROBLEM_CODES, 'unreachable', 'other']) {
          const s = t.t(`core.problem.${code}`);
          expect(s, `${lang} ${code}`).to.match(/^[A-ZÀ-Ý].*\.$/);
          if (lang !== 'fr')
            expect(s, `${lang} ${code} is translated`).not.to.equal(fr[`core.problem.${code}` as keyof typeof fr]);
        }
      }
    });

    it('reads the code from `code`, else from the end of `type`, else from the status', async () => {
      const t = await texts('fr');
      expect(problemMessage(new ProblemError({ title: 'x', status: 409, code: 'state' }), t)).to.equal(
        fr['core.problem.state'],
      );
      expect(
        problemMessage(
          new ProblemError({
            title: 'Not signed in',
            status: 401,
            type: 'https://procura.dev/problems/unauthorized',
            detail: 'Sign in first.',
          }),
          t,
        ),
      ).to.equal(fr['core.problem.unauthorized']);
      expect(problemMessage(new ProblemError({ title: 'Too many', status: 429, detail: 'Slow down.' }), t)).to.equal(
        fr['core.problem.rate-limited'],
      );
      expect(problemMessage(new ProblemError({ title: 'Teapot', status: 418, detail: 'I am a teapot.' }), t)).to.equal(
        fr['core.problem.other'],
      );
      expect(problemMessage(new UnreachableError('network'), t)).to.equal(fr['core.problem.unreachable']);
      // "Correct the highlighted fields" only when some are named.
      expect(
        problemMessage(new ProblemError({ title: 'x', status: 422, code: 'validation', detail: 'Not today.' }), t),
      ).to.equal(fr['core.problem.other']);
      expect(
        problemMessage(new ProblemError({ title: 'x', status: 422, errors: [{ pointer: '/a', detail: 'no' }] }), t),
      ).to.equal(fr['core.problem.validation']);
      expect(problemMessage(new TypeError('Failed to fetch'), t)).to.equal(fr['core.problem.other']);
    });

    it('shows the server’s detail for an unknown code only when it is written in the page’s language', async () => {
      const p = { title: 'x', status: 400, code: 'brand-new', detail: 'Ce numéro de police est clôturé.' };
      expect(problemMessage(new ProblemError(p, 'fr'), await texts('fr-BE'))).to.equal(
        'Ce numéro de police est clôturé.',
      );
      expect(problemMessage(new ProblemError(p, 'fr-BE, nl'), await texts('fr'))).to.equal(
        'Ce numéro de police est clôturé.',
      );
      expect(problemMessage(new ProblemError(p, 'en'), await texts('fr'))).to.equal(fr['core.problem.bad-request']);
      expect(problemMessage(new ProblemError(p), await texts('fr'))).to.equal(fr['core.problem.bad-request']);
      expect(problemMessage(new ProblemError(p, 'fr'), await texts('nl'))).to.equal(nl['core.problem.bad-request']);
      // A known code always gets the kit's sentence, even when the server's is in the right language.
      expect(problemMessage(new ProblemError({ ...p, code: 'conflict' }, 'nl'), await texts('nl'))).to.equal(
        nl['core.problem.conflict'],
      );
    });

    it('words the fields: the element’s own text, the kit’s per code, the server’s in the same language, else a general one', async () => {
      const e = (language?: string) =>
        new ProblemError(
          {
            title: 'Invalid',
            status: 422,
            code: 'validation',
            errors: [
              { pointer: '/mandatary/email', detail: 'is the grantor’s address', code: 'sameEmail' },
              { pointer: '/grantor/phone', detail: 'is too long', code: 'max' },
              { pointer: '/scope/contractIds/0', detail: 'is closed', code: 'closed' },
              { pointer: '/grantor/birthDate', detail: 'wrong' },
            ],
          },
          language,
        );
      const t = await texts('nl');
      expect(problemFields(e('en'), t)).to.deep.equal({
        'mandatary.email': nl['core.field.sameEmail'],
        'grantor.phone': nl['core.field.max'],
        'scope.contractIds[0]': nl['core.invalid'],
        'grantor.birthDate': nl['core.invalid'],
      });
      expect(problemFields(e('nl-BE'), t)['scope.contractIds[0]']).to.equal('is closed');
      const own = (path: string, code: string) =>
        path === 'grantor.phone' && code === 'max' ? 'Maximaal 20 tekens.' : undefined;
      expect(problemFields(e(), t, own)['grantor.phone']).to.equal('Maximaal 20 tekens.');
      expect(problemFields(e(), t, own)['mandatary.email']).to.equal(nl['core.field.sameEmail']);
    });
  });

  describe('a consent against the reference server', () => {
    before(() => {
      if (!env.backend) throw new Error('the reference server is not running');
    });

    for (const lang of ['fr', 'nl'] as const)
      it(`tells a signed-out person to sign in, in ${lang} (401)`, async () => {
        const el = await consent(lang, env.backend!, 'C-100231');
        expect(await save(el)).to.equal('failed');
        const shown = errorText(el).trim();
        expect(shown).to.equal(failed(lang, 'unauthorized'));
        expect(shown).not.to.match(ENGLISH);
        await expect(el).to.be.accessible();
      });

    it('says, in Dutch, that the account does not allow it (403)', async () => {
      await signIn('anne');
      const el = await consent('nl', env.backend!, 'C-100478'); // Jan's reference, not Anne's
      expect(await save(el)).to.equal('failed');
      expect(errorText(el).trim()).to.equal(failed('nl', 'forbidden'));
    });

    it('follows the page when it switches language after the failure', async () => {
      const el = await consent('fr', env.backend!, 'C-100231');
      expect(await save(el)).to.equal('failed');
      el.parentElement!.setAttribute('lang', 'nl');
      await until(() => errorText(el).trim() === failed('nl', 'unauthorized'), 'the Dutch message');
    });
  });

  describe('a consent against the control server', () => {
    const cases: Array<[number, string]> = [
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [403, 'origin'],
      [409, 'conflict'],
      [422, 'validation'],
      [422, 'idempotency-mismatch'],
    ];
    for (const lang of ['fr', 'nl'] as const)
      for (const [status, code] of cases)
        it(`shows ${lang} text for ${status} ${code}, never the server’s English`, async () => {
          const errors =
            code === 'validation'
              ? [{ pointer: '/decisions/0/purpose', detail: 'is not a purpose of this notice', code: 'enum' }]
              : undefined;
          await control('plan', {
            path: '/consents',
            problem: { status, code, title: 'Refused', detail: `The request is refused (${code}).`, errors },
          });
          const el = await consent(lang, env.control);
          const events: CustomEvent[] = [];
          el.addEventListener('procura-error', (e) => events.push(e as CustomEvent));
          expect(await save(el)).to.equal('failed');
          expect(errorText(el).trim()).to.equal(failed(lang, code));
          expect(at(events, 0, 'procura-error').detail.error).to.deep.include({
            message: pick(dict[lang], `core.problem.${code}`),
            status,
          });
        });

    it('keeps a submission the server says is still in progress (409 in-progress) in the outbox, in the page’s language', async () => {
      await control('plan', {
        path: '/consents',
        problem: { status: 409, code: 'in-progress', title: 'Conflict', detail: 'The request is in progress.' },
      });
      const el = await consent('fr', env.control);
      expect(await save(el)).to.equal('queued');
      const shown = root(el).textContent!.replace(/\s+/g, ' ');
      expect(shown).to.contain(fr['core.queued']);
      expect(shown).not.to.match(/in progress|Conflict/);
    });

    it('keeps a 500 in the outbox and says so in Dutch, with no English', async () => {
      await control('plan', {
        path: '/consents',
        problem: { status: 500, code: 'internal', title: 'Internal Server Error', detail: 'Something broke.' },
      });
      const el = await consent('nl', env.control);
      expect(await save(el)).to.equal('queued');
      const shown = root(el).textContent!.replace(/\s+/g, ' ');
      expect(shown).to.contain(nl['core.queued']);
      expect(shown).not.to.match(/Internal|Something broke/);
    });

    it('uses a general sentence for an unknown code whose detail is in English', async () => {
      await control('plan', {
        path: '/consents',
        problem: { status: 400, code: 'policy-closed', title: 'Closed', detail: 'The policy is closed.' },
      });
      const el = await consent('fr', env.control);
      expect(await save(el)).to.equal('failed');
      expect(errorText(el).trim()).to.equal(failed('fr', 'bad-request'));
    });

    it('asks for the element’s language, on the first attempt and when the outbox delivers later', async () => {
      const el = await consent('nl-BE', env.control);
      expect(await save(el)).to.equal('sent');
      expect((await received('/consents')).map((r) => r.headers['accept-language'])).to.deep.equal(['nl-BE']);

      await control('reset');
      await control('down');
      const later = await consent('fr-BE', env.control);
      expect(await save(later)).to.equal('queued');
      await control('up');
      await outbox().flush();
      await until(async () => (await received('/consents')).length > 0, 'the queued consent to arrive');
      expect((await received('/consents')).map((r) => r.headers['accept-language'])).to.deep.equal(['fr-BE']);
    });
  });

  describe('a mandate', () => {
    const submitButton = (el: Element) => q<HTMLButtonElement>(el, 'button[part="submit"]')!;
    async function send(el: Element): Promise<void> {
      await until(() => !!submitButton(el) && !submitButton(el).disabled, 'the PDF to be ready');
      const failedOnce = new Promise((r) => el.addEventListener('procura-error', r, { once: true }));
      submitButton(el).click();
      await Promise.race([
        failedOnce,
        new Promise((_, reject) => setTimeout(() => reject(new Error('no procura-error')), 10_000)),
      ]);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }

    it('tells, in French, a person whose session ended before sending to sign in (401)', async () => {
      // The reference server holds a signed-out mandate before sending; a session may still end
      // between that check and the send. The control server answers as the reference server does.
      await control('plan', {
        path: '/mandates',
        problem: {
          status: 401,
          code: 'unauthorized',
          title: 'Not signed in',
          type: 'https://procura.dev/problems/unauthorized',
          detail: 'Sign in first: a session cookie or a bearer token is needed.',
        },
      });
      const el = await mount(
        html`<procura-mandate-form lang="fr" endpoint=${env.control} service="espace-client" no-draft></procura-mandate-form>`,
      );
      await complete(el);
      await send(el);
      const shown = text(el);
      expect(shown).to.contain(failed('fr', 'unauthorized'));
      expect(shown).not.to.match(/Sign in|session cookie|bearer/);
      await expect(el).to.be.accessible();
    });

    it('puts Dutch per-field texts beside the fields the server refused (422)', async () => {
      configure({ endpoint: env.control });
      await control('plan', {
        path: '/mandates',
        problem: {
          status: 422,
          code: 'validation',
          title: 'Invalid mandate',
          detail: 'Some fields are not valid.',
          errors: [{ pointer: '/mandatary/email', detail: 'must differ from the grantor’s', code: 'sameEmail' }],
        },
      });
      const el = await mount(
        html`<procura-mandate-form lang="nl" service="espace-client" no-draft></procura-mandate-form>`,
      );
      await complete(el);
      await send(el);
      expect(errorOf(el, 'mandatary.email')).to.equal(nl['core.field.sameEmail']);
      expect(text(el)).not.to.match(/must differ|Some fields/);
    });
  });
});
