import type { ReactiveController } from 'lit';

/**
 * Inside a form, the record is sent when the form is submitted: this controller follows the
 * element's form (it may change while the element is connected) and calls `onSubmit`.
 */
export class FormSubmitController implements ReactiveController {
  private bound: HTMLFormElement | null = null;
  private readonly listener = () => this.onSubmit();

  constructor(
    private readonly form: () => HTMLFormElement | null,
    private readonly onSubmit: () => void,
  ) {}

  hostConnected(): void {
    this.bind(this.form());
  }

  hostDisconnected(): void {
    this.bind(null);
  }

  /** Follows a new form (from `formAssociatedCallback`). */
  bind(form: HTMLFormElement | null): void {
    if (form === this.bound) return;
    this.bound?.removeEventListener('submit', this.listener);
    this.bound = form;
    form?.addEventListener('submit', this.listener);
  }
}
