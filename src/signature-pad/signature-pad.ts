import type { PropertyValues, TemplateResult } from '../core/reactive.js';
import { property, state } from '../core/props.js';
import type { PointGroup } from 'signature_pad';
import { FormAssociatedElement, type FormValue } from '../core/form-associated.js';
import { sha256Hex } from '../core/crypto.js';
import { required, validate } from '../core/validators.js';
import { padCatalog, type PadKey } from '../i18n/signature-pad.js';
import type { DrawingController } from './drawing.js';
import type { SignatureDraft } from './form-state.js';
import type { Method } from './ink.js';
import type * as Parts from './parts.js';

export type { Method as SignatureMethod } from './ink.js';
export type { SignatureDraft } from './form-state.js';

const PNG = { type: 'image/png' };
const asPng = (png: Blob) =>
  png instanceof File && png.name === 'signature.png' ? png : new File([png], 'signature.png', PNG);

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
export class ProcuraSignaturePad extends FormAssociatedElement<unknown, PadKey> {
  /** Space-separated subset of `drawn uploaded typed`; default `drawn uploaded`. */
  @property() methods?: string;
  /** The person who signs: used in the accessible label and for the typed method. */
  @property({ attribute: 'signer-name' }) signerName?: string;
  /** Overrides the visible label. */
  @property() label?: string;

  @state() private active: Method = 'drawn';
  @state() private strokeCount = 0;
  @state() private upload: { file: File; url: string } | null = null;
  @state() private uploadError?: PadKey;
  @state() private busy = false;
  @state() private typed = '';
  /** Once the person edits the typed name, it is no longer filled from `signer-name`. */
  private typedEdited = false;
  @state() private intent = false;
  @state() private signed: { file: File; method: Method; at: string } | null = null;

  /** The view, its styles and texts, the drawing and the checks (parts.ts): loaded on first connection. */
  private parts?: typeof Parts;
  private drawing?: DrawingController;
  private loading = false;
  private pending: Promise<unknown> = Promise.resolve();
  private seq = 0;
  /** The signing time a restored draft brings back, used by the next commit. */
  private restoredAt?: string;

