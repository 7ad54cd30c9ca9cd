/**
 * Decides how a record is read with a key that came from outside (a URL, a typed name, a file): only its own
 * properties count. `record["__proto__"]` or `record["constructor"]` on a plain object returns Object.prototype
 * or a function, never "not there"; a view keyed by `?province=__proto__` would crash on it.
 */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
