/**
 * A word-keyed lookup table without Object.prototype behind it. A plain `{…}` literal answers
 * `table['constructor']` and `'toString' in table` with inherited members, and real text holds
 * those words ("the constructor of the dam"), so every table indexed by text is made with this.
 */
export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** JSON.parse whose objects have no prototype, for data files whose keys are words. */
export function parseJsonTables(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value,
  );
}
