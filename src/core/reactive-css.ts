/**
 * Styles as Lit's css-tag.js makes them, for the browsers the kit runs in: all adopt constructed
 * sheets (Safari since 16.4, the release that also brought the class static blocks the kit is
 * built with), so no `<style>` fallback. `css` takes only other styles and numbers, never a
 * string: no text from elsewhere becomes CSS (`unsafeCSS` says so where it is meant).
 */
export class CSSResult {
  private sheet?: CSSStyleSheet;

  constructor(readonly cssText: string) {}

  /** The constructed sheet, made once. */
  get styleSheet(): CSSStyleSheet | undefined {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(this.cssText);
    }
    return this.sheet;
  }

  toString(): string {
    return this.cssText;
  }
}

export type CSSResultOrNative = CSSResult | CSSStyleSheet;
export type CSSResultArray = (CSSResultOrNative | CSSResultArray)[];
export type CSSResultGroup = CSSResultOrNative | CSSResultArray;

/** Styles from a text that is not a `css` literal (the page's or the configuration's): trusted by the caller. */
export const unsafeCSS = (value: unknown): CSSResult => new CSSResult(String(value));

export const css = (strings: TemplateStringsArray, ...values: (CSSResult | number)[]): CSSResult =>
  new CSSResult(
    strings.reduce((text, s, i) => {
      const value = values[i - 1];
      if (!(value instanceof CSSResult || typeof value == 'number'))
        throw new Error(`Value passed to css must be a css result or a number: ${String(value)}`);
      return text + value + s;
    }),
  );

/** Gives the shadow root these sheets (in place of the ones it had). */
export const adoptStyles = (root: ShadowRoot, styles: CSSResultOrNative[]): void => {
  root.adoptedStyleSheets = styles.map((s) => (s instanceof CSSResult ? s.styleSheet! : s));
};
