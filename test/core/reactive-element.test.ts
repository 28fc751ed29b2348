import { expect } from '@open-wc/testing';
import '../support/env.js';
import { css, html, type PropertyValues, type ReactiveController } from '../../src/core/reactive.js';
import { ReactiveElement } from '../../src/core/reactive-element.js';
import { ViewElement } from '../../src/core/reactive-view.js';
import { property, state } from '../../src/core/props.js';

// The kit's reactive base keeps Lit's semantics for what the elements use (issue 19): these hold it to them.

let n = 0;
const tag = () => `test-reactive-${++n}`;
const log: string[] = [];

class Probe extends ViewElement {
  static override styles = [css`:host { display: block; }`, css`p { color: rgb(1, 2, 3); }`];
  @property() label = 'start';
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  @property({ type: Boolean, reflect: true }) open = false;
  @property({ reflect: true }) name = '';
  @state() protected count = 0;
  changes: PropertyValues[] = [];

  bump(): void {
    this.count++;
  }

  protected override willUpdate(changed: PropertyValues): void {
    log.push('willUpdate');
    this.changes.push(new Map(changed));
  }
  protected override firstUpdated(): void {
    log.push('firstUpdated');
  }
  protected override updated(): void {
    log.push('updated');
  }
  protected override render() {
    return html`<p>${this.label} ${this.pageSize ?? '-'} ${this.count}</p>`;
  }
}
const probeTag = tag();
customElements.define(probeTag, Probe);

const make = async <T extends HTMLElement>(name: string, attrs = ''): Promise<T> => {
  const box = document.createElement('div');
  box.innerHTML = `<${name} ${attrs}></${name}>`;
  document.body.append(box);
  const el = box.firstElementChild as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
};
const shown = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent!.trim();

describe('reactive element (Lit semantics)', () => {
  afterEach(() => {
    log.length = 0;
    document.querySelectorAll('body > div').forEach((d) => d.remove());
  });

  it('reads attributes through their converters and renders once per microtask', async () => {
    const el = await make<Probe>(probeTag, 'label="hello" page-size="25"');
    expect(shown(el)).to.equal('hello 25 0');
    expect(el.pageSize).to.equal(25);
    el.setAttribute('open', '');
    expect(el.open).to.equal(true);
    el.label = 'a';
    el.label = 'b';
    el.bump();
    expect(el.isUpdatePending).to.equal(true);
    log.length = 0;
    expect(await el.updateComplete).to.equal(true);
    expect(log.join()).to.equal('willUpdate,updated');
    expect(el.isUpdatePending).to.equal(false);
    expect(shown(el)).to.equal('b 25 1');
    el.removeAttribute('page-size');
    await el.updateComplete;
    expect(el.pageSize).to.equal(null);
  });

  it('gives the changed properties with their old values, none before the first update', async () => {
    const el = await make<Probe>(probeTag, 'label="x"');
    expect(el.hasUpdated).to.equal(true);
    expect(log.join()).to.equal('willUpdate,firstUpdated,updated');
    const first = el.changes[0]!;
    expect([...first.keys()].sort().join()).to.equal('count,label,name,open');
    expect([...first.values()].every((v) => v === undefined)).to.equal(true);
    el.label = 'y';
    el.label = 'z';
    el.label = 'z';
    await el.updateComplete;
    expect([...el.changes[1]!].map(([k, v]) => `${String(k)}:${String(v)}`).join()).to.equal('label:x');
    // The same value again: no update.
    el.label = 'z';
    expect(el.isUpdatePending).to.equal(false);
    // requestUpdate(name, old) marks a change made elsewhere.
    el.requestUpdate('label', 'before');
    await el.updateComplete;
    expect(el.changes[2]!.get('label')).to.equal('before');
  });

  it('reflects after the update, booleans as present or absent', async () => {
    const el = await make<Probe>(probeTag);
    expect(el.getAttribute('name')).to.equal('');
    expect(el.hasAttribute('open')).to.equal(false);
    el.open = true;
    el.name = 'consent';
    expect(el.hasAttribute('open')).to.equal(false);
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(true);
    expect(el.getAttribute('name')).to.equal('consent');
    el.open = false;
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(false);
    expect(Probe.observedAttributes.sort().join()).to.equal('label,name,open,page-size');
  });

  it('adopts its styles, the last of duplicates kept', async () => {
    const el = await make<Probe>(probeTag);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
    class Twice extends ViewElement {
      static override styles = [Probe.styles, [Probe.styles[0]!]];
    }
    expect(Twice.elementStyles.length).to.equal(2);
    expect(Twice.elementStyles[1]).to.equal(Probe.styles[0]);
  });

  it('takes over values set before the class was defined', async () => {
    const name = tag();
    const box = document.createElement('div');
    box.innerHTML = `<${name}></${name}>`;
    document.body.append(box);
    const early = box.firstElementChild as HTMLElement & { label: string };
    early.label = 'early';
    class Late extends Probe {}
    customElements.define(name, Late);
    const el = early as unknown as Late;
    await el.updateComplete;
    expect(el.label).to.equal('early');
    expect(shown(el)).to.equal('early - 0');
  });

  it('runs its controllers around each update, and only once connected', async () => {
    const calls: string[] = [];
    const c: ReactiveController = {
      hostConnected: () => calls.push('connected'),
      hostDisconnected: () => calls.push('disconnected'),
      hostUpdate: () => calls.push('update'),
      hostUpdated: () => calls.push('updated'),
    };
    const el = document.createElement(probeTag) as Probe;
    el.addController(c);
    await Promise.resolve();
    expect(calls.join()).to.equal('');
    document.body.append(el);
    await el.updateComplete;
    expect(calls.join()).to.equal('connected,update,updated');
    el.remove();
    el.removeController(c);
    document.body.append(el);
    el.bump();
    await el.updateComplete;
    el.remove();
    expect(calls.join()).to.equal('connected,update,updated,disconnected');
  });

  it('lets getUpdateComplete() wait for more, and counts an accessor of the class as changed first', async () => {
    let release!: () => void;
    const later = new Promise<void>((r) => (release = r));
    class Slow extends ReactiveElement {
      seen?: PropertyValues;
      own = false;
      get flag(): boolean {
        return this.own;
      }
      set flag(v: boolean) {
        const old = this.own;
        this.own = v;
        this.requestUpdate('flag', old);
      }
      protected override updated(changed: PropertyValues): void {
        this.seen ??= new Map(changed);
      }
      protected override async getUpdateComplete(): Promise<boolean> {
        const done = await super.getUpdateComplete();
        await later;
        return done;
      }
    }
    property({ type: Boolean, noAccessor: true })(Slow.prototype, 'flag');
    const name = tag();
    customElements.define(name, Slow);
    const el = document.createElement(name) as Slow;
    document.body.append(el);
    let settled = false;
    void el.updateComplete.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).to.equal(false);
    release();
    await el.updateComplete;
    expect(el.seen!.has('flag')).to.equal(true);
    el.setAttribute('flag', '');
    expect(el.flag).to.equal(true);
    el.remove();
  });

  it('attaches its shadow root with the class options (delegatesFocus)', async () => {
    class Focusing extends ViewElement {
      static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };
      protected override render() {
        return html`<button>go</button>`;
      }
    }
    const name = tag();
    customElements.define(name, Focusing);
    const el = await make<Focusing>(name);
    expect(el.shadowRoot!.delegatesFocus).to.equal(true);
    el.focus();
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('go');
  });
});
