import { dateOf } from '../../domain/calendar.js';
import { receivedByMonth, supportOutlook } from '../../domain/support-forecast.js';
import type { Actor } from '../../security/roles.js';
import { listEntitlements, monthTotals } from '../../store/support.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { entitlementView } from './entitlement-view.js';
import { moneyView } from './money-view.js';
import { receivedWindow } from './received-window.js';

export interface PersonSupportQuery {
  /** The day the outlook is for; today by default. */
  on?: string;
  /** How many days ahead a loss of all support is announced. */
  days: number;
  /** The months of receipts shown (YYYY-MM, both included); the last twelve by default. */
  from?: string;
  to?: string;
}

/** A person's support: every entitlement, the outlook of losing it all, and what was received per month. */
export function getPersonSupport(deps: Deps, actor: Actor, personId: string, query: PersonSupportQuery) {
  return runUseCase(deps, actor, async (ctx) => {
    await requirePerson(ctx, personId, 'read', null);
    const on = query.on ?? dateOf(ctx.now);
    const window = receivedWindow(on, query);
    const entitlements = (await listEntitlements(ctx.tx, personId)).map(entitlementView);
    const outlook = supportOutlook(entitlements, on, query.days);
    const totals = await monthTotals(ctx.tx, [personId], window.firstDay, window.until);
    return {
      on,
      horizonDays: query.days,
      outlook,
      entitlements,
      received: {
        from: window.from,
        to: window.to,
        months: receivedByMonth(totals).map((m) => ({
          month: m.month,
          amounts: m.amounts.map((a) => moneyView(a.amountMinor, a.currency)),
        })),
      },
    };
  });
}
