// The form-control contract (Shoelace-style): what every form-associated procura element does inside a
// native <form>, checked the same way for each. An element's test file calls formControlContract once:
//
//   formControlContract({ tag: 'procura-signature-pad', name: 'sig', fixture: () => html`…`, fill: draw });
//
// The suite wraps the fixture in <form><fieldset>, between two buttons (to see where Tab goes). Two options
// fit the controls that differ by design: `neverRequired` (a consent: `required` leaves it valid) and
// `keepsValue` (the cookie opposition: reset and restore keep the person's choice).
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { resetKit } from './env.js';

export interface FormControlContract {
  /** The element's tag, e.g. 'procura-signature-pad'. */
  tag: string;
  /** The element (possibly inside a sizing wrapper), without `name` or `required`: the suite sets them. */
  fixture: () => TemplateResult;
  /** The name attribute the suite sets. */
  name: string;
  /** Makes the value valid and non-empty, as a person would. */
  fill(el: HTMLElement): Promise<void>;
  /** The element is invalid while empty even without the `required` attribute. */
  requiredByDefault?: boolean;
  /**
   * `required` never makes it invalid (a consent: by rule 002 nobody is made to consent, every box
   * may stay unticked): the suite checks that it stays valid with `required` and that reportValidity()
   * returns true without moving the focus, instead of the valueMissing and anchor checks.
   */
  neverRequired?: boolean;
  /**
   * It always has a value, and the person's choice is kept elsewhere (the cookie opposition): a form
   * reset and the browser's state restore keep the choice instead of emptying or replacing it. Such a
   * control is never missing a value, so `required` leaves it valid too (as with neverRequired).
   */
  keepsValue?: boolean;
  /** Run before each test, after the kit's reset (e.g. clearing a stored choice). */
  cleanSlate?: () => Promise<void>;
}

/** The element's side of the contract: what a form control exposes (as an <input> does). */
type Control = HTMLElement & {
  name: string;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback?(state: unknown, mode: 'restore' | 'autocomplete'): void;
  readonly updateComplete: Promise<boolean>;
};

/**
 * What the browser would save for each element: the state of its last setFormValue. ElementInternals does not
 * expose it, so the suite records it on the way (the real method still runs).
 */
const internalsOf = new WeakMap<HTMLElement, ElementInternals>();
const saved = new WeakMap<ElementInternals, unknown>();
const stateOf = (el: HTMLElement) => {
  const internals = internalsOf.get(el);
  return internals && saved.get(internals);
};
const realSetFormValue = ElementInternals.prototype.setFormValue;
const realAttachInternals = HTMLElement.prototype.attachInternals;

function recordStates(): void {
  ElementInternals.prototype.setFormValue = function (this: ElementInternals, value, ...state) {
    saved.set(this, state.length ? state[0] : value);
    return realSetFormValue.call(this, value, ...state);
  };
  HTMLElement.prototype.attachInternals = function (this: HTMLElement) {
    const internals = realAttachInternals.call(this);
    internalsOf.set(this, internals);
    return internals;
  };
}

function stopRecording(): void {
  ElementInternals.prototype.setFormValue = realSetFormValue;
  HTMLElement.prototype.attachInternals = realAttachInternals;
}

/** FormData's entries for the element's name (its own, or `name.something` for a control with several values). */
function entries(form: HTMLFormElement, name: string): string[] {
  const out: string[] = [];
  for (const [k, v] of new FormData(form))
    if (k === name || k.startsWith(`${name}.`)) out.push(`${k}=${typeof v === 'string' ? v : `${v.name}:${v.type}`}`);
  return out;
}

async function settle(el: Control): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

interface Mounted {
  form: HTMLFormElement;
  el: Control;
  fieldset: HTMLFieldSetElement;
}

async function mount(opts: FormControlContract, required = false): Promise<Mounted> {
  const form = await fixture<HTMLFormElement>(
    html`<form style="width:600px"><button type="button" id="before">Avant</button><fieldset>${opts.fixture()}</fieldset><button type="button" id="after">Après</button></form>`,
  );
  const el = form.querySelector<Control>(opts.tag)!;
  el.setAttribute('name', opts.name);
  if (required) el.setAttribute('required', '');
  await settle(el);
  return { form, el, fieldset: form.querySelector('fieldset')! };
}

/** The element in the shadow tree that has the focus, or the host itself. */
function focusedIn(el: Control): Element | null {
  if (document.activeElement !== el) return null;
  return el.shadowRoot?.activeElement ?? el;
}

/** A failed assertion reported as plain text: one holding an element or a function hangs the runner's reporting. */
function it(title: string, body: () => Promise<void>): void {
  globalThis.it(title, async () => {
    try {
      await body();
    } catch (e) {
      throw new Error(e instanceof Error ? e.message : String(e));
    }
  });
}

