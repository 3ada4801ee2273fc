import { daysBetween } from '../../domain/calendar.js';
import { spread } from '../../domain/disclosure/spread.js';
import { suppressList } from '../../domain/disclosure/suppress-table.js';
import { EXCHANGE_STATUSES } from '../../domain/engagement.js';
import { exchangesWithOrganizations, type TotalsScope } from '../../store/dashboard.js';
import type { Db } from '../../store/engine.js';

/**
 * Per organization, how long it took from the request to the meeting or the answer: how many
 * exchanges (suppressed), and the median and quartiles in days where at least `threshold` lie
 * behind them (so that no single request's wait can be read off).
 */
export async function agencyLatency(db: Db, scope: TotalsScope, threshold: number) {
  const rows = await exchangesWithOrganizations(db, scope, EXCHANGE_STATUSES);
  const byOrg = new Map<string, { name: string; days: number[] }>();
  for (const r of rows) {
    if (r.outcomeOn === null) continue;
    const entry = byOrg.get(r.organizationId) ?? { name: r.organizationName, days: [] };
    entry.days.push(daysBetween(r.requestedOn, r.outcomeOn));
    byOrg.set(r.organizationId, entry);
  }
  const ids = [...byOrg.keys()].sort((a, b) => {
    const x = byOrg.get(a)?.name ?? '';
    const y = byOrg.get(b)?.name ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const exchanges = suppressList(new Map(ids.map((id) => [id, byOrg.get(id)?.days.length ?? 0])), threshold);
  return {
    exchanges,
    organizations: ids.map((id, i) => {
      const entry = byOrg.get(id) ?? { name: '', days: [] };
      const enough = exchanges.cells[i]?.count !== null && entry.days.length >= threshold;
      const s = enough ? spread(entry.days) : null;
      return {
        organizationId: id,
        name: entry.name,
        exchanges: exchanges.cells[i] ?? { count: null, display: 'x' },
        medianDays: s?.median ?? null,
        p25Days: s?.p25 ?? null,
        p75Days: s?.p75 ?? null,
      };
    }),
  };
}
