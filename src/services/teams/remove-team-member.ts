import type { Actor } from '../../security/roles.js';
import { findTeam, removeTeamMember as removeMemberRow } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runAdminUseCase } from '../users/admin-use-case.js';

/** Take a user out of a team: the team's cases are hidden from them from their next request on. */
export function removeTeamMember(deps: Deps, by: Actor | null, teamId: string, userId: string) {
  return runAdminUseCase(deps, by, 'team:manage', { type: 'team', id: teamId }, async (ctx) => {
    if (!(await findTeam(ctx.tx, teamId))) throw new NotFoundError('team');
    if (!(await removeMemberRow(ctx.tx, teamId, userId))) throw new NotFoundError('team member');
    await ctx.audit({ action: 'team.remove-member', targetType: 'team', targetId: teamId, details: { userId } });
  });
}
