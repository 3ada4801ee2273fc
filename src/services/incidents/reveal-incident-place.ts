import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { requireRecentProof } from '../access/require-recent-proof.js';
import { revealedUntil } from '../people/recent-proof.js';
import { runUseCase } from '../use-case.js';
import { requireIncident } from './incident-access.js';

/**
 * Show where an incident happened to a user allowed to see whereabouts on every case of it, who
 * proved who they are recently and says why: a place may locate a client. The look is recorded
 * on each case with the reason, never with the place.
 */
export function revealIncidentPlace(deps: Deps, actor: Actor, incidentId: string, reason: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { incident, caseIds } = await requireIncident(ctx, incidentId, 'location:reveal');
    requireRecentProof(ctx);
    for (const caseId of caseIds) {
      await ctx.audit({
        action: 'incident.place.reveal',
        targetType: 'incident',
        targetId: incidentId,
        caseId,
        reason,
      });
    }
    return {
      incidentId,
      place: incident.place ? deps.cipher.decrypt('incidents', 'place', incidentId, incident.place) : null,
      revealedUntil: revealedUntil(ctx),
    };
  });
}
