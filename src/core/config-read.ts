/**
 * The check of an element's configuration and its error state, loaded only when there is
 * something to check: a configuration given to the element (`config`, a child JSON script,
 * `src`), a schema the element loads itself, or a problem to show. An element left with its
 * defaults whose schema accepts them renders at once without this chunk (base-element.ts).
 */
import type { TemplateResult, html as Html } from 'lit';
import type { Issue, Schema } from '../model/schema.js';
import { hasUnknownKeys } from '../model/key-walk.js';
import type { unknownKeys as UnknownKeys } from '../model/unknown-keys.js';
import { report } from './report.js';
import { emit } from './events.js';
import type { LocalizeController } from './localize.js';
import type { CoreKey } from '../i18n/core.js';

import { coreConfigCatalog } from '../i18n/core-config.js';

export { coreConfigCatalog };

/** What the check needs of an element: its protected hooks, read through this shape. */
export interface CheckedElement {
  localName: string;
  configIssues: Issue[];
  localize: LocalizeController<CoreKey>;
  configSchema(): Schema<unknown> | undefined | Promise<Schema<unknown> | undefined>;
  checkConfig(value: unknown, issues: Issue[]): void;
}

/** The report of unknown keys ("did you mean"), loaded only for a configuration that has some. */
let unknownKeys: typeof UnknownKeys | undefined;

/**
 * The schema's check, then the keys it does not know (each with the nearest known one),
 * then the element's own rules. Pure apart from what `checkConfig` keeps for itself.
 */
export async function validate(
  el: CheckedElement,
  raw: unknown,
  tag: string,
): Promise<{ issues: Issue[]; value?: unknown }> {
  const issues: Issue[] = [];
  const schema = await el.configSchema();
  const value = schema ? schema.check(raw ?? {}, '', issues) : (raw ?? {});
  const shaped = !issues.length;
  if (schema && hasUnknownKeys(schema, raw ?? {})) {
    unknownKeys ??= (await import('../model/unknown-keys.js')).unknownKeys;
    unknownKeys(schema, raw ?? {}, issues, `<${tag}>`);
  }
  // The element's rules need a well-shaped value; an unknown key alone does not stop them.
  if (shaped) el.checkConfig(value, issues);
  return issues.length ? { issues } : { issues, value };
}

/**
 * The verdict on `raw`, or on the JSON `text` of the element's `<script type="application/json">`
 * (parsed here, with the check: the element's first chunk does not carry it), or the issues already
 * `found` (a `src` that could not be read, JSON that does not parse). A refused configuration has its
 * sentences loaded, and each issue goes to the console and in one `procura-error`, once for the same issues.
 */
export async function readConfig(
  el: CheckedElement,
  raw: unknown,
  found: Issue[],
  text?: string,
): Promise<{ issues: Issue[]; value?: unknown }> {
  if (text !== undefined)
    try {
      raw = JSON.parse(text);
    } catch (e) {
      const message = `the <script type="application/json"> is not valid JSON: ${(e as Error).message}`;
      found = [...found, { path: '(script)', code: 'json', message }];
    }
  const checked = found.length ? { issues: found } : await validate(el, raw, el.localName);
  const { issues } = checked;
  if (!issues.length) return checked;
  await el.localize.add(coreConfigCatalog);
  if (JSON.stringify(issues) !== JSON.stringify(el.configIssues)) {
    for (const i of issues) report(el.localName, `invalid configuration at ${i.path || '(root)'}: ${i.message}`);
    emit(el as unknown as HTMLElement, 'procura-error', {
      kind: 'config',
      error: { message: issues.map((i) => `${i.path}: ${i.message}`).join('\n') },
    });
  }
  return checked;
}

/**
 * One sentence for the visitor in the page's language; the list for the site's developer
 * (English, like the console) folded in a `<details>` marked as English for screen readers.
 * Lit's `html` is handed in by the element: when a lazy chunk imports lit itself, Rolldown may
 * move lit out of the element's first chunk into a shared one (a file more, and bytes more).
 */
export function configErrorView(el: CheckedElement, html: typeof Html): TemplateResult {
  const l = el.localize;
  return html`<div part="error" role="alert">
    <p>${l.t('core.configError.notReady')}</p>
    <details lang="en" part="error-details">
      <summary lang=${l.locale}>${l.t('core.configError.details')}</summary>
      <ul>
        ${el.configIssues.map((i) => html`<li><code>${i.path || '(root)'}</code>: ${i.message}</li>`)}
      </ul>
    </details>
  </div>`;
}
