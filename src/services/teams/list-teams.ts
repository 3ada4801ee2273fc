import type { Actor } from '../../security/roles.js';
import { listTeamMembers, listTeams as listTeamRows } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { runAdminUseCase } from '../users/admin-use-case.js';

/** Every team with its members. */
export function listTeams(deps: Deps, by: Actor | null) {
  return runAdminUseCase(deps, by, 'team:manage', { type: 'team' }, async (ctx) => {
    const members = await listTeamMembers(ctx.tx);
    return (await listTeamRows(ctx.tx)).map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.created_at,
      members: members.filter((m) => m.team_id === t.id).map((m) => ({ userId: m.user_id, username: m.username })),
    }));
  });
}