/** The innermost focused element, through nested shadow roots. */
function deepActive(): Element | null {
  let at: Element | null = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

/** A focused element in words: its tag, its part, its text (a link is marked as such). */
function describeStop(at: Element | null): string {
  if (!at) return 'nothing';
  const part = at.getAttribute('part');
  const text = (at.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${at.localName}${part ? `[part=${part}]` : ''} "${text}"${at.matches('a[href]') ? ' (link)' : ''}`;
}

/**
 * Presses Tab from the button before the element until the button after it, and returns what took
 * the focus on the way (inside the element). A disabled control offers nothing to operate; a link of
 * its text (a privacy policy) stays reachable, as it would inside a native disabled <fieldset>.
 */
async function tabStopsInside(form: HTMLFormElement, el: Control): Promise<string[]> {
  form.querySelector<HTMLElement>('#before')!.focus();
  const stops: string[] = [];
  for (let i = 0; i < 30; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement?.id === 'after') return stops;
    if (document.activeElement !== el) return [...stops, `left the form at ${document.activeElement?.localName}`];
    const at = deepActive();
    stops.push(at === el ? el.localName : describeStop(at));
  }
  return [...stops, 'never reached the button after it'];
}

function itCarriesItsValue(opts: FormControlContract): void {
  it('is associated with its form and carries its value in FormData under its name', async () => {
    const { form, el } = await mount(opts);
    expect(el.form).to.equal(form);
    expect(el.willValidate).to.equal(true);
    await opts.fill(el);
    await settle(el);
    const got = entries(form, opts.name);
    expect(got.length, 'FormData entries under the name').to.be.greaterThan(0);
    expect(got.join('\n')).not.to.match(/=(:|$)/m, 'no empty entry');
  });
}

function itIsInvalidUntilFilled(opts: FormControlContract): void {
  it('with required, is invalid until filled, says why, and checkValidity() matches validity.valid', async () => {
    const { form, el } = await mount(opts, !opts.requiredByDefault);
    expect(el.validity.valueMissing, 'valueMissing while empty').to.equal(true);
    expect(el.validity.valid).to.equal(false);
    expect(el.validationMessage.trim(), 'a validation message').not.to.equal('');
    expect(el.checkValidity()).to.equal(el.validity.valid);
    expect(form.checkValidity()).to.equal(false);
    await opts.fill(el);
    await settle(el);
    expect(el.validity.valid, el.validationMessage).to.equal(true);
    expect(el.validity.valueMissing).to.equal(false);
    expect(el.validationMessage).to.equal('');
    expect(el.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });
}

function itStaysValidWhenRequired(opts: FormControlContract): void {
  const why = opts.keepsValue ? 'it always has a value' : 'nobody is made to choose';
  it(`with required, stays valid (${why}) and reportValidity() is true without moving the focus`, async () => {
    const { form, el } = await mount(opts, true);
    for (const moment of ['untouched', 'filled']) {
      expect(el.validity.valid, `valid (${moment}): ${el.validationMessage}`).to.equal(true);
      expect(el.validity.valueMissing, `valueMissing (${moment})`).to.equal(false);
      expect(el.validationMessage, `validation message (${moment})`).to.equal('');
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      form.querySelector<HTMLElement>('#before')!.focus();
      expect(el.reportValidity(), `reportValidity() (${moment})`).to.equal(true);
      await settle(el);
      expect(document.activeElement?.id, `the focus stays where it was (${moment})`).to.equal('before');
      if (moment === 'untouched') await opts.fill(el);
      await settle(el);
    }
  });
}

function itIsValidWhileEmpty(opts: FormControlContract): void {
  it('without required, is valid while empty', async () => {
    const { el } = await mount(opts);
    expect(el.validity.valid, el.validationMessage).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
  });
}

function itReportsOnItsAnchor(opts: FormControlContract): void {
  it('reportValidity() focuses the control the error is anchored on', async () => {
    const { form, el } = await mount(opts, !opts.requiredByDefault);
    form.querySelector<HTMLElement>('#before')!.focus();
    expect(el.reportValidity()).to.equal(false);
    await settle(el);
    const focused = focusedIn(el);
    expect(focused, 'focus inside the element').not.to.equal(null);
    expect(focused).not.to.equal(el, 'the anchor inside its shadow root, not the bare host');
  });
}

function itEmptiesOnReset(opts: FormControlContract): void {
  it('form.reset() empties it and gives back its validity from before', async () => {
    for (const required of [false, true]) {
      const { form, el } = await mount(opts, required);
      const before = { entries: entries(form, opts.name), valid: el.validity.valid };
      await opts.fill(el);
      await settle(el);
      expect(entries(form, opts.name)).not.to.deep.equal(before.entries);
      form.reset();
      await settle(el);
      expect(entries(form, opts.name), 'FormData as before filling').to.deep.equal(before.entries);
      expect(el.validity.valid, `valid after reset (required: ${required})`).to.equal(before.valid);
      expect(el.checkValidity()).to.equal(before.valid);
      form.remove(); // the next one takes its place on screen, where the pointer can reach it
    }
  });
}

function itKeepsTheChoiceThroughReset(opts: FormControlContract): void {
  it('form.reset() keeps the person’s choice (it is kept elsewhere, not undone by a form)', async () => {
    for (const required of [false, true]) {
      const { form, el } = await mount(opts, required);
      const before = entries(form, opts.name);
      await opts.fill(el);
      await settle(el);
      const chosen = entries(form, opts.name);
      expect(chosen, 'the choice changes FormData').not.to.deep.equal(before);
      form.reset();
      await settle(el);
      expect(entries(form, opts.name), `FormData after reset (required: ${required})`).to.deep.equal(chosen);
      expect(el.validity.valid, el.validationMessage).to.equal(true);
      form.remove(); // the next one takes its place on screen, where the pointer can reach it
    }
  });
}

function itIsRestored(opts: FormControlContract): void {
  it('is given back its value by the browser’s state restore (formStateRestoreCallback)', async () => {
    const { form, el } = await mount(opts, true);
    await opts.fill(el);
    await settle(el);
    const filled = entries(form, opts.name);
    const state = stateOf(el);
    expect(state, 'a state saved with setFormValue').not.to.equal(undefined);
    form.reset();
    await settle(el);
    expect(entries(form, opts.name)).not.to.deep.equal(filled);
    el.formStateRestoreCallback!(state, 'restore');
    await settle(el);
    expect(entries(form, opts.name)).to.deep.equal(filled);
    expect(el.validity.valid, el.validationMessage).to.equal(true);
  });
}

function itKeepsTheChoiceThroughRestore(opts: FormControlContract): void {
  it('the browser’s state restore does not bring back an older value over the person’s choice', async () => {
    const { form, el } = await mount(opts, true);
    const older = stateOf(el);
    expect(older, 'a state saved with setFormValue').not.to.equal(undefined);
    await opts.fill(el);
    await settle(el);
    const chosen = entries(form, opts.name);
    expect(stateOf(el), 'the choice saved as the state').not.to.deep.equal(older);
    el.formStateRestoreCallback!(older, 'restore');
    await settle(el);
    expect(entries(form, opts.name), 'FormData keeps the choice').to.deep.equal(chosen);
    expect(el.validity.valid, el.validationMessage).to.equal(true);
  });
}

function itIsDisabledByAFieldset(opts: FormControlContract): void {
  it('a disabled <fieldset> disables it: not submitted, no control reachable with Tab, not validated', async () => {
    const { form, el, fieldset } = await mount(opts, true);
    await opts.fill(el);
    await settle(el);
    const filled = entries(form, opts.name);
    fieldset.disabled = true;
    await settle(el);
    expect(el.matches(':disabled')).to.equal(true);
    expect(el.disabled).to.equal(true);
    expect(entries(form, opts.name), 'nothing submitted').to.deep.equal([]);
    expect(el.willValidate).to.equal(false);
    expect(el.checkValidity()).to.equal(true);
    const stops = await tabStopsInside(form, el);
    expect(stops.filter((s) => !s.endsWith('(link)')).join(', '), 'Tab stops inside the disabled control').to.equal('');
    fieldset.disabled = false;
    await settle(el);
    expect(el.disabled).to.equal(false);
    expect(entries(form, opts.name), 'submitted again once enabled').to.deep.equal(filled);
  });
}

export function formControlContract(opts: FormControlContract): void {
  describe(`${opts.tag}: form-control contract`, () => {
    before(recordStates);
    after(stopRecording);
    beforeEach(async () => {
      await resetKit();
      await opts.cleanSlate?.();
    });
    afterEach(async () => {
      await resetMouse();
    });

    itCarriesItsValue(opts);
    if (opts.neverRequired || opts.keepsValue) itStaysValidWhenRequired(opts);
    else {
      itIsInvalidUntilFilled(opts);
      itReportsOnItsAnchor(opts);
    }
    if (!opts.requiredByDefault) itIsValidWhileEmpty(opts);
    if (opts.keepsValue) {
      itKeepsTheChoiceThroughReset(opts);
      itKeepsTheChoiceThroughRestore(opts);
    } else {
      itEmptiesOnReset(opts);
      itIsRestored(opts);
    }
    itIsDisabledByAFieldset(opts);
  });
}
