// The audit export, loaded when a broker asks for it (not with the inbox).
import type { BackendController } from '../core/backend-controller.js';

type Backend = Pick<BackendController, 'fetchResponse'>;

/** `GET /desk/audit` as a file the browser saves (its name is the server's). */
export async function downloadAudit(
  backend: Backend,
  p: { from: string; to: string; format: 'csv' | 'jsonl' },
): Promise<void> {
  const res = await backend.fetchResponse(`desk/audit?${new URLSearchParams(p)}`, { retries: 1 });
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), {
    href: url,
    download: name ?? `procura-audit-${p.from}-${p.to}.${p.format}`,
  });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
