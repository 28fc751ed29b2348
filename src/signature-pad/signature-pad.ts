import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type SignaturePad from 'signature_pad';
import type { PointGroup } from 'signature_pad';
import { FormAssociatedElement, type FormValue } from '../core/form-associated.js';
import { sha256Hex } from '../core/crypto.js';
import { baseStyles } from '../core/theme.js';
import { padCatalog } from '../i18n/signature-pad.js';
import { isEnoughInk, measureStrokes, parseMethods, scaleStrokes, type Method } from './ink.js';
import { styles } from './signature-pad.styles.js';

export type { Method as SignatureMethod } from './ink.js';
export interface SignatureDraft {
  method: Method;
  strokes?: PointGroup[];
  typedText?: string;
  png?: Blob | null;
  intent?: boolean;
  signedAt?: string | null;
}

/** signature_pad and the canvas work load on first render, outside the page's initial chunk. */
const tools = () => Promise.all([import('signature_pad'), import('./image.js')]);
/** Largest accepted scan, in MB. */
const MAX_MB = 10;
/** After this pause the person is taken to be done drawing, and a too-short signature is reported. */
const IDLE_MS = 1200;

/**
 * One signature, drawn, uploaded as a scan, or typed; a form-associated control whose
 * value is a small PNG (`signature.png`) cropped to the ink.
 *
 * @summary A signature drawn, uploaded or typed, usable alone in any form.
 * @event input - At the end of each stroke, typed change or upload.
 * @event change - When a signature is complete, replaced or cleared.
 * @csspart signature-canvas - The drawing canvas.
 * @csspart label - The visible label.
 * @csspart methods - The group of method choices (a radio group).
 * @csspart method - One method choice; also `method-selected` on the chosen one.
 * @csspart undo - The undo button.
 * @csspart clear - The clear button (and the button that removes an uploaded image).
 * @csspart preview - The preview of an uploaded signature.
 * @csspart typed-preview - The typed name shown in the handwriting font.
 * @csspart status - The polite status line (no signature, signed at).
 * @csspart error - The error message.
 * @cssproperty --procura-signature-pad-ink - Ink colour (default #0b1f4d).
 * @cssproperty --procura-signature-pad-background - Background of the drawing area (default white).
 * @cssproperty --procura-signature-pad-height - Height of the drawing area (default: a third of its width, at least 120px).
 * @cssproperty --procura-signature-pad-typed-font - Font stack of the typed signature.
 */
export class ProcuraSignaturePad extends FormAssociatedElement {
  static override styles = [baseStyles, styles];

  /** Space-separated subset of `drawn uploaded typed`; default `drawn uploaded`. */
  @property() methods?: string;
  /** The person who signs: used in the accessible label and for the typed method. */
  @property({ attribute: 'signer-name' }) signerName?: string;
  /** Overrides the visible label. */
  @property() label?: string;

  @state() private active: Method = 'drawn';
  @state() private strokeCount = 0;
  @state() private upload: { file: File; url: string } | null = null;
  @state() private uploadError = '';
  @state() private busy = false;
  @state() private typed = '';
  /** Once the person edits the typed name, it is no longer filled from `signer-name`. */
  private typedEdited = false;
  @state() private intent = false;
  @state() private signed: { file: File; method: Method; at: string } | null = null;

  @query('canvas') private canvas!: HTMLCanvasElement;
  private pad?: SignaturePad;
  private size = { w: 0, h: 0, dpr: 0 };
  private resizer = new ResizeObserver(() => this.fitCanvas());
  private dprQuery?: MediaQueryList;
  private idle?: ReturnType<typeof setTimeout>;
  private pending: Promise<unknown> = Promise.resolve();
  private seq = 0;
  /** The signing time a restored draft brings back, used by the next commit. */
  private restoredAt?: string;

  constructor() {
    super();
    this.addEventListener('invalid', () => this.touch());
  }

  protected override catalogs() {
    return [padCatalog];
  }

