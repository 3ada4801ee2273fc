import type { CaseScope } from '../../store/client-scope.js';
import { requireGlobal } from '../access/require-global.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * The cases a report covers: those the actor may see (assigned to them, or to one of their
 * teams, which for a supervisor is their teams' whole population). Staff only.
 */
export function reportScope(ctx: UseCaseContext, report: string): CaseScope {
  requireGlobal(ctx, 'case:list', { type: 'report', id: report });
  return { userId: ctx.actor.userId, teamIds: ctx.actor.teamIds };
}
