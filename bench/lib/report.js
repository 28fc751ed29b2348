// Turns the results into tables (console and README), checks the budgets.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { kb, table } from './util.js';

const get = (obj, path) => {
  // Paths are dotted, but some keys hold a dot-free `+` or `-`: split on dots only.
  let cur = obj;
  for (const k of path.split('.')) {
    if (cur == null) return undefined;
    cur = cur[k];
  }
  return cur;
};

const ms = (x) => (x == null ? '—' : x >= 100 ? `${Math.round(x)}` : `${x.toFixed(1)}`);
const med = (r) => (r?.status === 'ok' && r.median != null ? `${ms(r.median)} (${ms(r.p90)})` : statusText(r));
const STATUS_TEXT = { ok: '', missing: 'missing', crashed: 'crashed' };
const statusText = (r) => (r ? (STATUS_TEXT[r.status] ?? r.status ?? 'n/a') : 'n/a');
const rendered = (r) => {
  if (r.ready) return 'yes';
  return r.error ? `no: ${r.error}` : 'no';
};
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');

/**
 * A run is too noisy to judge its times when the load average (1 min), at its start or at its
 * end, is above the number of cores: other work then takes turns with ours and with the anchors.
 */
export function tooNoisy(machine) {
  const loads = [machine?.loadAverage?.[0], machine?.loadAverageAtEnd?.[0]].filter((x) => typeof x === 'number');
  return loads.some((x) => x > (machine?.cores ?? Infinity));
}

/** A time budget: an absolute time in ms, or a ratio of procura's time to an anchor's measured in the same run. */
// A ratio of sizes (`time: false`, the studio to survey-creator-core) is judged even on a noisy machine.
const isTime = (b) => b.time === true || (b.time !== false && (b.unit === 'ms' || b.anchor !== undefined));

export function checkBudgets(results, budgets) {
  const noisy = tooNoisy(results.machine);
  return budgets.budgets.map((b) => {
    const measured = get(results, b.metric);
    const anchor = b.anchor !== undefined ? get(results, b.anchor) : undefined;
    let value = measured;
    if (b.anchor !== undefined)
      value =
        typeof measured === 'number' && typeof anchor === 'number' && anchor > 0
          ? Math.round((measured / anchor) * 1000) / 1000
          : undefined;
    let status;
    if (typeof value !== 'number' || Number.isNaN(value)) status = 'n/a';
    else if (noisy && isTime(b)) status = 'not judged (noisy)';
    else if (b.ratio !== undefined) status = value <= b.ratio ? 'ok' : 'OVER';
    else if (b.min !== undefined) status = value >= b.min ? 'ok' : 'OVER';
    else if (b.max !== undefined) status = value <= b.max ? 'ok' : 'OVER';
    else status = value < b.below ? 'ok' : 'OVER';
    return {
      id: b.id,
      issue: b.issue,
      label: b.label,
      limit: b.ratio ?? b.max ?? b.min ?? b.below,
      limitKind: b.min !== undefined ? '≥' : b.ratio !== undefined || b.max !== undefined ? '≤' : '<',
      unit: b.unit,
      value: value ?? null,
      ...(b.anchor !== undefined ? { measured: measured ?? null, anchor: anchor ?? null } : {}),
      status,
    };
  });
}

function fmtBudgetValue(b, v) {
  if (v == null) return '—';
  if (b.anchor != null && b.unit.includes('bytes')) return `${v}× (${kb(b.measured)} / ${kb(b.anchor)} KB)`;
  if (b.anchor != null) return `${v}× (${ms(b.measured)} / ${ms(b.anchor)} ms)`;
  if (b.unit.startsWith('bytes')) return `${kb(v)} KB`;
  if (b.unit === 'ms') return `${ms(v)} ms`;
  return `${Math.round(v * 10000) / 10000}`;
}

function fmtLimit(b) {
  if (b.unit.startsWith('bytes')) return `${b.limitKind} ${kb(b.limit)} KB${b.unit === 'bytes gzip' ? ' gzip' : ''}`;
  if (b.unit === 'ms') return `${b.limitKind} ${b.limit} ms`;
  if (b.unit === 'ratio') return `${b.limitKind} ${b.limit}×`;
  return `${b.limitKind} ${b.limit}`;
}

const shares = (c) =>
  c
    ? Object.entries(c)
        .filter(([, v]) => v >= 5)
        .slice(0, 5)
        .map(([k, v]) => `${k} ${Math.round(v)}%`)
        .join(', ')
    : '';

