import { randomUUID } from 'node:crypto';
import type { Actor } from '../../security/roles.js';
import { findTeamByName, insertTeam } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runAdminUseCase } from '../users/admin-use-case.js';

export function createTeam(deps: Deps, by: Actor | null, input: { name: string }) {
  return runAdminUseCase(deps, by, 'team:manage', { type: 'team' }, async (ctx) => {
    if (await findTeamByName(ctx.tx, input.name)) throw new InvalidInputError('name', 'a team with this name exists');
    const row = await insertTeam(ctx.tx, { id: randomUUID(), name: input.name, created_at: ctx.now.toISOString() });
    await ctx.audit({ action: 'team.create', targetType: 'team', targetId: row.id });
    return { id: row.id, name: row.name, createdAt: row.created_at, members: [] };
  });
}
