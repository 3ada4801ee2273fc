import { allowsOnCase } from '../../security/policy.js';
import { findCase } from '../../store/cases.js';
import { teamIdsOfUser, findUser } from '../../store/users.js';
import { caseFacts } from '../access/require-case.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Whether a user could work on every one of the cases: an active account whose role and
 * assignments let them update its follow-ups. Giving work to anyone else would show them a
 * case they may not see.
 */
export async function mayBeAssigned(ctx: UseCaseContext, userId: string, caseIds: readonly string[]) {
  const user = await findUser(ctx.tx, userId);
  if (!user || user.disabled_at || caseIds.length === 0) return false;
  const asActor = {
    userId: user.id,
    role: user.role,
    teamIds: await teamIdsOfUser(ctx.tx, user.id),
    authenticatedAt: ctx.now,
  };
  for (const caseId of caseIds) {
    const c = await findCase(ctx.tx, caseId);
    if (!c || !allowsOnCase(asActor, 'task:update', await caseFacts(ctx.tx, c.id, c.team_id))) return false;
  }
  return true;
}