function sizeTables(sizes) {
  const out = [];
  const ours = sizes.ours;
  const rows = Object.values(ours).map((r) =>
    r.status === 'ok'
      ? [
          r.label,
          kb(r.initial.raw),
          kb(r.initial.gzip),
          kb(r.initial.brotli),
          `${r.lazy.files.length}`,
          kb(r.lazy.gzip),
          kb(r.lazy.brotli),
          shares(r.initial.composition),
        ]
      : [r.label, `missing: ${r.reason}`, '', '', '', '', '', ''],
  );
  const d = sizes.dropIn;
  if (d?.status === 'ok') {
    rows.push([
      'drop-in dist/procura.js (every element registered at once), as built',
      kb(d.initial.raw),
      kb(d.initial.gzip),
      kb(d.initial.brotli),
      `${d.lazy.files.length}`,
      kb(d.lazy.gzip),
      kb(d.lazy.brotli),
      shares(d.initial.composition),
    ]);
    const f = d.fullyMinified;
    rows.push([
      'drop-in, same chunks fully minified',
      kb(f.initial.raw),
      kb(f.initial.gzip),
      kb(f.initial.brotli),
      `${f.lazy.files.length}`,
      kb(f.lazy.gzip),
      kb(f.lazy.brotli),
      '',
    ]);
  } else rows.push(['drop-in dist/procura.js', `missing: ${d?.reason ?? 'not built'}`, '', '', '', '', '', '']);
  const p = sizes.package;
  if (p)
    rows.push(
      p.status === 'ok'
        ? [
            `npm package (npm pack): ${p.files} files, ${kb(p.unpacked)} unpacked, of which ${kb(p.sourceMaps)} source maps`,
            kb(p.packed),
            '',
            '',
            '',
            '',
            '',
            'packed .tgz',
          ]
        : ['npm package (npm pack)', `missing: ${p.reason}`, '', '', '', '', '', ''],
    );
  out.push(
    '**Ours** (KB; initial = what loads at once, lazy = chunks loaded when a step needs them; where the initial bytes come from, before minification)\n',
  );
  out.push(
    table(
      ['bundle', 'initial min', 'gzip', 'brotli', 'lazy files', 'lazy gzip', 'lazy brotli', 'initial made of'],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  const st = sizes.studioInSite;
  if (st)
    out.push(
      `\nThe studio in what a site loads (issue 17): ${st.modules} module(s) of src/studio/ in ${st.measured.join(', ')} (initial and lazy chunks)${st.found.length ? `: ${st.found.join('; ')}` : ''}.\n`,
    );
  if (d?.status === 'ok') {
    out.push('\n**Drop-in bundle, file by file** (as built)\n');
    out.push(
      table(
        ['file', 'min', 'gzip', 'brotli', 'loads'],
        [
          ...d.initial.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli), 'at once']),
          ...d.lazy.files.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.brotli), 'lazy']),
        ],
        ['l', 'r', 'r', 'r', 'l'],
      ),
    );
  }
  const theirs = Object.entries(sizes.theirs).map(([, r]) =>
    r.status === 'ok'
      ? [
          r.label,
          kb(r.shipped.raw),
          kb(r.shipped.gzip),
          kb(r.shipped.brotli),
          r.rebuilt.error ? 'error' : kb(r.rebuilt.raw),
          r.rebuilt.error ? '' : kb(r.rebuilt.gzip),
          r.rebuilt.error ? '' : kb(r.rebuilt.brotli),
        ]
      : [r.label, `error: ${r.reason}`, '', '', '', '', ''],
  );
  out.push(
    '\n**Theirs** (KB; as shipped = their dist files a site loads; re-bundled = bundled and minified like ours)\n',
  );
  out.push(
    table(['tool', 'shipped min', 'gzip', 'brotli', 're-bundled min', 'gzip', 'brotli'], theirs, [
      'l',
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
    ]),
  );
  out.push('\n**Ratios ours / theirs** (initial chunk vs their shipped files; < 1 means smaller)\n');
  out.push(
    table(['ours', 'theirs', 'ours gzip', 'theirs gzip', 'gzip ratio', 'brotli ratio'], ratioRows(sizes), [
      'l',
      'l',
      'r',
      'r',
      'r',
      'r',
    ]),
  );
  return out.join('\n');
}

export const PAIRS = [
  ['cookie-opposition', 'vanilla-cookieconsent'],
  ['cookie-opposition', 'klaro'],
  ['cookie-opposition', 'tarteaucitron'],
  ['consent', 'orejime'],
  ['consent', 'vanilla-cookieconsent'],
  ['delegation-tree', 'survey-core'],
  ['studio', 'survey-creator-core'],
  ['mandate-form+signature-pad', 'signature_pad+pdf-lib'],
  ['mandate-form+signature-pad:pdf', 'signature_pad+pdf-lib'],
];