  /** The signature as a PNG file, or null. */
  get value(): File | null {
    return this.signed?.file ?? null;
  }
  /** How the current signature was made, or null. */
  get method(): Method | null {
    return this.signed?.method ?? null;
  }
  /** ISO date-time of the last completed signature, or null. */
  get signedAt(): string | null {
    return this.signed?.at ?? null;
  }
  /** The drawn strokes (signature_pad point groups, CSS px), for drafts. */
  get strokes(): PointGroup[] {
    return structuredClone(this.pad?.toData() ?? []);
  }
  /** The typed name (typed method), for drafts. */
  get typedText(): string {
    return this.typed;
  }
  /** SHA-256 (hex) of the PNG, or null. */
  get imageSha256(): Promise<string | null> {
    return this.sha256();
  }
  async sha256(): Promise<string | null> {
    const file = await this.toPNG();
    return file ? sha256Hex(file) : null;
  }
  /** The PNG once any pending rendering is done. */
  async toPNG(): Promise<Blob | null> {
    await this.updateComplete;
    return this.value;
  }
  /**
   * Focus goes to the control that holds the error (the validity anchor: the canvas, the file
   * input, the typed name or its checkbox), else to the chosen method's control: a link from an
   * error summary to this element lands where the person can sign.
   */
  override focus(options?: FocusOptions): void {
    const m = this.active;
    const target = this.validity.valid ? undefined : this.anchor();
    (
      target ??
      this.renderRoot.querySelector<HTMLElement>(m === 'drawn' ? 'canvas' : m === 'uploaded' ? '#file' : '#typed')
    )?.focus(options);
  }

  /** The control the current error is about (as in updateValidity). */
  private anchor(): HTMLElement | undefined {
    const q = (sel: string) => this.renderRoot.querySelector<HTMLElement>(sel) ?? undefined;
    const m = this.active;
    if (m === 'uploaded') return q('#file');
    if (m === 'typed') return this.typed.trim() && !this.intent ? q('#intent') : q('#typed');
    return q('canvas');
  }

  /** True when the chosen method does not hold a complete signature (a dot is empty). */
  isEmpty(): boolean {
    return !this.complete();
  }

  clear(): void {
    const removing = this.active === 'uploaded' && !!this.upload;
    this.clearMethod(this.active);
    this.commit(true);
    // The "remove the image" button goes away with the image: the file input takes the focus, not <body>.
    if (removing) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#file')?.focus());
  }

  undo(): void {
    if (!this.pad) return;
    const data = this.pad.toData();
    data.pop();
    this.pad.fromData(data);
    this.strokeCount = data.length;
    this.commit(true);
  }

  /** Brings back a draft (or a browser-restored state). */
  async restore(d: SignatureDraft): Promise<void> {
    await this.updateComplete;
    if (!this.offered.includes(d.method)) return;
    this.active = d.method;
    if (d.method === 'drawn' && d.strokes && this.pad) {
      const { box } = measureStrokes(d.strokes);
      const s =
        box && this.size.w ? Math.min(1, this.size.w / (box.x + box.w + 4), this.size.h / (box.y + box.h + 4)) : 1;
      this.pad.fromData(s < 1 ? scaleStrokes(d.strokes, s) : structuredClone(d.strokes));
      this.strokeCount = d.strokes.length;
    } else if (d.method === 'uploaded' && d.png) this.setUpload(d.png);
    else if (d.method === 'typed') {
      this.typed = d.typedText ?? '';
      this.intent = d.intent ?? true;
    }
    this.restoredAt = d.signedAt ?? undefined;
    this.commit(false);
    await this.updateComplete;
  }

  private get offered(): Method[] {
    return parseMethods(this.methods);
  }

  private complete(m = this.active): boolean {
    if (m === 'drawn') return !!this.pad && isEnoughInk(this.pad.toData(), this.size.w || 600, this.size.h || 200);
    if (m === 'uploaded') return !!this.upload;
    return !!this.typed.trim() && this.intent;
  }

  private clearMethod(m: Method): void {
    if (m === 'drawn') {
      this.pad?.clear();
      this.strokeCount = 0;
    } else if (m === 'uploaded') {
      this.setUpload(null);
      this.uploadError = '';
      const input = this.renderRoot.querySelector<HTMLInputElement>('#file');
      if (input) input.value = '';
    } else {
      this.typed = '';
      this.typedEdited = false;
      this.intent = false;
    }
  }

  private setUpload(png: Blob | null): void {
    if (this.upload) URL.revokeObjectURL(this.upload.url);
    const file =
      png &&
      (png instanceof File && png.name === 'signature.png'
        ? png
        : new File([png], 'signature.png', { type: 'image/png' }));
    this.upload = file ? { file, url: URL.createObjectURL(file) } : null;
  }

  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  /** After any change of the chosen method: renders its PNG, then sets the form value and tells listeners. */
  private commit(byUser: boolean): void {
    const seq = ++this.seq;
    const m = this.active;
    if (byUser) this.fire('input');
    this.updateValidity();
    const make = async (): Promise<File | null> => {
      if (!this.complete(m)) return null;
      if (m === 'uploaded') return this.upload!.file;
      const color = getComputedStyle(this.renderRoot.querySelector('.surface') ?? this).color;
      const data = this.pad!.toData();
      const text = this.typed.trim();
      const [, img] = await tools();
      const blob = m === 'drawn' ? await img.strokesToPng(data) : await img.typedToPng(text, this.typedFont(), color);
      return blob && new File([blob], 'signature.png', { type: 'image/png' });
    };
    this.track(
      make().then((file) => {
        if (seq !== this.seq) return;
        const before = this.signed?.file ?? null;
        const at = this.restoredAt ?? (file && file === before ? this.signed!.at : new Date().toISOString());
        this.restoredAt = undefined;
        this.signed = file ? { file, method: m, at } : null;
        this.setFormValue(file, file && this.formState(file, m));
        this.updateValidity();
        if (byUser && file !== before) this.fire('change');
      }),
    );
  }

