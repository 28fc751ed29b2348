/**
 * Registers a tag once. A second copy of the kit on the page warns and keeps the first. In Node
 * (server-side rendering, `procura check-config`) there is no registry: `import 'procura'` loads and
 * registers nothing.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!globalThis.customElements) return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor)
      console.warn(
        `[procura] <${tag}> is already defined, probably by a second copy of procura on this page; the first one is kept.`,
      );
    return;
  }
  customElements.define(tag, ctor);
}
