// Dates in each reader's own order: day month year for English in Europe, and each region
// (en-BE, en-GB, fr-BE, nl-BE, fr-CA) through Intl as itself.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LocalizeController, normalizeLocale } from '../../src/core/localize.js';
import { coreCatalog } from '../../src/i18n/core.js';
import '../support/env.js';

const host: ReactiveControllerHost = {
  addController: (_c: ReactiveController) => undefined,
  removeController: (_c: ReactiveController) => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
};

async function controller(locale: string): Promise<LocalizeController> {
  const c = new LocalizeController(host, [coreCatalog]);
  await c.setLocale(locale);
  return c;
}

describe('dates per region', () => {
  it('keeps the region of English, French and Dutch locales', () => {
    expect(['en-BE', 'en-gb', 'fr_BE', 'nl-be', 'fr-CA', 'en'].map(normalizeLocale)).to.deep.equal([
      'en-BE',
      'en-GB',
      'fr-BE',
      'nl-BE',
      'fr-CA',
      'en',
    ]);
  });

  const expected: Record<string, string> = {
    en: '30 November 2026',
    'en-GB': '30 November 2026',
    'en-BE': '30 November 2026',
    'fr-BE': '30 novembre 2026',
    'nl-BE': '30 november 2026',
    'fr-CA': '30 novembre 2026',
  };
  for (const [locale, text] of Object.entries(expected))
    it(`writes 2026-11-30 as "${text}" in ${locale}`, async () => {
      expect((await controller(locale)).date('2026-11-30')).to.equal(text);
    });

  it('writes short dates day first in English, and as Canada does in fr-CA', async () => {
    expect((await controller('en')).date('2026-11-30', { dateStyle: 'short' })).to.equal('30/11/2026');
    expect((await controller('en-BE')).date('2026-11-30', { dateStyle: 'short' })).to.match(/^30\/11\/(20)?26$/);
    expect((await controller('fr-CA')).date('2026-11-30', { dateStyle: 'short' })).to.equal('2026-11-30');
  });

  it('fills a sentence with the date in the reader’s order', async () => {
    const en = await controller('en');
    expect(en.t('core.draftRestored', { date: en.date('2026-11-30') })).to.equal(
      'We restored the draft you started on 30 November 2026.',
    );
    expect(en.date('2026-11-30')).not.to.contain('November 30');
  });

  it('writes numbers as the region does', async () => {
    expect((await controller('nl-BE')).number(1234.5)).to.equal('1.234,5');
    expect((await controller('en-BE')).number(1234.5)).to.equal('1.234,5');
    expect((await controller('en')).number(1234.5)).to.equal('1,234.5');
  });

  it('writes the whole numbers 0–999 (kept away from Intl, whose first use is slow) exactly as Intl does', async () => {
    for (const locale of ['fr', 'fr-BE', 'fr-CA', 'nl', 'nl-BE', 'en', 'en-BE', 'de', 'de-BE']) {
      const c = await controller(locale);
      const intl = new Intl.NumberFormat(c.intlLocale);
      for (let n = 0; n < 1000; n++)
        if (c.number(n) !== intl.format(n)) expect(c.number(n), `${n} in ${locale}`).to.equal(intl.format(n));
      expect(c.number(1000), `1000 in ${locale}`).to.equal(intl.format(1000));
      expect(c.t('core.failed', { message: 12 })).to.include('12');
    }
  });
});