function ratioRows(sizes) {
  const g = sizes.gate;
  const cc = sizes.theirs['vanilla-cookieconsent'];
  // The gate (issue 19 item 1) is what every page of a site loads; the switch element only where it is shown.
  const gateRow =
    g?.status === 'ok' && cc?.status === 'ok'
      ? [
          [
            g.label,
            cc.label,
            kb(g.gzip),
            kb(cc.shipped.gzip),
            ratio(g.gzip, cc.shipped.gzip),
            ratio(g.brotli, cc.shipped.brotli),
          ],
        ]
      : [];
  return [...gateRow, ...pairRows(sizes)];
}

function pairRows(sizes) {
  return PAIRS.map(([o, t]) => {
    // `:pdf`: with the PDF engine's lazy chunk (pdf-lib), as a mandate with WinAnsi names loads it;
    // the Unicode font and fontkit load only for names outside WinAnsi.
    const withPdf = o.endsWith(':pdf');
    const id = o.replace(':pdf', '');
    const r = sizes.ours[id];
    const th = sizes.theirs[t];
    const label = `${r?.label ?? id}${withPdf ? ' + lazy PDF chunk (pdf-lib, no font)' : ''}`;
    if (r?.status !== 'ok') return [label, th?.label ?? t, 'missing', '', '', ''];
    if (th?.status !== 'ok') return [label, th?.label ?? t, '', 'error', '', ''];
    const pdf = withPdf ? r.lazy.files.filter((f) => /(^|\/)pdf-[^/]*\.js$/.test(f.file)) : [];
    const g = r.initial.gzip + pdf.reduce((a, f) => a + f.gzip, 0);
    const b = r.initial.brotli + pdf.reduce((a, f) => a + f.brotli, 0);
    return [label, th.label, kb(g), kb(th.shipped.gzip), ratio(g, th.shipped.gzip), ratio(b, th.shipped.brotli)];
  });
}

