// The mandate-form editor: a service's names and its clause, the broker and the contracts mode,
// typed with the keyboard, are printed on the PDF the previewed form makes (read back with
// pdftotext); each text is written in fr, nl, en and de side by side, a missing one flagged.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pdfTool, resetKit, until } from '../support/env.js';
import { $, mountStudio, said, shadow, typeInto } from './support.js';
import type { ProcuraStudio } from '../../src/studio/studio.js';

/** pdftotext's text, on single spaces. */
async function pdfText(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const r = await pdfTool('pdftotext', bytes);
  expect(r.ok, r.output).to.equal(true);
  return r.output.replace(/\s+/g, ' ');
}

async function press(el: ProcuraStudio, text: string): Promise<void> {
  const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button “${text}”`);
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

const label = (el: ProcuraStudio, id: string) => $(el, `label[for="${id}"]`).textContent?.trim();

describe('<procura-studio>: the mandate-form editor', () => {
  beforeEach(resetKit);

  it('prints a service’s name, its clause, the broker and the contracts mode on the PDF it previews', async function () {
    this.timeout(90_000); // many keystrokes, then pdf-lib's chunk, on a shared machine
    const el = await mountStudio({ kind: 'mandate-form' });
    await press(el, 'Ajouter un service');
    expect(said(el)).to.contain('Un service a été ajouté.');
    await typeInto(el, '#service-0-name', 'Espace client en ligne');
    // Written in French only: the three other languages are flagged, in words.
    expect(label(el, 'service-0-name-nl')).to.equal('Néerlandais : traduction manquante');
    expect(label(el, 'service-0-name-de')).to.equal('Allemand : traduction manquante');
    expect($(el, '.problems').textContent).to.contain('Aucun problème');
    expect($(el, '.problems').textContent).to.contain('Traduction manquante en : Néerlandais, Anglais et Allemand.');
    await typeInto(el, '#service-0-name-nl', 'Online klantenzone');
    expect(label(el, 'service-0-name-nl')).to.equal('Néerlandais');
    expect(el.definition).to.deep.equal({
      serviceNames: { 'service-1': { fr: 'Espace client en ligne', nl: 'Online klantenzone' } },
    });

    await typeInto(el, '#service-0-may', 'Le mandataire peut consulter les factures du service.');
    await typeInto(el, '#service-0-may-not', 'Le mandataire ne peut rien payer ni résilier.');
    await typeInto(el, '#broker-name', 'Courtier Studio SRL');
    await typeInto(el, '#broker-registration', 'FSMA 0987.654.321');
    await typeInto(el, '#mandate-title-nl', 'x'); // a Dutch title without a French one is refused, with the reason
    expect($(el, '#mandate-title-error').textContent).to.equal(
      'Le texte en français est obligatoire : il est affiché quand une autre langue manque.',
    );
    expect($(el, '#mandate-pdf-make').getAttribute('aria-disabled')).to.equal('true');
    await typeInto(el, '#mandate-title', 'Mandat pour votre espace client');
    expect($(el, '#mandate-title-error').textContent).to.equal('');
    $<HTMLSelectElement>(el, '#mandate-contracts').focus();
    await sendKeys({ press: 'ArrowDown' }); // "Tous les contrats, y compris les futurs"
    await el.updateComplete;
    expect((el.definition as { contracts?: string }).contracts).to.equal('all');

    await until(() => !!shadow(el).querySelector('#preview-frame procura-mandate-form'), 'the previewed form');
    await press(el, 'Afficher le PDF');
    await until(() => !!shadow(el).querySelector('#mandate-pdf-download'), 'the PDF', 30_000);
    expect(said(el)).to.contain('Le PDF est prêt');
    const link = $<HTMLAnchorElement>(el, '#mandate-pdf-download');
    expect(link.getAttribute('download')).to.equal('specimen-mandat.pdf');
    expect($(el, '#mandate-pdf-frame').getAttribute('title')).to.equal('Aperçu du PDF du mandat');
    const txt = await pdfText(link.href);
    for (const s of [
      'Mandat pour votre espace client',
      'Service : Espace client en ligne',
      'Le mandataire peut consulter les factures du service.',
      'Le mandataire ne peut rien payer ni résilier.',
      'Bureau Courtier Studio SRL',
      'FSMA 0987.654.321',
    ])
      expect(txt, s).to.contain(s);
    expect(txt).not.to.contain('sinistres'); // the kit's default clause is replaced
    expect(txt).not.to.contain('service-1');

    // A later change: the PDF shown says it is out of date until shown again.
    await typeInto(el, '#broker-name', ' Bis');
    expect($(el, '.pdf-preview').textContent).to.contain('Vos réglages ont changé depuis ce PDF');
    await expect(el).to.be.accessible(); // the flagged translations, the PDF shown, its link
  });

  it('shows the PDF in the preview’s language (nl): the Dutch name and the Dutch clause', async function () {
    this.timeout(60_000);
    const el = await mountStudio({ kind: 'mandate-form', draftKey: 'mandate-nl' });
    el.startFrom(
      {
        serviceNames: {
          'espace-client': { fr: 'Espace client', nl: 'Klantenzone', en: 'Client space', de: 'Kundenbereich' },
        },
        clauses: {
          'espace-client': {
            may: { fr: 'Il peut voir.', nl: 'De gevolmachtigde mag de facturen bekijken.' },
            mayNot: { fr: 'Il ne peut rien payer.', nl: 'De gevolmachtigde mag niets betalen.' },
          },
        },
      },
      '',
    );
    await el.updateComplete;
    expect(label(el, 'service-0-may-en')).to.equal('Anglais : traduction manquante');
    expect(label(el, 'service-0-name-en')).to.equal('Anglais');
    const lang = $<HTMLSelectElement>(el, '#preview-lang');
    lang.value = 'nl';
    lang.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await until(
      () => shadow(el).querySelector('#preview-frame procura-mandate-form')?.getAttribute('lang') === 'nl',
      'the Dutch preview',
    );
    await press(el, 'Afficher le PDF');
    await until(() => !!shadow(el).querySelector('#mandate-pdf-download'), 'the PDF', 30_000);
    const txt = await pdfText($<HTMLAnchorElement>(el, '#mandate-pdf-download').href);
    expect(txt).to.contain('Dienst: Klantenzone');
    expect(txt).to.contain('De gevolmachtigde mag de facturen bekijken.');
    expect(txt).to.contain('De gevolmachtigde mag niets betalen.');
  });
});
