// Checked reads for tests under `noUncheckedIndexedAccess`: a test that reads past the end of a list, or a key
// that is not there, fails with a sentence saying what was missing, not with a TypeError three lines later.
// Shared by the browser tests (test/**) and the server's (server/test/**): it imports nothing.

/** The item at `index` of a list (negative counts from the end, as `Array.prototype.at`); throws if there is none. */
export function at<T>(list: ArrayLike<T> | Iterable<T>, index: number, what = 'item'): T {
  const items: ArrayLike<T> = isArrayLike(list) ? list : [...list];
  const i = index < 0 ? items.length + index : index;
  const item = i >= 0 && i < items.length ? items[i] : undefined;
  if (item === undefined) throw new Error(`expected ${what} ${index} but there are ${items.length}`);
  return item;
}

/** The value under `key` of a record or map; throws if there is none. */
export function pick<V>(record: Readonly<Record<string, V>> | ReadonlyMap<string, V>, key: string, what = 'key'): V {
  const value = record instanceof Map ? record.get(key) : (record as Readonly<Record<string, V>>)[key];
  if (value === undefined) throw new Error(`expected ${what} "${key}" but it is missing`);
  return value;
}

function isArrayLike<T>(list: ArrayLike<T> | Iterable<T>): list is ArrayLike<T> {
  return typeof (list as ArrayLike<T>).length === 'number';
}