function speedTables(speed) {
  const out = [];
  out.push(
    `**First render** (ms, median (p90) of ${speed.runs} page loads after a warm-up; from the import of the element's bundle to the first paint; load = fetch + evaluate, render = first update to paint)\n`,
  );
  out.push(
    table(
      ['element', 'total', 'load', 'render', 'rendered', 'CLS after first paint', 'bytes before first paint (gzip)'],
      Object.entries(speed.render).map(([el, r]) =>
        r.status === 'ok'
          ? [
              `\`<procura-${el}>\``,
              med(r),
              ms(r.load?.median),
              ms(r.render?.median),
              rendered(r),
              String(Math.round((r.clsAfterFirstPaint ?? 0) * 10000) / 10000),
              r.firstScreen ? `${kb(r.firstScreen.gzip)} in ${r.firstScreen.files.length} files` : '',
            ]
          : [`\`<procura-${el}>\``, `${statusText(r)}: ${r.reason}`, '', '', '', '', ''],
      ),
      ['l', 'r', 'r', 'r', 'l', 'r'],
    ),
  );
  const c = speed.compare;
  const side = [
    [
      'cookie opposition: first render vs vanilla-cookieconsent opening its preferences',
      speed.render['cookie-opposition'],
      c.cookieconsent,
    ],
    [
      '5-question radio tree, first question: `<procura-delegation-tree>` vs SurveyJS (survey-core model only, no renderer)',
      c.tree5,
      c.survey5,
    ],
    [
      'two-signature mandate PDF: procura (pdf.ts) vs pdf-lib naive (full-size PNGs)',
      speed.pdf.procura,
      speed.pdf['pdf-lib'],
    ],
    ['two-signature mandate PDF: procura (pdf.ts) vs jsPDF, same content', speed.pdf.procura, speed.pdf.jspdf],
  ];
  out.push('\n**Side by side** (ms, median (p90))\n');
  out.push(
    table(
      ['what', 'procura', 'theirs', 'ratio'],
      side.map(([what, a, b]) => [
        what,
        a?.status === 'ok' ? med(a) : `${statusText(a)}`,
        b?.status === 'ok' ? med(b) : `${statusText(b)}`,
        a?.status === 'ok' && b?.status === 'ok' ? ratio(a.median, b.median) : '—',
      ]),
      ['l', 'r', 'r', 'r'],
    ),
  );
  const p = speed.pdf;
  const pdfNote = (r) =>
    r?.status === 'ok'
      ? `${r.pages} pages, ${kb(r.pdfBytes)} KB; images ${r.imageBytes.map((x) => kb(x)).join(' + ')} KB`
      : (r?.reason ?? '');
  out.push('\n**Other measurements**\n');
  const t = speed.typing;
  const dr = speed.drawing;
  out.push(
    table(
      ['what', 'result', 'notes'],
      [
        [
          'PDF procura (ms)',
          med(p.procura),
          `${pdfNote(p.procura)}${p.procura?.signatureToPngMs != null ? `; signatures cropped to PNG at signing time: ${ms(p.procura.signatureToPngMs)} ms for both` : ''}`,
        ],
        ['PDF pdf-lib naive (ms)', med(p['pdf-lib']), pdfNote(p['pdf-lib'])],
        ['PDF jsPDF (ms)', med(p.jspdf), pdfNote(p.jspdf)],
        [
          'checkTree, 1,000 questions (ms)',
          med(speed.checkTree),
          speed.checkTree?.status === 'ok' ? `valid: ${speed.checkTree.ok}` : (speed.checkTree?.reason ?? ''),
        ],
        [
          'draft save per keystroke, drafts.save (ms)',
          med(speed.drafts),
          speed.drafts?.status === 'ok'
            ? `50 awaited IndexedDB writes; read back: ${speed.drafts.persisted}`
            : (speed.drafts?.reason ?? ''),
        ],
        [
          '10,000 grants to first paint (ms)',
          med(speed.grants10k),
          speed.grants10k?.status === 'ok'
            ? `${speed.grants10k.shownNodes} grant nodes in the DOM; module load ${ms(speed.grants10k.load?.median)} ms apart`
            : (speed.grants10k?.reason ?? ''),
        ],
        [
          'long tasks > 50 ms while typing 50 characters (mandate form, draft on)',
          t?.status === 'ok' ? `${t.longtasks} in ${t.runs} runs` : statusText(t),
          t?.status === 'ok'
            ? `longest task ${ms(t.longestTask)} ms; events > 50 ms: ${t.slowEvents} (longest ${ms(t.longestEvent)} ms); draft saved: ${t.draftSaved}`
            : (t?.reason ?? ''),
        ],
        [
          'long tasks > 50 ms while drawing (signature pad)',
          dr?.status === 'ok' ? `${dr.longtasks} in ${dr.runs} runs` : statusText(dr),
          dr?.status === 'ok'
            ? `${dr.pointerMoves} pointer moves per run; longest task ${ms(dr.longestTask)} ms; events > 50 ms: ${dr.slowEvents} (longest ${ms(dr.longestEvent)} ms)`
            : (dr?.reason ?? ''),
        ],
      ],
      ['l', 'r', 'l'],
    ),
  );
  return out.join('\n');
}

function budgetTable(checked) {
  return table(
    ['budget (issue)', 'limit', 'measured', 'status'],
    checked.map((b) => {
      const lim = fmtLimit(b);
      return [
        `${b.label} (#${b.issue})`,
        lim,
        fmtBudgetValue(b, b.value),
        b.status === 'n/a' ? 'n/a (missing)' : b.status,
      ];
    }),
    ['l', 'r', 'r', 'l'],
  );
}

/** Lighthouse's three scores for each page, and what it names as the cause of a score below 100. */
function lighthouseTable(lh) {
  const rows = Object.entries(lh.pages).map(([page, r]) =>
    r.status === 'ok'
      ? [
          page,
          `${r.performance}`,
          `${r.accessibility}`,
          `${r['best-practices']}`,
          Object.entries(r.below ?? {})
            .map(([c, why]) => `${c}: ${why.slice(0, 3).join('; ') || '—'}`)
            .join(' · '),
        ]
      : [page, r.status, '', '', r.reason ?? ''],
  );
  return [
    `Lighthouse ${lh.version ?? ''}, ${lh.profile ?? 'mobile'}, on the demo served by \`npm start\`.`,
    '',
    table(['page', 'performance', 'accessibility', 'best practices', 'below 100, as Lighthouse says'], rows, [
      'l',
      'r',
      'r',
      'r',
      'l',
    ]),
  ].join('\n');
}

