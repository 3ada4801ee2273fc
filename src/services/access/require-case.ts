import { allowsOnCase, type CaseAccessFacts, type CaseAction } from '../../security/policy.js';
import { assignedUserIds, findCase } from '../../store/cases.js';
import type { Db } from '../../store/engine.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

export async function caseFacts(tx: Db, caseId: string, teamId: string | null): Promise<CaseAccessFacts> {
  return { teamId, assignedUserIds: await assignedUserIds(tx, caseId) };
}

/**
 * Load a case the actor may act on, or refuse. A case the actor may not see is refused
 * exactly like one that does not exist.
 */
export async function requireCase(ctx: UseCaseContext, caseId: string, action: CaseAction) {
  const row = await findCase(ctx.tx, caseId);
  const facts = row ? await caseFacts(ctx.tx, row.id, row.team_id) : null;
  if (!row || !facts || !allowsOnCase(ctx.actor, action, facts)) {
    throw new AccessRefused(`case.${action}`, { type: 'case', id: caseId }, 'not-found');
  }
  return { row, facts };
}
