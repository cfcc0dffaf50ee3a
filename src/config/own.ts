/**
 * A record's own entry: user-given names (`constructor`, `toString`, `__proto__`)
 * are plain names, never the members every object inherits.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
