import type { Actor } from '../../security/roles.js';
import { updateUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { ConflictError } from '../errors.js';
import { runAdminUseCase } from './admin-use-case.js';
import { requireUser, viewOf } from './managed-user.js';

/** Let a disabled account sign in again. */
export function enableUser(deps: Deps, by: Actor | null, userId: string) {
  return runAdminUseCase(deps, by, 'user:manage', { type: 'user', id: userId }, async (ctx) => {
    const user = await requireUser(ctx, userId);
    if (!user.disabled_at) return viewOf(ctx.tx, user);
    const row = await updateUser(ctx.tx, user.id, user.version, {
      disabled_at: null,
      updated_at: ctx.now.toISOString(),
    });
    if (!row) throw new ConflictError('user', user.version);
    await ctx.audit({ action: 'user.enable', targetType: 'user', targetId: user.id });
    return viewOf(ctx.tx, row);
  });
}
