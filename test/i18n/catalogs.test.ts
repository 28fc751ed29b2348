// Every language says the same things: the fr, nl, en and de dictionaries of each element
// (the desk's and its rights panels', my-data's and the studio's among them)
// have the same keys and the same {placeholders} per key, and the texts the kit ships
// outside the dictionaries (built-in trees, consent presets, the PDF's default clause)
// have a German text wherever they have a French one.
import { expect } from '@open-wc/testing';
import { messagesOf, type Catalog, type Messages } from '../../src/core/localize.js';
import { LOCALES } from '../../src/model/localized.js';
import { grantsCatalog } from '../../src/i18n/access-grants.js';
import { grantsActCatalog } from '../../src/i18n/access-grants-act.js';
import { grantsStatesCatalog } from '../../src/i18n/access-grants-states.js';
import { consentCatalog } from '../../src/i18n/consent.js';
import { consentPresetsCatalog } from '../../src/i18n/consent-presets.js';
import { consentStatusCatalog } from '../../src/i18n/consent-status.js';
import { cookieOppositionCatalog } from '../../src/i18n/cookie-opposition.js';
import { coreCatalog, coreProblemCatalog } from '../../src/i18n/core.js';
import { coreConfigCatalog } from '../../src/i18n/core-config.js';
import { treeCatalog } from '../../src/i18n/delegation-tree.js';
import { mandateFormCatalog } from '../../src/i18n/mandate-form.js';
import { padCatalog } from '../../src/i18n/signature-pad.js';
import { reviewCatalog } from '../../src/i18n/mandate-form-review.js';
import { laterCatalog } from '../../src/i18n/mandate-form-later.js';
import { outcomeCatalog } from '../../src/i18n/delegation-tree-outcome.js';
import { studioTreeCatalog } from '../../src/i18n/studio-tree.js';
import { studioCatalog } from '../../src/i18n/studio.js';
import { deskCatalog } from '../../src/i18n/broker-desk.js';
import { deskRightsCatalog } from '../../src/i18n/broker-desk-rights.js';
import { deskRequestCatalog } from '../../src/i18n/broker-desk-request.js';
import { myDataCatalog } from '../../src/i18n/my-data.js';
import { myDataActCatalog } from '../../src/i18n/my-data-act.js';
import { myDataControllerCatalog } from '../../src/i18n/my-data-controller.js';
import { builtInTrees } from '../../src/delegation-tree/trees/index.js';
import { PRESETS, presetPurpose, sharePurpose } from '../../src/consent/presets.js';
import { defaultClause } from '../../src/mandate-form/clauses.js';

type Lang = 'fr' | 'nl' | 'en' | 'de';
const OTHERS = ['nl', 'en', 'de'] as const;

const catalogs: Catalog[] = [
  grantsCatalog,
  grantsActCatalog,
  grantsStatesCatalog,
  consentCatalog,
  consentPresetsCatalog,
  consentStatusCatalog,
  cookieOppositionCatalog,
  coreCatalog,
  coreProblemCatalog,
  coreConfigCatalog,
  treeCatalog,
  mandateFormCatalog,
  reviewCatalog,
  laterCatalog,
  outcomeCatalog,
  padCatalog,
  studioTreeCatalog,
  studioCatalog,
  deskCatalog,
  deskRightsCatalog,
  deskRequestCatalog,
  myDataCatalog,
  myDataActCatalog,
  myDataControllerCatalog,
];

/** Each element's dictionaries, per language, as they ship (the lazy ones loaded). */
async function dictionaries(): Promise<Array<[string, Record<Lang, Messages>]>> {
  const out: Array<[string, Record<Lang, Messages>]> = [];
  for (const c of catalogs)
    out.push([
      c.name,
      {
        fr: await messagesOf(c, 'fr'),
        nl: await messagesOf(c, 'nl'),
        en: await messagesOf(c, 'en'),
        de: await messagesOf(c, 'de'),
      },
    ]);
  return out;
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Every `{ fr: … }` object in a definition, with where it is. */
function localizedTexts(node: unknown, path = ''): Array<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  if (typeof o.fr === 'string') return [[path, o]];
  return Object.entries(o).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
}

