/**
 * The mandate editor's PDF preview: the form previewed beside the editor (the real
 * `<procura-mandate-form>`, created by tag name by src/studio/preview.ts) makes a specimen of its
 * PDF with the definition being edited (`specimenPdf()`: a blank mandate, nobody named). It is
 * made only when asked (pdf-lib and the form's review texts load then), shown in the page, and
 * offered as a download.
 */
import { html, nothing } from '../../core/reactive.js';
import type { MandateFormConfig } from '../../model/mandate-config.js';
import type { StudioHost } from '../host.js';

type Specimen = HTMLElement & {
  config?: unknown;
  updateComplete?: Promise<unknown>;
  specimenPdf?: (service?: string) => Promise<Blob>;
};

interface Made {
  url: string;
  definition: MandateFormConfig;
}
/** Each studio's PDF (a page may hold two studios): the last one made, and where making it stands. */
interface Shown {
  made?: Made;
  state: 'idle' | 'making' | 'failed' | 'blocked';
}
const shown = new WeakMap<StudioHost, Shown>();
const of = (host: StudioHost): Shown => {
  let s = shown.get(host);
  if (!s) shown.set(host, (s = { state: 'idle' }));
  return s;
};

/** The form in the preview, given this definition (the preview may not have caught up yet). */
function previewed(from: Element, d: MandateFormConfig): Specimen | undefined {
  const root = from.getRootNode() as ShadowRoot | Document;
  const el = root.querySelector<Specimen>('#preview-frame procura-mandate-form');
  if (!el?.specimenPdf) return undefined;
  el.config = structuredClone(d);
  return el;
}

async function make(host: StudioHost, from: Element, d: MandateFormConfig): Promise<void> {
  const s = of(host);
  const el = previewed(from, d);
  if (!el?.specimenPdf) {
    s.state = 'blocked';
    host.requestUpdate();
    return;
  }
  s.state = 'making';
  host.announce(host.t('studio.mandate.pdf.making'));
  host.requestUpdate();
  try {
    await el.updateComplete;
    const blob = await el.specimenPdf(Object.keys(d.serviceNames ?? {})[0]);
    if (s.made) URL.revokeObjectURL(s.made.url);
    s.made = { url: URL.createObjectURL(blob), definition: d };
    s.state = 'idle';
    host.announce(host.t('studio.mandate.pdf.ready'));
  } catch {
    s.state = 'failed';
    host.announce(host.t('studio.mandate.pdf.failed'));
  }
  host.requestUpdate();
}

const NOTE = {
  making: 'studio.mandate.pdf.making',
  failed: 'studio.mandate.pdf.failed',
  blocked: 'studio.mandate.pdf.blocked',
} as const;

export function pdfView(host: StudioHost, d: MandateFormConfig, blocked: boolean) {
  const s = of(host);
  const { made, state } = s;
  const note = state === 'idle' ? undefined : NOTE[state];
  return html`<section class="pdf-preview" aria-labelledby="mandate-pdf-h">
    <h3 id="mandate-pdf-h">${host.t('studio.mandate.pdf.heading')}</h3>
    <p>${host.t('studio.mandate.pdf.hint')}</p>
    <button
      type="button"
      id="mandate-pdf-make"
      aria-disabled=${blocked || state === 'making' ? 'true' : 'false'}
      aria-describedby="mandate-pdf-note"
      @click=${(e: Event) => {
        if (blocked) s.state = 'blocked';
        if (blocked || s.state === 'making') return host.requestUpdate();
        void make(host, e.currentTarget as Element, d);
      }}
    >
      ${host.t('studio.mandate.pdf.make')}
    </button>
    <p id="mandate-pdf-note">${note ? host.t(note) : nothing}</p>
    ${
      made
        ? html`${made.definition !== d ? html`<p class="stale">${host.t('studio.mandate.pdf.stale')}</p>` : nothing}
          <p>
            <a id="mandate-pdf-download" href=${made.url} download=${host.t('studio.mandate.pdf.filename')}
              >${host.t('studio.mandate.pdf.download')}</a
            >
          </p>
          <iframe id="mandate-pdf-frame" title=${host.t('studio.mandate.pdf.frame')} src=${made.url}></iframe>`
        : nothing
    }
  </section>`;
}
