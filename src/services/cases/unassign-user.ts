import type { Actor } from '../../security/roles.js';
import { removeAssignment } from '../../store/cases.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';

export function unassignUser(deps: Deps, actor: Actor, caseId: string, userId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'assign');
    const result = await removeAssignment(ctx.tx, caseId, userId);
    if (Number(result.numDeletedRows) === 0) throw new NotFoundError('assignment');
    await ctx.audit({ action: 'case.unassign', targetType: 'user', targetId: userId, caseId });
  });
}
