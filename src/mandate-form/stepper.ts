/**
 * Moving between steps: "next" judges the step once the signatures just drawn are kept (their
 * PNG is made after the pen is lifted), then enters the next step or points at the first error.
 * Focus follows: the new step's heading, or the first invalid field.
 */
import type { ReactiveControllerHost } from 'lit';
import type { FlowController } from './flow.js';
import type { PadsController } from './pads.js';
import type { Step } from './model.js';

interface StepperOptions {
  /** Whether the form cannot be used now (a refusing tree, `disabled`). */
  off(): boolean;
  /** A step was entered (the review prepares its documents). */
  entered(step: Step): void;
  /** Resolves once the step can be judged (the check's chunk is here). */
  ready(): Promise<unknown>;
}

export class Stepper {
  /** The "next" being judged: the host's `updateComplete` waits for it. */
  pending: Promise<void> = Promise.resolve();

  constructor(
    private host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private flow: FlowController,
    private pads: PadsController,
    private opts: StepperOptions,
  ) {}

  /** The step's form was submitted. */
  next = (e: Event): void => {
    e.preventDefault();
    if (this.opts.off()) return;
    const judged = this.pending.then(() => this.judge());
    this.pending = judged.then(() => undefined);
    void judged.then((ok) => this.focus(ok));
  };

  /** Goes to a step without judging this one (back, the hand-over's button, the review's links). */
  async go(step: Step): Promise<void> {
    this.enter(step);
    await this.focus(true);
  }

  private async judge(): Promise<boolean> {
    await Promise.all([this.pads.settled(), this.opts.ready()]);
    const ok = this.flow.submitStep();
    if (ok) this.enter(this.flow.nextStep());
    return ok;
  }

  private enter(step: Step): void {
    this.flow.go(step);
    this.opts.entered(step);
  }

  private async focus(passed: boolean): Promise<void> {
    await this.host.updateComplete;
    const target = passed ? '.step-heading' : '[aria-invalid="true"]';
    this.host.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }
}
