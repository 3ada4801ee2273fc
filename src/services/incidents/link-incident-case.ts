import type { Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { findIncident, linkIncidentCase as linkRow, touchIncident } from '../../store/incidents.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireIncident } from './incident-access.js';
import { reindexIncident } from './incident-index.js';
import { presentIncident } from './incident-view.js';

/** Add the incident to another case (it concerns that client too): the user must record on both. */
export function linkIncidentCase(deps: Deps, actor: Actor, incidentId: string, caseId: string, locale: Locale = 'en') {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseIds } = await requireIncident(ctx, incidentId, 'incident:record');
    await requireCase(ctx, caseId, 'incident:record');
    await linkRow(ctx.tx, incidentId, caseId);
    await touchIncident(ctx.tx, incidentId, ctx.now.toISOString());
    const all = [...new Set([...caseIds, caseId])].sort();
    await reindexIncident(ctx, incidentId);
    for (const c of all) {
      await ctx.audit({
        action: 'incident.case.link',
        targetType: 'incident',
        targetId: incidentId,
        caseId: c,
        details: { linkedCaseId: caseId },
      });
    }
    const row = await findIncident(ctx.tx, incidentId);
    if (!row) throw new NotFoundError('incident');
    return presentIncident(ctx, row, all, locale);
  });
}
