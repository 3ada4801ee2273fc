import { dateOfDay, dayNumber } from './calendar.js';
import type { EntitlementStatus, SupportPeriod } from './support.js';

/**
 * Who is about to lose all support, and who has none. A person is covered on a day when an
 * entitlement covers it: an active one from its start to its end (open-ended without one), an
 * ended one over the period it ran (it ended on or before the day it was ended), a one-off
 * without an end on its start day only. A suspended entitlement covers nothing. Coverage is
 * the union of these periods; a later entitlement after a gap does not fill the gap.
 */
export interface CoverageTerms {
  status: EntitlementStatus;
  period: SupportPeriod;
  startsOn: string;
  endsOn: string | null;
}

export type SupportOutlook =
  /** Covered today and beyond the horizon; `coveredUntil` null when no end is recorded. */
  | { state: 'covered'; coveredUntil: string | null }
  /** Covered today, with nothing from `uncoveredFrom` (within the horizon) until `resumesOn`, if ever. */
  | { state: 'losing'; coveredUntil: string; uncoveredFrom: string; resumesOn: string | null }
  /** Nothing today; `lastCoveredOn` and `resumesOn` say since and until when, where known. */
  | { state: 'none'; lastCoveredOn: string | null; resumesOn: string | null };

/** A covered stretch of days, both ends included; `end` is Infinity when open-ended. */
interface Stretch {
  start: number;
  end: number;
}

function stretchOf(t: CoverageTerms): Stretch | null {
  if (t.status === 'suspended') return null;
  const start = dayNumber(t.startsOn);
  if (t.endsOn !== null) return { start, end: dayNumber(t.endsOn) };
  return { start, end: t.period === 'one_off' ? start : Infinity };
}

/** The covered stretches, merged where they overlap or touch, in order. */
export function coverage(terms: readonly CoverageTerms[]): Stretch[] {
  const stretches = terms
    .map(stretchOf)
    .filter((s): s is Stretch => s !== null)
    .sort((a, b) => a.start - b.start);
  const merged: Stretch[] = [];
  for (const s of stretches) {
    const last = merged.at(-1);
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** The outlook of one person on `on` for the next `horizonDays` days. */
export function supportOutlook(terms: readonly CoverageTerms[], on: string, horizonDays: number): SupportOutlook {
  const today = dayNumber(on);
  const stretches = coverage(terms);
  const index = stretches.findIndex((s) => s.end >= today);
  const next = index === -1 ? undefined : stretches[index];
  if (next === undefined || next.start > today) {
    const before = index === -1 ? stretches.at(-1) : stretches[index - 1];
    return {
      state: 'none',
      lastCoveredOn: before ? dateOfDay(before.end) : null,
      resumesOn: next ? dateOfDay(next.start) : null,
    };
  }
  if (next.end === Infinity) return { state: 'covered', coveredUntil: null };
  if (next.end + 1 > today + horizonDays) return { state: 'covered', coveredUntil: dateOfDay(next.end) };
  const after = stretches[index + 1];
  return {
    state: 'losing',
    coveredUntil: dateOfDay(next.end),
    uncoveredFrom: dateOfDay(next.end + 1),
    resumesOn: after ? dateOfDay(after.start) : null,
  };
}

/** What a person received in one currency in one month (YYYY-MM), in minor units. */
export interface MonthTotal {
  month: string;
  currency: string;
  amountMinor: number;
}

/** Month by month, what a person received in each currency: months in order, currencies by code. */
export function receivedByMonth(
  totals: readonly MonthTotal[],
): { month: string; amounts: { currency: string; amountMinor: number }[] }[] {
  const months = new Map<string, Map<string, number>>();
  for (const t of totals) {
    const currencies = months.get(t.month) ?? new Map<string, number>();
    currencies.set(t.currency, (currencies.get(t.currency) ?? 0) + t.amountMinor);
    months.set(t.month, currencies);
  }
  return [...months.keys()].sort().map((month) => ({
    month,
    amounts: [...(months.get(month) ?? new Map<string, number>())]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, amountMinor]) => ({ currency, amountMinor })),
  }));
}
