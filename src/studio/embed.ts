/**
 * "Put it on the site": the snippet for a CMS page (the kit's script, the element, its `src`
 * when published or the definition itself inside it when not), the one for npm users, and
 * what to paste where, in the studio's language.
 */
import { html } from '../core/reactive.js';
import type { DefinitionKind } from '../model/definition.js';
import { TAGS } from './editors.js';

const NPM_IMPORT: Record<DefinitionKind, string> = {
  tree: 'procura/delegation-tree',
  consent: 'procura/consent',
  'cookie-opposition': 'procura/cookie-opposition',
  'mandate-form': 'procura/mandate-form',
};

export interface EmbedInput {
  kind: DefinitionKind;
  id: string;
  definition: unknown;
  /** The backend's address (absolute), when the studio has one. */
  endpoint?: string;
  /** True when the newest published version is the definition shown. */
  published: boolean;
  scriptSrc: string;
}

/** An absolute address from the endpoint the studio uses (`/api` on the studio's own site). */
export function absolute(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined;
  return new URL(endpoint, document.baseURI).href.replace(/\/$/, '');
}

const escapeJson = (definition: unknown) => JSON.stringify(definition, null, 2).replace(/</g, '\\u003c');

function elementSnippet(e: EmbedInput): string {
  const tag = TAGS[e.kind];
  const endpoint = e.endpoint ? ` endpoint="${e.endpoint}"` : '';
  if (e.published && e.endpoint) return `<${tag} src="${e.endpoint}/definitions/${e.id}"${endpoint}></${tag}>`;
  return `<${tag}${endpoint}>\n<script type="application/json">\n${escapeJson(e.definition)}\n</script>\n</${tag}>`;
}

export function cmsSnippet(e: EmbedInput): string {
  return `<script type="module" src="${e.scriptSrc}"></script>\n${elementSnippet(e)}`;
}

export function npmSnippet(e: EmbedInput): string {
  return `npm install procura\n\n// in your page's module\nimport '${NPM_IMPORT[e.kind]}';\n\n<!-- in your page -->\n${elementSnippet(e)}`;
}

type T = (key: 'studio.embed.copied') => string;

async function copy(text: string, t: T, announce: (m: string) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(t('studio.embed.copied'));
  } catch {
    // Without the clipboard (a permission refused), the code stays selectable on the screen.
  }
}

export function snippetView(
  id: string,
  label: string,
  code: string,
  o: { copyLabel: string; t: T; announce: (m: string) => void },
) {
  return html`<div class="snippet">
    <h4 id=${`${id}-label`}>${label}</h4>
    <pre tabindex="0" aria-labelledby=${`${id}-label`}><code id=${id}>${code}</code></pre>
    <button type="button" @click=${() => copy(code, o.t, o.announce)} aria-describedby=${`${id}-label`}>${o.copyLabel}</button>
  </div>`;
}
