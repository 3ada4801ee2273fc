import type { CaseAction } from '../../security/policy.js';
import { engagementCaseIds, findEngagement } from '../../store/engagements.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';
import { mayActOnAll } from './case-set-access.js';

/** Load an engagement the actor may act on in every case it concerns, or refuse as if it did not exist. */
export async function requireEngagement(ctx: UseCaseContext, id: string, action: CaseAction) {
  const row = await findEngagement(ctx.tx, id);
  const caseIds = row ? await engagementCaseIds(ctx.tx, id) : [];
  if (!row || !(await mayActOnAll(ctx, caseIds, action))) {
    throw new AccessRefused(`engagement.${action}`, { type: 'engagement', id }, 'not-found');
  }
  return { row, caseIds };
}
