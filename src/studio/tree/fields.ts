/** The outline's small parts: a text in four languages side by side, and the problems beside an item. */
import { html, nothing, type TemplateResult } from '../../core/reactive.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localized } from '../../model/localized.js';
import type { StudioHost, StudioProblem } from '../host.js';
import type { TreeActions } from './actions.js';
import { LANGS, textsOf, type TextField } from './ops.js';

export const domId = (at: string) => `tree-${at.replace(/\//g, '--')}`;

/**
 * One text in fr, nl, en and de, side by side (one column under 40rem). A missing translation
 * is flagged in words beside its language. The accessible name says which text and which
 * language (`Texte de q1 en néerlandais`): stable names for the keyboard tests.
 */
export function texts(
  host: StudioHost,
  act: TreeActions,
  o: { at: string; field: TextField; value: Localized | undefined; legend: string; problems?: boolean },
): TemplateResult {
  const described = o.problems ? `${domId(o.at)}-problems` : undefined;
  const values = textsOf(o.value);
  const base = domId(o.at) + '-' + o.field;
  return html`<fieldset class="langs">
    <legend>${o.legend}</legend>
    ${LANGS.map((lang) => {
      const name = host.t(`studioTree.lang.${lang}`);
      const missing = lang !== 'fr' && !!values.fr?.trim() && !values[lang]?.trim();
      return html`<div class="lang">
        <label for="${base}-${lang}">${missing ? host.t('studioTree.lang.missing', { lang: name }) : name}</label>
        <input
          id="${base}-${lang}"
          type="text"
          lang=${lang}
          data-at=${o.at}
          data-field=${o.field}
          data-lang=${lang}
          aria-label=${host.t(`studioTree.field.${o.field}`, { id: o.at, lang: name })}
          aria-describedby=${ifDefined(lang === 'fr' ? described : undefined)}
          .value=${live(values[lang] ?? '')}
          @change=${(e: Event) => act.text(e, o.at, o.field, lang)}
        />
      </div>`;
    })}
  </fieldset>`;
}

/** The problems about one item, in words ("Erreur :" / "À vérifier :"), not by colour only. */
export function problemsAt(host: StudioHost, problems: StudioProblem[], at: string): TemplateResult | typeof nothing {
  const mine = problems.filter((p) => p.at === at);
  if (!mine.length) return nothing;
  return html`<ul class="problems" id="${domId(at)}-problems" data-problems=${at}>
    ${mine.map(
      (p) =>
        html`<li class=${p.severity}>
          ${host.t(p.severity === 'error' ? 'studioTree.problem.errorPrefix' : 'studioTree.problem.warningPrefix', {
            message: p.message,
          })}
        </li>`,
    )}
  </ul>`;
}

/** The item's id, renamed in place (links to it follow). */
export function idField(host: StudioHost, act: TreeActions, at: string): TemplateResult {
  const own = at.includes('/') ? at.slice(at.indexOf('/') + 1) : at;
  return html`<label class="id"
    >${host.t('studioTree.rename.visible')}
    <input
      type="text"
      data-rename=${at}
      aria-label=${host.t('studioTree.rename.label', { id: at })}
      .value=${live(own)}
      @change=${(e: Event) => act.rename(e, at)}
  /></label>`;
}

/** Move up, move down and delete buttons for an item. */
export function itemButtons(
  host: StudioHost,
  act: TreeActions,
  o: { at: string; first: boolean; last: boolean },
): TemplateResult {
  return html`<div class="buttons">
    <button type="button" data-move=${o.at} data-delta="-1" ?disabled=${o.first} @click=${(e: Event) => act.move(e, o.at, -1)}>
      ${host.t('studioTree.moveUp', { id: o.at })}
    </button>
    <button type="button" data-move=${o.at} data-delta="1" ?disabled=${o.last} @click=${(e: Event) => act.move(e, o.at, 1)}>
      ${host.t('studioTree.moveDown', { id: o.at })}
    </button>
    <button type="button" @click=${() => void act.remove(o.at)}>${host.t('studioTree.delete', { id: o.at })}</button>
  </div>`;
}
