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

/** `/grantor/email` → `grantor.email`, `/signatures/0` → `signatures[0]`. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

/** `grantor.email` → `/grantor/email`. */
export function pathToPointer(path: string): string {
  if (!path) return '';
  return '/' + path.replace(/\[(\d+)\]/g, '.$1').split('.').map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}
