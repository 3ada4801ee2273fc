import type { Role } from '../../domain/role.js';
import type { Actor } from '../../security/roles.js';
import { endSessionsOfUser } from '../../store/sessions.js';
import { updateUser as updateUserRow } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { ConflictError } from '../errors.js';
import { runAdminUseCase } from './admin-use-case.js';
import { keepAnAdministrator, requireUser, viewOf } from './managed-user.js';

export interface UserChanges {
  version: number;
  role?: Role | undefined;
  displayName?: string | undefined;
}

/**
 * Change an account's role or display name. A new role ends the account's sessions, so that
 * nobody keeps acting under the old one.
 */
export function updateUser(deps: Deps, by: Actor | null, userId: string, input: UserChanges) {
  return runAdminUseCase(deps, by, 'user:manage', { type: 'user', id: userId }, async (ctx) => {
    const user = await requireUser(ctx, userId);
    if (user.version !== input.version) throw new ConflictError('user', user.version);
    const roleChanged = input.role !== undefined && input.role !== user.role;
    if (roleChanged) await keepAnAdministrator(ctx, user, 'role');
    const at = ctx.now.toISOString();
    const row = await updateUserRow(ctx.tx, user.id, input.version, {
      ...(input.role ? { role: input.role } : {}),
      ...(input.displayName ? { display_name: input.displayName } : {}),
      updated_at: at,
    });
    if (!row) throw new ConflictError('user', user.version);
    if (roleChanged) await endSessionsOfUser(ctx.tx, user.id, at);
    await ctx.audit({
      action: 'user.update',
      targetType: 'user',
      targetId: user.id,
      details: {
        fields: [...(input.role ? ['role'] : []), ...(input.displayName ? ['displayName'] : [])],
        ...(roleChanged ? { from: user.role, to: row.role } : {}),
      },
    });
    return viewOf(ctx.tx, row);
  });
}
