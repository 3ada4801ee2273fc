import type { Actor } from '../../security/roles.js';
import { endSessionsOfUser } from '../../store/sessions.js';
import { updateUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { ConflictError } from '../errors.js';
import { runAdminUseCase } from './admin-use-case.js';
import { keepAnAdministrator, requireUser, viewOf } from './managed-user.js';

/** Disable an account: it can no longer sign in, and its sessions end now. */
export function disableUser(deps: Deps, by: Actor | null, userId: string) {
  return runAdminUseCase(deps, by, 'user:manage', { type: 'user', id: userId }, async (ctx) => {
    const user = await requireUser(ctx, userId);
    if (user.disabled_at) return viewOf(ctx.tx, user);
    await keepAnAdministrator(ctx, user, 'userId');
    const at = ctx.now.toISOString();
    const row = await updateUser(ctx.tx, user.id, user.version, { disabled_at: at, updated_at: at });
    if (!row) throw new ConflictError('user', user.version);
    await endSessionsOfUser(ctx.tx, user.id, at);
    await ctx.audit({ action: 'user.disable', targetType: 'user', targetId: user.id });
    return viewOf(ctx.tx, row);
  });
}
