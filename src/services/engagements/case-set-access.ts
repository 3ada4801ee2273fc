import { allowsOnCase, type CaseAction } from '../../security/policy.js';
import { findCase } from '../../store/cases.js';
import { caseFacts } from '../access/require-case.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Whether the actor may take `action` on every one of the cases. Records that concern several
 * cases (an engagement, a claims topic) may hold what was said about each of them, so they are
 * shown only to someone who may see all of them.
 */
export async function mayActOnAll(ctx: UseCaseContext, caseIds: readonly string[], action: CaseAction) {
  if (caseIds.length === 0) return false;
  for (const caseId of caseIds) {
    const c = await findCase(ctx.tx, caseId);
    if (!c || !allowsOnCase(ctx.actor, action, await caseFacts(ctx.tx, c.id, c.team_id))) return false;
  }
  return true;
}
