// Shared by the a11y tests of the tree, consent, cookie-opposition and access-grants elements.
import { fixture, html } from '@open-wc/testing';
import { until } from '../support/env.js';
import type { TreeDefinition } from '../../src/model/tree.js';
import '../../src/define/delegation-tree.js';
import '../../src/define/consent.js';
import '../../src/define/cookie-opposition.js';
import '../../src/define/access-grants.js';

export type Procura = HTMLElement & { updateComplete: Promise<unknown>; config?: unknown };

export const root = (el: Element) => el.shadowRoot!;
/** The element's top wrapper in its shadow root, which carries its language. */
export const top = (el: Element) => root(el).querySelector('.procura-root');
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export const notice = {
  controller: {
    name: 'Courtier Demo SRL',
    address: 'rue de l’Exemple 1, 1000 Bruxelles',
    contact: 'privacy@courtier.example',
  },
  policyUrl: 'https://courtier.example/vie-privee',
  noticeVersion: '2025-01',
};

/** A tree written only in French: an English element must mark its texts as French. */
export function frenchTree(): TreeDefinition {
  return {
    id: 'fr-only',
    version: '1',
    title: { fr: 'Accès à votre espace' },
    start: 'who',
    questions: {
      who: {
        text: { fr: 'Pour qui demandez-vous l’accès ?' },
        options: [
          { id: 'me', label: { fr: 'Pour moi' }, next: 'ok' },
          { id: 'other', label: { fr: 'Pour un autre' }, next: 'no' },
        ],
      },
    },
    outcomes: {
      ok: { text: { fr: 'Accès direct.' }, mandate: false, contracts: 'all' },
      no: {
        text: { fr: 'Pas d’accès.' },
        mandate: false,
        refused: true,
        reason: { fr: 'Parce qu’il faut un mandat écrit.' },
      },
    },
  };
}

/** Mounts an element built by `make` in a fresh fixture and waits for its first full render. */
export async function mount<T extends Procura>(make: () => T, ready: (el: T) => boolean = () => true): Promise<T> {
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  const el = make();
  wrap.append(el);
  await el.updateComplete;
  await until(() => ready(el), `${el.localName} to render`);
  await el.updateComplete;
  return el;
}

export function element<T extends Procura>(tag: string, attrs: Record<string, string> = {}, config?: unknown): () => T {
  return () => {
    const el = document.createElement(tag) as T;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (config !== undefined) el.config = config;
    return el;
  };
}

/** Picks an answer of the tree's question as a person does, and continues. */
export async function answer(el: Procura, label: string): Promise<void> {
  const option = [...root(el).querySelectorAll<HTMLElement>('[part~=option]')].find(
    (o) => clean(o.textContent) === label,
  );
  if (!option) throw new Error(`no answer "${label}"`);
  option.querySelector('input')!.click();
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>('[part~=submit]')!.click();
  await el.updateComplete;
}

export const treeShown = (el: Element) => !!root(el).querySelector('legend, [part~=outcome]');
export const consentShown = (el: Element) => !!root(el).querySelector('input[type=checkbox]');
export const cookieShown = (el: Element) => !!root(el).querySelector('[role=switch]');
export const grantsShown = (el: Element) => !!root(el).querySelector('.toolbar, .empty, [part~=error]');
