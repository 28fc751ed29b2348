// The form left with its defaults shows its first step without loading the configuration's check
// (issue 19: the first screen waits for no chunk); this holds because the full schema makes `{}` of
// `{}` with no issue, which the first test proves. A configuration given is still checked in full.
import { expect, html } from '@open-wc/testing';
import '../support/env.js';
import { resetKit } from '../support/env.js';
import { configSchema } from '../../src/mandate-form/config.js';
import type { Issue } from '../../src/model/schema.js';
import { mount, q, text } from './helpers.js';

const fetched = (part: string) =>
  performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.includes(part));

describe('<procura-mandate-form> with its defaults', () => {
  beforeEach(resetKit);

  it('the full schema takes `{}` as `{}`, with no issue (what the form assumes without loading it)', () => {
    const issues: Issue[] = [];
    expect(configSchema.check({}, '', issues)).to.deep.equal({});
    expect(issues).to.deep.equal([]);
  });

  it('shows its first step without fetching the configuration check', async () => {
    const el = await mount(html`<procura-mandate-form service="espace-client" no-draft></procura-mandate-form>`);
    expect(text(el)).to.contain('Étape 1 sur 4');
    expect(q(el, 'input[name="grantor.givenName"]')).not.to.equal(null);
    expect(fetched('/src/core/config-read')).to.have.length(0);
  });

  it('still checks a configuration given, and shows what is wrong', async () => {
    const el = await mount(html`<procura-mandate-form
      service="espace-client"
      no-draft
      .config=${{ logoUrl: 'javascript:alert(1)' }}
    ></procura-mandate-form>`);
    expect(q(el, '[part="error"]')).not.to.equal(null);
    expect(q(el, 'input[name="grantor.givenName"]')).to.equal(null);
    expect(fetched('/src/core/config-read')).to.have.length(1);
  });
});
