import { expect } from '@open-wc/testing';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import { sharePreset } from '../../src/consent/presets.js';
import { PRESETS } from '../../src/consent/presets.js';
import { mount, notice, boxes, labelOf, visibleText, root } from './helpers.js';

const EXPECT = {
  fr: {
    recipients: 'Destinataires :',
    rights: [
      'accéder',
      'corriger',
      'effacer',
      'vous opposer',
      'retirer un accord à tout moment',
      'privacy@courtier.example',
    ],
    retention: '3 ans à partir de leur collecte ou de votre dernier contact',
    objection: 'Je m’oppose',
    policy: 'politique de confidentialité',
    noTransfer: 'pas transférées hors de l’Union européenne',
    controller: 'Responsable du traitement : Courtier Demo SRL',
  },
  nl: {
    recipients: 'Ontvangers:',
    rights: ['inzien', 'verbeteren', 'wissen', 'bezwaar maken', 'intrekken', 'privacy@courtier.example'],
    retention: '3 jaar vanaf de verzameling of vanaf uw laatste contact',
    objection: 'Ik maak bezwaar',
    policy: 'privacybeleid',
    noTransfer: 'niet doorgegeven buiten de Europese Unie',
    controller: 'Verwerkingsverantwoordelijke: Courtier Demo SRL',
  },
  en: {
    recipients: 'Recipients:',
    rights: ['access', 'corrected', 'erased', 'object', 'withdraw a consent at any time', 'privacy@courtier.example'],
    retention: '3 years from their collection or from your last contact',
    objection: 'I object',
    policy: 'privacy policy',
    noTransfer: 'not transferred outside the European Union',
    controller: 'Data controller: Courtier Demo SRL',
  },
} as const;

describe('procura-consent: the notice and the boxes', () => {
  beforeEach(resetKit);

  it('shows every box unticked by default, one per purpose, with native labels and descriptions', async () => {
    const el = await mount(notice, { preset: 'insurance-prospection' });
    const all = boxes(el);
    expect(all.length).to.equal(Object.keys(PRESETS).length);
    expect(all.every((b) => !b.checked)).to.equal(true);
    for (const b of all) {
      expect(root(el).querySelector(`label[for="${b.id}"]`)?.textContent?.trim()).to.not.equal('');
      const desc = root(el).getElementById(b.getAttribute('aria-describedby')!);
      expect(desc?.textContent?.trim().length ?? 0).to.be.greaterThan(10);
    }
    expect(root(el).querySelector('fieldset > legend')?.textContent).to.equal(
      'Vos choix sur l’utilisation de vos données',
    );
    await expect(el).to.be.accessible();
  });

  for (const locale of ['fr', 'nl', 'en'] as const) {
    it(`renders the insurance-prospection notice in ${locale}: controller, purposes, recipients, rights, retention, policy link`, async () => {
      const el = await mount(notice, { preset: 'insurance-prospection', lang: locale });
      const text = visibleText(el);
      const x = EXPECT[locale];
      expect(text).to.contain(x.controller);
      expect(text).to.contain('rue de l’Exemple 1, 1000 Bruxelles');
      expect(text).to.contain('dpo@courtier.example');
      for (const r of x.rights) expect(text).to.contain(r);
      expect(text).to.contain(x.retention);
      expect(text).to.contain(x.noTransfer);
      expect(text).to.contain(x.recipients);
      // Every text comes from the catalog: no key shows through.
      expect(text).to.not.match(/consent\.[a-z]/);
      const link = root(el).querySelector<HTMLAnchorElement>('a[part~=policy]')!;
      expect(link.href).to.equal('https://courtier.example/vie-privee');
      expect(link.textContent).to.contain(x.policy);
      for (const [id, def] of Object.entries(PRESETS)) {
        const label = labelOf(el, id);
        expect(label.length, id).to.be.greaterThan(20);
        if (def.basis === 'opposition') expect(label.startsWith(x.objection), `${id}: ${label}`).to.equal(true);
        else expect(label.startsWith(x.objection), `${id}: ${label}`).to.equal(false);
      }
      await expect(el).to.be.accessible();
    });

    it(`renders the share preset of 003 in ${locale}, naming the recipient and the data`, async () => {
      const share = sharePreset({
        recipient: 'Banque X',
        data: {
          fr: 'mes droits de pension complémentaire',
          nl: 'mijn aanvullende pensioenrechten',
          en: 'my supplementary pension rights',
        },
      });
      const el = await mount({ ...notice, purposes: [share] }, { lang: locale });
      const id = 'share-banque-x-mes-droits-de-pension-complementaire';
      const label = labelOf(el, id);
      expect(label).to.contain('Banque X');
      expect(label).to.contain(
        {
          fr: 'mes droits de pension complémentaire',
          nl: 'mijn aanvullende pensioenrechten',
          en: 'my supplementary pension rights',
        }[locale],
      );
      const text = visibleText(el);
      expect(text).to.contain(`${EXPECT[locale].recipients} Banque X.`);
      expect(text).to.contain(EXPECT[locale].retention);
      expect(text).to.contain(EXPECT[locale].controller);
      expect(root(el).querySelector<HTMLAnchorElement>('a[part~=policy]')!.href).to.equal(
        'https://courtier.example/vie-privee',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('words a configured opposition as an objection, and shows transfers outside the EU', async () => {
    const el = await mount(
      {
        ...notice,
        purposes: [
          {
            id: 'newsletter-post',
            basis: 'opposition',
            version: '1',
            label: { fr: 'la lettre d’information par la poste', en: 'the newsletter by post' },
          },
          {
            id: 'survey',
            basis: 'consent',
            version: '1',
            label: 'Enquêtes de satisfaction',
            transfersOutsideEU: {
              fr: 'vers notre prestataire au Canada (décision d’adéquation)',
              en: 'to our provider in Canada (adequacy decision)',
            },
          },
        ],
      },
      { lang: 'en' },
    );
    expect(labelOf(el, 'newsletter-post')).to.equal('I object to my data being used for: the newsletter by post');
    const text = visibleText(el);
    expect(text).to.contain('Transfer outside the European Union: to our provider in Canada (adequacy decision)');
    expect(text).to.contain('Some data are transferred outside the European Union');
    await expect(el).to.be.accessible();
  });

  it('takes preset ids from the purposes attribute and overrides from the configuration', async () => {
    const el = await mount(
      {
        ...notice,
        purposes: [{ preset: 'photo', recipients: ['Studio Photo SA'] }],
        rights: 'Écrivez-nous.',
        retention: 'Un an.',
      },
      { purposes: 'electronic-prospection postal-phone-prospection' },
    );
    expect(boxes(el).map((b) => b.closest('[data-purpose]')!.getAttribute('data-purpose'))).to.deep.equal([
      'electronic-prospection',
      'postal-phone-prospection',
      'photo',
    ]);
    const text = visibleText(el);
    expect(text).to.contain('Destinataires : Studio Photo SA.');
    expect(text).to.contain('Écrivez-nous.');
    expect(text).to.contain('Un an.');
    expect(text).to.not.contain('3 ans à partir de leur collecte');
  });

  it('reads the configuration from a child JSON script', async () => {
    const el = document.createElement('procura-consent');
    el.innerHTML = `<script type="application/json">${JSON.stringify({ ...notice, preset: 'insurance-prospection' })}</script>`;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(boxes(el).length).to.equal(9);
    } finally {
      el.remove();
    }
  });
});
