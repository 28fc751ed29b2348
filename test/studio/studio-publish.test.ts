// Publishing against the real reference server: an administrator (claire) publishes a consent
// definition, sees its version and SHA-256 and the log of versions; publishing the same text
// again makes no new version; a reviewer (lucas) is told why they cannot; the snippets then
// point at the published address. Axe clean, and at 320 px nothing scrolls sideways.
import { expect } from '@open-wc/testing';
import { env, resetKit, signIn, until } from '../support/env.js';
import { problems, viewport, wideViewport } from '../reflow/support.js';
import { $, mountStudio, shadow } from './support.js';
import type { ProcuraStudio } from '../../src/studio/studio.js';
import type { PublishedDetail } from '../../src/core/events.js';

const starter = async (el: ProcuraStudio, name: string) => {
  $<HTMLSelectElement>(el, '#starter').value = name;
  ($(el, '.starters button') as HTMLButtonElement).click();
  await el.updateComplete;
};

async function setId(el: ProcuraStudio, id: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#definition-id');
  input.value = id;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const publish = async (el: ProcuraStudio, note: string) => {
  $<HTMLInputElement>(el, '#publish-note').value = note;
  ($(el, '[part=submit]') as HTMLButtonElement).click();
  await until(() => !el.publisher.sending && !!el.publisher.result, 'the publication', 15_000);
  await el.updateComplete;
};

describe('<procura-studio>: publish and embed', () => {
  beforeEach(resetKit);
  after(() => wideViewport());

  it('publishes as an administrator: version, SHA-256, the log, and the same text twice makes no new version', async () => {
    await signIn('claire');
    const id = `consentement-${crypto.randomUUID().slice(0, 8)}`;
    const el = await mountStudio({ endpoint: env.backend! });
    await starter(el, 'insurance-prospection');
    await setId(el, id);
    const published: PublishedDetail[] = [];
    el.addEventListener('procura-published', (e) => published.push(e.detail));
    await publish(el, 'Première version');
    const result = $(el, '#publish-result').textContent ?? '';
    expect(result).to.match(/^Version 1 publiée\. Empreinte SHA-256 : [0-9a-f]{64}\.$/);
    const sha = /[0-9a-f]{64}/.exec(result)![0];
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 1, 'the versions');
    const row = shadow(el).querySelector('tbody tr')!.textContent!;
    expect(row).to.contain('Claire');
    expect(row).to.contain(sha);
    expect(row).to.contain('Première version');

    // What the site will load is what was published.
    const served = (await (await fetch(`${env.backend}/definitions/${id}`)).json()) as {
      sha256: string;
      version: number;
    };
    expect(served).to.include({ sha256: sha, version: 1 });
    expect($(el, '#snippet-cms').textContent).to.equal(
      `<script type="module" src="https://kit.example/procura.js"></script>\n<procura-consent src="${env.backend}/definitions/${id}" endpoint="${env.backend}"></procura-consent>`,
    );
    expect($(el, '#snippet-npm').textContent).to.contain(`import 'procura/consent';`);
    await expect(el).to.be.accessible();

    await publish(el, '');
    expect($(el, '#publish-result').textContent).to.equal(
      'Rien n’a changé depuis la version 1 : aucune nouvelle version n’a été créée.',
    );
    // The page hears each publication: the version made, then the same one again, not made anew.
    expect(published.map((d) => [d.version.version, d.version.sha256, d.created])).to.deep.equal([
      [1, sha, true],
      [1, sha, false],
    ]);
  });

  it('tells a reviewer that only an administrator publishes', async () => {
    await signIn('lucas');
    const el = await mountStudio({ endpoint: env.backend! });
    await starter(el, 'insurance-prospection');
    await setId(el, `refus-${crypto.randomUUID().slice(0, 8)}`);
    const errors: string[] = [];
    el.addEventListener('procura-error', (e) => errors.push(`${e.detail.kind}: ${e.detail.error.status}`));
    await publish(el, '');
    expect(errors).to.deep.equal(['publish: 403']);
    expect($(el, '[role=alert] [part=error]').textContent).to.equal(
      'Seul un administrateur du bureau peut publier. Connectez-vous avec un compte administrateur.',
    );
  });

  it('with the backend down, says so in French and keeps the definition', async () => {
    const el = await mountStudio({ endpoint: 'http://127.0.0.1:9/api' });
    await starter(el, 'insurance-prospection');
    await setId(el, `hors-ligne-${crypto.randomUUID().slice(0, 8)}`);
    await publish(el, '');
    const said = $(el, '[role=alert] [part=error]').textContent ?? '';
    expect(said).to.match(/^La publication a échoué : /);
    expect(said).not.to.match(/fetch|failed|network|error/i);
    expect(el.definition).to.not.equal(undefined);
  });

  it('embeds an unpublished definition inline, and fits 320 px with the preview below the editor', async () => {
    await viewport(320);
    const el = await mountStudio();
    await starter(el, 'insurance-prospection');
    expect($(el, '#snippet-cms').textContent).to.contain('<script type="application/json">');
    expect($(el, '#snippet-cms').textContent).to.contain('"electronic-prospection"');
    await until(() => !!shadow(el).querySelector('#preview-frame procura-consent'), 'the preview');
    const editor = $(el, '.editor').getBoundingClientRect();
    const preview = $(el, '.preview').getBoundingClientRect();
    expect(preview.top).to.be.greaterThan(editor.bottom - 1);
    expect(problems(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
