import type { Actor } from '../../security/roles.js';
import { addTeamMember as addMemberRow, findTeam, findUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { runAdminUseCase } from '../users/admin-use-case.js';

/** Add a user to a team: they see the team's cases from their next request on. */
export function addTeamMember(deps: Deps, by: Actor | null, teamId: string, userId: string) {
  return runAdminUseCase(deps, by, 'team:manage', { type: 'team', id: teamId }, async (ctx) => {
    if (!(await findTeam(ctx.tx, teamId))) throw new NotFoundError('team');
    const user = await findUser(ctx.tx, userId);
    if (!user || user.disabled_at)
      throw new InvalidInputError('userId', 'no active user with this id', 'unknown_record');
    await addMemberRow(ctx.tx, teamId, userId);
    await ctx.audit({ action: 'team.add-member', targetType: 'team', targetId: teamId, details: { userId } });
  });
}
