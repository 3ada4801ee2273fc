import type { Actor } from '../../security/roles.js';
import { addAssignment } from '../../store/cases.js';
import { findUser } from '../../store/users.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';

const CASE_STAFF = ['supervisor', 'lawyer', 'caseworker'];

export function assignUser(deps: Deps, actor: Actor, caseId: string, userId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'assign');
    const user = await findUser(ctx.tx, userId);
    if (!user || user.disabled_at)
      throw new InvalidInputError('userId', 'no active user with this id', 'unknown_record');
    if (!CASE_STAFF.includes(user.role)) {
      throw new InvalidInputError('userId', `a ${user.role} cannot be assigned to a case`);
    }
    await addAssignment(ctx.tx, caseId, userId, ctx.now.toISOString());
    await ctx.audit({ action: 'case.assign', targetType: 'user', targetId: userId, caseId });
  });
}
