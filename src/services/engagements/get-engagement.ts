import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireEngagement } from './engagement-access.js';
import { presentEngagement } from './engagement-view.js';

/** One engagement with its minutes, for a user who may read every case it concerns. */
export function getEngagement(deps: Deps, actor: Actor, engagementId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row, caseIds } = await requireEngagement(ctx, engagementId, 'read');
    return presentEngagement(ctx, row, caseIds);
  });
}