function notes(results) {
  const n = [];
  const d = results.sizes?.dropIn;
  if (d?.status === 'ok') {
    const lost = d.initial.gzip - d.fullyMinified.initial.gzip;
    if (lost > 512)
      n.push(
        `The drop-in bundle is built in Vite's library mode, which leaves whitespace in ES output: its initial chunk is ${kb(lost)} KB gzip larger than the same code fully minified.`,
      );
    // The font is a file of its own (a subset of DejaVu Sans); fontkit's chunk is named after fontkit, not a font.
    const font = d.lazy.files.find((f) => /DejaVu|\.ttf$/i.test(f.file));
    if (font)
      n.push(
        `In the drop-in bundle the Unicode font is \`${font.file}\` (${kb(font.gzip)} KB gzip, lazy: loaded only for names outside WinAnsi, with fontkit).`,
      );
  }
  n.push(
    'SurveyJS is measured as its model only (survey-core): its renderer without a framework (survey-js-ui) is not a dependency here, so its real first render would take longer than shown.',
  );
  n.push(
    'tarteaucitron counts its core, its services file, its French texts and its CSS, as a site loads them; Orejime its French build and CSS; vanilla-cookieconsent its UMD build and CSS; Klaro its build with the CSS inside.',
  );
  n.push(
    'The PDF baselines embed the pad canvas as it is (1200×400 PNG, 600×200 CSS px at 2x); jsPDF runs with its defaults (no compression, hence its file size); procura embeds the PNGs the pad makes at signing time (cropped to the ink), whose cost is shown apart.',
  );
  n.push(
    'The first render of an element counts from the import of its bundle (fetch, evaluation, definition) to the first paint showing its content (`updateComplete`, then a frame); the element is in the page before its definition loads, with text after it, so the CLS column shows any shift it causes after its first paint.',
  );
  return n;
}

export function render(results) {
  const m = results.machine;
  const head = `Run of ${results.date} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB, ${m.os}), Node ${m.node}, Chromium ${m.chromium ?? '—'}; load average (1/5/15 min) at start ${m.loadAverage.join(' / ')}, at end ${(m.loadAverageAtEnd ?? []).join(' / ')}${tooNoisy(m) ? ' (load above the core count: too noisy to judge, the time budgets are not judged)' : ''}. Run time ${Math.round(results.durationMs / 1000)} s.${results.earlierParts?.date ? ` Measured in this run: ${results.parts.join(', ')}; ${results.earlierParts.parts.join(', ')} from the run of ${results.earlierParts.date}.` : ''}`;
  const parts = [
    head,
    '',
    '### Size',
    '',
    results.sizes ? sizeTables(results.sizes) : 'not measured',
    '',
    '### Speed',
    '',
  ];
  parts.push(
    results.speed?.error
      ? `crashed: ${results.speed.error}`
      : results.speed
        ? speedTables(results.speed)
        : 'not measured',
  );
  if (results.lighthouse?.pages) parts.push('', '### Lighthouse (mobile)', '', lighthouseTable(results.lighthouse));
  parts.push('', '### Budgets (bench/budgets.json)', '', budgetTable(results.budgets));
  parts.push('', '### Notes', '', ...notes(results).map((n) => `- ${n}`));
  return parts.join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the README's bench section (between its markers), and nothing else. */
export function writeReadme(body) {
  const file = 'README.md';
  const intro = [
    "`npm run bench` (4 to 8 minutes, never fails) measures in one run the size of each element bundled alone (Lit and the core included) and of the drop-in bundle, beside the tools a site would use instead, and their speed in Chromium; then Lighthouse (mobile) on the demo pages and the CMS page; it writes `bench/results.json` and this section, and prints OVER for any budget of `bench/budgets.json` missed. Speed budgets are ratios to an anchor measured in the same run (only the 10,000 grants are an absolute time); a run whose load average is above the core count is too noisy, and its time budgets are not judged. `npm run bench -- lighthouse` (or `sizes`, `speed`) measures only those parts and keeps the others from the last run; `node bench/run.js --report` re-renders this section from `bench/results.json`. Two measures of an element's weight: its initial chunk (entry and static imports), and in the page the bytes fetched before its first screen was there, lazy chunks it awaited included, each with a budget; `node bench/why.js <element>` lists what an initial chunk is made of, module by module.",
    '',
    'How: sizes are of minified code (our bundles built by Vite/Rolldown, not in library mode), KB of 1,024 bytes, gzip -9 and brotli q11, each file compressed on its own as a server sends it. Times are medians (p90 in brackets) in headless Chromium driven by playwright-core, on pages of `bench/pages/` bundled into `bench/.work/` and served from loopback without caching (every load is a first visit); compared pages and PDF engines take turns, so a busy machine slows both sides alike. An element whose define file is missing or does not build is shown as missing.',
  ].join('\n');
  const section = `${START}\n${intro}\n\n${body}\n${END}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  let next;
  if (a >= 0 && b > a) next = text.slice(0, a) + section + text.slice(b + END.length);
  else next = `${text ? `${text.replace(/\s*$/, '')}\n\n` : ''}## Benchmarks\n\n${section}\n`;
  writeFileSync(file, next);
}
