import { property } from './props.js';
import { ProcuraElement } from './base-element.js';

export type FormValue = File | string | FormData | null;

/**
 * A procura element that takes part in a native `<form>` through ElementInternals:
 * it contributes to FormData under its `name`, has validity (with an anchor for
 * the browser's bubble), and answers reset and state restore.
 */
export abstract class FormAssociatedElement<C = unknown, K extends string = string> extends ProcuraElement<C, K> {
  static formAssociated = true;

  /** Name under which the value goes into FormData. */
  @property({ reflect: true }) name = '';
  private ownDisabled = false;
  private formDisabled = false;

  /**
   * Disabled by its own attribute, or by a disabled `<fieldset>` or form around it. The
   * second never touches the attribute: an attribute set for a fieldset would outlive it,
   * since the browser only reports a change of the element's disabled state as a whole.
   */
  @property({ type: Boolean, noAccessor: true })
  get disabled(): boolean {
    return this.ownDisabled || this.formDisabled;
  }
  set disabled(value: boolean) {
    const old = this.disabled;
    this.ownDisabled = value;
    if (this.hasAttribute('disabled') !== value) this.toggleAttribute('disabled', value);
    this.requestUpdate('disabled', old);
  }
  @property({ type: Boolean, reflect: true }) required = false;

  protected readonly internals: ElementInternals;
  /** True once the person has interacted or tried to submit: only then are errors shown. */
  protected touched = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    this.touched = true;
    this.requestUpdate();
    return this.internals.reportValidity();
  }

  /** Sets what the form submits, and what the browser restores on back/forward navigation. */
  protected setFormValue(value: FormValue, state?: FormValue): void {
    this.internals.setFormValue(value, state ?? value);
  }

  /**
   * Marks the element invalid with a message, anchored on the control that should get
   * focus; a valid state clears it.
   */
  protected setValidity(flags: ValidityStateFlags, message?: string, anchor?: HTMLElement): void {
    if (Object.values(flags).some(Boolean)) this.internals.setValidity(flags, message ?? '', anchor);
    else this.internals.setValidity({});
  }

  /** Back to the initial value: called by the form's reset. */
  protected abstract resetValue(): void;

  /** The browser gives back what setFormValue's state was (back/forward cache, autofill). */
  protected abstract restoreValue(state: FormValue): void;

  formResetCallback(): void {
    this.touched = false;
    this.resetValue();
    this.requestUpdate();
  }

  formStateRestoreCallback(state: FormValue, _mode: 'restore' | 'autocomplete'): void {
    this.restoreValue(state);
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    const old = this.disabled;
    this.formDisabled = disabled;
    this.requestUpdate('disabled', old);
  }
}
