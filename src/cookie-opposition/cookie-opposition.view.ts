/**
 * The views of `<procura-cookie-opposition>`, in plain DOM (no Lit: the switch is on every page).
 * Each view builds its nodes once and returns a function that brings them up to date, so that the
 * switch keeps the focus and the live regions stay the same nodes (WCAG 4.1.3) from one render to the next.
 */
import type { LocalizeController } from '../core/localize.js';
import type { SubmissionState } from '../core/backend-controller.js';
import type { CoreKey } from '../i18n/core.js';
import type { CookieKey } from '../i18n/cookie-opposition.js';
import { pick, type Localized } from '../model/localized.js';
import { expiryOf } from '../audience-gate/choice.js';
import type { OppositionSource } from '../audience-gate/gate.js';

type Texts = LocalizeController<CookieKey | CoreKey>;

export interface SwitchView {
  localize: Texts;
  opposed: boolean;
  disabled: boolean;
}

export interface StatementView extends SwitchView {
  source?: OppositionSource;
  chosenAt?: number;
  who?: Localized;
  what?: Localized;
  status: SubmissionState;
}

/** Brings a view's nodes up to date. */
export type Draw = (v: StatementView) => void;

/** An element with attributes and children. */
export function h(tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
}

/** A text written in `lang`: in a `<span lang>` when it is not the element's language (WCAG 3.1.2). */
function marked(l: Texts, text: string, lang: string | undefined): Node {
  return !text || !lang || lang.slice(0, 2) === l.locale.slice(0, 2) ? new Text(text) : h('span', { lang }, text);
}

/** The sentence of `key`, marked when it fell back to French. */
export const sentence = (l: Texts, key: CookieKey | CoreKey, params: Record<string, string> = {}): Node =>
  marked(l, l.t(key, params), l.lang(key, params));

/** The four parts of the plain statement, each a label and a sentence; `own` is the site's text that may replace it. */
const STATEMENT: { label: CookieKey; text: CookieKey; own?: 'what' | 'who' }[] = [
  { label: 'cookie.whatLabel', text: 'cookie.what', own: 'what' },
  { label: 'cookie.whoLabel', text: 'cookie.who', own: 'who' },
  { label: 'cookie.howLongLabel', text: 'cookie.howLong' },
  { label: 'cookie.opposeLabel', text: 'cookie.oppose' },
];

/** The switch and its visible label. The compact label is shorter; the switch's name is always the whole sentence, which contains it. */
function switchControl(parent: HTMLElement, compact: boolean, toggle: () => void): Draw {
  const label = h('label', { for: 'switch', part: 'label' });
  const state = h('span', { class: 'state', 'aria-hidden': 'true' });
  const button = h(
    'button',
    { id: 'switch', type: 'button', role: 'switch', part: 'switch' },
    h('span', { class: 'track', 'aria-hidden': 'true' }, h('span', { class: 'thumb' })),
    state,
  ) as HTMLButtonElement;
  button.onclick = toggle;
  parent.append(label, button);
  return (v) => {
    const t = (k: CookieKey) => v.localize.t(k);
    label.textContent = t(compact ? 'cookie.switchShort' : 'cookie.switch');
    button.setAttribute('aria-label', t('cookie.switch'));
    button.setAttribute('aria-checked', String(v.opposed));
    button.disabled = v.disabled;
    state.textContent = t(v.opposed ? 'cookie.yes' : 'cookie.no');
  };
}

/** One line for a footer: a sentence, the switch and a link to the policy. */
export function compactView(root: HTMLElement, policyUrl: string | undefined, toggle: () => void): Draw {
  const box = h('div', { class: 'compact' });
  const statement = h('span', { part: 'statement' });
  box.append(statement);
  const sw = switchControl(box, true, toggle);
  const more = policyUrl ? h('a', { part: 'more', href: policyUrl }) : undefined;
  if (more) box.append(more);
  root.append(box);
  return (v) => {
    const l = v.localize;
    statement.replaceChildren(sentence(l, 'cookie.compact'));
    sw(v);
    more?.setAttribute('aria-label', l.t('cookie.moreLong'));
    more?.replaceChildren(sentence(l, 'cookie.more'));
  };
}

function stateText(v: StatementView): CookieKey {
  if (v.source === 'gpc') return 'cookie.gpc';
  return v.opposed ? 'cookie.opposed' : 'cookie.measured';
}

/** The sentence of a submission's state that is not a failure (none when idle or sent: the statement says it). */
function submissionText(s: SubmissionState): CoreKey | undefined {
  const keys: Partial<Record<SubmissionState['state'], CoreKey>> = {
    sending: 'core.sending',
    queued: 'core.queued',
    local: 'core.localOnly',
    cancelled: 'core.cancelled',
  };
  return keys[s.state];
}

/**
 * Where the opposition sent to the backend is, in two live regions always there (empty when idle):
 * an alert (`part="error"` while it holds the failure) and a status paragraph.
 */
function submissionStatus(parent: HTMLElement): Draw {
  const alert = h('div', { role: 'alert', class: 'alert' });
  const status = h('p', { role: 'status', class: 'live' });
  parent.append(alert, status);
  return ({ localize: l, status: s }) => {
    const failed = s.state === 'failed';
    alert.replaceChildren(...(failed ? [sentence(l, 'core.failed', { message: s.message })] : []));
    if (failed) alert.setAttribute('part', 'error');
    else alert.removeAttribute('part');
    status.className = s.state === 'local' ? 'live notice' : 'live';
    const key = submissionText(s);
    status.replaceChildren(...(key ? [sentence(l, key)] : []));
  };
}

/** The full statement under a heading of `level`, the switch, the state in words and the submission's state. */
export function fullView(root: HTMLElement, level: number, toggle: () => void): Draw {
  const heading = h(`h${level}`);
  const items = STATEMENT.map(() => [h('dt'), h('dd')] as const);
  const control = h('div', { class: 'control' });
  const state = h('p', { part: 'status', role: 'status' });
  const section = h('section', {}, heading, h('dl', { part: 'statement' }, ...items.flat()), control, state);
  const sw = switchControl(control, false, toggle);
  const sent = submissionStatus(section);
  root.append(section);
  return (v) => {
    const l = v.localize;
    heading.textContent = l.t('cookie.title');
    STATEMENT.forEach(({ label, text, own }, i) => {
      const [dt, dd] = items[i]!;
      const site = own && v[own];
      dt.textContent = l.t(label);
      // A site's text that fell back to another language carries its own lang (WCAG 3.1.2).
      dd.replaceChildren(
        site && pick(site, l.locale) ? marked(l, pick(site, l.locale), l.langOf(site)) : sentence(l, text),
      );
    });
    sw(v);
    const since =
      v.chosenAt === undefined
        ? ''
        : l.t('cookie.since', { date: l.date(v.chosenAt), until: l.date(expiryOf(v.chosenAt)) });
    state.textContent = `${l.t(stateText(v))} ${since}`;
    sent(v);
  };
}
