import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { findIncident, touchIncident } from '../../store/incidents.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runUseCase, type UseCaseContext } from '../use-case.js';
import { requireIncident } from './incident-access.js';
import { reindexIncident } from './incident-index.js';
import type { IncidentRef } from './incident-parts.js';
import { presentIncident } from './incident-view.js';

/**
 * Add parts (acts, involvements, sources, interventions) to an incident: checked and inserted by
 * `add`, then the incident's version moves on, its index is refreshed and each of its cases
 * gets the audit entry. Returns the incident as it now is.
 */
export function addIncidentPart(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  part: { action: string; locale: Locale },
  add: (ctx: UseCaseContext, incident: IncidentRef) => Promise<{ id: string }[]>,
) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseIds } = await requireIncident(ctx, incidentId, 'incident:record');
    const added = await add(ctx, { id: incidentId, caseIds });
    await touchIncident(ctx.tx, incidentId, ctx.now.toISOString());
    await reindexIncident(ctx, incidentId);
    for (const caseId of caseIds) {
      await ctx.audit({
        action: part.action,
        targetType: 'incident',
        targetId: incidentId,
        caseId,
        details: { ids: added.map((a) => a.id) },
      });
    }
    const row = await findIncident(ctx.tx, incidentId);
    if (!row) throw new NotFoundError('incident');
    return presentIncident(ctx, row, caseIds, part.locale);
  });
}
