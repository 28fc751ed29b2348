import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { PointGroup } from 'signature_pad';
import '../src/define/signature-pad.js';
import type { ProcuraSignaturePad, SignatureDraft } from '../src/signature-pad/signature-pad.js';

/*
 * Every state through the element's public `restore()` (what a draft does), so that the
 * states need no drawing by hand. The "Empty" story is the live element.
 */
type Args = { lang: string; methods: string; signerName: string; label: string; required: boolean; disabled: boolean };

export default {
  title: 'Elements/Signature pad',
  component: 'procura-signature-pad',
  argTypes: {
    lang: { control: 'select', options: ['fr', 'fr-BE', 'fr-CA', 'nl', 'nl-BE', 'en'] },
    methods: {
      control: 'select',
      options: ['drawn uploaded', 'drawn uploaded typed', 'drawn', 'uploaded typed', 'typed'],
    },
    signerName: { control: 'text' },
    label: { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
  },
  args: {
    lang: 'fr',
    methods: 'drawn uploaded typed',
    signerName: 'Anne Dupont',
    label: '',
    required: true,
    disabled: false,
  },
};

const SIGNED = '2025-03-14T09:30:00.000Z';

/** A handwriting-like path in a 600×200 box: a loop, waves and an underline. */
function strokes(): PointGroup[] {
  const group = (pts: [number, number][]): PointGroup => ({
    points: pts.map(([x, y], i) => ({ x, y, pressure: 0.5, time: i * 16 })),
    penColor: '#0b1f4d',
    dotSize: 0,
    minWidth: 0.8,
    maxWidth: 2.8,
    velocityFilterWeight: 0.7,
    compositeOperation: 'source-over',
  });
  const wave: [number, number][] = [];
  for (let t = 0; t <= 1; t += 0.02)
    wave.push([70 + 420 * t + 22 * Math.cos(t * 40), 105 - 38 * Math.sin(t * 40) * (1 - t * 0.4)]);
  return [
    group(wave),
    group([
      [90, 150],
      [220, 156],
      [360, 150],
      [500, 146],
    ]),
  ];
}

/** A scanned signature: blue ink on transparency, as the upload path produces it. */
async function scan(): Promise<Blob> {
  const c = Object.assign(document.createElement('canvas'), { width: 320, height: 110 });
  const ctx = c.getContext('2d')!;
  ctx.strokeStyle = '#1a2f8a';
  ctx.lineWidth = 4;
  ctx.lineJoin = ctx.lineCap = 'round';
  ctx.beginPath();
  for (let x = 10; x <= 310; x += 6) ctx.lineTo(x, 55 + 35 * Math.sin(x / 14) * Math.cos(x / 60));
  ctx.stroke();
  return new Promise((r) => c.toBlob((b) => r(b!), 'image/png'));
}

const view = (
  args: Args,
  draft?: () => Promise<SignatureDraft | undefined>,
  after?: (el: ProcuraSignaturePad) => void,
) =>
  html`<procura-signature-pad
    style="max-width: 640px"
    name="signature"
    lang=${args.lang}
    methods=${args.methods}
    signer-name=${args.signerName || nothing}
    label=${args.label || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ${ref(async (el) => {
      if (!el || !draft || (el as HTMLElement).dataset.restored) return;
      (el as HTMLElement).dataset.restored = '1';
      const d = await draft();
      if (d) await (el as ProcuraSignaturePad).restore(d);
      after?.(el as ProcuraSignaturePad);
    })}
  ></procura-signature-pad>`;

const drawn = async (): Promise<SignatureDraft> => ({ method: 'drawn', strokes: strokes(), signedAt: SIGNED });

/** Nothing signed yet: draw, upload a scan or type (the live element). */
export const Empty = { render: (args: Args) => view(args) };

/** A drawn signature, as a restored draft. */
export const Drawn = { render: (args: Args) => view(args, drawn) };

/** A typed name, rendered in a handwriting-like font, with the intent confirmed. */
export const Typed = {
  render: (args: Args) =>
    view(args, async () => ({ method: 'typed', typedText: args.signerName || 'Anne Dupont', signedAt: SIGNED })),
};

/** An uploaded scan, reduced to its ink. */
export const Uploaded = {
  render: (args: Args) => view(args, async () => ({ method: 'uploaded', png: await scan(), signedAt: SIGNED })),
};

/** A dot is not a signature: the message shows beside the pad (as after a submit attempt). */
export const TooShort = {
  render: (args: Args) =>
    view(
      args,
      async () => ({
        method: 'drawn',
        strokes: [{ ...strokes()[1]!, points: [{ x: 300, y: 100, pressure: 0.5, time: 0 }] }],
      }),
      (el) => el.dispatchEvent(new Event('invalid')),
    ),
};

/** Required and empty after a submit attempt. */
export const Missing = {
  render: (args: Args) =>
    view(
      args,
      async () => undefined,
      (el) => el.dispatchEvent(new Event('invalid')),
    ),
};

/** Disabled (or inside a disabled fieldset), with a signature. */
export const Disabled = { args: { disabled: true }, render: (args: Args) => view(args, drawn) };

/** Only drawing asked for: upload is still offered, since drawing needs a precise pointer. */
export const DrawnOnly = { args: { methods: 'drawn' }, render: (args: Args) => view(args) };

/** Every language side by side: empty and drawn. */
export const EveryLocale = {
  render: (args: Args) =>
    html`${['fr', 'fr-BE', 'fr-CA', 'nl', 'nl-BE', 'en'].map(
      (lang) => html`<h3>${lang}</h3>
        ${view({ ...args, lang })} ${view({ ...args, lang }, drawn)}`,
    )}`,
};

/** Inside a native form: the PNG goes into FormData under `name`; reset clears it. */
export const InAForm = {
  render: (args: Args) => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const file = new FormData(e.target as HTMLFormElement).get('signature') as File | null;
      (e.target as HTMLFormElement).querySelector('output')!.value = file
        ? `${file.name}, ${file.type}, ${file.size} bytes`
        : 'no signature';
    }}
  >
    ${view(args)}
    <p><button>Submit</button> <button type="reset">Reset</button></p>
    <output></output>
  </form>`,
};
