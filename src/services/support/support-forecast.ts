import { dateOf } from '../../domain/calendar.js';
import { supportOutlook } from '../../domain/support-forecast.js';
import type { Actor } from '../../security/roles.js';
import type { ScopedClient } from '../../store/client-scope.js';
import { coverageBatches } from '../../store/support.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { reportScope } from './report-scope.js';

/** Clients read per batch: bounded memory whatever the population. */
const BATCH = 1000;

/**
 * Over the clients of the actor's open cases: who loses all support within `days` days of
 * `on` (today by default) and until when, and who has none on that day. Soonest loss first; each
 * list holds at most `limit` clients, with the full counts beside it.
 */
export function supportForecast(deps: Deps, actor: Actor, query: { on?: string; days: number; limit: number }) {
  return runUseCase(deps, actor, async (ctx) => {
    const scope = reportScope(ctx, 'support.forecast');
    const on = query.on ?? dateOf(ctx.now);
    let clients = 0;
    let covered = 0;
    const losing: (ScopedClient & { coveredUntil: string; uncoveredFrom: string; resumesOn: string | null })[] = [];
    const withoutSupport: (ScopedClient & { lastCoveredOn: string | null; resumesOn: string | null })[] = [];
    for await (const batch of coverageBatches(ctx.tx, scope, BATCH)) {
      for (const client of batch.clients) {
        clients += 1;
        const outlook = supportOutlook(batch.terms.get(client.personId) ?? [], on, query.days);
        if (outlook.state === 'covered') covered += 1;
        else if (outlook.state === 'losing') {
          const { coveredUntil, uncoveredFrom, resumesOn } = outlook;
          losing.push({ ...client, coveredUntil, uncoveredFrom, resumesOn });
        } else {
          withoutSupport.push({ ...client, lastCoveredOn: outlook.lastCoveredOn, resumesOn: outlook.resumesOn });
        }
      }
    }
    losing.sort((a, b) => (a.coveredUntil < b.coveredUntil ? -1 : a.coveredUntil > b.coveredUntil ? 1 : 0));
    return {
      on,
      horizonDays: query.days,
      clients,
      covered,
      losingCount: losing.length,
      withoutSupportCount: withoutSupport.length,
      losing: losing.slice(0, query.limit),
      withoutSupport: withoutSupport.slice(0, query.limit),
    };
  });
}
