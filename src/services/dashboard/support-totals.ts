import { addDays, monthsBack } from '../../domain/calendar.js';
import { suppressList } from '../../domain/disclosure/suppress-table.js';
import type { CaseScope } from '../../store/client-scope.js';
import type { ClientCounts } from '../../store/dashboard-clients.js';
import { paymentsByMonth } from '../../store/dashboard.js';
import type { Db } from '../../store/engine.js';
import { moneyView } from '../support/money-view.js';

/** The horizons of the support outlook, in days. */
export const HORIZONS = [30, 60, 90] as const;
/** Months of support received shown: the year up to the month of the day. */
const MONTHS = 12;

/** The days against which the stretch of support covering `on` is placed: `on` plus each horizon. */
export function outlookEnds(on: string): string[] {
  return HORIZONS.map((days) => addDays(on, days));
}

/**
 * The clients by when they lose all support (the rule of the support forecast, `supportOutlook`):
 * within 30, 31–60 or 61–90 days, covered beyond 90, or without support now. The buckets do not
 * overlap, so they add up to the clients; "within 60 days" is the first two together.
 */
function outlookCounts(counts: ClientCounts) {
  const [within30 = 0, within60 = 0, within90 = 0, beyond = 0] = counts.bands;
  return new Map([
    ['within_30_days', within30],
    ['within_31_60_days', within60],
    ['within_61_90_days', within90],
    ['covered_beyond_90_days', beyond],
    ['without_support', counts.withoutSupport],
  ]);
}

/**
 * Support received per month, per currency: the clients paid (suppressed) and the amount, shown
 * only where the count of clients behind it is.
 */
async function receivedPerMonth(db: Db, scope: CaseScope, on: string, threshold: number) {
  const to = on.slice(0, 7);
  const from = monthsBack(`${to}-01`, MONTHS);
  const rows = await paymentsByMonth(db, { kind: 'cases', cases: scope }, from, to);
  const months = Array.from({ length: MONTHS }, (_, i) => monthsBack(`${to}-01`, MONTHS - i));
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  return {
    from,
    to,
    currencies: currencies.map((currency) => {
      const of = new Map(rows.filter((r) => r.currency === currency).map((r) => [r.month, r]));
      const recipients = suppressList(new Map(months.map((m) => [m, of.get(m)?.recipients ?? 0])), threshold);
      const total = [...of.values()].reduce((sum, r) => sum + r.amountMinor, 0);
      return {
        currency,
        recipients,
        amounts: months.map((m, i) =>
          recipients.cells[i]?.count === null ? null : moneyView(of.get(m)?.amountMinor ?? 0, currency),
        ),
        totalAmount: recipients.total.count === null ? null : moneyView(total, currency),
      };
    }),
  };
}

export async function supportTotals(db: Db, scope: CaseScope, counts: ClientCounts, on: string, threshold: number) {
  return {
    outlook: suppressList(outlookCounts(counts), threshold),
    received: await receivedPerMonth(db, scope, on, threshold),
  };
}
