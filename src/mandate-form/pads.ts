/**
 * The signature pads' side of the flow: a pad's change becomes a kept signature (its PNG and
 * hash), and kept signatures (a draft, a step come back to) are drawn again in fresh pads.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sha256Hex } from '../core/crypto.js';
import { report } from '../core/report.js';
import type { Signature } from '../model/mandate.js';
import type { Party } from './model.js';
import type { FlowController } from './flow.js';
import { PAD, type Pad, type SignatureState } from './types.js';

export class PadsController implements ReactiveController {
  private seq = { grantor: 0, mandatary: 0 };
  private filled = new WeakSet<Element>();
  private quiet = new WeakSet<Element>();
  private reading: Promise<unknown> = Promise.resolve();

  constructor(
    private host: ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly localName: string },
    private flow: FlowController,
    private changed: () => void,
  ) {
    host.addController(this);
  }

  /** A pad changed: its signature is kept (or dropped when cleared). */
  read(party: Party, pad: Pad): Promise<void> {
    const done = this.keep(party, pad);
    this.reading = Promise.all([this.reading, done]);
    return done;
  }

  /**
   * Once every pad has made its PNG and the form has kept it: a step pressed on at once after the
   * pen is lifted is judged with the signature just drawn.
   */
  async settled(): Promise<void> {
    await Promise.all([...this.host.renderRoot.querySelectorAll<Pad>(PAD)].map((p) => p.updateComplete));
    for (let r = this.reading; ; r = this.reading) {
      await r;
      if (r === this.reading) return;
    }
  }

  private async keep(party: Party, pad: Pad): Promise<void> {
    if (this.quiet.has(pad)) return;
    const seq = ++this.seq[party];
    const png = pad.isEmpty() ? null : await pad.toPNG();
    if (seq !== this.seq[party]) return;
    const sigs = { ...this.flow.sigs };
    if (png) sigs[party] = await signature(pad, png);
    else delete sigs[party];
    this.flow.set({ sigs });
    this.filled.add(pad);
    this.flow.seen.add(`signatures.${party}`);
    this.changed();
  }

  /** Brings the kept signatures back into freshly rendered pads. */
  hostUpdated(): void {
    for (const pad of this.host.renderRoot.querySelectorAll<Pad>(PAD)) {
      const party = pad.dataset.party as Party;
      // The step was submitted without this signature: the pad shows its own error (its `invalid` event does it).
      if (pad.getAttribute('aria-invalid') === 'true' && !this.flow.server[`signatures.${party}`])
        void customElements.whenDefined(PAD).then(async () => {
          await pad.updateComplete;
          pad.checkValidity?.();
        });
      const s = this.flow.sigs[party];
      if (!s || this.filled.has(pad)) continue;
      this.filled.add(pad);
      void customElements.whenDefined(PAD).then(() => this.restore(pad, s));
    }
  }

  private async restore(pad: Pad, s: SignatureState): Promise<void> {
    if (!pad.isEmpty()) return;
    this.quiet.add(pad);
    try {
      const { method, strokes, typedText, png, signedAt } = s;
      await pad.restore({ method, strokes, typedText, png, intent: true, signedAt });
    } catch (e) {
      report(this.host.localName, 'a signature could not be shown again', e);
    } finally {
      this.quiet.delete(pad);
    }
  }
}

async function signature(pad: Pad, png: Blob): Promise<SignatureState> {
  return {
    method: (pad.method as Signature['method']) ?? 'drawn',
    signedAt: pad.signedAt ?? new Date().toISOString(),
    png,
    imageSha256: await sha256Hex(png),
    strokes: pad.strokes,
    typedText: pad.typedText,
  };
}
