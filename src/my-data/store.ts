// What the element reads from and sends to the backend, through its BackendController only.
import type { BackendController } from '../core/backend-controller.js';
import { ProblemError } from '../core/errors.js';
import { treeKey, type TreeTexts } from './texts.js';
import type { PublishedDefinition } from '../model/definition.js';
import { parse } from '../model/schema.js';
import { treeDefinition, type Decision } from '../model/tree.js';
import type { CorrectableField, MyData, RightsKind, RightsReceipts, RightsRequestInput } from '../model/rights.js';

/** `GET /me/data`: the summary sheet of the signed-in person. */
export async function fetchMyData(backend: Pick<BackendController, 'request'>): Promise<MyData> {
  const data = await backend.request<MyData>('me/data', { retries: 2 });
  if (!data?.person || !Array.isArray(data.requests))
    throw new ProblemError({ title: 'unexpected answer', status: 502 });
  return data;
}

/**
 * The words of the questionnaires the person answered, for each decision that names its published
 * definition (`GET /definitions/{id}?version=`, public): the title and each outcome's text (every language
 * the definition has). A definition that cannot be read, or is not the one the decision names (its
 * SHA-256), is left out: that decision is then shown by its ids.
 */
export async function fetchTreeTexts(
  backend: Pick<BackendController, 'request'>,
  decisions: readonly Decision[],
): Promise<Map<string, TreeTexts>> {
  const out = new Map<string, TreeTexts>();
  const refs = new Map(decisions.flatMap((d) => (d.definition ? [[treeKey(d), d.definition] as const] : [])));
  await Promise.all(
    [...refs].map(async ([key, ref]) => {
      const path = `definitions/${encodeURIComponent(ref.id)}?version=${ref.version}`;
      const pub = await backend.request<PublishedDefinition>(path, { retries: 1 }).catch(() => undefined);
      const tree = pub?.sha256 === ref.sha256 ? parse(treeDefinition, pub.definition) : undefined;
      if (!tree?.ok) return;
      const outcomes = Object.fromEntries(Object.entries(tree.value.outcomes).map(([id, o]) => [id, o.text]));
      const title = tree.value.title;
      out.set(key, title === undefined ? { outcomes } : { title, outcomes });
    }),
  );
  return out;
}

/** `GET /requests/{id}/receipt` (its `receiptUrl`, resolved like the backend's other links). */
export async function fetchReceipts(
  backend: Pick<BackendController, 'fetchResponse'>,
  href: string,
): Promise<RightsReceipts> {
  const res = await backend.fetchResponse(href, { retries: 1 });
  return (await res.json()) as RightsReceipts;
}

/** The largest proof document a request takes (as the backend: `attachment-too-large` above). */
export const MAX_ATTACHMENT = 2 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export interface RequestForm {
  kind?: RightsKind;
  field?: CorrectableField | '';
  value: string;
  note: string;
  file?: File;
}

export type FormErrors = Partial<
  Record<'kind' | 'field' | 'value' | 'file', 'kind' | 'field' | 'value' | 'fileSize' | 'fileType'>
>;

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

/** Saves bytes as a file the person downloads. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `procura-mes-donnees-2026-12-01.json`: the day of the sheet, never a name. */
export function fileName(data: MyData, ext: 'json' | 'pdf'): string {
  return `procura-mes-donnees-${data.generatedAt.slice(0, 10)}.${ext}`;
}
