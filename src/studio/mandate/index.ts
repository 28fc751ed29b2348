/**
 * The mandate-form editor (`KindEditor` for `mandate-form`): the title printed on the PDF, the
 * contracts the mandatary may see, the broker's identity, each service with its display names and
 * the clause printed for it (fr, nl, en, de side by side), and a specimen of the PDF. The fields
 * are those of the form's configuration (src/model/mandate-config.ts); the preview beside shows
 * the real form, and it makes the PDF.
 */
import { html } from '../../core/reactive.js';
import type { Issue } from '../../model/schema.js';
import { mandateFormConfig, type MandateFormConfig } from '../../model/mandate-config.js';
import type { StudioKey } from '../../i18n/studio.js';
import type { KindEditor, StudioHost, StudioProblem } from '../host.js';
import { missingWarnings } from '../langs.js';
import { pdfView } from './pdf.js';
import { brokerView, contractsView, servicesView, titleView } from './view.js';

type Draft = MandateFormConfig;

const CODE_KEY: Record<string, StudioKey> = {
  required: 'studio.problem.required',
  min: 'studio.problem.required',
  fallback: 'studio.problem.fallback',
  pattern: 'studio.problem.pattern',
};

/** The texts read by people, checked for their translations. */
function texts(d: Draft): [string, unknown][] {
  const out: [string, unknown][] = d.title ? [['title', d.title]] : [];
  for (const [id, name] of Object.entries(d.serviceNames ?? {})) out.push([`serviceNames.${id}`, name]);
  for (const [id, c] of Object.entries(d.clauses ?? {}))
    out.push([`clauses.${id}.may`, c.may], [`clauses.${id}.mayNot`, c.mayNot]);
  return out;
}

function problems(host: StudioHost, d: Draft): StudioProblem[] {
  const issues: Issue[] = [];
  mandateFormConfig.check(d, '', issues);
  const errors = issues.map((i) => {
    const key = CODE_KEY[i.code];
    return {
      at: i.path.replace(/\[(\d+)\]/g, '.$1').replace(/\.fr$/, ''),
      message: key ? host.t(key) : host.t('studio.problem.other', { detail: i.message }),
      severity: 'error' as const,
    };
  });
  return [...errors, ...missingWarnings(host, texts(d))];
}

export const mandateEditor: KindEditor<Draft> = {
  kind: 'mandate-form',
  blank: () => ({}),
  starters: () => [],
  problems,
  render(host, d) {
    const found = problems(host, d);
    const blocked = found.some((p) => p.severity === 'error');
    return html`${titleView(host, d, found)} ${contractsView(host, d)} ${brokerView(host, d, found)}
    ${servicesView(host, d, found)} ${pdfView(host, d, blocked)}`;
  },
};
