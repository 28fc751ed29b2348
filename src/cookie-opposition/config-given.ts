/**
 * A configuration given to `<procura-cookie-opposition>` (the `config` property, a child
 * `<script type="application/json">`, or `src`): read, then checked by the core's config-read.ts
 * with the element's schema. Loaded only on a page that gives one: the element with its defaults
 * (the footer of every page) renders without this chunk.
 */
import { readConfig, validate, type CheckedElement } from '../core/config-read.js';
import type { Issue } from '../model/schema.js';
import type { DefinitionRef } from '../model/definition.js';

export { cookieOppositionConfig as schema } from '../model/cookie-config.js';

/** What the reading needs of the element (configured.ts). */
export interface Host extends CheckedElement {
  config?: unknown;
  src?: string;
  definitionRef?: DefinitionRef;
  hasUpdated: boolean;
  children: HTMLCollection;
  whileChecking<T>(p: Promise<T>): Promise<T>;
  settleConfig(issues: Issue[], value: unknown): void;
  requestUpdate(name?: string): void;
  set(name: string, value: unknown): void;
}

interface Reading {
  source?: string;
  reads: number;
  src?: string;
  /** While `src` is read, the configuration is not. */
  loading?: boolean;
  srcIssues: Issue[];
}
const readings = new WeakMap<Host, Reading>();

/** Reads `src` (src/core/definition.ts); what cannot be read is shown like a bad configuration. */
function followSrc(el: Host, r: Reading): void {
  const src = (r.src = el.src);
  r.srcIssues = [];
  r.loading = !!src;
  const settle = (issues: Issue[], loaded?: { definition: unknown; ref?: DefinitionRef }) => {
    if (r.src !== src) return;
    r.loading = false;
    r.srcIssues = issues;
    el.definitionRef = loaded?.ref;
    if (loaded) el.set('config', loaded.definition);
    el.requestUpdate('config');
  };
  if (src)
    void el.whileChecking(
      import('../core/definition.js')
        .then((m) => m.loadDefinition(src))
        .then(
          (loaded) => settle([], loaded),
          (e: unknown) =>
            settle([{ path: 'src', code: 'unreachable', message: `could not be read: ${(e as Error).message ?? e}` }]),
        ),
    );
}

/** The verdict on the configuration given (`force`: read even if its text did not change). */
function read(el: Host, r: Reading, force: boolean): void {
  const script = [...el.children].find(
    (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.type === 'application/json',
  );
  const source = el.config !== undefined ? undefined : (script?.textContent ?? '');
  if (!force && source === r.source && el.hasUpdated) return;
  r.source = source;
  let raw: unknown = el.config;
  const found: Issue[] = [...r.srcIssues];
  if (raw === undefined && script && source!.trim())
    try {
      raw = JSON.parse(source!);
    } catch (e) {
      const message = `the <script type="application/json"> is not valid JSON: ${(e as Error).message}`;
      found.push({ path: '(script)', code: 'json', message });
    }
  const n = ++r.reads;
  void el.whileChecking(
    readConfig(el, raw, found).then(({ issues, value }) => {
      if (n === r.reads) el.settleConfig(issues, value);
    }),
  );
}

/** One render's reading: `src` when it changed (or was never followed), then the configuration. */
export function readGiven(el: Host, changed: Map<string, unknown>): void {
  let r = readings.get(el);
  if (!r) readings.set(el, (r = { reads: 0, srcIssues: [] }));
  if (el.src !== r.src) followSrc(el, r);
  if (!r.loading) read(el, r, changed.has('config'));
}

/** `procura check-config`: the element's check, with its messages, without an element. */
export const check = async (el: CheckedElement, raw: unknown, tag: string): Promise<Issue[]> =>
  (await validate(el, raw, tag)).issues;
