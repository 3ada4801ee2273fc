import { dateOf } from '../../domain/calendar.js';
import { receivedByMonth } from '../../domain/support-forecast.js';
import type { Actor } from '../../security/roles.js';
import { receiptsPage } from '../../store/support.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { moneyView } from './money-view.js';
import { receivedWindow } from './received-window.js';
import { reportScope } from './report-scope.js';

/**
 * What each client of the actor's open cases received, month by month and per currency, over
 * a range of months (the last twelve by default): a page of clients at a time, by client id.
 */
export function supportReceived(
  deps: Deps,
  actor: Actor,
  query: { from?: string; to?: string; after?: string; limit: number },
) {
  return runUseCase(deps, actor, async (ctx) => {
    const scope = reportScope(ctx, 'support.received');
    const window = receivedWindow(dateOf(ctx.now), query);
    const page = await receiptsPage(ctx.tx, scope, {
      after: query.after ?? null,
      limit: query.limit,
      from: window.firstDay,
      until: window.until,
    });
    return {
      from: window.from,
      to: window.to,
      items: page.clients.map((client) => ({
        ...client,
        months: receivedByMonth(page.totals.get(client.personId) ?? []).map((m) => ({
          month: m.month,
          amounts: m.amounts.map((a) => moneyView(a.amountMinor, a.currency)),
        })),
      })),
      nextAfter: page.nextAfter,
    };
  });
}
