import type { Actor } from '../../security/roles.js';
import { incidentCaseIds, incidentsOfCase } from '../../store/incidents.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { allowedOnEvery } from './incident-access.js';
import { incidentSummary } from './incident-view.js';

/**
 * The incidents of a case, newest first. An incident that also belongs to a case the reader
 * does not see is left out: it may speak of that other client.
 */
export function listCaseIncidents(deps: Deps, actor: Actor, caseId: string, opts: { limit: number; before?: string }) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    const items = [];
    for (const row of await incidentsOfCase(ctx.tx, caseId, opts.limit, opts.before)) {
      const caseIds = await incidentCaseIds(ctx.tx, row.id);
      if (await allowedOnEvery(ctx, caseIds, 'read')) items.push(incidentSummary(ctx, row, caseIds));
    }
    return items;
  });
}
