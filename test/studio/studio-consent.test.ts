// The consent editor: a configuration 002 forbids is refused as it is typed, with its reason
// beside the field; the notice's SHA-256 shown is the one <procura-consent> computes for its records.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetKit, until } from '../support/env.js';
import '../../src/define/consent.js';
import type { ProcuraConsent } from '../../src/consent/consent.js';
import { $, mountStudio, shadow, typeInto } from './support.js';

const starter = async (el: Awaited<ReturnType<typeof mountStudio>>, name: string) => {
  $<HTMLSelectElement>(el, '#starter').value = name;
  ($(el, '.starters button') as HTMLButtonElement).click();
  await el.updateComplete;
};

describe('<procura-studio>: the consent editor', () => {
  beforeEach(resetKit);

  it('refuses a contest, a pre-ticked box and a required consent as they are typed, each with its reason', async () => {
    const el = await mountStudio();
    await starter(el, 'insurance-prospection');
    expect($(el, '.problems').textContent).to.contain('Aucun problème');
    const add = [...shadow(el).querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Ajouter une finalité',
    )!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const i = (el.definition as { purposes: unknown[] }).purposes.length - 1;
    await typeInto(el, `#purpose-${i}-label`, 'Participer au concours');
    expect($(el, `#purpose-${i}-label`).getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#purpose-${i}-label-error`).textContent).to.equal(
      'Refusé : le consentement ne peut pas être lié aux conditions générales ni à un concours ; demandez-le séparément (règle 002).',
    );
    // Corrected: the refusal goes away as it is typed.
    $<HTMLInputElement>(el, `#purpose-${i}-label`).select();
    await sendKeys({ type: 'Recevoir notre lettre d’information' });
    await el.updateComplete;
    expect($(el, `#purpose-${i}-label-error`).textContent).to.equal('');

    $(el, `#purpose-${i}-checked`).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, `#purpose-${i}-checked-error`).textContent).to.contain('ne peut jamais être cochée d’avance');
    $(el, `#purpose-${i}-required`).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, `#purpose-${i}-required-error`).textContent).to.contain(
      'un consentement ne peut jamais être obligatoire',
    );
    expect($(el, '.problems').textContent).to.contain('2 problèmes empêchent de publier.');
    expect($(el, '[part=submit]').getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows each text in fr, nl, en and de side by side, flags the missing ones, and previews the Dutch one', async function () {
    this.timeout(60_000);
    const el = await mountStudio({ draftKey: 'consent-langs' });
    await starter(el, 'insurance-prospection');
    const label = (id: string) => $(el, `label[for="${id}"]`).textContent?.trim();
    expect(label('controller-name')).to.equal('Français');
    expect(label('controller-name-nl')).to.equal('Néerlandais : traduction manquante');
    expect($(el, '.problems').textContent).to.contain('Aucun problème');
    expect($(el, '.problems').textContent).to.contain('Traduction manquante en : Néerlandais, Anglais et Allemand.');
    await typeInto(el, '#controller-name-nl', 'Kantoor Voorbeeld');
    expect(label('controller-name-nl')).to.equal('Néerlandais');
    expect(label('controller-name-en')).to.equal('Anglais : traduction manquante');
    expect((el.definition as { controller: { name: unknown } }).controller.name).to.deep.equal({
      fr: 'Bureau Exemple',
      nl: 'Kantoor Voorbeeld',
    });
    // A purpose of the office's own: its box text and its explanation, side by side too.
    const add = [...shadow(el).querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Ajouter une finalité',
    )!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const i = (el.definition as { purposes: unknown[] }).purposes.length - 1;
    await typeInto(el, `#purpose-${i}-label`, 'Recevoir notre lettre d’information');
    await typeInto(el, `#purpose-${i}-label-nl`, 'Onze nieuwsbrief ontvangen');
    await typeInto(el, `#purpose-${i}-description`, 'Une fois par mois.');
    expect(label(`purpose-${i}-label-nl`)).to.equal('Néerlandais');
    expect(label(`purpose-${i}-description-nl`)).to.equal('Néerlandais : traduction manquante');
    // A Dutch text without a French one is refused: French is what every other language falls back to.
    $<HTMLInputElement>(el, `#purpose-${i}-label`).select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect($(el, `#purpose-${i}-label-error`).textContent).to.equal(
      'Le texte en français est obligatoire : il est affiché quand une autre langue manque.',
    );
    await typeInto(el, `#purpose-${i}-label`, 'Recevoir notre lettre d’information');
    await expect(el).to.be.accessible(); // four languages per text, the missing ones said in their labels
    // The preview in Dutch shows the Dutch texts.
    const lang = $<HTMLSelectElement>(el, '#preview-lang');
    lang.value = 'nl';
    lang.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await until(() => {
      const form = shadow(el).querySelector('#preview-frame procura-consent');
      const text = form?.shadowRoot?.textContent ?? '';
      return text.includes('Kantoor Voorbeeld') && text.includes('Onze nieuwsbrief ontvangen');
    }, 'the Dutch preview');
  });

  it('shows the notice’s SHA-256 that <procura-consent> sends with its records', async () => {
    const el = await mountStudio();
    await starter(el, 'insurance-prospection');
    await until(() => /^[0-9a-f]{64}$/.test($(el, '#notice-sha').textContent ?? ''), 'the SHA-256', 15_000);
    const shown = $(el, '#notice-sha').textContent!;
    const consent = await fixture<ProcuraConsent>(
      html`<procura-consent lang="fr" no-draft .config=${structuredClone(el.definition)}></procura-consent>`,
    );
    await consent.updateComplete;
    expect(await consent.noticeSha256()).to.equal(shown);
    // Another text, another hash.
    await typeInto(el, '#controller-name', ' SRL');
    await until(() => ($(el, '#notice-sha').textContent ?? '') !== shown, 'the new SHA-256', 15_000);
    expect($(el, '#notice-sha').textContent).to.match(/^[0-9a-f]{64}$/);
  });
});
