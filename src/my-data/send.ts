// The request form's rarer parts: its check, its JSON body and the rectification's fields, loaded with the first
// submission or the choice of a rectification (and prefetched once the sheet is idle), not before the sheet is shown.
import type { RightsKind, RightsRequestInput } from '../model/rights.js';
import type { FormErrors, RequestForm } from './store.js';

export { rectification } from './rectification-view.js';

/** The largest proof document a request takes (as the backend: `attachment-too-large` above). */
export const MAX_ATTACHMENT = 2 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** What is missing or wrong in the form, before anything is sent. */
export function checkForm(f: RequestForm): FormErrors {
  const e: FormErrors = {};
  if (!f.kind) e.kind = 'kind';
  if (f.kind === 'rectification' && !f.field) e.field = 'field';
  if (f.kind === 'rectification' && !f.value.trim()) e.value = 'value';
  if (f.file && !(ATTACHMENT_TYPES as readonly string[]).includes(f.file.type)) e.file = 'fileType';
  else if (f.file && f.file.size > MAX_ATTACHMENT) e.file = 'fileSize';
  return e;
}

async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The JSON body of `POST /requests`; the field and value only for a rectification. */
export async function requestInput(f: RequestForm & { kind: RightsKind }): Promise<RightsRequestInput> {
  const input: RightsRequestInput = { kind: f.kind };
  if (f.kind === 'rectification' && f.field) Object.assign(input, { field: f.field, value: f.value.trim() });
  if (f.note.trim()) input.note = f.note.trim();
  if (f.file)
    input.attachment = {
      filename: f.file.name,
      mediaType: f.file.type as AttachmentType,
      base64: await base64Of(f.file),
    };
  return input;
}
