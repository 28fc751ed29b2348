// The benchmark page's script: one scenario per page load, chosen by `?s=`. The
// libraries measured are separate bundles under /lib/<name>/entry.js, imported at run
// time (never bundled into this script), so that their load and evaluation is timed.
// `window.benchResult` is a promise the driver (bench/lib/speed.js) awaits.
import { makeGrants, treeOf1000, tree5, survey5, mandateData, strokes, ROWS } from './data.js';

const params = new URLSearchParams(location.search);
const lib = (name) => import(/* @vite-ignore */ `/lib/${name}/entry.js`);
const now = () => performance.now();
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** After the next paint: a rAF callback runs just before it, a task queued there runs after it. */
const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const slot = document.getElementById('slot');

async function waitFor(check, ms = 5000) {
  const end = now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (now() > end) return null;
    await frame();
  }
}

function errorShown(el) {
  const e = el.shadowRoot?.querySelector('[part~=error]');
  const text = e?.textContent?.trim();
  return text ? text.replace(/\s+/g, ' ').slice(0, 160) : undefined;
}

const CONSENT_CONFIG = {
  preset: 'insurance-prospection',
  controller: {
    name: 'Assurances Exemple SA',
    address: 'Rue de la Loi 1, 1000 Bruxelles',
    contact: 'vie-privee@exemple.be',
  },
  policyUrl: '/vie-privee',
  noticeVersion: '2025-01',
};

/** How each element is put on a page for its first render, and what shows it is rendered. */
const SETUP = {
  'delegation-tree': { attrs: { tree: 'broker-client-space', 'no-draft': '' }, ready: 'input[type=radio]' },
  'mandate-form': { attrs: { 'no-draft': '', services: 'espace-client' }, ready: 'input' },
  'signature-pad': { attrs: { 'no-draft': '' }, ready: 'canvas' },
  consent: { attrs: { 'no-draft': '' }, props: { config: CONSENT_CONFIG }, ready: 'input[type=checkbox]' },
  'cookie-opposition': { attrs: {}, ready: '[role=switch], input[type=checkbox], button' },
  'access-grants': { attrs: { 'no-draft': '' }, props: () => ({ grants: makeGrants(20) }), ready: '[part~=grant]' },
};

function create(name, setup, extraAttrs = {}) {
  const el = document.createElement(`procura-${name}`);
  for (const [k, v] of Object.entries({ ...setup.attrs, ...extraAttrs })) el.setAttribute(k, v);
  const props = typeof setup.props === 'function' ? setup.props() : setup.props;
  Object.assign(el, props ?? {});
  return el;
}

async function rendered(el, selector) {
  await el.updateComplete;
  const found = await waitFor(() => el.shadowRoot?.querySelector(selector));
  // When the first screen's content was there (checked each frame): what the element fetches
  // after it (an idle prefetch of a later step) is not what its first screen needed.
  const shownAt = now();
  await afterPaint();
  return { ready: Boolean(found), error: errorShown(el), shownAt };
}

const shiftsSince = (t) => window.__shifts.filter((s) => s.start >= t).reduce((a, s) => a + s.value, 0);

