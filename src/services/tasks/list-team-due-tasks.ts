import type { Actor } from '../../security/roles.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { AccessRefused } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { dueView, type DueViewOptions } from './due-view.js';

/**
 * For a supervisor of a team: what is overdue or due soon on the team's cases or for its
 * members, over the cases the supervisor may see.
 */
export function listTeamDueTasks(deps: Deps, actor: Actor, teamId: string, opts: DueViewOptions) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'team:deadlines', { type: 'team', id: teamId });
    if (!actor.teamIds.includes(teamId)) {
      throw new AccessRefused('team:deadlines', { type: 'team', id: teamId }, 'not-found');
    }
    return dueView(ctx, { viewer: actor, teamId }, opts);
  });
}
