// What the element reads from and sends to the backend, through its BackendController only.
import type { BackendController } from '../core/backend-controller.js';
import type { CorrectableField, MyData, RightsKind } from '../model/rights.js';

/** `GET /me/data`: the summary sheet of the signed-in person. */
export async function fetchMyData(backend: Pick<BackendController, 'request'>): Promise<MyData> {
  const data = await backend.request<MyData>('me/data', { retries: 2 });
  if (!data?.person || !Array.isArray(data.requests))
    // The error classes load with the backend client, not with the sheet.
    throw new (await import('../core/errors.js')).ProblemError({ title: 'unexpected answer', status: 502 });
  return data;
}

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
