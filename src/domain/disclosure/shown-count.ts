/**
 * A count as it may be shown: the number, or nothing and a mark. A hidden count under the
 * threshold shows as "<5"; a hidden count at or above it (hidden so that a smaller one cannot
 * be worked out from the totals) shows as "x". Charts draw `count`, a gap where it is null.
 */
export interface ShownCount {
  count: number | null;
  display: string;
}

/** Marks a hidden count at or above the threshold. */
export const HIDDEN_MARK = 'x';

export function shownCount(value: number, hidden: boolean, threshold: number): ShownCount {
  if (!hidden) return { count: value, display: String(value) };
  return { count: null, display: value < threshold ? `<${threshold}` : HIDDEN_MARK };
}

/**
 * What a reader learns of a count from how it is shown: its value, or the range it lies in.
 * Suppression is planned against exactly this knowledge.
 */
export function knownRange(value: number, hidden: boolean, threshold: number): { min: number; max: number } {
  if (!hidden) return { min: value, max: value };
  return value < threshold ? { min: 0, max: threshold - 1 } : { min: threshold, max: Infinity };
}
