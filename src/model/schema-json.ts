import { FORMATS, type Def, type Schema, type StringOptions } from './schema.js';

type JsonSchema = Record<string, unknown>;
type DefOf<K extends Def[0]> = Extract<Def, [K, ...unknown[]]>;

function stringJson(opts: StringOptions): JsonSchema {
  return {
    type: 'string',
    ...(opts.min !== undefined && { minLength: opts.min }),
    ...(opts.max !== undefined && { maxLength: opts.max }),
    // The model's `uri` accepts relative references (`/api/grants/…/document`): JSON Schema's `uri-reference`.
    ...(opts.format && opts.format !== 'sha256' && { format: opts.format === 'uri' ? 'uri-reference' : opts.format }),
    ...(opts.format === 'sha256' && { pattern: FORMATS.sha256.source }),
    ...(opts.pattern && { pattern: opts.pattern.source }),
    ...(opts.description && { description: opts.description }),
  };
}

function integerJson([, opts]: DefOf<'integer'>): JsonSchema {
  return {
    type: 'integer',
    ...(opts.min !== undefined && { minimum: opts.min }),
    ...(opts.max !== undefined && { maximum: opts.max }),
  };
}

function arrayJson([, item, opts]: DefOf<'array'>): JsonSchema {
  return {
    type: 'array',
    items: toJson(item),
    ...(opts.min !== undefined && { minItems: opts.min }),
    ...(opts.max !== undefined && { maxItems: opts.max }),
  };
}

function recordJson([, value, opts]: DefOf<'record'>): JsonSchema {
  return {
    type: 'object',
    additionalProperties: toJson(value),
    ...(opts.keyPattern && { propertyNames: { pattern: opts.keyPattern.source } }),
    ...(opts.min !== undefined && { minProperties: opts.min }),
  };
}

function objectJson([, shape, opts]: DefOf<'object'>): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, toJson(s)])),
    required: Object.entries(shape)
      .filter(([, s]) => !s.optional)
      .map(([k]) => k),
    ...(opts.extra === 'refuse' && { additionalProperties: false }),
    ...(opts.extra === 'allow' && { additionalProperties: true }),
    ...(opts.description && { description: opts.description }),
  };
}

/** A localized text: a plain string, or one per locale with French required. */
const LOCALIZED: JsonSchema = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      required: ['fr'],
      properties: { fr: { type: 'string', minLength: 1 } },
      additionalProperties: { type: 'string' },
    },
  ],
};

/**
 * A schema as JSON Schema (draft 2020-12), from the `def` its constructor left on it.
 * Kept out of `schema.ts` so that no element ships it: only the JSON Schema export,
 * the OpenAPI description and the server use it.
 */
export function toJson(schema: Schema<unknown>): JsonSchema {
  const def = schema.def;
  if (!def) return {};
  switch (def[0]) {
    case 'string':
      return stringJson(def[1]);
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return integerJson(def);
    case 'literal':
      return { enum: [...def[1]] };
    case 'array':
      return arrayJson(def);
    case 'record':
      return recordJson(def);
    case 'object':
      return objectJson(def);
    case 'union':
      return { anyOf: [toJson(def[1]), toJson(def[2])] };
    case 'localized':
      return structuredClone(LOCALIZED);
  }
}
