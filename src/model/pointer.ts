/** JSON pointers (RFC 6901) to and from the dotted paths the elements use. */

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
  return (
    '/' +
    path
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/')
  );
}