describe('i18n: every language has every text', () => {
  it('German is a language of the kit', () => {
    expect([...LOCALES]).to.deep.equal(['fr', 'nl', 'en', 'de']);
  });

  it('fr, nl, en and de dictionaries have the same keys and the same {placeholders}, for every element', async () => {
    const problems: string[] = [];
    for (const [name, d] of await dictionaries()) {
      const keys = Object.keys(d.fr).sort();
      expect(keys.length, `${name} has texts`).to.be.above(0);
      for (const lang of OTHERS) {
        const own = Object.keys(d[lang]);
        for (const k of keys) if (!(k in d[lang])) problems.push(`${name}/${lang}: missing ${k}`);
        for (const k of own) if (!(k in d.fr)) problems.push(`${name}/${lang}: ${k} is not a French key`);
        for (const k of keys) {
          const v = d[lang][k];
          if (v === undefined) continue;
          if (typeof v !== 'string' || !v.trim()) problems.push(`${name}/${lang}: ${k} is empty`);
          else if (placeholders(v).join() !== placeholders(d.fr[k] ?? '').join())
            problems.push(
              `${name}/${lang}: ${k} has {${placeholders(v)}}, French has {${placeholders(d.fr[k] ?? '')}}`,
            );
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the German texts are German, not a copy of the English or French ones', async () => {
    // Words that are the same in both languages, names of products and formats, and texts made only of placeholders.
    const same = new Set([
      'Status',
      'Service',
      'Ja',
      'Computer',
      'Version',
      'Format',
      'Person',
      'Matomo',
      'Google Analytics 4',
      'JSON lines',
    ]);
    const copied: string[] = [];
    for (const [name, d] of await dictionaries())
      for (const [k, v] of Object.entries(d.de)) {
        const letters = v.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '');
        if (!letters || same.has(v)) continue;
        if (v === d.en[k] || v === d.fr[k]) copied.push(`${name}: ${k} = ${v}`);
      }
    expect(copied, copied.join('\n')).to.deep.equal([]);
  });

  it('regional overrides only reword keys their language has (de-BE among them)', async () => {
    const problems: string[] = [];
    let de = 0;
    for (const c of catalogs) {
      const fr = await messagesOf(c, 'fr');
      for (const [region, m] of Object.entries(c.regional ?? {})) {
        expect(region, `${c.name}: ${region}`).to.match(/^(fr|nl|en|de)-[A-Z]{2}$/);
        if (region.startsWith('de-')) de++;
        for (const [k, v] of Object.entries(m)) {
          const source = fr[k];
          if (source === undefined) problems.push(`${c.name}/${region}: ${k} is not a key`);
          else if (placeholders(v).join() !== placeholders(source).join())
            problems.push(`${c.name}/${region}: ${k} placeholders differ`);
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(de, 'de-BE words the enterprise number and the phone the Belgian way').to.be.at.least(1);
  });

  for (const [id, load] of Object.entries(builtInTrees))
    it(`the built-in tree "${id}" has a German text for every French one`, async () => {
      const texts = localizedTexts((await load()).default);
      expect(texts.length).to.be.above(10);
      const missing = texts
        .filter(([, t]) => LOCALES.some((l) => typeof t[l] !== 'string' || !(t[l] as string).trim()))
        .map(([p]) => p);
      expect(missing, `without every language: ${missing.join(', ')}`).to.deep.equal([]);
      const copied = texts.filter(([, t]) => t.de === t.en || t.de === t.fr).map(([p, t]) => `${p}: ${t.de}`);
      expect(copied, copied.join('\n')).to.deep.equal([]);
    });

  it('every consent preset, its recipients and the sharing preset have German texts with the French placeholders', async () => {
    const de: Messages = await messagesOf(consentPresetsCatalog, 'de');
    const fr: Messages = await messagesOf(consentPresetsCatalog, 'fr');
    const keys = Object.keys(PRESETS).flatMap((id) => {
      const p = presetPurpose(id)!;
      return [p.label, p.description, ...(p.recipients ?? [])];
    });
    const share = sharePurpose({
      recipient: { fr: 'Banque X', de: 'Bank X' },
      data: { fr: 'vos droits de pension', de: 'Ihre Rentenansprüche' },
    });
    keys.push(share.label, share.description);
    const problems: string[] = [];
    for (const t of keys) {
      const key = t && typeof t === 'object' && 'key' in t && typeof t.key === 'string' ? t.key : undefined;
      if (!key) {
        problems.push(`not a catalog key: ${JSON.stringify(t)}`);
        continue;
      }
      const v = de[key];
      if (!v) problems.push(`no German text for ${key}`);
      else if (placeholders(v).join() !== placeholders(fr[key] ?? '').join())
        problems.push(`${key}: placeholders differ`);
    }
    expect(keys.length).to.be.above(20);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the PDF’s default clause says in German what the mandatary may and may not do', () => {
    for (const part of [defaultClause.may, defaultClause.mayNot]) {
      const t = part as Record<string, string>;
      for (const l of LOCALES) expect(t[l], l).to.be.a('string').and.not.equal('');
      expect(t.de).to.contain('Bevollmächtigte');
    }
  });
});
