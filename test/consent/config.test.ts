import { expect } from '@open-wc/testing';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import { mount, notice, boxes, errorText, quietly, root } from './helpers.js';

const purpose = (extra: Record<string, unknown>) => ({
  id: 'newsletter',
  basis: 'consent' as const,
  version: '1',
  label: { fr: 'Recevoir la lettre d’information', en: 'Receive the newsletter' },
  ...extra,
});

/** Mounts a bad configuration and returns what the element shows, what it logged and the error event. */
async function refused(config: unknown, attrs: Record<string, string> = {}) {
  let event = '';
  const { result: el, logged } = await quietly(async () => {
    document.addEventListener(
      'procura-error',
      (e) => (event = (e as CustomEvent<{ error: { message: string } }>).detail.error.message),
      { once: true },
    );
    return mount(config, attrs);
  });
  expect(boxes(el).length, 'no box is shown').to.equal(0);
  expect(root(el).querySelector('[part~=error][role=alert]'), 'an alert').to.not.equal(null);
  return { shown: errorText(el), logged, event, el };
}

describe('procura-consent: configurations refused by the rules of 002', () => {
  beforeEach(resetKit);

  const cases: [string, unknown, string, string][] = [
    [
      'a purpose required to submit',
      { ...notice, purposes: [purpose({ required: true })] },
      'purposes[0].required',
      'can never be required',
    ],
    [
      'a pre-ticked purpose',
      { ...notice, purposes: [purpose({ checked: true })] },
      'purposes[0].checked',
      'never be ticked in advance',
    ],
    [
      'consent bundled with the terms',
      { ...notice, purposes: [purpose({ bundledWith: 'terms' })] },
      'purposes[0].bundledWith',
      'accepting the terms of use is never consent',
    ],
    [
      'consent bundled with a contest',
      { ...notice, purposes: [purpose({ bundledWith: 'contest' })] },
      'purposes[0].bundledWith',
      'taking part in a contest can never depend',
    ],
    [
      'an id that names the terms',
      { ...notice, purposes: [purpose({ id: 'accept_terms' })] },
      'purposes[0].id',
      'names the terms of use or a contest',
    ],
    [
      'a label that names a contest',
      { ...notice, purposes: [purpose({ label: { fr: 'Je participe au jeu-concours et j’accepte les offres' } })] },
      'purposes[0].label.fr',
      'this label names the terms of use or a contest',
    ],
    [
      'an unknown basis',
      { ...notice, purposes: [purpose({ basis: 'opt-in' })] },
      'purposes[0].basis',
      'must be one of "consent", "opposition"',
    ],
    [
      'a missing French text',
      { ...notice, purposes: [purpose({ label: { en: 'Receive the newsletter' } })] },
      'purposes[0].label.fr',
      'the French text is required',
    ],
    [
      'a missing French description on a preset',
      { ...notice, purposes: [{ preset: 'photo', description: { nl: 'Uw foto' } }] },
      'purposes[0].description.fr',
      'the French text is required',
    ],
    [
      'a consent preset configured as an opposition',
      { ...notice, purposes: [{ preset: 'electronic-prospection', basis: 'opposition' }] },
      'purposes[0].basis',
      '"electronic-prospection" requires the person’s prior consent',
    ],
    [
      'a preset id reused as an opposition',
      { ...notice, purposes: [purpose({ id: 'automated-calls', basis: 'opposition', label: 'Appels automatisés' })] },
      'purposes[0].basis',
      '"automated-calls" requires the person’s prior consent',
    ],
    [
      'a share as an opposition',
      {
        ...notice,
        purposes: [{ preset: 'share', recipient: 'Banque X', data: 'droits de pension', basis: 'opposition' }],
      },
      'purposes[0].basis',
      'sharing data with a third party happens only with the person’s consent',
    ],
    [
      'a share without its recipient',
      { ...notice, purposes: [{ preset: 'share', data: 'droits de pension' }] },
      'purposes[0].recipient',
      'names its recipient',
    ],
    [
      'an unknown preset',
      { ...notice, purposes: ['newsletter-daily'] },
      'purposes[0]',
      'is not a known preset purpose',
    ],
    [
      'a purpose configured twice',
      { ...notice, purposes: [purpose({}), purpose({})] },
      'purposes[1].id',
      'configured twice',
    ],
    [
      'a notice without its controller',
      { policyUrl: '/vie-privee', noticeVersion: '1', preset: 'insurance-prospection' },
      'controller',
      'is required',
    ],
    [
      'a policy link that is not a web address',
      { ...notice, policyUrl: 'javascript:alert(1)', preset: 'insurance-prospection' },
      'policyUrl',
      'must be an https:// address',
    ],
    ['no purpose at all', { ...notice }, 'purposes', 'needs at least one purpose'],
  ];

  for (const [what, config, path, message] of cases)
    it(`refuses ${what}, at ${path}`, async () => {
      const { shown, logged, event } = await refused(config);
      expect(shown).to.contain(`${path}: `);
      expect(shown).to.contain(message);
      expect(logged).to.contain(`invalid configuration at ${path}: `);
      expect(event).to.contain(`${path}: `);
      expect(event).to.contain(message);
    });

  it('refuses an unknown preset set given by attribute', async () => {
    const { shown } = await refused(notice, { preset: 'insurance-everything' });
    expect(shown).to.contain('preset (attribute): "insurance-everything" is not a known preset set');
  });

  it('each refusal has its own message', () => {
    const messages = cases.map(([, , , m]) => m);
    expect(new Set(messages.filter((m) => m !== 'the French text is required')).size).to.equal(messages.length - 2);
  });

  it('recovers when the configuration is fixed, and is accessible in the error state', async () => {
    const { el } = await refused({ ...notice, purposes: [purpose({ checked: true })] });
    await expect(el).to.be.accessible();
    el.config = { ...notice, purposes: [purpose({})] };
    await el.updateComplete;
    expect(boxes(el).length).to.equal(1);
    expect(boxes(el)[0]!.checked).to.equal(false);
    expect(root(el).querySelector('[part~=error]')).to.equal(null);
  });

  it('accepts a policy link that is a path on the site', async () => {
    for (const policyUrl of ['privacy.html', '/vie-privee', { fr: '/vie-privee', en: '/privacy?lang=en' }]) {
      const el = await mount({ ...notice, policyUrl, preset: 'insurance-prospection' });
      expect(root(el).querySelector('[part~=error]'), JSON.stringify(policyUrl)).to.equal(null);
    }
  });

  it('says plainly when indicated-by is not a known role', async () => {
    const el = await mount({ ...notice, preset: 'insurance-prospection' }, { 'indicated-by': 'neighbour' });
    expect(errorText(el)).to.contain('indicated-by doit valoir subject, mandatary ou staff');
    expect(await el.record()).to.equal(undefined);
  });
});