const scenarios = {
  /** Module evaluation to first paint of one element, placed in the page before its definition loads. */
  async render() {
    const name = params.get('el');
    const setup = SETUP[name];
    const el = create(name, setup);
    slot.append(el);
    performance.mark('bench:start');
    const t0 = now();
    await lib(`el-${name}`);
    const t1 = now();
    performance.mark('bench:evaluated');
    const state = await rendered(el, setup.ready);
    const t2 = now();
    performance.mark('bench:painted');
    // Every file of the element's build whose fetch began before its first screen was there: the
    // entry, its static imports and any lazy chunk the first screen waited for (a config check,
    // texts), or that competed with them for the network.
    const firstScreen = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < state.shownAt && new URL(e.name).pathname.startsWith(`/lib/el-${name}/`))
      .map((e) => new URL(e.name).pathname);
    // Shifts after the first paint are the element's own (a loading state replaced by another).
    await new Promise((r) => setTimeout(r, 200));
    return {
      firstScreen,
      total: t2 - t0,
      load: t1 - t0,
      render: t2 - t1,
      ...state,
      clsUpgrade: shiftsSince(t0),
      clsAfterFirstPaint: shiftsSince(t2),
    };
  },

  /** vanilla-cookieconsent: import, run, open the preferences modal, first paint. */
  async cookieconsent() {
    performance.mark('bench:start');
    const t0 = now();
    const css = new Promise((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: '/lib/cookieconsent/cookieconsent.css',
      });
      link.onload = resolve;
      link.onerror = () => reject(new Error('cookieconsent.css did not load'));
      document.head.append(link);
    });
    const [CC] = await Promise.all([lib('cookieconsent'), css]);
    const t1 = now();
    await CC.run({
      // Its default hides it from automated browsers (navigator.webdriver), which this is.
      hideFromBots: false,
      autoShow: false,
      categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
      language: {
        default: 'fr',
        translations: {
          fr: {
            consentModal: {
              title: 'Mesure d’audience',
              description: 'Nous mesurons l’audience de ce site.',
              acceptAllBtn: 'Accepter',
              acceptNecessaryBtn: 'Refuser',
              showPreferencesBtn: 'Choisir',
            },
            preferencesModal: {
              title: 'Vos préférences',
              acceptAllBtn: 'Tout accepter',
              acceptNecessaryBtn: 'Tout refuser',
              savePreferencesBtn: 'Enregistrer',
              closeIconLabel: 'Fermer',
              sections: [
                {
                  title: 'Nécessaires',
                  description: 'Indispensables au fonctionnement du site.',
                  linkedCategory: 'necessary',
                },
                {
                  title: 'Mesure d’audience',
                  description: 'Matomo, hébergé en Belgique, conservé 13 mois.',
                  linkedCategory: 'analytics',
                },
              ],
            },
          },
        },
      },
    });
    CC.showPreferences();
    const found = await waitFor(
      () => document.documentElement.classList.contains('show--preferences') && document.querySelector('#cc-main .pm'),
    );
    await afterPaint();
    const t2 = now();
    return { total: t2 - t0, load: t1 - t0, render: t2 - t1, ready: Boolean(found) };
  },

  /** Our tree with a 5-question radio tree, to its first question. */
  async tree5() {
    const el = create('delegation-tree', { attrs: { 'no-draft': '' }, props: { config: tree5() } });
    performance.mark('bench:start');
    const t0 = now();
    await lib('el-delegation-tree');
    const t1 = now();
    slot.append(el);
    const state = await rendered(el, 'input[type=radio]');
    const t2 = now();
    const radios = el.shadowRoot?.querySelectorAll('input[type=radio]').length ?? 0;
    return { total: t2 - t0, load: t1 - t0, render: t2 - t1, radios, ...state };
  },

  /** SurveyJS: survey-core's model of the same questionnaire, to its first question (model only: no renderer). */
  async survey5() {
    performance.mark('bench:start');
    const t0 = now();
    const { Model } = await lib('survey');
    const t1 = now();
    const model = new Model(survey5());
    const q = model.getAllQuestions().find((x) => x.isVisible);
    const choices = q.visibleChoices.map((c) => c.text);
    const title = q.processedTitle ?? q.title;
    await afterPaint();
    const t2 = now();
    return { total: t2 - t0, load: t1 - t0, render: t2 - t1, ready: choices.length === 3 && Boolean(title) };
  },

  /** 10,000 grants given as a property, to first paint (module load timed apart). */
  async grants10k() {
    const t0 = now();
    await lib('el-access-grants');
    const load = now() - t0;
    const grants = makeGrants(10_000);
    await afterPaint();
    performance.mark('bench:start');
    const t1 = now();
    const el = create('access-grants', { attrs: { 'no-draft': '' }, props: { grants } });
    slot.append(el);
    const state = await rendered(el, '[part~=grant]');
    const t2 = now();
    const shown = el.shadowRoot?.querySelectorAll('[part~=grant]').length ?? 0;
    return { total: t2 - t1, load, shownNodes: shown, ...state };
  },

  /** The tree checker on a generated 1,000-question tree. */
  async checkTree() {
    const { checkTree } = await lib('check-tree');
    const def = treeOf1000();
    const runs = Number(params.get('runs') ?? 15);
    const samples = [];
    const copySamples = [];
    let ok;
    // Taking turns with the anchor: structuredClone of the same definition, a walk over the same
    // 1,000 questions that any machine's load slows alike. (survey-core's model of 1,000 questions
    // takes seconds: no anchor for a check in milliseconds.)
    for (let i = 0; i < runs + 3; i++) {
      const t = now();
      const r = checkTree(def);
      const dt = now() - t;
      ok = r.ok;
      const t2 = now();
      structuredClone(def);
      const dt2 = now() - t2;
      if (i < 3) continue;
      samples.push(dt);
      copySamples.push(dt2);
    }
    return { samples, copySamples, ok, questions: Object.keys(def.questions).length };
  },

  /** IndexedDB write cost per keystroke: the core's drafts.save, one awaited write per key. */
  async drafts() {
    const { drafts } = await lib('drafts');
    const text = 'Je soussigné, Jean Dupont, donne mandat à Marie.';
    const data = mandateData();
    for (let i = 0; i < 5; i++) await drafts.save('bench-warmup', '1', { ...data, i });
    const samples = [];
    for (let i = 1; i <= 50; i++) {
      const d = { values: { ...data, 'grantor.givenName': text.slice(0, i) } };
      const t = now();
      await drafts.save('bench-drafts', '1', d);
      samples.push(now() - t);
    }
    const back = await drafts.load('bench-drafts', '1');
    return {
      samples,
      persisted: back.status === 'found' && back.data.values['grantor.givenName'] === text.slice(0, 50),
    };
  },

  /** Puts an element on the page for an interaction driven from outside (typing, drawing). */
  async interact() {
    const name = params.get('el');
    const extra = params.get('draft') ? { 'draft-key': params.get('draft'), id: params.get('draft') } : {};
    const setup = { ...SETUP[name], attrs: { ...SETUP[name].attrs } };
    if (extra['draft-key']) delete setup.attrs['no-draft'];
    await lib(`el-${name}`);
    const el = create(name, setup, extra);
    slot.append(el);
    const state = await rendered(el, setup.ready);
    window.__el = el;
    return state;
  },

  /**
   * The two-signature mandate by each PDF engine, in this one page, taking turns (so that
   * a busy machine slows them alike): `runs` times each after two warm-up rounds.
   */
  async pdf() {
    const engines = (params.get('engines') ?? '').split(',').filter(Boolean);
    const runs = Number(params.get('runs') ?? 15);
    const { SignaturePad, PDFDocument } = await lib('sig-tools');
    const groups = [strokes(1), strokes(2)];
    // What a naive page hands to the PDF engine: the pad's canvas, full size (600×200 CSS px at 2x).
    const fullSize = groups.map((g) => {
      const c = Object.assign(document.createElement('canvas'), { width: 1200, height: 400 });
      c.getContext('2d').scale(2, 2);
      const pad = new SignaturePad(c);
      pad.fromData(g);
      return dataUrlBytes(c.toDataURL('image/png'));
    });
    const data = mandateData();
    const prepare = {
      async procura(extra) {
        const m = await lib('pdf-procura');
        // The pad's own path at signing time: cropped to the ink, reduced, encoded (timed apart).
        const t = now();
        const images = await Promise.all(
          groups.map(async (g) => new Uint8Array(await (await m.strokesToPng(g)).arrayBuffer())),
        );
        extra.signatureToPngMs = now() - t;
        extra.imageBytes = images.map((b) => b.length);
        const input = procuraInput(data, { grantor: images[0], mandatary: images[1] });
        return () => m.mandatePdf(input);
      },
      async 'pdf-lib'(extra) {
        const P = await lib('pdf-lib');
        extra.imageBytes = fullSize.map((b) => b.length);
        return () => pdfLibNaive(P, data, fullSize);
      },
      async jspdf(extra) {
        const { jsPDF } = await lib('jspdf');
        extra.imageBytes = fullSize.map((b) => b.length);
        return () => jsPdfSame(jsPDF, data, fullSize);
      },
    };
    const out = {};
    const live = [];
    for (const name of engines) {
      const extra = {};
      try {
        const make = await prepare[name](extra);
        out[name] = { samples: [], ...extra };
        live.push([name, make]);
      } catch (e) {
        out[name] = { error: String(e?.message ?? e) };
      }
    }
    for (let i = 0; i < runs + 2; i++)
      for (const [name, make] of live) {
        if (out[name].error) continue;
        try {
          const t = now();
          const bytes = await make();
          const dt = now() - t;
          if (i >= 2) out[name].samples.push(dt);
          out[name].last = bytes;
        } catch (e) {
          out[name].error = String(e?.message ?? e);
        }
      }
    for (const [name] of live) {
      const r = out[name];
      if (!r.last) continue;
      const bytes = r.last instanceof Uint8Array ? r.last : new Uint8Array(r.last);
      delete r.last;
      r.pdfBytes = bytes.length;
      r.pages = (await PDFDocument.load(bytes)).getPageCount();
    }
    return out;
  },
};

