/** The studio's screens, as pure templates over the element's state: the kind, the toolbar, the editor. */
import { html, nothing } from '../core/reactive.js';
import { DEFINITION_KINDS, type DefinitionKind } from '../model/definition.js';
import type { StudioKey } from '../i18n/studio.js';
import type { StudioState as ProcuraStudio } from './state.js';
import { exportJson, readJsonFile } from './io.js';
import { ID_PATTERN } from './publish.js';
import { jsonView } from './json-editor.js';
import { noticeShaView, previewView, problemsView, publishView, embedView, confirmView } from './panels.js';

export const KIND_KEY: Record<DefinitionKind, StudioKey> = {
  tree: 'studio.kind.tree',
  consent: 'studio.kind.consent',
  'cookie-opposition': 'studio.kind.cookie-opposition',
  'mandate-form': 'studio.kind.mandate-form',
};

export function shellView(s: ProcuraStudio) {
  return html`<div class="studio">
    <header>
      <h2>${s.text('studio.title')}</h2>
      <p>${s.text('studio.intro')}</p>
    </header>
    ${kindsView(s)} ${idView(s)} ${toolbarView(s)}
    <div class="work">
      <section class="editor" part="editor" aria-labelledby="editor-h">
        <h3 id="editor-h">${s.text('studio.editor.heading')} : ${s.text(KIND_KEY[s.kind])}</h3>
        ${
          s.editor?.kind === s.kind
            ? [
                startersView(s),
                s.editor.render(s.host, s.definition),
                s.kind === 'consent' ? noticeShaView(s) : nothing,
                jsonDetails(s),
              ]
            : html`<p>${s.text('studio.editor.loading')}</p>`
        }
      </section>
      ${previewView(s)}
    </div>
    ${problemsView(s)} ${publishView(s)} ${embedView(s)} ${confirmView(s)}
    <div class="visually-hidden" role="status" aria-live="polite">${s.said}</div>
  </div>`;
}

function kindsView(s: ProcuraStudio) {
  const pick = (kind: DefinitionKind) => {
    void s.switchKind(kind).then(() => s.announce(s.text('studio.kindChanged', { kind: s.text(KIND_KEY[kind]) })));
  };
  return html`<fieldset part="kinds" class="kinds">
    <legend>${s.text('studio.kind.legend')}</legend>
    ${DEFINITION_KINDS.map(
      (k) => html`<label class="choice"
        ><input type="radio" name="kind" value=${k} .checked=${s.kind === k} @change=${() => pick(k)} />
        ${s.text(KIND_KEY[k])}</label
      >`,
    )}
  </fieldset>`;
}

function idView(s: ProcuraStudio) {
  const bad = s.definitionId !== '' && !ID_PATTERN.test(s.definitionId);
  const onInput = (e: Event) => {
    s.definitionId = (e.target as HTMLInputElement).value.trim();
    s.changed();
    void s.publisher.loadVersions();
  };
  return html`<div class="field">
    <label for="definition-id">${s.text('studio.id.label')}</label>
    <p class="hint" id="definition-id-hint">${s.text('studio.id.hint')}</p>
    <input
      id="definition-id"
      autocomplete="off"
      spellcheck="false"
      .value=${s.definitionId}
      aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby="definition-id-hint definition-id-error"
      @change=${onInput}
    />
    <p class="field-error" id="definition-id-error">${bad ? s.text('studio.id.invalid') : nothing}</p>
  </div>`;
}

function toolbarView(s: ProcuraStudio) {
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const json = await readJsonFile(file);
    input.value = '';
    if (json === undefined) return s.announce(s.text('studio.importFailed', { name: file.name }));
    s.startFrom(json, s.text('studio.imported', { name: file.name }));
  };
  return html`<div role="toolbar" aria-label=${s.text('studio.toolbar')} part="toolbar" class="toolbar">
    <button type="button" aria-keyshortcuts="Control+Z" aria-disabled=${!s.history.canUndo} @click=${() => s.undo()}>
      ${s.text('studio.undo')}
    </button>
    <button type="button" aria-keyshortcuts="Control+Shift+Z" aria-disabled=${!s.history.canRedo} @click=${() => s.redo()}>
      ${s.text('studio.redo')}
    </button>
    <button type="button" @click=${() => exportJson(s.kind, s.definitionId, s.definition)}>${s.text('studio.export')}</button>
    <label class="button file">
      ${s.text('studio.import')}
      <input type="file" accept="application/json,.json" class="visually-hidden" @change=${onFile} />
    </label>
  </div>`;
}

function startersView(s: ProcuraStudio) {
  const editor = s.editor;
  if (!editor) return nothing;
  const own = editor.starters(s.host);
  const blank = { name: '', label: s.text('studio.starters.blank'), definition: editor.blank() };
  const starters = own.some((x) => x.name === 'blank') ? own : [blank, ...own];
  const use = () => {
    const select = s.renderRoot.querySelector<HTMLSelectElement>('#starter');
    const chosen = starters.find((x) => x.name === select?.value) ?? starters[0]!;
    s.startFrom(structuredClone(chosen.definition), s.text('studio.starters.used', { name: chosen.label }));
  };
  return html`<div class="field starters">
    <label for="starter">${s.text('studio.starters.label')}</label>
    <select id="starter">
      ${starters.map((x) => html`<option value=${x.name}>${x.label}</option>`)}
    </select>
    <button type="button" @click=${use}>${s.text('studio.starters.use')}</button>
  </div>`;
}

function jsonDetails(s: ProcuraStudio) {
  if (s.kind === 'tree' && s.editor?.render === jsonView) return nothing;
  return html`<details class="json">
    <summary>${s.text('studio.json.label')}</summary>
    ${jsonView(s.host, s.definition)}
  </details>`;
}
