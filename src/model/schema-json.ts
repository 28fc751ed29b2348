import { FORMATS, type Schema } from './schema.js';

type JsonSchema = Record<string, unknown>;

/**
 * A schema as JSON Schema (draft 2020-12), from the `def` its constructor left on it.
 * Kept out of `schema.ts` so that no element ships it: only the JSON Schema export,
 * the OpenAPI description and the server use it.
 */
export function toJson(schema: Schema<unknown>): JsonSchema {
  const def = schema.def;
  if (!def) return {};
  switch (def[0]) {
    case 'string': {
      const opts = def[1];
      return {
        type: 'string',
        ...(opts.min !== undefined && { minLength: opts.min }),
        ...(opts.max !== undefined && { maxLength: opts.max }),
        // The model's `uri` accepts relative references (`/api/grants/…/document`): JSON Schema's `uri-reference`.
        ...(opts.format &&
          opts.format !== 'sha256' && { format: opts.format === 'uri' ? 'uri-reference' : opts.format }),
        ...(opts.format === 'sha256' && { pattern: FORMATS.sha256.source }),
        ...(opts.pattern && { pattern: opts.pattern.source }),
        ...(opts.description && { description: opts.description }),
      };
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'integer': {
      const opts = def[1];
      return {
        type: 'integer',
        ...(opts.min !== undefined && { minimum: opts.min }),
        ...(opts.max !== undefined && { maximum: opts.max }),
      };
    }
    case 'literal':
      return { enum: [...def[1]] };
    case 'array': {
      const [, item, opts] = def;
      return {
        type: 'array',
        items: toJson(item),
        ...(opts.min !== undefined && { minItems: opts.min }),
        ...(opts.max !== undefined && { maxItems: opts.max }),
      };
    }
    case 'record': {
      const [, value, opts] = def;
      return {
        type: 'object',
        additionalProperties: toJson(value),
        ...(opts.keyPattern && { propertyNames: { pattern: opts.keyPattern.source } }),
        ...(opts.min !== undefined && { minProperties: opts.min }),
      };
    }
    case 'object': {
      const [, shape, opts] = def;
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
    case 'union':
      return { anyOf: [toJson(def[1]), toJson(def[2])] };
    case 'localized':
      return {
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
  }
}
