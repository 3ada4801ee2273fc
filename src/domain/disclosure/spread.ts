/** The middle and quartiles of a set of durations (nearest rank), or null for none. */
export function spread(values: readonly number[]): { median: number; p25: number; p75: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  return { median: at(0.5), p25: at(0.25), p75: at(0.75) };
}
