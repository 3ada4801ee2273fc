import type { CaseAction } from '../../security/policy.js';
import { findTopic, topicCaseIds } from '../../store/claims.js';
import { mayActOnAll } from '../engagements/case-set-access.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/** Load a claims topic the actor may act on in every case it concerns, or refuse as if it did not exist. */
export async function requireTopic(ctx: UseCaseContext, id: string, action: CaseAction) {
  const row = await findTopic(ctx.tx, id);
  const caseIds = row ? await topicCaseIds(ctx.tx, id) : [];
  if (!row || !(await mayActOnAll(ctx, caseIds, action))) {
    throw new AccessRefused(`claim-topic.${action}`, { type: 'claim-topic', id }, 'not-found');
  }
  return { row, caseIds };
}
