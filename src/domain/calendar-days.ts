/** Calendar arithmetic on YYYY-MM-DD dates, in UTC so it gives the same answer on every server. */
const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day (UTC) of a moment. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}
