import { daysBetween, firstDayAfterMonth, monthsBack } from '../../domain/calendar.js';
import { suppressList } from '../../domain/disclosure/suppress-table.js';
import { supportOutlook } from '../../domain/support-forecast.js';
import type { CaseScope } from '../../store/client-scope.js';
import { paymentsByMonth } from '../../store/dashboard.js';
import type { Db } from '../../store/engine.js';
import { coverageBatches } from '../../store/support.js';
import { moneyView } from '../support/money-view.js';

/** The horizons of the support outlook, in days. */
export const HORIZONS = [30, 60, 90] as const;
/** Clients read per batch of the forecast. */
const BATCH = 5000;
/** Months of support received shown: the year up to the month of the day. */
const MONTHS = 12;

/**
 * The clients by when they lose all support (the support forecast, client by client): within
 * 30, 31–60 or 61–90 days, covered beyond 90, or without support now. The buckets do not
 * overlap, so they add up to the clients; "within 60 days" is the first two together.
 */
async function outlookCounts(db: Db, scope: CaseScope, on: string) {
  const horizon = HORIZONS[HORIZONS.length - 1] ?? 90;
  const buckets = new Map<string, number>([
    ['within_30_days', 0],
    ['within_31_60_days', 0],
    ['within_61_90_days', 0],
    ['covered_beyond_90_days', 0],
    ['without_support', 0],
  ]);
  const add = (key: string) => buckets.set(key, (buckets.get(key) ?? 0) + 1);
  for await (const batch of coverageBatches(db, scope, BATCH)) {
    for (const client of batch.clients) {
      const outlook = supportOutlook(batch.terms.get(client.personId) ?? [], on, horizon);
      if (outlook.state === 'none') add('without_support');
      else if (outlook.state === 'covered') add('covered_beyond_90_days');
      else {
        const days = daysBetween(on, outlook.uncoveredFrom);
        add(days <= 30 ? 'within_30_days' : days <= 60 ? 'within_31_60_days' : 'within_61_90_days');
      }
    }
  }
  return buckets;
}

/**
 * Support received per month, per currency: the clients paid (suppressed) and the amount, shown
 * only where the count of clients behind it is.
 */
async function receivedPerMonth(db: Db, scope: CaseScope, on: string, threshold: number) {
  const to = on.slice(0, 7);
  const from = monthsBack(`${to}-01`, MONTHS);
  const rows = await paymentsByMonth(db, { kind: 'cases', cases: scope }, `${from}-01`, firstDayAfterMonth(to));
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

export async function supportTotals(db: Db, scope: CaseScope, on: string, threshold: number) {
  return {
    outlook: suppressList(await outlookCounts(db, scope, on), threshold),
    received: await receivedPerMonth(db, scope, on, threshold),
  };
}