  private track(p: Promise<unknown>): void {
    this.pending = Promise.all([this.pending, p]).catch((e) => console.error('[procura] signature', e));
  }

  private formState(file: File, m: Method): FormData {
    const fd = new FormData();
    fd.set('method', m);
    fd.set('png', file);
    fd.set('at', this.signed!.at);
    if (m === 'drawn') fd.set('strokes', JSON.stringify(this.pad!.toData()));
    if (m === 'typed') fd.set('text', this.typed);
    return fd;
  }

  private updateValidity(): void {
    const t = (k: string) => this.localize.t(k);
    const q = (sel: string) => this.renderRoot.querySelector<HTMLElement>(sel) ?? undefined;
    const m = this.active;
    if (m === 'drawn' && this.strokeCount && !this.complete())
      this.setValidity({ badInput: true }, t('pad.tooShort'), q('canvas'));
    else if (m === 'typed' && this.typed.trim() && !this.intent)
      this.setValidity({ badInput: true }, t('pad.typed.intentMissing'), q('#intent'));
    else if (this.required && !this.complete())
      this.setValidity(
        { valueMissing: true },
        t(`pad.missing.${m}`),
        q(m === 'drawn' ? 'canvas' : m === 'uploaded' ? '#file' : '#typed'),
      );
    else this.setValidity({});
  }

  private touch(): void {
    this.touched = true;
    this.requestUpdate();
  }

  protected resetValue(): void {
    clearTimeout(this.idle);
    for (const m of ['drawn', 'uploaded', 'typed'] as const) this.clearMethod(m);
    this.active = this.offered[0];
    this.commit(false);
  }

  protected restoreValue(state: FormValue): void {
    if (!(state instanceof FormData)) return this.resetValue();
    let strokes: PointGroup[] | undefined;
    try {
      strokes = JSON.parse(String(state.get('strokes')));
    } catch {
      strokes = undefined;
    }
    void this.restore({
      method: state.get('method') as Method,
      strokes: Array.isArray(strokes) ? strokes : undefined,
      typedText: String(state.get('text') ?? ''),
      png: state.get('png') as File | null,
      signedAt: state.get('at') as string | null,
    });
  }

  private typedFont(): string {
    const el = this.renderRoot.querySelector('[part~="typed-preview"]');
    return el ? getComputedStyle(el).fontFamily : 'cursive';
  }

  // ---- the canvas: size, device pixel ratio, strokes

  protected override firstUpdated(): void {
    this.track(this.setUp());
  }

