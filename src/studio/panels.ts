/** The studio's panels beside and below the editor: preview, problems, publish, embed, the confirmation. */
import { html, nothing } from '../core/reactive.js';
import type { StudioKey } from '../i18n/studio.js';
import type { StudioLang } from './host.js';
import type { StudioState as S } from './state.js';
import { ID_PATTERN } from './publish.js';
import { absolute, cmsSnippet, npmSnippet, snippetView, type EmbedInput } from './embed.js';

const LANG_KEY: Record<StudioLang, StudioKey> = {
  fr: 'studio.lang.fr',
  nl: 'studio.lang.nl',
  en: 'studio.lang.en',
  de: 'studio.lang.de',
};

export function previewView(s: S) {
  const setLang = (e: Event) => {
    s.previewLang = (e.target as HTMLSelectElement).value as StudioLang;
  };
  const width = (w: 'phone' | 'desktop', key: StudioKey) =>
    html`<label class="choice"
      ><input type="radio" name="preview-width" .checked=${s.previewWidth === w} @change=${() => (s.previewWidth = w)} />
      ${s.text(key)}</label
    >`;
  return html`<section class="preview" part="preview" aria-labelledby="preview-h">
    <h3 id="preview-h">${s.text('studio.preview.heading')}</h3>
    <div class="preview-controls">
      <div class="field">
        <label for="preview-lang">${s.text('studio.preview.lang')}</label>
        <select id="preview-lang" @change=${setLang}>
          ${(Object.keys(LANG_KEY) as StudioLang[]).map(
            (l) => html`<option value=${l} ?selected=${s.previewLang === l}>${s.text(LANG_KEY[l])}</option>`,
          )}
        </select>
      </div>
      <fieldset>
        <legend>${s.text('studio.preview.width')}</legend>
        ${width('phone', 'studio.preview.phone')} ${width('desktop', 'studio.preview.desktop')}
      </fieldset>
    </div>
    <p class="hint">${s.text('studio.preview.note')}</p>
    ${s.preview.showing ? nothing : html`<p class="notice">${s.text('studio.preview.waiting')}</p>`}
    <div id="preview-frame" class=${s.previewWidth}></div>
  </section>`;
}

export function noticeShaView(s: S) {
  const errors = s.problems.some((p) => p.severity === 'error');
  const sha = errors ? undefined : s.preview.noticeSha;
  return html`<div class="sha" role="group" aria-labelledby="sha-label">
    <p id="sha-label"><strong>${s.text('studio.consent.sha.label')}</strong></p>
    <p><code id="notice-sha">${sha ?? s.text('studio.consent.sha.pending')}</code></p>
    <p class="hint">${s.text('studio.consent.sha.hint')}</p>
  </div>`;
}

export function problemsView(s: S) {
  const errors = s.problems.filter((p) => p.severity === 'error');
  const warnings = s.problems.filter((p) => p.severity === 'warning');
  return html`<section part="problems" class="problems" aria-labelledby="problems-h">
    <h3 id="problems-h">${s.text('studio.problems.heading')}</h3>
    <p>
      ${errors.length ? s.text('studio.problems.count', { count: errors.length }) : s.text('studio.problems.none')}
      ${warnings.length ? s.text('studio.problems.warnings', { count: warnings.length }) : nothing}
    </p>
    ${
      s.problems.length
        ? html`<ul>
          ${s.problems.map((p) => html`<li class=${p.severity}><code>${p.at}</code> : ${p.message}</li>`)}
        </ul>`
        : nothing
    }
  </section>`;
}

function blockedReason(s: S): string | undefined {
  if (!s.publisher.endpoint) return s.text('studio.publish.noEndpoint');
  if (!ID_PATTERN.test(s.definitionId)) return s.text('studio.id.invalid');
  if (s.problems.some((p) => p.severity === 'error')) return s.text('studio.publish.blocked');
  return undefined;
}

