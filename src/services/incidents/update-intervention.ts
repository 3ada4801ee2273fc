import type { InterventionPatch } from '../../domain/incident.js';
import { INCIDENT_LISTS, type Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { findIntervention, findIncident, updateIntervention as updateRow } from '../../store/incidents.js';
import type { Deps } from '../deps.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireTerms } from '../vocabularies/require-terms.js';
import { requireIncident } from './incident-access.js';
import { presentIncident } from './incident-view.js';

/** Move an intervention to another status (intervention_status), at the version the user saw. */
export function updateIntervention(
  deps: Deps,
  actor: Actor,
  incidentId: string,
  interventionId: string,
  patch: InterventionPatch,
  locale: Locale = 'en',
) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseIds } = await requireIncident(ctx, incidentId, 'incident:record');
    const current = await findIntervention(ctx.tx, incidentId, interventionId);
    if (!current) throw new NotFoundError('intervention');
    await requireTerms(ctx, [{ field: 'status', vocabNumber: patch.status, list: INCIDENT_LISTS.interventionStatus }]);
    const row = await updateRow(ctx.tx, interventionId, patch.version, {
      status: patch.status,
      updated_at: ctx.now.toISOString(),
    });
    if (!row) throw new ConflictError('intervention', current.version);
    for (const caseId of caseIds) {
      await ctx.audit({
        action: 'incident.intervention.update',
        targetType: 'incident',
        targetId: incidentId,
        caseId,
        details: { interventionId, status: patch.status },
      });
    }
    const incident = await findIncident(ctx.tx, incidentId);
    if (!incident) throw new NotFoundError('incident');
    return presentIncident(ctx, incident, caseIds, locale);
  });
}