  private async setUp(): Promise<void> {
    const [{ default: Pad }] = await tools();
    const pen = getComputedStyle(this.renderRoot.querySelector('.surface')!).color;
    this.pad = new Pad(this.canvas, { penColor: pen, minWidth: 0.8, maxWidth: 2.8 });
    if (this.disabled) this.pad.off();
    this.pad.addEventListener('beginStroke', () => clearTimeout(this.idle));
    this.pad.addEventListener('endStroke', () => {
      this.strokeCount = this.pad!.toData().length;
      this.commit(true);
      this.idle = setTimeout(() => this.touch(), IDLE_MS);
    });
    this.observe();
    this.fitCanvas();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.observe();
      this.watchDpr();
    }
  }

  /** The device-pixel box also reports a change of device pixel ratio (Chromium, Firefox); matchMedia covers Safari. */
  private observe(): void {
    try {
      this.resizer.observe(this.canvas, { box: 'device-pixel-content-box' });
    } catch {
      this.resizer.observe(this.canvas);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer.disconnect();
    this.dprQuery?.removeEventListener('change', this.onDpr);
    this.dprQuery = undefined;
    clearTimeout(this.idle);
  }

  private onDpr = () => this.fitCanvas();

  /** Sizes the bitmap to the CSS box × device pixel ratio and redraws the strokes, scaled to the new size. */
  private fitCanvas(): void {
    const c = this.canvas;
    const w = c?.clientWidth;
    const h = c?.clientHeight;
    const dpr = Math.max(window.devicePixelRatio || 1, 1);
    if (!this.pad || !w || !h || (w === this.size.w && h === this.size.h && dpr === this.size.dpr)) return;
    const data = this.pad.toData();
    const s = this.size.w ? Math.min(w / this.size.w, h / this.size.h) : 1;
    c.width = Math.round(w * dpr);
    c.height = Math.round(h * dpr);
    c.getContext('2d')!.scale(dpr, dpr);
    this.pad.fromData(s === 1 ? data : scaleStrokes(data, s));
    this.size = { w, h, dpr };
    this.watchDpr();
  }

  /** A query that stops matching when the ratio changes (another screen, a zoom). */
  private watchDpr(): void {
    const media = `(resolution: ${this.size.dpr || Math.max(window.devicePixelRatio || 1, 1)}dppx)`;
    if (this.dprQuery?.media === media) return;
    this.dprQuery?.removeEventListener('change', this.onDpr);
    this.dprQuery = matchMedia(media);
    this.dprQuery.addEventListener('change', this.onDpr);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.offered.includes(this.active)) this.active = this.offered[0];
    // The typed method starts from the signer's name; the checkbox is what makes it a signature.
    if (this.active === 'typed' && !this.typed && !this.typedEdited && this.signerName?.trim())
      this.typed = this.signerName.trim();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('disabled')) this.disabled ? this.pad?.off() : this.pad?.on();
    if (changed.has('active')) this.fitCanvas();
    this.updateValidity();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p = this.pending; ; p = this.pending) {
      await p;
      if (p === this.pending && !this.isUpdatePending) return done;
      done = await super.getUpdateComplete();
    }
  }

  // ---- user actions

  private choose(m: Method): void {
    this.active = m;
    this.commit(true);
  }

  private onFile(e: Event): void {
    const file = (e.target as HTMLInputElement).files?.[0];
    this.uploadError = '';
    if (!file) return;
    if (file.size > MAX_MB * 1024 * 1024) this.uploadError = 'pad.upload.tooBig';
    else if (file.type && !/^image\/(png|jpeg|webp)$/.test(file.type)) this.uploadError = 'pad.upload.notImage';
    if (this.uploadError) return;
    this.busy = true;
    this.track(this.readScan(file));
  }

  private async readScan(file: File): Promise<void> {
    let result: Awaited<ReturnType<typeof import('./image.js').scanToPng>>;
    try {
      result = await (await tools())[1].scanToPng(file);
    } catch (e) {
      console.error('[procura] could not read the scan', e);
      result = 'not-image';
    }
    this.busy = false;
    if (result instanceof Blob) this.setUpload(result);
    else this.uploadError = result === 'empty' ? 'pad.upload.empty' : 'pad.upload.notImage';
    this.commit(true);
  }

  private onTyped(e: Event): void {
    this.typed = (e.target as HTMLInputElement).value;
    this.typedEdited = true;
    this.commit(true);
  }

  private onIntent(e: Event): void {
    this.intent = (e.target as HTMLInputElement).checked;
    this.touch();
    this.commit(true);
  }

  // ---- rendering

  private errorText(): string {
    if (this.uploadError && this.active === 'uploaded') return this.localize.t(this.uploadError, { max: MAX_MB });
    return this.touched && !this.disabled ? this.validationMessage : '';
  }

  protected renderContent(): TemplateResult {
    const tt: LocalizeFn = (k, p) => this.localize.t(k, p);
    // Text content: a sentence that fell back to French is marked lang="fr" (attributes take tt).
    const tl = (k: string, p?: Record<string, string | number>) => this.localize.tl(k, p);
    const name = this.signerName?.trim();
    const offered = this.offered;
    const error = this.errorText();
    // The error belongs to the chosen method's control (the validity anchor), which it describes.
    const anchor = error ? this.anchor()?.id : undefined;
    const describe: Describe = (help, control) =>
      [help, anchor === control && 'error-text'].filter(Boolean).join(' ') || nothing;
    const invalid: Invalid = (control) => (anchor === control ? 'true' : nothing);
    const alt = offered.includes('uploaded')
      ? offered.includes('typed')
        ? 'both'
        : 'uploaded'
      : offered.includes('typed')
        ? 'typed'
        : '';
    const panel = (m: Method, body: TemplateResult) =>
      html`<div class="panel" ?hidden=${this.active !== m}>${body}</div>`;
    return html`<div role="group" aria-labelledby="label">
      <p id="label" class="label" part="label">${this.label || (name ? tl('pad.labelFor', { name }) : tl('pad.label'))}${this.required ? ` ${tl('pad.requiredMark')}` : ''}</p>
      ${
        offered.length > 1
          ? html`<fieldset part="methods" ?disabled=${this.disabled}>
            <legend>${tl('pad.methods')}</legend>
            ${offered.map(
              (m) => html`<label part="method ${this.active === m ? 'method-selected' : ''}">
                <input type="radio" name="method" value=${m} .checked=${this.active === m} @change=${() => this.choose(m)} />${tl(`pad.method.${m}`)}
              </label>`,
            )}
          </fieldset>`
          : nothing
      }
      ${panel(
        'drawn',
        html`<p id="draw-help" class="help">${tl('pad.drawHelp')}${alt ? ` ${tl(`pad.drawAlt.${alt}`)}` : ''}</p>
          <div class="surface">
            <canvas id="canvas" part="signature-canvas" role="img" tabindex="-1" aria-invalid=${invalid('canvas')} aria-label=${name ? tt('pad.canvasFor', { name }) : tt('pad.canvas')} aria-describedby=${describe('draw-help', 'canvas')}></canvas>
          </div>
          <div class="tools">
            <button type="button" part="undo" ?disabled=${this.disabled} aria-disabled=${this.strokeCount ? nothing : 'true'} @click=${() => this.strokeCount && this.undo()}>${tl('pad.undo')}</button>
            <button type="button" part="clear" ?disabled=${this.disabled} aria-disabled=${this.strokeCount ? nothing : 'true'} @click=${() => this.strokeCount && this.clear()}>${tl('pad.clear')}</button>
          </div>`,
      )}
      ${offered.includes('uploaded') ? panel('uploaded', this.renderUpload(tt, describe, invalid)) : nothing}
      ${offered.includes('typed') ? panel('typed', this.renderTyped(tt, describe, invalid)) : nothing}
      <div id="error" aria-live="polite">${error ? html`<p part="error" id="error-text">${error}</p>` : nothing}</div>
      <p class="status" part="status" role="status">
        ${this.busy ? tl('pad.upload.busy') : this.signed ? tl('pad.status.signed', { date: this.localize.date(this.signed.at, { dateStyle: 'long', timeStyle: 'short' }) }) : tl('pad.status.empty')}
      </p>
    </div>`;
  }

  private renderUpload(t: LocalizeFn, describe: Describe, invalid: Invalid): TemplateResult {
    const tl = (k: string, p?: Record<string, string | number>) => this.localize.tl(k, p);
    return html`<label class="block" for="file">${tl('pad.upload.label')}</label>
      <p id="upload-help" class="help">${tl('pad.upload.help', { max: MAX_MB })}</p>
      <input id="file" type="file" accept="image/png,image/jpeg,image/webp" ?disabled=${this.disabled} aria-invalid=${invalid('file')} aria-describedby=${describe('upload-help', 'file')} @change=${this.onFile} />
      ${
        this.upload
          ? html`<img part="preview" src=${this.upload.url} alt=${t('pad.upload.preview')} />
            <button type="button" part="clear" ?disabled=${this.disabled} @click=${() => this.clear()}>${tl('pad.upload.remove')}</button>`
          : nothing
      }`;
  }

  private renderTyped(t: LocalizeFn, describe: Describe, invalid: Invalid): TemplateResult {
    const tl = (k: string, p?: Record<string, string | number>) => this.localize.tl(k, p);
    return html`<label class="block" for="typed">${tl('pad.typed.label')}</label>
      <input id="typed" type="text" autocomplete="name" spellcheck="false" .value=${this.typed} ?disabled=${this.disabled} aria-invalid=${invalid('typed')} aria-describedby=${describe('', 'typed')} @input=${this.onTyped} />
      <div part="typed-preview" aria-hidden="true">${this.typed}</div>
      <label class="check"><input id="intent" type="checkbox" .checked=${this.intent} ?disabled=${this.disabled} aria-invalid=${invalid('intent')} aria-describedby=${describe('', 'intent')} @change=${this.onIntent} />${tl('pad.typed.intent')}</label>`;
  }
}

type LocalizeFn = (key: string, params?: Record<string, string | number>) => string;
type Describe = (help: string, control: string) => string | typeof nothing;
type Invalid = (control: string) => 'true' | typeof nothing;

declare global {
  interface HTMLElementTagNameMap {
    'procura-signature-pad': ProcuraSignaturePad;
  }
}
