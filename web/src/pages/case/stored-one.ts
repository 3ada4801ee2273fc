/** The record with this id in a list read again after a conflict; gone from it, the save cannot be settled. */
export function storedOne<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new RangeError(`record ${id} is no longer listed`);
  return found;
}