export function publishView(s: S) {
  const p = s.publisher;
  const blocked = blockedReason(s);
  const go = () => {
    if (blocked || p.sending) return s.announce(blocked ?? s.text('studio.publish.sending'));
    const note = s.renderRoot.querySelector<HTMLInputElement>('#publish-note')?.value ?? '';
    void p.publish(note);
  };
  return html`<section part="publish" class="publish" aria-labelledby="publish-h">
    <h3 id="publish-h">${s.text('studio.publish.heading')}</h3>
    <div class="field">
      <label for="publish-note">${s.text('studio.publish.note')}</label>
      <input id="publish-note" maxlength="500" />
    </div>
    <button type="button" part="submit" aria-disabled=${blocked || p.sending ? 'true' : 'false'} aria-describedby="publish-blocked" @click=${go}>
      ${s.text('studio.publish.button')}
    </button>
    <p id="publish-blocked" class="hint">${blocked ?? nothing}</p>
    <div role="status" class="live">
      ${p.sending ? html`<p>${s.text('studio.publish.sending')}</p>` : nothing}
      ${p.result?.ok ? html`<p class="notice" id="publish-result">${p.result.message}</p>` : nothing}
    </div>
    <div role="alert">${p.result && !p.result.ok ? html`<p part="error">${p.result.message}</p>` : nothing}</div>
    ${versionsView(s)}
  </section>`;
}

function versionsView(s: S) {
  const items = s.publisher.versions;
  return html`<h4>${s.text('studio.versions.heading')}</h4>
    ${
      items.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${s.text('studio.versions.heading')}>
          <table>
            <thead>
              <tr>
                <th scope="col">${s.text('studio.versions.version')}</th>
                <th scope="col">${s.text('studio.versions.when')}</th>
                <th scope="col">${s.text('studio.versions.who')}</th>
                <th scope="col">${s.text('studio.versions.sha')}</th>
                <th scope="col">${s.text('studio.versions.note')}</th>
              </tr>
            </thead>
            <tbody>
              ${items.map(
                (v) => html`<tr>
                  <td>${v.version}</td>
                  <td>${new Date(v.publishedAt).toLocaleString(s.host.lang)}</td>
                  <td><bdi>${v.publishedBy}</bdi></td>
                  <td><code class="sha256">${v.sha256}</code></td>
                  <td><bdi>${v.note ?? ''}</bdi></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
        : html`<p>${s.text('studio.versions.none')}</p>`
    }`;
}

export function embedView(s: S) {
  const newest = s.publisher.newest;
  const endpoint = absolute(s.publisher.endpoint);
  const input: EmbedInput = {
    kind: s.kind,
    id: s.definitionId,
    definition: s.definition,
    endpoint,
    published: !!newest && newest.id === s.definitionId && !!s.publisher.result?.ok,
    scriptSrc: s.scriptSrc ?? 'https://unpkg.com/procura/dist/procura.js',
  };
  const o = {
    copyLabel: s.text('studio.embed.copy'),
    t: (k: 'studio.embed.copied') => s.text(k),
    announce: (m: string) => s.announce(m),
  };
  return html`<section part="embed" class="embed" aria-labelledby="embed-h">
    <h3 id="embed-h">${s.text('studio.embed.heading')}</h3>
    ${input.published ? nothing : html`<p class="notice">${s.text('studio.embed.unpublished')}</p>`}
    ${snippetView('snippet-cms', s.text('studio.embed.cms'), cmsSnippet(input), o)}
    ${snippetView('snippet-npm', s.text('studio.embed.npm'), npmSnippet(input), o)}
    <h4>${s.text('studio.embed.guide.heading')}</h4>
    <ol>
      <li>${s.text('studio.embed.guide.cms')}</li>
      <li>${s.text('studio.embed.guide.npm')}</li>
      <li>${s.text('studio.embed.guide.update')}</li>
    </ol>
  </section>`;
}

export function confirmView(s: S) {
  return html`<dialog id="confirm" aria-labelledby="confirm-text" @cancel=${() => s.answer(false)}>
    <p id="confirm-text">${s.asking?.message ?? ''}</p>
    <div class="actions">
      <button type="button" @click=${() => s.answer(true)}>${s.text('studio.confirm.yes')}</button>
      <button type="button" @click=${() => s.answer(false)}>${s.text('studio.confirm.no')}</button>
    </div>
  </dialog>`;
}
