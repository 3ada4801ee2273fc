/** Rows read for many records at once, looked up by the record each belongs to (`key`); none gives an empty list. */
export function rowsOf<K extends string, T extends Record<K, string>>(rows: readonly T[], key: K): (id: string) => T[] {
  const by = new Map<string, T[]>();
  for (const row of rows) {
    const list = by.get(row[key]);
    if (list) list.push(row);
    else by.set(row[key], [row]);
  }
  return (id) => by.get(id) ?? [];
}
