/**
 * What a mandate and an access request share: a multipart body with the form as JSON and its
 * signed PDF, the same refusals (400, 413, 415, 422) and the same checks of the document.
 */
import type { Context } from 'hono';
import type { Issue } from '../../../src/model/index.js';
import type { Deps } from '../../deps.js';
import { badRequest, invalid, tooLarge, unsupported, type FieldError } from '../../errors.js';
import { sha256 } from '../../chain.js';
import { inspectPdf } from '../../pdf.js';
import { nestedTooDeep } from '../../http/limits.js';

export interface SignedForm {
  raw: unknown;
  doc: Blob;
  bytes: Uint8Array;
  sha256: string;
}

/** Reads the `part` (JSON) and `document` (PDF) parts; throws the same problems for every form. */
export async function readSignedForm(c: Context, d: Deps, part: string): Promise<SignedForm> {
  if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? ''))
    throw unsupported(`Send multipart/form-data with a "${part}" part (JSON) and a "document" part (application/pdf).`);
  let form: FormData;
  try {
    form = await c.req.raw.formData();
  } catch {
    throw badRequest('The multipart body could not be read.');
  }
  const jsonPart = form.get(part);
  const documentPart = form.get('document');
  const missing: FieldError[] = [];
  if (jsonPart === null)
    missing.push({ pointer: `/${part}`, detail: `the "${part}" part (JSON) is missing`, code: 'required' });
  if (!(documentPart instanceof Blob))
    missing.push({ pointer: '/document', detail: 'the "document" part (a PDF file) is missing', code: 'required' });
  if (missing.length) throw badRequest('A part of the multipart body is missing.', missing);
  let raw: unknown;
  const json = typeof jsonPart === 'string' ? jsonPart : await (jsonPart as Blob).text();
  if (nestedTooDeep(json, d.limits.jsonDepth))
    throw badRequest(`The "${part}" part nests arrays and objects more than ${d.limits.jsonDepth} deep.`, [
      { pointer: `/${part}`, detail: 'nests too deep', code: 'json' },
    ]);
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw badRequest(`The "${part}" part is not valid JSON: ${(err as Error).message}`, [
      { pointer: `/${part}`, detail: 'is not valid JSON', code: 'json' },
    ]);
  }
  const doc = documentPart as Blob;
  if (doc.size > d.limits.documentBytes)
    throw tooLarge(`The document is larger than ${d.limits.documentBytes} bytes.`, [
      { pointer: '/document', detail: `must be at most ${d.limits.documentBytes} bytes`, code: 'max' },
    ]);
  const bytes = new Uint8Array(await doc.arrayBuffer());
  return { raw, doc, bytes, sha256: sha256(bytes) };
}

/**
 * Refuses, with one 422 naming every field, a form whose rules failed (`issues`) or whose
 * document is not a PDF, or not the one signed (`document.sha256`). Returns the page count.
 */
export function checkSignedForm(f: SignedForm, d: Deps, issues: Issue[], rulesPassed: boolean): number {
  const errors: FieldError[] = [];
  if (f.doc.type && !/^application\/pdf\b/i.test(f.doc.type))
    errors.push({
      pointer: '/document',
      detail: `must be sent as application/pdf, not ${f.doc.type.slice(0, 60)}`,
      code: 'type',
    });
  const pdf = inspectPdf(f.bytes, d.limits);
  for (const p of pdf.problems) errors.push({ pointer: '/document', detail: p.detail, code: p.code });
  const declared = (f.raw as { document?: { sha256?: unknown } })?.document?.sha256;
  if (rulesPassed && !declared)
    issues.push({ path: 'document.sha256', code: 'required', message: 'is required: the SHA-256 of the signed PDF' });
  else if (typeof declared === 'string' && declared !== f.sha256)
    issues.push({
      path: 'document.sha256',
      code: 'hashMismatch',
      message: 'does not match the SHA-256 of the uploaded PDF',
    });
  if (issues.length || errors.length) throw invalid(issues, errors);
  return pdf.pages;
}
