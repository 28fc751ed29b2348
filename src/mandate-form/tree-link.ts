/**
 * The link to a `<procura-delegation-tree>` named by `for`: its decision sets the kind, the scope
 * and whether a mandate is needed at all; a changed answer clears it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalJson } from '../core/crypto.js';
import type { DecisionDetail } from '../core/events.js';
import type { Localized } from '../model/localized.js';
import type { TreeDefinition } from '../model/tree.js';
import type { FlowController } from './flow.js';

type Tree = HTMLElement & { decision?: DecisionDetail; definition?: TreeDefinition };

/** The decision path's texts: [question, answer] per step, then [outcome]. */
function pathOf(d: DecisionDetail, def?: TreeDefinition): Localized[][] | undefined {
  if (!def) return undefined;
  const steps = d.answers.map((a) => {
    const q = def.questions[a.question];
    return [q?.text ?? a.question, q?.options.find((o) => o.id === a.option)?.label ?? a.option];
  });
  return [...steps, [d.result.text]];
}

export class TreeLink implements ReactiveController {
  constructor(
    private host: ReactiveControllerHost & HTMLElement & { readonly for?: string },
    private flow: FlowController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.getRootNode().addEventListener('procura-decision', this.onDecision);
    this.host.getRootNode().addEventListener('procura-decision-cleared', this.onCleared);
    void customElements.whenDefined('procura-delegation-tree').then(() => this.read());
    this.read();
  }

  hostDisconnected(): void {
    this.host.getRootNode().removeEventListener('procura-decision', this.onDecision);
    this.host.getRootNode().removeEventListener('procura-decision-cleared', this.onCleared);
  }

  /** The tree element, when `for` names one in this root. */
  get tree(): Tree | null {
    const id = this.host.for;
    return id ? ((this.host.getRootNode() as Document | ShadowRoot).getElementById?.(id) as Tree | null) : null;
  }

  private onDecision = (e: Event): void => {
    if (this.host.for && (e.target as Element | null)?.id === this.host.for)
      this.apply((e as CustomEvent<DecisionDetail>).detail, e.target as Tree);
  };

  /** The person changed an answer in the tree: its earlier decision no longer sets the scope. */
  private onCleared = (e: Event): void => {
    if (!this.host.for || (e.target as Element | null)?.id !== this.host.for || !this.flow.decision) return;
    this.flow.setDecision(undefined, undefined);
  };

  private read(): void {
    const tree = this.tree;
    if (tree?.decision) this.apply(tree.decision, tree);
  }

  private apply(d: DecisionDetail, tree: Tree): void {
    const clean = JSON.parse(JSON.stringify(d)) as DecisionDetail;
    if (canonicalJson(clean) === canonicalJson(this.flow.decision)) return;
    this.flow.setDecision(clean, pathOf(d, tree.definition));
  }

  /** Moves the focus to the tree's current question (its `legend` part), else to the tree itself. */
  focus = (): void => {
    const tree = this.tree;
    if (!tree) return;
    const root = tree.shadowRoot;
    const target =
      root?.querySelector<HTMLElement>('[part~="legend"]') ?? root?.querySelector<HTMLElement>('h3[tabindex], h2, h3');
    tree.scrollIntoView?.({ block: 'start' });
    if (target) {
      if (!target.hasAttribute('tabindex') && !target.matches('a, button, input'))
        target.setAttribute('tabindex', '-1');
      target.focus();
    } else {
      if (!tree.hasAttribute('tabindex')) tree.tabIndex = -1;
      tree.focus();
    }
  };
}
