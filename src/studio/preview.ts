/**
 * The live preview: the real element of the kind, created by tag name in the studio's shadow
 * root once its module is loaded (lazily: the studio's first screen does not carry the four
 * elements), given the definition as its `config` on every change, in the chosen language.
 * Nothing done in the preview is sent: every `procura-submit` from it is cancelled.
 * For a consent form it also reads the notice's SHA-256 the element itself computes, the one
 * its records will carry.
 */
import type { DefinitionKind } from '../model/definition.js';
import { TAGS } from './editors.js';

const modules: Record<DefinitionKind, () => Promise<unknown>> = {
  tree: () => import('../define/delegation-tree.js'),
  consent: () => import('../define/consent.js'),
  'cookie-opposition': () => import('../define/cookie-opposition.js'),
  'mandate-form': () => import('../define/mandate-form.js'),
};

interface PreviewHost {
  kind: DefinitionKind;
  readonly definition: unknown;
  /** The checker's errors: a definition with some is not given to the preview (the last good one stays). */
  readonly problems: { severity: string }[];
  /** The editor loaded (nothing is previewed before it: the definition is not yet of its kind). */
  readonly editor?: { kind: DefinitionKind };
  previewLang: string;
  renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

type Previewed = HTMLElement & {
  config?: unknown;
  preview?: unknown;
  updateComplete?: Promise<unknown>;
  noticeSha256?: () => Promise<string>;
};

export class Preview {
  /** The notice's SHA-256 of the consent form previewed (in the preview's language), once computed. */
  noticeSha?: string;
  private loaded = false;
  private shown?: { kind: DefinitionKind; definition: unknown; lang: string };

  constructor(private host: PreviewHost) {}

  /** True once a definition of the current kind is shown. */
  get showing(): boolean {
    return this.shown?.kind === this.host.kind && this.loaded;
  }

  sync(): void {
    const { kind, definition, previewLang: lang } = this.host;
    const frame = this.host.renderRoot.querySelector<HTMLElement>('#preview-frame');
    if (!frame) return;
    if (frame.firstElementChild && frame.firstElementChild.localName !== TAGS[kind]) frame.replaceChildren();
    if (this.host.editor?.kind !== kind || this.host.problems.some((p) => p.severity === 'error')) return;
    const same =
      this.shown && this.shown.kind === kind && this.shown.definition === definition && this.shown.lang === lang;
    if (same && frame.firstElementChild) return;
    this.shown = { kind, definition, lang };
    void this.show(frame, kind, definition, lang);
  }

  private async show(frame: HTMLElement, kind: DefinitionKind, definition: unknown, lang: string): Promise<void> {
    await modules[kind]();
    if (this.shown?.definition !== definition) return;
    let el = frame.firstElementChild as Previewed | null;
    if (el?.localName !== TAGS[kind]) {
      el = document.createElement(TAGS[kind]) as Previewed;
      el.setAttribute('no-draft', '');
      el.setAttribute('heading-level', '3');
      if (kind === 'cookie-opposition') el.preview = { opposed: false };
      el.addEventListener('procura-submit', (e) => e.preventDefault());
      frame.replaceChildren(el);
    }
    this.loaded = true;
    el.setAttribute('lang', lang);
    el.config = structuredClone(definition);
    this.host.requestUpdate();
    if (kind === 'consent') await this.readSha(el);
  }

  private async readSha(el: Previewed): Promise<void> {
    const definition = this.host.definition;
    await el.updateComplete;
    let sha: string | undefined;
    try {
      sha = await el.noticeSha256?.();
    } catch {
      sha = undefined;
    }
    if (this.host.definition !== definition || sha === this.noticeSha) return;
    this.noticeSha = sha;
    this.host.requestUpdate();
  }
}
