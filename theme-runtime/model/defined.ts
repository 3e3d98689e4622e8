/**
 * An object without its undefined entries, so optional fields stay absent (a spread of it
 * never overwrites a value with undefined, and the schema fills defaults). Undefined in: {}.
 */
export function defined<T extends object>(record: T | undefined): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
