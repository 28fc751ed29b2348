/**
 * How `<procura-cookie-opposition>` declares its properties (configured.ts `reactive()`) on the kit's
 * reactive element (src/core/reactive-element.ts, without lit-html: the switch that sits in the footer
 * of every page carries no template engine): a table of attributes, each read by a converter.
 */
type Converter = (value: string | null) => unknown;
/** One reactive property: its attribute (if any), how the attribute is read, whether it is reflected, its default. */
export interface PropDef {
  attribute?: string;
  from?: Converter;
  reflect?: boolean;
  init?: unknown;
  /** The class has its own accessor (the attribute is still observed, and its change renders). */
  noAccessor?: boolean;
}

export const asBoolean: Converter = (v) => v !== null;
export const asNumber: Converter = (v) => (v === null ? null : Number(v));