  constructor() {
    super();
    this.addEventListener('invalid', () => this.touch());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.parts || this.loading) return;
    this.loading = true;
    this.track(
      Promise.all([import('./parts.js'), this.localize.add(padCatalog)]).then(([parts]) => {
        const onStroke = () => {
          this.strokeCount = this.drawing!.count;
          this.commit(true);
        };
        this.drawing = parts.attach(this, { onStroke, onIdle: () => this.touch() });
        this.parts = parts;
        this.requestUpdate();
      }),
    );
  }

  /** Until its view is there, the pad shows only its busy wrapper. */
  protected override waiting(): boolean {
    return super.waiting() || !this.parts;
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
    return this.drawing?.strokes() ?? [];
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
    const { control, anchor } = this.controls();
    const target = this.validity.valid ? control : anchor;
    return target ? target.focus(options) : super.focus(options);
  }

  /** The chosen method's control and the one its error is about (none before the view is there). */
  private controls(): { control?: HTMLElement; anchor?: HTMLElement } {
    const awaitsIntent = this.active === 'typed' && !!this.typed.trim() && !this.intent;
    return this.parts?.controlsOf(this.shadowRoot, this.active, awaitsIntent) ?? {};
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
    if (removing) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#file')?.focus());
  }

  undo(): void {
    if (!this.drawing?.pad) return;
    this.drawing.undo();
    this.strokeCount = this.drawing.count;
    this.commit(true);
  }

  /** Brings back a draft (or a browser-restored state). */
  async restore(d: SignatureDraft): Promise<void> {
    await this.updateComplete;
    if (!this.offered.includes(d.method)) return;
    this.active = d.method;
    if (d.method === 'drawn' && d.strokes && this.drawing?.pad) {
      this.drawing.load(d.strokes);
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

  /** The methods offered (known once the view is there: before, the pad shows nothing to choose). */
  private get offered(): Method[] {
    return this.parts?.parseMethods(this.methods) ?? [];
  }

  private complete(m = this.active): boolean {
    if (m === 'drawn') return !!this.drawing?.enough;
    if (m === 'uploaded') return !!this.upload;
    return !!this.typed.trim() && this.intent;
  }

  private clearMethod(m: Method): void {
    if (m === 'drawn') {
      this.drawing?.clear();
      this.strokeCount = 0;
    } else if (m === 'uploaded') {
      this.setUpload(null);
      this.uploadError = undefined;
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
    const file = png && asPng(png);
    this.upload = file ? { file, url: URL.createObjectURL(file) } : null;
  }

  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  /** The chosen method's PNG: the uploaded one, or the strokes or the typed name rendered. */
  private async makePng(m: Method): Promise<File | null> {
    if (!this.complete(m)) return null;
    return this.parts!.pngOf(this, m, { upload: this.upload?.file, strokes: this.strokes, typed: this.typed.trim() });
  }

  /** After any change of the chosen method: renders its PNG, then sets the form value and tells listeners. */
  private commit(byUser: boolean): void {
    const seq = ++this.seq;
    const m = this.active;
    if (byUser) this.fire('input');
    this.updateValidity();
    this.track(
      this.makePng(m).then((file) => {
        if (seq !== this.seq) return;
        const before = this.signed;
        const at = this.restoredAt ?? (before && file === before.file ? before.at : new Date().toISOString());
        this.restoredAt = undefined;
        this.signed = file ? { file, method: m, at } : null;
        // A file is complete only once the parts are there.
        const stateOf = (png: File) =>
          this.parts!.toFormState({ method: m, png, at, strokes: this.strokes, typedText: this.typed });
        this.setFormValue(file, file && stateOf(file));
        this.updateValidity();
        if (byUser && file !== (before?.file ?? null)) this.fire('change');
      }),
    );
  }

  private track(p: Promise<unknown>): void {
    this.pending = Promise.all([this.pending, p]).catch((e) => console.error('[procura] signature', e));
  }

  /** Before the pad's own checks and texts are there, a required pad is missing its value all the same. */
  private updateValidity(): void {
    const m = this.active;
    const started = m === 'drawn' ? this.strokeCount > 0 : !!this.typed.trim();
    const found = this.parts
      ? this.parts.padValidity({ method: m, started, complete: this.complete() }, this)
      : validate(this.value, this, [required]);
    if (found) this.setValidity(found.flags, this.localize.t(found.key as PadKey), this.controls().anchor);
    else this.setValidity({});
  }

  private touch(): void {
    this.touched = true;
    this.requestUpdate();
  }

  protected resetValue(): void {
    this.drawing?.stopIdle();
    for (const m of ['drawn', 'uploaded', 'typed'] as const) this.clearMethod(m);
    this.active = this.offered[0] ?? 'drawn';
    this.commit(false);
  }

  protected restoreValue(state: FormValue): void {
    // The browser may restore before the view is there: the state is read once it is.
    void this.updateComplete.then(() => {
      const draft = this.parts?.fromFormState(state);
      if (draft) void this.restore(draft);
      else this.resetValue();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.parts && !this.offered.includes(this.active)) this.active = this.offered[0] ?? 'drawn';
    // The typed method starts from the signer's name; the checkbox is what makes it a signature.
    if (this.active === 'typed' && !this.typed && !this.typedEdited && this.signerName?.trim())
      this.typed = this.signerName.trim();
  }

  protected override updated(changed: PropertyValues): void {
    // The canvas comes with the first render that has texts (on a Dutch page the first shows only the
    // busy wrapper), and a new one whenever the content is drawn again from scratch: draw on the one shown.
    const { drawing } = this;
    if (drawing?.stale) this.track(drawing.setUp(() => this.disabled).then(() => this.requestUpdate()));
    if (changed.has('disabled')) drawing?.enable(!this.disabled);
    if (changed.has('active')) drawing?.fit();
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

  private onFile = (e: Event): void => {
    const file = (e.target as HTMLInputElement).files?.[0];
    const { uploadProblem, readScan } = this.parts!;
    this.uploadError = file && uploadProblem(file);
    if (!file || this.uploadError) return;
    this.busy = true;
    this.track(
      readScan(file).then((result) => {
        this.busy = false;
        if (result instanceof Blob) this.setUpload(result);
        else this.uploadError = result;
        this.commit(true);
      }),
    );
  };

  private onTyped = (e: Event): void => {
    this.typed = (e.target as HTMLInputElement).value;
    this.typedEdited = true;
    this.commit(true);
  };

  private onIntent = (e: Event): void => {
    this.intent = (e.target as HTMLInputElement).checked;
    this.touch();
    this.commit(true);
  };

  // ---- rendering

  private errorText(): string {
    if (this.uploadError && this.active === 'uploaded')
      return this.localize.t(this.uploadError, { max: this.parts!.MAX_MB });
    return this.touched && !this.disabled ? this.validationMessage : '';
  }

  protected renderContent(): TemplateResult {
    const error = this.errorText();
    return this.parts!.renderPad({
      localize: this.localize,
      offered: this.offered,
      active: this.active,
      label: this.label,
      signerName: this.signerName,
      required: this.required,
      disabled: this.disabled,
      strokeCount: this.strokeCount,
      uploadUrl: this.upload?.url,
      typed: this.typed,
      intent: this.intent,
      busy: this.busy,
      ready: !!this.drawing?.pad && !this.drawing.stale,
      signedAt: this.signed?.at ?? null,
      error,
      // The error belongs to the chosen method's control (the validity anchor), which it describes.
      anchorId: error ? this.controls().anchor?.id : undefined,
      on: {
        choose: (m) => this.choose(m),
        undo: () => this.undo(),
        clear: () => this.clear(),
        file: this.onFile,
        typed: this.onTyped,
        intent: this.onIntent,
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'procura-signature-pad': ProcuraSignaturePad;
  }
}
