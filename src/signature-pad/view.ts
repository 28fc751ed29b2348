// The pad's templates: pure functions of what the element holds; the element passes its handlers in.
import { html, nothing, type TemplateResult } from '../core/reactive.js';
import type { LocalizeController } from '../core/localize.js';
import type { PadKey } from '../i18n/signature-pad.js';
import type { Method } from './ink.js';
import { MAX_MB } from './validity.js';

const METHOD_LABEL: Record<Method, PadKey> = {
  drawn: 'pad.method.drawn',
  uploaded: 'pad.method.uploaded',
  typed: 'pad.method.typed',
};

export interface PadView {
  localize: LocalizeController<PadKey>;
  offered: Method[];
  active: Method;
  label?: string;
  signerName?: string;
  required: boolean;
  disabled: boolean;
  strokeCount: number;
  uploadUrl?: string;
  typed: string;
  intent: boolean;
  busy: boolean;
  /** The drawing works on the canvas shown (its code loads after the first paint). */
  ready: boolean;
  signedAt: string | null;
  /** The error shown, and the id of the control it is about (the validity anchor). */
  error: string;
  anchorId?: string;
  on: {
    choose(m: Method): void;
    undo(): void;
    clear(): void;
    file(e: Event): void;
    typed(e: Event): void;
    intent(e: Event): void;
  };
}

/** The control's description: its help, and the error when the error is about it. */
const describe = (v: PadView, help: string, control: string) =>
  [help, v.anchorId === control && 'error-text'].filter(Boolean).join(' ') || nothing;
const invalid = (v: PadView, control: string) => (v.anchorId === control ? 'true' : nothing);

/** The sentence after the drawing help that points to the other ways to sign. */
function drawAlt(offered: Method[]): PadKey | undefined {
  const up = offered.includes('uploaded');
  const typed = offered.includes('typed');
  if (up && typed) return 'pad.drawAlt.both';
  if (up) return 'pad.drawAlt.uploaded';
  return typed ? 'pad.drawAlt.typed' : undefined;
}

export function renderPad(v: PadView): TemplateResult {
  const { localize: l, offered } = v;
  const name = v.signerName?.trim();
  const panel = (m: Method, body: () => TemplateResult) =>
    offered.includes(m) ? html`<div class="panel" ?hidden=${v.active !== m}>${body()}</div>` : nothing;
  return html`<div role="group" aria-labelledby="label">
    <p id="label" class="label" part="label">${v.label || (name ? l.tl('pad.labelFor', { name }) : l.tl('pad.label'))}${v.required ? ` ${l.tl('pad.requiredMark')}` : ''}</p>
    ${offered.length > 1 ? renderMethods(v) : nothing}
    ${panel('drawn', () => renderDrawn(v))}
    ${panel('uploaded', () => renderUpload(v))}
    ${panel('typed', () => renderTyped(v))}
    <div id="error" aria-live="polite">${v.error ? html`<p part="error" id="error-text">${v.error}</p>` : nothing}</div>
    <p class="status" part="status" role="status">${renderStatus(v)}</p>
  </div>`;
}

function renderStatus(v: PadView): string | TemplateResult {
  const l = v.localize;
  if (v.busy) return l.tl('pad.upload.busy');
  if (!v.signedAt) return l.tl('pad.status.empty');
  return l.tl('pad.status.signed', { date: l.date(v.signedAt, { dateStyle: 'long', timeStyle: 'short' }) });
}

function renderMethods(v: PadView): TemplateResult {
  return html`<fieldset part="methods" ?disabled=${v.disabled}>
    <legend>${v.localize.tl('pad.methods')}</legend>
    ${v.offered.map(
      (m) => html`<label part="method ${v.active === m ? 'method-selected' : ''}">
        <input type="radio" name="method" value=${m} .checked=${v.active === m} @change=${() => v.on.choose(m)} />${v.localize.tl(METHOD_LABEL[m])}
      </label>`,
    )}
  </fieldset>`;
}

function renderDrawn(v: PadView): TemplateResult {
  const l = v.localize;
  const name = v.signerName?.trim();
  const alt = drawAlt(v.offered);
  const none = v.strokeCount ? nothing : 'true';
  return html`<p id="draw-help" class="help">${l.tl('pad.drawHelp')}${alt ? html` ${l.tl(alt)}` : ''}</p>
    <div class="surface" aria-busy=${v.ready ? nothing : 'true'}>
      <canvas id="canvas" part="signature-canvas" role="img" tabindex="-1" aria-invalid=${invalid(v, 'canvas')} aria-label=${name ? l.t('pad.canvasFor', { name }) : l.t('pad.canvas')} aria-describedby=${describe(v, 'draw-help', 'canvas')}></canvas>
    </div>
    <div class="tools">
      <button type="button" part="undo" ?disabled=${v.disabled} aria-disabled=${none} @click=${() => v.strokeCount && v.on.undo()}>${l.tl('pad.undo')}</button>
      <button type="button" part="clear" ?disabled=${v.disabled} aria-disabled=${none} @click=${() => v.strokeCount && v.on.clear()}>${l.tl('pad.clear')}</button>
    </div>`;
}

function renderUpload(v: PadView): TemplateResult {
  const l = v.localize;
  return html`<label class="block" for="file">${l.tl('pad.upload.label')}</label>
    <p id="upload-help" class="help">${l.tl('pad.upload.help', { max: MAX_MB })}</p>
    <input id="file" type="file" accept="image/png,image/jpeg,image/webp" ?disabled=${v.disabled} aria-invalid=${invalid(v, 'file')} aria-describedby=${describe(v, 'upload-help', 'file')} @change=${v.on.file} />
    ${
      v.uploadUrl
        ? html`<img part="preview" src=${v.uploadUrl} alt=${l.t('pad.upload.preview')} />
          <button type="button" part="clear" ?disabled=${v.disabled} @click=${v.on.clear}>${l.tl('pad.upload.remove')}</button>`
        : nothing
    }`;
}

function renderTyped(v: PadView): TemplateResult {
  const l = v.localize;
  return html`<label class="block" for="typed">${l.tl('pad.typed.label')}</label>
    <input id="typed" type="text" autocomplete="name" spellcheck="false" .value=${v.typed} ?disabled=${v.disabled} aria-invalid=${invalid(v, 'typed')} aria-describedby=${describe(v, '', 'typed')} @input=${v.on.typed} />
    <div part="typed-preview" aria-hidden="true">${v.typed}</div>
    <label class="check"><input id="intent" type="checkbox" .checked=${v.intent} ?disabled=${v.disabled} aria-invalid=${invalid(v, 'intent')} aria-describedby=${describe(v, '', 'intent')} @change=${v.on.intent} />${l.tl('pad.typed.intent')}</label>`;
}
