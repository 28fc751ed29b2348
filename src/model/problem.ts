import { array, integer, object, optional, string, type Infer } from './schema.js';

/** RFC 9457 problem details, with per-field errors as `errors[{ pointer, detail, code }]`. */
export const problem = object(
  {
    type: optional(string()),
    title: string(),
    status: integer({ min: 400, max: 599 }),
    detail: optional(string()),
    instance: optional(string()),
    errors: optional(array(object({ pointer: string(), detail: string(), code: optional(string()) }))),
  },
  { extra: 'allow' },
);
export type Problem = Infer<typeof problem>;

export { pointerToPath, pathToPointer } from './pointer.js';
