import type { PointGroup } from 'signature_pad';
import type { Method } from './ink.js';

export interface SignatureDraft {
  method: Method;
  strokes?: PointGroup[];
  typedText?: string;
  png?: Blob | null;
  intent?: boolean;
  signedAt?: string | null;
}

/** What the browser keeps for a back/forward restore: the method, the PNG, the time, and the strokes or the typed name. */
export function toFormState(
  d: Required<Pick<SignatureDraft, 'method' | 'strokes' | 'typedText'>> & { png: File; at: string },
): FormData {
  const fd = new FormData();
  fd.set('method', d.method);
  fd.set('png', d.png);
  fd.set('at', d.at);
  if (d.method === 'drawn') fd.set('strokes', JSON.stringify(d.strokes));
  if (d.method === 'typed') fd.set('text', d.typedText);
  return fd;
}

/** The draft a restored state stands for; undefined when the browser gives back nothing usable. */
export function fromFormState(state: unknown): SignatureDraft | undefined {
  if (!(state instanceof FormData)) return undefined;
  let strokes: unknown;
  try {
    strokes = JSON.parse(String(state.get('strokes')));
  } catch {
    strokes = undefined;
  }
  const png = state.get('png');
  const at = state.get('at');
  return {
    method: state.get('method') as Method,
    strokes: Array.isArray(strokes) ? (strokes as PointGroup[]) : undefined,
    typedText: String(state.get('text') ?? ''),
    png: png instanceof File ? png : null,
    signedAt: typeof at === 'string' ? at : null,
  };
}
