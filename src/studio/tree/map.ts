/**
 * A read-only map of the tree: an SVG of its nodes and arrows (the selected node drawn with a
 * thick dashed border, not by colour only), its text alternative (each question and where each
 * answer leads), and the table of every path from the start to each outcome.
 */
import { html, svg, nothing, type TemplateResult } from '../../core/reactive.js';
import type { TreeDefinition } from '../../model/tree.js';
import type { StudioHost } from '../host.js';
import { allPaths, levels, nodeText, optionText } from './paths.js';

const W = 160,
  H = 48,
  GX = 60,
  GY = 20;

function clip(s: string, n = 22): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function positions(t: TreeDefinition): Map<string, { x: number; y: number }> {
  const rows = new Map<number, number>();
  const pos = new Map<string, { x: number; y: number }>();
  for (const [id, d] of levels(t)) {
    const r = rows.get(d) ?? 0;
    rows.set(d, r + 1);
    pos.set(id, { x: 8 + d * (W + GX), y: 8 + r * (H + GY) });
  }
  return pos;
}

function svgMap(host: StudioHost, t: TreeDefinition): TemplateResult {
  const pos = positions(t);
  const all = [...pos.values()];
  const width = Math.max(W, ...all.map((p) => p.x + W)) + 8;
  const height = Math.max(H, ...all.map((p) => p.y + H)) + 8;
  const edges = Object.entries(t.questions).flatMap(([q, question]) =>
    question.options.map((o) => [pos.get(q), pos.get(o.next)] as const),
  );
  return html`<svg class="map" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
    <defs>
      <marker id="tree-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto">
        <path d="M0,0 L10,5 L0,10 z" fill="currentColor"></path>
      </marker>
    </defs>
    ${edges.map(([a, b]) =>
      a && b
        ? svg`<line x1=${a.x + W} y1=${a.y + H / 2} x2=${b.x} y2=${b.y + H / 2} stroke="currentColor" marker-end="url(#tree-arrow)"></line>`
        : nothing,
    )}
    ${[...pos].map(([id, p]) => {
      const selected = host.selected === id || host.selected?.startsWith(`${id}/`);
      const kind = t.questions[id] ? 'question' : 'outcome';
      return svg`<g class="node ${kind} ${selected ? 'selected' : ''}" data-node=${id}>
        <rect x=${p.x} y=${p.y} width=${W} height=${H} rx=${kind === 'question' ? 4 : 20}></rect>
        <text x=${p.x + 8} y=${p.y + 20}>${clip(id)}</text>
        <text x=${p.x + 8} y=${p.y + 38}>${clip(nodeText(t, id, host.lang))}</text>
      </g>`;
    })}
  </svg>`;
}

/** The map in words: each question, and where each of its answers leads. */
function textAlternative(host: StudioHost, t: TreeDefinition): TemplateResult {
  const l = host.lang;
  return html`<ul class="map-text">
    ${Object.entries(t.questions).map(
      ([q, question]) =>
        html`<li data-node=${q}>
          ${host.t(q === t.start ? 'studioTree.map.start' : 'studioTree.map.question', { text: nodeText(t, q, l) })}
          ${host.selected === q ? html`<strong>${host.t('studioTree.map.selected')}</strong>` : nothing}
          <ul>
            ${question.options.map(
              (o) =>
                html`<li>
                  ${host.t('studioTree.map.answer', {
                    option: optionText(t, q, o.id, l),
                    next: o.next ? nodeText(t, o.next, l) : host.t('studioTree.map.nowhere'),
                  })}
                </li>`,
            )}
          </ul>
        </li>`,
    )}
  </ul>`;
}

function pathsTable(host: StudioHost, t: TreeDefinition): TemplateResult {
  const l = host.lang;
  const paths = allPaths(t);
  if (!paths.length) return html`<p>${host.t('studioTree.paths.none')}</p>`;
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${host.t('studioTree.paths.caption', { n: paths.length })}>
    <table>
      <caption>${host.t('studioTree.paths.caption', { n: paths.length })}</caption>
      <thead><tr><th scope="col">${host.t('studioTree.paths.outcome')}</th><th scope="col">${host.t('studioTree.paths.answers')}</th></tr></thead>
      <tbody>
        ${paths.map(
          (p) => html`<tr>
            <th scope="row">${nodeText(t, p.outcome, l)}</th>
            <td>${p.steps.map((s) => `${nodeText(t, s.q, l)} → ${optionText(t, s.q, s.option, l)}`).join(' ; ')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderMap(host: StudioHost, t: TreeDefinition): TemplateResult {
  return html`<section class="tree-map" aria-labelledby="tree-map-title">
      <h3 id="tree-map-title">${host.t('studioTree.map.title')}</h3>
      <div class="scroll" tabindex="0" role="region" aria-label=${host.t('studioTree.map.region')}>${svgMap(host, t)}</div>
      <h4 id="tree-map-text">${host.t('studioTree.map.text')}</h4>
      ${textAlternative(host, t)}
    </section>
    <section class="tree-paths" aria-labelledby="tree-paths-title">
      <h3 id="tree-paths-title">${host.t('studioTree.paths.title')}</h3>
      ${pathsTable(host, t)}
    </section>`;
}
