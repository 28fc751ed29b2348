import { getConfiguration } from './configure.js';
import { ProblemError, UnreachableError } from './errors.js';
import type { Problem } from '../model/problem.js';

export interface Part {
  name: string;
  value: string | Blob;
  filename?: string;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  parts?: Part[];
  idempotencyKey?: string;
  /** Milliseconds before one attempt is abandoned (default: configure().timeout or 15 s). */
  timeout?: number;
  /** Extra attempts after the first on network errors, timeouts, 5xx and 429 (default 3). */
  retries?: number;
  locale?: string;
  /**
   * The longest `Retry-After` waited for inside this request (default 30 s). A longer one (or one
   * on the last attempt) ends the request with a RetryLaterError saying when to come back.
   */
  maxRetryAfter?: number;
  /** Sends no configured headers and no cookies (a cookie opposition carries no identifier). */
  anonymous?: boolean;
  signal?: AbortSignal;
}

const RETRYABLE = (status: number) => status >= 500 || status === 429 || status === 408;
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

/** Joins the endpoint and a route: (`/api`, `grants/7`) → `/api/grants/7`, resolved against the page. */
export function resolveUrl(endpoint: string, path: string): string {
  const base = new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`, document.baseURI);
  return new URL(path.replace(/^\//, ''), base).href;
}

/** `Retry-After` (seconds, or an HTTP date) as milliseconds from now; null without a usable one. */
export function retryAfterMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const s = Number(value.trim());
  const ms = value.trim() !== '' && Number.isFinite(s) ? s * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
}

/** The server said when to come back (429 or 503 with `Retry-After`): not before `retryAfter` ms from now. */
export class RetryLaterError extends UnreachableError {
  constructor(
    message: string,
    status: number,
    readonly retryAfter: number,
  ) {
    super(message, status);
  }
}

/** Milliseconds to wait: Retry-After when the server says, else exponential backoff with jitter. */
export function backoff(attempt: number, retryAfter?: string | null, base = 250): number {
  if (retryAfter) {
    const s = Number(retryAfter);
    const ms = Number.isFinite(s) ? s * 1000 : Date.parse(retryAfter) - Date.now();
    if (ms >= 0) return Math.min(ms, 30_000);
  }
  const exp = Math.min(base * 2 ** attempt, 8_000);
  return exp / 2 + Math.random() * (exp / 2);
}

async function headersFromConfig(): Promise<Record<string, string>> {
  const h = getConfiguration().headers;
  return (typeof h === 'function' ? await h() : h) ?? {};
}

/**
 * Talks to the backend: JSON or multipart bodies, an Idempotency-Key on writes,
 * a timeout per attempt, retries with backoff on what may heal by itself, and
 * problem+json turned into a ProblemError whose `fields` the elements show.
 */
export class BackendClient {
  constructor(readonly endpoint: string) {}

  async request<T = unknown>(path: string, opts: RequestOptions = {}): Promise<T> {
    const res = await this.fetchResponse(path, opts);
    if (res.status === 204) return undefined as T;
    const type = res.headers.get('content-type') ?? '';
    return (type.includes('json') ? await res.json() : await res.text()) as T;
  }

  /** The raw response of a successful request (for documents). */
  async fetchResponse(path: string, opts: RequestOptions = {}): Promise<Response> {
    const cfg = getConfiguration();
    const doFetch = cfg.fetch ?? globalThis.fetch.bind(globalThis);
    const url = resolveUrl(this.endpoint, path);
    const method = opts.method ?? (opts.json !== undefined || opts.parts ? 'POST' : 'GET');
    const retries = opts.retries ?? 3;
    const timeout = opts.timeout ?? cfg.timeout ?? 15_000;
    const credentials = opts.anonymous ? 'omit' : (cfg.credentials ?? 'same-origin');
    let lastStatus: number | undefined;

    for (let attempt = 0; ; attempt++) {
      const res = await once(doFetch, url, { method, credentials, ...(await prepare(opts)) }, timeout, opts.signal);
      if (typeof res !== 'string') {
        if (res.ok) return res;
        lastStatus = res.status;
        await sleep(await retryWait(res, attempt, retries, opts.maxRetryAfter), opts.signal);
        continue;
      }
      if (attempt >= retries) throw new UnreachableError(res, lastStatus);
      await sleep(backoff(attempt), opts.signal);
    }
  }
}

/** The headers and body of one attempt: the headers of configure() are asked for afresh each time. */
async function prepare(opts: RequestOptions): Promise<{ headers: Record<string, string>; body?: BodyInit }> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...(opts.anonymous ? {} : await headersFromConfig()),
  };
  // The server writes its `detail` in this language; the elements show their own texts first.
  if (opts.locale) headers['Accept-Language'] = opts.locale;
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  if (opts.parts) {
    const fd = new FormData();
    for (const p of opts.parts)
      if (p.value instanceof Blob) fd.append(p.name, p.value, p.filename ?? p.name);
      else fd.append(p.name, p.value);
    return { headers, body: fd };
  }
  if (opts.json === undefined) return { headers };
  headers['Content-Type'] = 'application/json';
  return { headers, body: JSON.stringify(opts.json) };
}

/** One attempt within `timeout`: the answer, or why there was none (`timeout`, `network`). The caller's abort throws. */
async function once(
  doFetch: typeof fetch,
  url: string,
  init: RequestInit,
  timeout: number,
  signal?: AbortSignal,
): Promise<Response | string> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(new DOMException('timeout', 'TimeoutError')), timeout);
  const onAbort = () => ctrl.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await doFetch(url, { ...init, signal: ctrl.signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    const name = (e as Error | undefined)?.name;
    return name === 'AbortError' || name === 'TimeoutError' ? 'timeout' : 'network';
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A refused answer: throws a ProblemError when retrying will not help, an UnreachableError (or
 * RetryLaterError) when the attempts are spent or the server asks for a longer wait than allowed;
 * else the milliseconds to wait before the next attempt.
 */
async function retryWait(res: Response, attempt: number, retries: number, maxRetryAfter = 30_000): Promise<number> {
  if (!RETRYABLE(res.status))
    throw new ProblemError(await readProblem(res), res.headers.get('content-language') ?? undefined);
  const asked = retryAfterMs(res.headers.get('retry-after'));
  if (attempt >= retries || (asked !== null && asked > maxRetryAfter)) {
    const problem = await readProblem(res);
    const message = problem.detail ?? problem.title;
    throw asked === null ? new UnreachableError(message, res.status) : new RetryLaterError(message, res.status, asked);
  }
  return asked ?? backoff(attempt);
}

async function readProblem(res: Response): Promise<Problem> {
  const text = await res.text().catch(() => '');
  try {
    const p = JSON.parse(text) as Partial<Problem>;
    if (p && typeof p === 'object')
      return { ...p, title: p.title ?? res.statusText, status: p.status ?? res.status } as Problem;
  } catch {
    /* not JSON: fall through */
  }
  return { title: res.statusText || `HTTP ${res.status}`, status: res.status, detail: text.slice(0, 200) || undefined };
}