function dataUrlBytes(url) {
  const bin = atob(url.slice(url.indexOf(',') + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const HASH = 'a3f1c2d4e5b6978812345678909abcdef0123456789abcdef0123456789abcd';

function procuraInput(data, images) {
  return {
    mandate: data.mandate,
    t: (key, p = {}) => `${key.split('.').pop()} ${Object.values(p).join(' ')}`.trim(),
    label: (path) => ROWS.find(([p]) => p === path)?.[1] ?? path,
    date: (d) => d,
    dateTime: (d) => d.replace('T', ' ').slice(0, 16),
    title: 'Mandat d’accès à l’espace client',
    serviceName: 'Espace client',
    images,
    decisionPath: data.decisionPath,
    outcome: data.outcome,
    dataHash: HASH,
    createdAt: '2025-06-01T10:00:00Z',
  };
}

/** The naive pdf-lib page: Helvetica, the full-size PNGs embedded as they are. */
async function pdfLibNaive(P, data, images) {
  const doc = await P.PDFDocument.create();
  const font = await doc.embedFont(P.StandardFonts.Helvetica);
  const bold = await doc.embedFont(P.StandardFonts.HelveticaBold);
  const W = 595.28;
  const H = 841.89;
  let page = doc.addPage([W, H]);
  let y = H - 64;
  page.drawText('Mandat d’accès à l’espace client'.replace('’', "'"), { x: 56, y, size: 16, font: bold });
  y -= 32;
  for (const [label, value] of data.rows) {
    page.drawText(label, { x: 56, y, size: 10, font: bold });
    page.drawText(value, { x: 230, y, size: 10, font });
    y -= 16;
    if (y < 90) {
      page = doc.addPage([W, H]);
      y = H - 64;
    }
  }
  page = doc.addPage([W, H]);
  y = H - 64;
  page.drawText('Parcours de décision', { x: 56, y, size: 12, font: bold });
  y -= 20;
  for (const s of data.decisionPath) {
    page.drawText(`${s.question} : ${s.answer}`, { x: 56, y, size: 10, font });
    y -= 16;
  }
  y -= 20;
  const pngs = [];
  for (const img of images) pngs.push(await doc.embedPng(img));
  pngs.forEach((png, i) => {
    const x = 56 + i * 250;
    page.drawRectangle({ x, y: y - 130, width: 230, height: 130, borderWidth: 0.5, borderColor: P.rgb(0.5, 0.5, 0.5) });
    page.drawImage(png, { x: 5 + x, y: y - 100, width: 220, height: 73 });
    page.drawText(i ? 'Marie Martin, mandataire' : 'Jean Dupont, mandant', { x: x + 5, y: y - 115, size: 9, font });
    page.drawText('2025-06-01 10:00', { x: x + 5, y: y - 126, size: 9, font });
  });
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(`SHA-256 ${HASH}`, { x: 56, y: 40, size: 7, font });
    p.drawText(`Page ${i + 1} / ${pages.length}`, { x: W - 110, y: 28, size: 8, font });
  });
  return doc.save();
}

/** jsPDF drawing the same content. */
function jsPdfSame(jsPDF, data, images) {
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  const W = 595.28;
  const H = 841.89;
  let y = 64;
  doc.setFont('helvetica', 'bold').setFontSize(16).text('Mandat d’accès à l’espace client', 56, y);
  y += 32;
  for (const [label, value] of data.rows) {
    doc.setFont('helvetica', 'bold').setFontSize(10).text(label, 56, y);
    doc.setFont('helvetica', 'normal').text(value, 230, y);
    y += 16;
    if (y > H - 90) {
      doc.addPage();
      y = 64;
    }
  }
  doc.addPage();
  y = 64;
  doc.setFont('helvetica', 'bold').setFontSize(12).text('Parcours de décision', 56, y);
  y += 20;
  doc.setFont('helvetica', 'normal').setFontSize(10);
  for (const s of data.decisionPath) {
    doc.text(`${s.question} : ${s.answer}`, 56, y);
    y += 16;
  }
  y += 20;
  images.forEach((img, i) => {
    const x = 56 + i * 250;
    doc.setDrawColor(128).setLineWidth(0.5).rect(x, y, 230, 130);
    doc.addImage(img, 'PNG', x + 5, y + 27, 220, 73);
    doc.setFontSize(9).text(i ? 'Marie Martin, mandataire' : 'Jean Dupont, mandant', x + 5, y + 115);
    doc.text('2025-06-01 10:00', x + 5, y + 126);
  });
  const n = doc.getNumberOfPages();
  for (let i = 1; i <= n; i++) {
    doc.setPage(i);
    doc.setFontSize(7).text(`SHA-256 ${HASH}`, 56, H - 40);
    doc.setFontSize(8).text(`Page ${i} / ${n}`, W - 110, H - 28);
  }
  return doc.output('arraybuffer');
}

/** What the driver reads once an interaction is over. */
window.collect = async (since, draftText) => {
  const longtasks = window.__longtasks.filter((t) => t.start >= since);
  const events = window.__events.filter((e) => e.start >= since);
  let draftSaved;
  if (draftText) {
    await new Promise((r) => setTimeout(r, 500));
    draftSaved = await new Promise((resolve) => {
      const req = indexedDB.open('procura');
      req.onerror = () => resolve(false);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('drafts')) return resolve(false);
        const all = db.transaction('drafts').objectStore('drafts').getAll();
        all.onsuccess = () => resolve(all.result.some((r) => JSON.stringify(r.data ?? '').includes(draftText)));
        all.onerror = () => resolve(false);
      };
    });
  }
  return {
    longtasks: longtasks.length,
    longestTask: longtasks.reduce((a, t) => Math.max(a, t.duration), 0),
    longTaskTime: longtasks.reduce((a, t) => a + t.duration, 0),
    slowEvents: events.filter((e) => e.duration > 50).length,
    longestEvent: events.reduce((a, e) => Math.max(a, e.duration), 0),
    draftSaved,
  };
};

window.benchResult = (async () => {
  const s = params.get('s');
  if (!scenarios[s]) throw new Error(`unknown scenario ${s}`);
  return scenarios[s]();
})();
